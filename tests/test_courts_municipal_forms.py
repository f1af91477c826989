"""The numbered and special courts of 北京, 天津, 上海, 重庆 (and the numbered ones of 海南)
as news writes them: 天津三中院, 沪一中院, 京四中院, 渝五中院, 琼一中院; a bare 三中院 in a
text of its municipality (经三中院二审); 北京知产法院, 天津海事法院, 上海金融法院, 北京互联网法院.
Every such court of the shipped directory is tried in a made-up sentence where it acts."""

from __future__ import annotations

import re

import pytest

from lawnews.index.tagging import Tagger

ONE_CHARACTER = {"北京市": "京", "天津市": "津", "上海市": "沪", "重庆市": "渝", "海南省": "琼"}
_NUMBERED = re.compile(r"(北京市|天津市|上海市|重庆市|海南省)第([一二三四五六])中级人民法院")
_SPECIAL = ("海事", "金融", "互联网", "知识产权", "铁路")


def courts(tagger: Tagger, text: str) -> list[str]:
    return list(tagger.tag_text(text).about.courts)  # the courts the sentence is about: acting


def numbered(tagger: Tagger) -> list[tuple[str, str, str]]:
    """(court, its place, its number) for every numbered intermediate court of the directory."""
    out = []
    for c in tagger.directory.courts.values():
        if c.status == "current" and (m := _NUMBERED.fullmatch(c.name)):
            out.append((c.name, m[1], m[2]))
    return out


def test_the_directory_has_the_numbered_courts(tagger: Tagger) -> None:
    assert len(numbered(tagger)) == 4 + 3 + 3 + 5 + 2


def test_every_numbered_court_by_its_short_forms(tagger: Tagger) -> None:
    missed = []
    for name, place, n in numbered(tagger):
        for form in (f"{place[:2]}{n}中院", f"{place}{n}中院", f"{ONE_CHARACTER[place]}{n}中院"):
            got = courts(tagger, f"近日，{form}审结一起买卖合同纠纷案件，判决被告支付货款。")
            if got != [name]:
                missed.append((form, got))
    assert missed == []


def test_every_numbered_court_written_with_no_place_word(tagger: Tagger) -> None:
    """经三中院二审 in a text of 天津 is 天津市第三中级人民法院."""
    missed = []
    for name, place, n in numbered(tagger):
        text = f"{place}的张某与某公司发生买卖合同纠纷，不服一审判决提出上诉，经{n}中院二审，判决驳回上诉。"
        if name not in (got := courts(tagger, text)):
            missed.append((name, got))
    assert missed == []


def test_every_special_court_of_a_municipality_by_its_usual_names(tagger: Tagger) -> None:
    d = tagger.directory
    special = [c for c in d.courts.values() if c.status == "current" and c.kind in _SPECIAL
               and c.province in ("110000", "120000", "310000", "500000")]
    assert len(special) >= 12
    missed = []
    for c in special:
        forms = [c.name, *(f for f, cs in d.forms.items() if cs == (c,))]
        if c.name.endswith("知识产权法院"):
            assert c.name.replace("知识产权法院", "知产法院") in forms
        for form in forms:
            if (got := courts(tagger, f"近日，{form}审结一起合同纠纷案件，依法判决被告支付货款。")) != [c.name]:
                missed.append((form, got))
    assert missed == []


@pytest.mark.parametrize("text", [
    "该校是全市唯一中院校，天津市的学生在此就读。",   # 唯一 + 中院校: no court
    "广州一中院审结一起案件，北京市民张某旁听。",      # another city's name: not 北京's court
    "此案为统一中院裁判尺度的典型案例，上海市发布。",  # 统一 + 中院
])
def test_a_numeral_ending_a_word_is_no_numbered_court(tagger: Tagger, text: str) -> None:
    assert not any("第一中级" in c for c in courts(tagger, text))
