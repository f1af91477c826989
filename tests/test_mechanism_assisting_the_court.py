"""Mechanism tags: bodies helping a court enforce, written with the court named inside the
form (人民调解协助法院执行制度, 各单位协助人民法院执行) rather than as 协助执行, are 执行联动;
a refusal to assist (拒不协助执行) and the notice that asks a bank to assist stay no mention.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    # mediators enlisted for enforcement, the court written inside the form
    "区司法局介绍，全区将推广人民调解组织协助法院执行制度，由调解员上门做被执行人的思想工作。"
    "今年以来，调解员协助法院执行案件86件，促成履行金额300余万元。",
    # a town's office doing it, with 人民法院 written in full
    "今年以来，镇综治办协助人民法院执行案件42件，涉案金额200余万元。"
    "镇综治办协助人民法院执行的做法在全县推广。",
])
def test_assisting_the_court_named_inside_the_form_is_linkage(tagger: Tagger, text: str) -> None:
    assert "执行联动" in labels(tagger, text)


def test_a_title_and_its_lead_on_assisting_the_court_are_linkage(tagger: Tagger) -> None:
    # the headline names the scheme, the lead names it again as 协助执行
    text = ("某市将推广人民调解协助法院执行制度\n"
            "法院执行不是孤军奋战，某市将全面推广人民调解协助执行制度，这是昨天市司法局负责人介绍的。")
    assert "执行联动" in labels(tagger, text)


def test_a_notice_to_assist_and_a_refusal_are_still_no_linkage(tagger: Tagger) -> None:
    text = "银行收到法院的协助执行通知书后，当即冻结了账户。银行如拒不协助执行，将依法受到处罚。"
    assert "执行联动" not in labels(tagger, text)
