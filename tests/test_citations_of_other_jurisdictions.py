"""Citations of the codes of Taiwan and of other countries are kept, resolved to nothing, with the reason.

The statute collection holds the mainland's laws. A page about the law of Taiwan citing 民法第184條 or
刑法第339條, or a page citing 德国民法典第823条, cites a law it does not hold: the citation is kept with
its text and a reason saying whose law it is, never linked to the mainland's law of the same short
name or number; ``show`` lists it so, the ``statute`` facet counts it under its own name, and
``cited-by`` finds it under that name and never under the mainland's law.

The statute records and news articles are made up for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, resolution

CIVIL = "中华人民共和国民法典"
CRIMINAL = "中华人民共和国刑法"
TAIWAN_REASON = "{} is a law of Taiwan; the statute collection holds the mainland's laws"
FOREIGN_REASON = "{} is a foreign law; the statute collection holds the mainland's laws"


def _statute(key: str, law: str, label: str, text: str, date: str) -> dict:
    return {"id": f"{key}#{label}", "title": f"{law} {label}", "text": text, "date": date, "law": law}


STATUTES = [
    _statute("CV", CIVIL, "第一百八十四条", "因自愿实施紧急救助行为造成受助人损害的，救助人不承担民事责任。", "2020-05-28"),
    _statute("CV", CIVIL, "第八百二十三条", "借款人应当按照约定的期限支付利息。", "2020-05-28"),
    _statute("CR", CRIMINAL, "第三百三十九条", "违反国家规定，将境外的固体废物进境倾倒、堆放、处置的，处五年以下有期徒刑。",
             "1997-03-14"),
]
TAIWAN_PAGE = "臺灣臺北地方法院審理後認為，被告依民法第184條第1項規定應負賠償責任，並依刑法第339條論處。"
MAINLAND_PAGE = "青石县人民法院依照刑法第三百三十九条判处被告人有期徒刑二年，并依《民法典》第184条驳回原告的诉讼请求。"
GERMAN_PAGE = "学者介绍，德国民法典第823条规定了侵权责任，我国民法典另有规定。"
NEWS = [
    {"id": "tw", "title": "台北侵权案", "text": TAIWAN_PAGE, "date": "2024-03-01", "source": "青石日报"},
    {"id": "cn", "title": "固体废物案", "text": MAINLAND_PAGE, "date": "2024-03-02", "source": "青石日报"},
    {"id": "de", "title": "比较法视野", "text": GERMAN_PAGE, "date": "2024-03-03", "source": "青石日报"},
]


# -- resolution -------------------------------------------------------------------------------

def test_a_code_of_taiwan_is_kept_unresolved_with_its_reason_never_linked_to_the_mainlands(collection):
    r = resolution(collection, "臺灣臺北地方法院審理後認為，被告依民法第184條第1項規定應負賠償責任。", "2024-03-01")
    assert r.status == "unresolved" and r.law is None and [t.id for t in r.targets] == [None]
    assert r.reason == TAIWAN_REASON.format("民法（台湾地区）")
    r = resolution(collection, "臺灣臺北地方法院審理後認為，被告依刑法第339條論處。", "2024-03-01")
    assert (r.law, [t.id for t in r.targets]) == (None, [None])
    assert r.reason == TAIWAN_REASON.format("刑法（台湾地区）")


def test_the_same_words_on_a_mainland_page_are_still_linked(collection):
    r = resolution(collection, "青石县人民法院依照刑法第339条判处被告人有期徒刑二年。", "2024-03-02")
    assert (r.law, [t.id for t in r.targets]) == (CRIMINAL, ["CR#第三百三十九条"])


def test_another_countrys_code_is_kept_unresolved_with_its_reason(collection):
    r = resolution(collection, "学者介绍，德国民法典第823条规定了侵权责任。", "2024-03-03")
    assert (r.law, [t.id for t in r.targets]) == (None, [None])
    assert r.reason == FOREIGN_REASON.format("德国民法典")
    r = resolution(collection, "日本民法第709条规定了侵权责任。", "2024-03-03")
    assert r.reason == FOREIGN_REASON.format("日本民法")


# -- what users see ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("other-jurisdictions"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def test_show_lists_the_codes_of_taiwan_with_their_text_and_reason(ix):
    shown = [(v.text, v.law, v.status, v.reason) for v in ix.citations("tw")]
    assert shown == [("民法第184條第1項", "民法（台湾地区）", "unresolved", TAIWAN_REASON.format("民法（台湾地区）")),
                     ("刑法第339條", "刑法（台湾地区）", "unresolved", TAIWAN_REASON.format("刑法（台湾地区）"))]
    (german,) = ix.citations("de")
    assert (german.text, german.status, german.reason) == (
        "德国民法典第823条", "unresolved", FOREIGN_REASON.format("德国民法典"))


def test_the_statute_facet_counts_them_under_their_own_names_not_the_mainlands(ix):
    facet = ix.search("").facets["statute"]
    assert facet == {CRIMINAL: 1, CIVIL: 1, "民法（台湾地区）": 1, "刑法（台湾地区）": 1, "德国民法典": 1}


def test_cited_by_a_mainland_article_lists_no_page_citing_taiwans_code_of_that_number(ix):
    assert [h.article_id for h in ix.cited_by("刑法第339条").hits] == ["cn"]
    assert [h.article_id for h in ix.cited_by("民法典第184条").hits] == ["cn"]


def test_cited_by_a_code_of_taiwan_or_another_country_finds_its_pages_and_says_why_no_text_is_shown(ix):
    found = ix.cited_by("民法（台湾地区）第184条")
    assert [h.article_id for h in found.hits] == ["tw"]
    assert found.statute.note == TAIWAN_REASON.format("民法（台湾地区）") + ": no text of it can be shown"
    found = ix.cited_by("德国民法典第823条")
    assert [h.article_id for h in found.hits] == ["de"]
    assert found.statute.note == FOREIGN_REASON.format("德国民法典") + ": no text of it can be shown"
