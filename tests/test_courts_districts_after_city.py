"""A district whose name opens with 市 (青岛's 市南区 and 市北区, 济南's 市中区), written right after
its city's short name so that the two share the 市 (青岛市南区法院, 济南市中区人民法院), is that
district's court; the 市 opens no other court, and a district of another city is not read there."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


SHARED = [
    ("近日，青岛市南区法院执结一起拖欠货款案，申请人当场领到案款。", "青岛市市南区人民法院"),
    ("青岛市北区人民法院开展夜间执行，查控被执行人车辆两辆。", "青岛市市北区人民法院"),
    ("济南市中区法院联合街道调解一起物业纠纷。", "济南市市中区人民法院"),
]


@pytest.mark.parametrize("text, court", SHARED, ids=["south district", "north district", "middle district"])
def test_a_district_sharing_its_citys_character_is_its_court(tagger: Tagger, text: str, court: str) -> None:
    assert courts(tagger, text) == (court,)


def test_a_city_written_whole_before_its_district_still_reads(tagger: Tagger) -> None:
    assert courts(tagger, "青岛市市南区法院执结一起案件。") == ("青岛市市南区人民法院",)


def test_a_district_of_another_city_is_not_read_after_a_city(tagger: Tagger) -> None:
    # 市中区 is also 枣庄's, 乐山's and 内江's: after 青岛市 it is none of them
    assert "枣庄市市中区人民法院" not in courts(tagger, "青岛市中区法院审理一起案件，枣庄的当事人到庭。")
