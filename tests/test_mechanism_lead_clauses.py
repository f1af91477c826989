"""Mechanism tags: a news sentence that names a mechanism after its lead (a date and time, the
plan it follows, the guidance it acts under) opens with it as a sentence does that names it
first; the court bringing the police in on an enforcement, a campaign of a set time, cases
cleared in one push and villages without lawsuits are forms of their mechanisms. Every
sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    # a date and a time of day before the court's action
    ("1月17日上午，某县法院联合公安、检察院等部门，对一起排除妨害纠纷案依法强制执行，拆除了涉案土地上的附着物。", "执行联动"),
    ("2024年3月5日8时许，某区法院联合派出所对一起腾房案件强制执行，现场秩序井然，房屋顺利交付。", "执行联动"),
    # a date, then the plan the court follows
    ("2月7日，根据市中院统一部署，某县法院联合县交警大队开展“春风行动”，将限驾名单推送至交警部门，督促被执行人履行。", "执行联动"),
    # the guidance the court acts under
    ("在县委政法委的协调下，某县法院会同公安、自然资源等部门，对一处违法占用的厂房强制执行，清退了厂房内的设备。", "执行联动"),
    # a purpose that goes on for a second clause is one lead, then a time
    ("为打通批量纠纷化解通道，更好服务辖区营商环境，2022年6月以来，某区法院打造金融纠纷诉前调解中心，通过三类模式，高效调处借款纠纷。",
     "诉源治理"),
])
def test_a_mechanism_after_the_lead_of_its_sentence_opens_it(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("text", [
    # the third clause after clauses that tell what was done: no lead, and one mention alone
    "法院干警走访了三户村民，了解了纠纷经过，随后联合派出所开展工作，事情得到处理。",
    # three leads before it are more than a sentence's opening
    "3月2日上午，根据市中院统一部署，在县委政法委的支持下，为保障群众权益，某县法院联合派出所开展工作，效果良好。",
])
def test_a_mechanism_deep_in_its_sentence_is_a_mention(tagger: Tagger, text: str) -> None:
    assert "执行联动" not in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    # the court bringing the police in on one enforcement
    ("为保证执行顺利，法院邀请某县公安局、综合行政执法局等多个部门到场协助强制执行，同时邀请县委政法委等单位人员到现场监督见证。", "执行联动"),
    ("某区法院联动某镇政府及当地派出所、司法所等部门，强制执行一起承包合同纠纷案，腾退鱼塘十余亩。", "执行联动"),
    # a campaign of a set time, with 了
    ("该院开展了为期一个月的执行专项行动。执行干警兵分多路，深挖线索，执结了一批积案。", "集中执行"),
    # enforcement cases cleared in one push
    ("该院全力推进“执行案件集中清理月”活动，仅一个月就和解10件案件，到位标的800余万元。", "集中执行"),
    # a village without lawsuits
    ("某乡党委政府通过创建“无诉讼乡村”，把矛盾化解在初萌、化解在基层。如今，该乡成讼案件数量明显下降。", "诉源治理"),
])
def test_forms_of_court_news(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("text", [
    # invited to watch, not the police
    "某县法院邀请人大代表、政协委员到场见证强制执行，被执行人当场履行了义务。",
    # the police invited to a school's talk, no enforcement
    "学校邀请当地派出所民警到校开展安全教育讲座，同学们认真听讲，收获很多。",
])
def test_no_partner_in_the_enforcement_is_no_linkage(tagger: Tagger, text: str) -> None:
    assert "执行联动" not in labels(tagger, text)
