"""The court another court was set up on (北京四中院依托北京铁路运输中级法院挂牌成立, 在…铁路运输法院的基础上
组建) is the new court's seat, not a court of its story; the new court counts, and so does the older
one where the text tells of its own work."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

SET_UP_ON = [
    "北京四中院依托北京铁路运输中级法院挂牌成立，五年来该院受理行政案件9000余件。北京四中院副院长介绍了情况。",
    "2014年，北京四中院在北京铁路运输中级法院的基础上组建，集中管辖以区政府为被告的行政案件。",
]


@pytest.mark.parametrize("text", SET_UP_ON, ids=["依托", "基础上"])
def test_the_court_set_up_on_is_no_court_of_the_story(tagger: Tagger, text: str) -> None:
    assert tagger.tag_text(text).about.courts == ("北京市第四中级人民法院",)


def test_the_older_court_acting_still_counts(tagger: Tagger) -> None:
    text = "北京四中院依托北京铁路运输中级法院挂牌成立。北京铁路运输中级法院同日审结一起铁路运输合同纠纷案。"
    assert "北京铁路运输中级法院" in tagger.tag_text(text).about.courts
