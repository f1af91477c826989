"""A label's word that does not tell the mechanism at work: the blacklist only spoken of as a
threat in a clause of time (当说到“失信人”名单及其后果时，他态度转变; a case filed there, 在提起拒执罪自诉时,
is no talk), and the network inquiry
that the rules of a closed case repeat (每六个月通过网络执行查控系统查询一次). Each has a
look-alike that keeps its label. Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_the_blacklist_spoken_of_as_a_threat_is_not_it(tagger: Tagger) -> None:
    text = ("执行法官多次上门，被执行人张某始终避而不见。当说到“失信人”名单及其后果时，张某的态度明显转变，"
            "当天就筹集了5万元交到法院，双方达成了和解协议。")
    assert "失信惩戒" not in labels(tagger, text)


def test_the_blacklist_at_work_keeps_its_label(tagger: Tagger) -> None:
    text = ("执行法官多次上门，被执行人张某始终避而不见。法院依法将张某纳入“失信人”名单并限制其乘坐飞机，"
            "张某出差时无法购买机票，当天就筹集了5万元交到法院。")
    assert "失信惩戒" in labels(tagger, text)


def test_a_case_filed_in_a_clause_of_time_is_no_talk(tagger: Tagger) -> None:
    """提起 files a case (提起拒执罪自诉): the measure sought, not a threat spoken of."""
    text = ("申请执行人王某在提起拒执罪自诉时，某区法院为其调取了被执行人转移财产的证据，"
            "被执行人李某最终被判处有期徒刑一年。")
    assert "拒执打击" in labels(tagger, text)


def test_the_inquiry_a_closed_case_s_rules_repeat_is_not_the_linkage(tagger: Tagger) -> None:
    text = ("每六个月，法院都会通过网络执行查控系统查询一次终本案件被执行人的财产，"
            "发现财产线索的及时恢复执行，确保终本案件动态管理。")
    assert "执行联动" not in labels(tagger, text)


def test_the_inquiry_system_at_work_keeps_the_linkage(tagger: Tagger) -> None:
    text = ("某区法院与银行、车管所、不动产登记中心建立网络执行查控系统，实现“一键查控”，"
            "今年已查控被执行人财产3500余笔，协助查找被执行人120人。")
    assert "执行联动" in labels(tagger, text)
