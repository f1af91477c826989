"""The courts below a court, listed where that court describes itself (上海市高级人民法院下辖…、
上海铁路运输法院等专门法院以及16个区法院), are named as part of it, not as courts acting in the text; a court
named after 下辖的 (…中院下辖的…法庭开展…) and a listed court acting elsewhere still count."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_the_listed_courts_below_a_court_do_not_act(tagger: Tagger) -> None:
    text = ("上海市高级人民法院下辖第一、第二、第三中级人民法院，海事法院、金融法院、上海铁路运输法院等专门法院以及"
            "16个区法院。上海高院依法审理由其管辖的第一审案件。")
    assert tagger.tag_text(text).about.courts == ("上海市高级人民法院",)


def test_a_court_after_xiaxia_de_still_acts(tagger: Tagger) -> None:
    text = "湘潭中院下辖的湘潭县人民法院开展集中执行，执结案件30件。"
    assert "湘潭县人民法院" in tagger.tag_text(text).about.courts


def test_a_listed_court_acting_elsewhere_still_counts(tagger: Tagger) -> None:
    text = "上海市高级人民法院下辖上海金融法院等专门法院。上海金融法院当天审结一起证券纠纷案。"
    assert "上海金融法院" in tagger.tag_text(text).about.courts
