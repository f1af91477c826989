"""A short query in Latin letters is read as English whatever its case: ``judicial
auction`` (or ``JUDICIAL AUCTION``) finds the articles tagged 司法拍卖 as ``Judicial
auction`` and ``--mechanism "judicial auction"`` do, ``hangzhou`` names 杭州 as
``Hangzhou`` does. Article texts are gated as before: a text without a capitalised
word is not read for English names."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.index.tagging.english import english_enough, english_query
from lawnews.index.tagging.tagger import Tagger
from support import run_cli

ARTICLES = [
    {"id": "e1", "title": "长沙法院开展司法拍卖", "text": "湖南省长沙市中级人民法院通过网络司法拍卖处置被执行人房产。", "date": "2024-01-01"},
    {"id": "e2", "title": "杭州法院审理合同纠纷", "text": "浙江省杭州市中级人民法院审结一起合同纠纷。", "date": "2024-02-01"},
]


@pytest.mark.parametrize("query", ["judicial auction", "JUDICIAL AUCTION", "Judicial auction", "judicial  Auction"])
def test_an_english_mechanism_name_in_any_case_finds_its_articles(articles_index_dir, query):
    with lawnews.NewsIndex.open(articles_index_dir) as ix:
        found = ix.search(query)
        assert [h.article_id for h in found.hits] == ["e1"]
        assert "mechanism:司法拍卖" in found.expanded[query]
        assert found.total == ix.search("", mechanism="judicial auction").total == 1


def test_a_place_named_in_lowercase_is_the_place():
    tagger = Tagger.default()
    assert tagger.concepts("hangzhou") == tagger.concepts("Hangzhou") == [(0, 8, "city", "杭州市")]
    assert tagger.concepts("judicial auction 湖南") == [(17, 19, "province", "湖南省")]  # mixed: as before


def test_the_query_form_keeps_length_and_leaves_other_texts_alone():
    assert english_query("judicial auction") == "Judicial Auction"
    assert english_query("PEOPLE'S COURT") == "People's Court"
    assert english_query("cross-region enforcement") == "Cross-region Enforcement"
    for text in ("Judicial auction", "司法拍卖", "judicial auction 湖南", "", "   ", "123", "x" * 201):
        assert english_query(text) == text


def test_article_texts_are_gated_as_before():
    assert not english_enough("the court held a judicial auction of the house")
    article = "the court held a judicial auction of the house"
    assert Tagger.default().tag_text(article).mentions == ()


def test_cli_and_web_search_read_a_lowercase_english_query(articles_index_dir):
    out = json.loads(run_cli("search", "judicial auction", "--index-dir", str(articles_index_dir), "--json").output)
    assert [h["article_id"] for h in out["hits"]] == ["e1"]
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(articles_index_dir, workers=1), raise_server_exceptions=False) as client:
        data = client.get("/", params={"q": "judicial auction", "format": "json"}).json()
        assert [h["article_id"] for h in data["hits"]] == ["e1"]
