"""Trends and first reports per law cited (``--by statute``) and per statute article
(``--by cites``): how often the news cite 刑法 or 民诉法第237条, year by year, and which
story cited each first. The articles are made up."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import memory_index, run_cli

CRIM, CIVIL = "中华人民共和国刑法", "中华人民共和国民事诉讼法"
ARTICLES = [
    {"id": "c1", "title": "拒执罪判决", "text": "法院依照《中华人民共和国刑法》第三百一十三条判决被告人拒不执行判决罪。",
     "date": "2023-03-01"},
    {"id": "c2", "title": "执行异议审查", "text": "法院依照《中华人民共和国民事诉讼法》第二百三十七条审查执行异议，"
     "并依照《中华人民共和国刑法》第三百一十三条移送公安机关。", "date": "2023-05-10"},
    {"id": "c3", "title": "执行异议裁定", "text": "法院依照《中华人民共和国民事诉讼法》第二百三十七条裁定驳回执行异议。",
     "date": "2024-01-10"},
    {"id": "c4", "title": "执行工作通报", "text": "法院通报执行工作情况，案款及时发放到位。", "date": "2024-02-10"},
]


def test_trends_by_statute_counts_the_stories_citing_each_law_per_period():
    with memory_index(ARTICLES) as ix:
        found = ix.trends(by="statute", every="year")
        assert found.periods == ("2023", "2024")
        rows = {s.value: (s.counts, s.total) for s in found.series}
        assert rows == {CRIM: ((2, 0), 2), CIVIL: ((1, 1), 2)}
        assert found.total == ix.search("*").total == 4  # every story counted once in the totals
        assert ix.trends(by="法律", every="year").series == found.series  # as a query names the field


def test_trends_by_cites_counts_per_statute_article_and_takes_the_cites_filter():
    with memory_index(ARTICLES) as ix:
        found = ix.trends(by="cites", every="year", cites="民诉法第237条")
        assert [(s.value, s.counts) for s in found.series] == [(f"{CIVIL} 第二百三十七条", (1, 1))]
        assert found.total == ix.search("*", cites="民诉法第237条").total == 2


def test_first_by_statute_gives_the_first_story_citing_each_law():
    with memory_index(ARTICLES) as ix:
        rows = {r.value: r.date for r in ix.first(by="statute").rows}
        assert rows == {CRIM: "2023-03-01", CIVIL: "2023-05-10"}


@pytest.mark.parametrize("by", ["statute", "cites"])
def test_the_command_line_and_the_web_app_offer_them(tmp_path, by):
    from lawnews.web import params

    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    lawnews.build_index([source], tmp_path / "ix")
    out = run_cli("trends", "--by", by, "--every", "year", "--json", "--index-dir", str(tmp_path / "ix"))
    assert json.loads(out.output)["by"] == by and json.loads(out.output)["total"] == 4
    out = run_cli("first", "--by", by, "--index-dir", str(tmp_path / "ix"))
    assert CRIM in out.output, out.output
    assert by in params.TREND_BY


def test_a_laws_profile_in_the_web_app_links_its_trends_by_the_law_cited(tmp_path):
    starlette_testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    lawnews.build_index([source], tmp_path / "ix")
    with starlette_testclient.TestClient(create_app(tmp_path / "ix"), raise_server_exceptions=False) as client:
        page = client.get("/profile", params={"statute": CRIM})
        assert page.status_code == 200
        assert "by=statute" in page.text.split('data-total=')[1].split("</p>")[0]
        trends = client.get("/trends", params={"statute": CRIM, "by": "statute", "format": "json"}).json()
        assert [s["value"] for s in trends["series"]] == [CRIM] and trends["total"] == 2
