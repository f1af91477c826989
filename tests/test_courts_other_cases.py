"""A court where a party of the story has other cases (被执行人在荔波县人民法院有2件执行案件, 在某区法院、
某县法院共有5起案件) is where those cases lie, not a court of the story; the story's court acts, and a
court named so that also acts elsewhere in the text keeps its tag."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


OTHER = [
    ("环江县人民法院开展跨域联合执行，排查未执结案件，发现韦某凤在贵州省荔波县人民法院有2件执行案件正在履行，"
     "环江县人民法院随即与其沟通。", ("环江毛南族自治县人民法院",)),
    ("永福县人民法院查明，被执行人在临桂区法院、灵川县法院共有5起案件未结，永福县人民法院遂依法处置其房产。",
     ("永福县人民法院",)),
]


@pytest.mark.parametrize("text, acting", OTHER, ids=["one court", "two courts"])
def test_a_court_holding_a_partys_other_cases_is_not_the_storys(tagger: Tagger, text: str,
                                                                 acting: tuple[str, ...]) -> None:
    assert courts(tagger, text) == acting


def test_the_court_with_the_cases_that_also_acts_keeps_its_tag(tagger: Tagger) -> None:
    text = "被执行人在荔波县人民法院有3件执行案件。荔波县人民法院执行局随即冻结其账户。"
    assert courts(tagger, text) == ("荔波县人民法院",)


def test_a_court_hearing_a_case_still_acts(tagger: Tagger) -> None:
    assert courts(tagger, "近日，荔波县人民法院审结一起买卖合同纠纷案。") == ("荔波县人民法院",)
