"""Mechanism tags: general forms of how court news writes a mechanism, and what does not
make an article about one (an outline, the first item of a list, a form that means
something else without its context). Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    # the police station reform written either way round
    ("该分局在全区派出所推行“一室两队”警务机制，由综合指挥室统一调度社区警务队和案件办理队。"
     "“一室两队”改革后出警时间缩短一半。", "县域警务"),
    # an intermediate court has other basic courts act on one court's case
    ("市中院启动协同执行机制，调度三家基层法院同日查扣车辆。协同执行实施以来已办结案件20件。", "交叉执行"),
    # lifting the blacklist for debtors who paid
    ("该院为主动履行义务的企业开展信用修复，依法屏蔽其失信信息。今年已为30家失信企业完成信用修复，帮助企业重塑诚信。", "善意文明执行"),
    ("执行中，该院秉持善意文明理念，对仍在生产的企业设备采取“活封”措施，允许企业继续使用。", "善意文明执行"),
    # the enforcement notice written into the judgment
    ("该院推行执行通知前置改革，在判决书中写明逾期不履行的后果。执行通知前置以来，自动履行案件明显增多。",
     "执源治理"),
    # a higher court hands the case to another court
    ("省高院指令乙县法院负责执行该案。乙县法院接受指令执行后，三个月内执结。", "交叉执行"),
    # a government and a court acting together
    ("县人民政府和县人民法院联合印发意见，建立府院联席会议制度。", "府院联动"),
    # the blacklist entry hidden once the debtor paid
    ("企业履行完毕后，法院依法将其失信信息屏蔽，并出具信用修复证明。", "善意文明执行"),
    # paying out the money collected, written the other way round
    ("该院开展集中发放案款活动，当天为50名申请人发放案款300万元。", "案款管理"),
    # the rate of paying without enforcement
    ("今年该院自动履行率明显提升。该院在立案阶段推行执前督促，减少了进入执行程序的案件。", "执源治理"),
    # mediation before the suit, and villages without suits
    ("该院对婚姻家庭纠纷推行调解前置，完善诉非衔接机制。", "诉源治理"),
    ("法庭与辖区村委会共建无讼村居。无讼村居创建以来，调解纠纷200余件。", "诉源治理"),
    # the offence written with 履行, or without 裁定
    ("申请人向公安机关报案，要求以涉嫌拒不履行判决、裁定罪追究被执行人刑事责任。", "拒执打击"),
    ("被告人魏某犯拒不执行判决罪，被判处拘役两个月。魏某当庭表示认罪悔罪。", "拒执打击"),
    # an enforcement campaign named with 执行行动
    ("凌晨5时，该院启动“春雷”执行行动，出动干警40人、警车8辆。", "集中执行"),
    # failed auctions and a sale at auction
    ("该房产经两次流拍后降价再拍，最终以120万元拍卖成交。", "司法拍卖"),
    ("派出所开展防范诈骗宣传，民警向群众讲解常见诈骗手法。", "反诈"),
])
def test_forms_court_news_writes(tagger: Tagger, text: str, label: str) -> None:
    assert labels(tagger, text) == (label,)


@pytest.mark.parametrize("text, label", [
    # what the blacklist does to a debtor
    ("张某拒不履行义务，法院将其纳入失信被执行人名单，此后张某无法乘坐高铁出行，只得主动履行。", "失信惩戒"),
    # managing the cases closed for want of assets
    ("该院严格落实上级要求，对终本案件每半年查询一次财产，发现财产的及时恢复执行并实行动态管理。", "终本管理"),
    # an online auction that goes on with bidding
    ("该院将查封的商铺挂网处置，网拍当日竞价激烈，最终溢价成交。", "司法拍卖"),
    # a campaign that goes on with raids
    ("该院高度重视执行工作，持续开展集中攻坚，对重点案件突击执行，警车往返于各乡镇。", "集中执行"),
])
def test_a_sentence_that_goes_on_with_the_subject_is_about_it(tagger: Tagger, text: str, label: str) -> None:
    assert labels(tagger, text) == (label,)


def test_a_form_printed_with_ruby_pinyin_is_found(tagger: Tagger) -> None:
    text = ("今年以來，該院積極推進“執(zhí)轉(zhuǎn)破”工作，將三家停產企業移送破產審查。"
            "“執(zhí)轉(zhuǎn)破”案件審結后，相關執行案件依法終結。")
    assert labels(tagger, text) == ("执转破",)


# -- forms that mean something else without their context ---------------------------------

def test_credit_repair_of_a_bankrupt_firm_is_not_civilised_enforcement(tagger: Tagger) -> None:
    text = ("破产程序终结后，企业的信用修复仍然困难重重。有关部门应当为重整企业的信用修复提供便利，"
            "帮助企业重返市场。")
    assert labels(tagger, text) == ()


def test_paying_voluntarily_is_no_mechanism_unless_it_is_urged(tagger: Tagger) -> None:
    text = "去年全市法院共公布失信被执行人800人次，其中120人次慑于压力自动履行了义务。"
    assert "执源治理" not in labels(tagger, text)
    text = "该院在判后向败诉方发送履行告知书，督促其自动履行。今年以来，共有300名当事人在判后自动履行。"
    assert labels(tagger, text) == ("执源治理",)


def test_the_national_inquiry_system_is_not_online_mediation(tagger: Tagger) -> None:
    text = "网络执行查控系统由“总对总”系统和“点对点”系统两部分组成，“总对总”系统由最高人民法院建设。"
    assert "诉源治理" not in labels(tagger, text)


# -- how much a text says -------------------------------------------------------------------

def test_the_first_item_of_a_list_of_measures_is_an_item(tagger: Tagger) -> None:
    text = "逾期不履行的，法院将依法采取纳入失信被执行人名单、限制消费、罚款、拘留等强制措施，督促其履行。"
    assert labels(tagger, text) == ()


def test_the_items_of_an_outline_are_no_mechanism(tagger: Tagger) -> None:
    text = ("一、提高站位（一）攻坚“行政争议化解”（二）攻坚“执行联动”（三）攻坚“风险防控”"
            "二、强化保障市长在推进会上的讲话同志们：今天我们召开全市工作推进会，既是总结，也是部署。")
    assert labels(tagger, text) == ()


def test_a_case_handed_to_the_police_goes_on_with_the_offence(tagger: Tagger) -> None:
    text = "恶意逃避执行的袁某被该院以涉嫌拒执罪移送公安机关立案侦查后，主动与申请人达成和解。"
    assert labels(tagger, text) == ("拒执打击",)


def test_a_court_and_the_police_agreeing_on_cooperation_is_linkage(tagger: Tagger) -> None:
    text = "该院与公安建立联动事项清单，明确信息查询、财产查控、布控拘留等五项协作细则。"
    assert labels(tagger, text) == ("执行联动",)



def test_an_inquiry_system_that_goes_on_to_finding_people_and_assets_is_linkage(tagger: Tagger) -> None:
    text = ("该院今年以来持续加大投入，依托网络执行查控系统对被执行人的存款、车辆、股票等财产实现在线查控，"
            "有效缓解了“查人找物”难题。")
    assert labels(tagger, text) == ("执行联动",)


@pytest.mark.parametrize("text, label", [
    ("该院近期加大力度，通过指令执行攻克一批骨头案，有效破除地方保护。", "交叉执行"),
    ("该院今年以来加大工作力度，推进执转破工作，对僵尸企业依法移送审查。", "执转破"),
    ("该院坚持多措并举，深化诉调对接，把解纷力量延伸到基层。", "诉源治理"),
    ("张某长期拒不履行，法院将其列入失信被执行人名单并向社会公布，其购买机票时被拦截。", "失信惩戒"),
])
def test_words_of_a_mechanism_s_subject_after_it(tagger: Tagger, text: str, label: str) -> None:
    assert labels(tagger, text) == (label,)
