"""A court written in brackets right after another court (杭州互联网法院（杭州铁路运输法院）) is that
court's second name, the other plate of one court: referred to, the court before it counted once. The
same court written alone, acting, counts. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_second_plate_in_brackets_names_one_court(tagger: Tagger) -> None:
    text = "论坛发布十大典型案例，杭州互联网法院（杭州铁路运输法院）三案入选。杭州互联网法院院长介绍了案例。"
    assert tagger.tag_text(text).about.courts == ("杭州互联网法院",)


def test_the_second_court_acting_alone_counts(tagger: Tagger) -> None:
    text = "杭州互联网法院发布十大典型案例。其中一案由杭州铁路运输法院判决被告停止侵权并赔偿损失。"
    assert set(tagger.tag_text(text).about.courts) == {"杭州互联网法院", "杭州铁路运输法院"}
