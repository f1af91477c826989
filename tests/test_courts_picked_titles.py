"""A court followed by the title of one of its cases picked for a list (中山第一法院《公安机关不立案，申请执行
可自诉》入选) is the court whose case it is, acting, not the issuer of a document titled so; a court
before a document's title (最高人民法院《关于…》) is still its issuer. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_court_before_its_picked_cases_title_acts(tagger: Tagger) -> None:
    text = ("广东省高级人民法院召开新闻发布会，通报打击拒执犯罪十大典型案例。其中，中山第一法院《公安机关不立案，"
            "申请执行可自诉》入选。案例阐明，申请执行人可以直接向执行法院申请立案。")
    assert "中山市第一人民法院" in tagger.tag_text(text).about.courts


def test_a_court_before_a_documents_title_is_its_issuer(tagger: Tagger) -> None:
    text = "根据深圳市中级人民法院《关于执行案件移送破产审查的操作指引》，某区法院将案件移送破产审查。"
    assert "深圳市中级人民法院" not in tagger.tag_text(text).about.courts
