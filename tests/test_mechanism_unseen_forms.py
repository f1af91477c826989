"""Mechanism forms that reporters on many sites use and that rules written from single pages
missed: the two procedures of 执转破 named as a pair, the bodies that mediate (调解组织,
调解工作室, 共享法庭, a 综治中心 taking in disputes), the court's grid members and its inquiry
arrangements with banks (执行网格员, 网格员协助法院, 查控机制), the money and goods of enforcement
(执行款物), public order in the countryside (农村治安) and the lawyers on duty (值班律师); each
with a sentence that looks like it and is not the mechanism. Every sentence here is made up
for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_enforcement_and_bankruptcy_procedures_joined_is_execution_to_bankruptcy(tagger: Tagger) -> None:
    text = ("某区法院着力打通执行程序与破产程序的衔接，今年已有12家企业进入重整或清算。"
            "法院负责人说，执行程序和破产程序衔接顺畅，资不抵债的企业才能有序退出市场。")
    assert "执转破" in labels(tagger, text)


def test_the_two_procedures_told_apart_are_not_execution_to_bankruptcy(tagger: Tagger) -> None:
    text = ("该案的执行程序已于去年终结。债权人此后另行申请的破产程序，由另一家法院审理。"
            "两案当事人不同，法院分别作出了裁定。")
    assert "执转破" not in labels(tagger, text)


def test_mediation_bodies_and_shared_courtrooms_are_litigation_source_governance(tagger: Tagger) -> None:
    text = ("全县已建成行业性专业性调解组织32个，今年以来共化解纠纷1300余件。"
            "县法院还在各乡镇设立共享法庭，法官在线指导调解工作室的调解员做好矛盾化解。")
    assert "诉源治理" in labels(tagger, text)


def test_a_governance_centre_taking_in_disputes_is_litigation_source_governance(tagger: Tagger) -> None:
    text = ("镇综治中心当天受理矛盾纠纷23件，当场化解19件，其余4件转交相关部门跟进。"
            "据介绍，今年该镇综治中心接待群众来访的纠纷调解成功率超过九成。")
    assert "诉源治理" in labels(tagger, text)


def test_a_governance_centre_sending_grid_members_is_not_litigation_source_governance(tagger: Tagger) -> None:
    text = ("区综治中心组织网格员上门走访，核实独居老人的住址和联系方式。"
            "区综治中心还每周汇总一次走访情况，报送区民政局。")
    assert "诉源治理" not in labels(tagger, text)


def test_a_courts_grid_members_and_inquiry_arrangements_are_enforcement_linkage(tagger: Tagger) -> None:
    text = ("某县法院与辖区银行、不动产登记中心建立查控机制，被执行人名下的存款和房产当天即可查明。"
            "全县68名执行网格员也常常第一时间把被执行人回家的消息告诉法官。"
            "该院执行局局长说，网格员协助法院找人，让躲债的人无处可藏。")
    assert "执行联动" in labels(tagger, text)


def test_grid_members_helping_the_neighbourhood_are_not_enforcement_linkage(tagger: Tagger) -> None:
    text = ("社区网格员协助居委会开展入户登记，逐户核对常住人口。"
            "交警大队则建立路面查控机制，严查酒后驾驶和无证驾驶，查处违法行为86起。")
    assert "执行联动" not in labels(tagger, text)


def test_money_and_goods_of_enforcement_cleared_are_case_money_management(tagger: Tagger) -> None:
    text = ("某中院开展执行款物专项清理，逐案核对账户余额，清理出应发未发款项1200余万元。"
            "今后，执行款物管理情况将纳入每月督查，确保每一笔钱及时发放到当事人手中。")
    assert "案款管理" in labels(tagger, text)


def test_a_rule_on_money_and_goods_cited_in_passing_is_not_case_money_management(tagger: Tagger) -> None:
    text = ("原告诉称，被告拖欠货款三年未还，请求法院判令其支付货款及利息。"
            "法官在判决书中援引了《关于执行款物管理工作的规定》中有关期限的表述，最终支持了原告的诉讼请求。")
    assert "案款管理" not in labels(tagger, text)


def test_public_order_in_the_countryside_is_rural_policing(tagger: Tagger) -> None:
    text = ("近年来，某县公安局把维护农村治安作为头等大事，全县刑事警情同比下降21%。"
            "民警说，农村治安好不好，群众心里最有数，巡逻车开到哪里，哪里就多一份安心。")
    assert "县域警务" in labels(tagger, text)


def test_public_order_in_a_list_of_topics_is_not_rural_policing(tagger: Tagger) -> None:
    text = ("县人大常委会听取了县政府关于农村治安、教育、医疗等民生工作的报告。"
            "会议还审议了年度预算调整方案。")
    assert "县域警务" not in labels(tagger, text)


def test_lawyers_on_duty_are_legal_aid(tagger: Tagger) -> None:
    text = ("看守所设立的值班律师工作站今年为86名犯罪嫌疑人提供了法律咨询。"
            "值班律师还参与认罪认罚案件的量刑协商，帮助当事人了解自己的权利。")
    assert "法律援助" in labels(tagger, text)


def test_judges_and_staff_on_duty_are_not_legal_aid(tagger: Tagger) -> None:
    text = ("春节期间，法院安排值班法官和值班人员24小时在岗，受理紧急立案和保全申请。"
            "律师事务所也安排了值班人员接听咨询电话。")
    assert "法律援助" not in labels(tagger, text)


@pytest.mark.parametrize(("sentence", "label"), [
    ("法院推动执行程序与破产程序的衔接。", "执转破"),
    ("破产程序和执行程序如何衔接，是会议讨论的重点。", "执转破"),
    ("村里的调解组织当天就把这起纠纷调处好了。", "诉源治理"),
    ("老杨调解工作室成立三年来，化解邻里矛盾上百起。", "诉源治理"),
    ("当事人通过设在银行的共享法庭参加了线上调解。", "诉源治理"),
    ("镇综治中心受理了这起土地纠纷。", "诉源治理"),
    ("执行网格员第一时间把消息告诉了法官。", "执行联动"),
    ("网格员协助法院送达了执行通知书。", "执行联动"),
    ("法院与银行建立了查控机制，被执行人的存款一查便知。", "执行联动"),
    ("该院开展执行款物清理，逐笔核对未发放的款项。", "案款管理"),
    ("县公安局全力维护农村治安。", "县域警务"),
    ("值班律师为犯罪嫌疑人提供了法律咨询。", "法律援助"),
])
def test_each_form_is_found_as_its_label(tagger: Tagger, sentence: str, label: str) -> None:
    found = tagger.tag_text(sentence).mentions
    assert any(m.kind == "mechanism" and m.value == label for m in found)
