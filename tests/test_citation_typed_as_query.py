"""A query that is, or holds, one statute citation the citation extractor reads
(《民诉法》第237条, 民事诉讼法第二百三十七条) also matches the articles citing that article,
however they print it, as a named court or mechanism also matches the articles tagged
with it; the 'also matching' line says so, --no-expand turns it off. Text the extractor
reads as no citation (第237条 alone, two articles) is searched as words only."""

from __future__ import annotations

import json

import pytest

from lawnews import NewsIndex
from support import memory_index, run_cli

CIVIL = "中华人民共和国民事诉讼法 第二百三十七条"
ARTICLES = [
    {"id": "p1", "title": "仲裁裁决被撤销", "text": "法院依照《中华人民共和国民事诉讼法》第二百三十七条，裁定不予执行该仲裁裁决。"},
    {"id": "p2", "title": "不予执行仲裁", "text": "根据民诉法第237条的规定，被申请人可以申请不予执行。"},
    {"id": "p3", "title": "执行和解", "text": "双方当事人在执行中自行和解，法院依法结案。"},
    {"id": "p4", "title": "拒不履行被判刑", "text": "被告人有能力履行而拒不履行，法院依照刑法第三百一十三条判处其拘役。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("typed", ["《民诉法》第237条", "民事诉讼法第二百三十七条", "民诉法第237条 仲裁"])
def test_a_citation_typed_finds_the_articles_citing_it_however_printed(ix, typed):
    found = ix.search(typed)
    assert {h.article_id for h in found.hits} == {"p1", "p2"}, (typed, found.hits)
    assert any(f"cites:{CIVIL}" in values for values in found.expanded.values()), found.expanded


def test_no_expand_searches_the_words_only(ix):
    words = ix.search("《民诉法》第237条", expand=False)
    assert words.expanded == {} and [h.article_id for h in words.hits] == ["p2"], words.hits  # as printed


def test_what_the_extractor_reads_as_no_citation_is_words_only(ix):
    assert ix.search("第237条").expanded == {}
    assert all(not v for v in ix.search("执行和解").expanded.values() if any("cites:" in x for x in v))


def test_the_also_matching_line_names_the_article_cited(tmp_path):
    path = tmp_path / "ix"
    with NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    out = run_cli("search", "民事诉讼法第二百三十七条", "--index-dir", str(path)).output
    assert f"also matching: 民事诉讼法第二百三十七条 → articles citing {CIVIL}" in out, out
    data = json.loads(run_cli("search", "民事诉讼法第二百三十七条", "--json", "--index-dir", str(path)).output)
    assert data["expanded"]["民事诉讼法第二百三十七条"] == [f"cites:{CIVIL}"]
    assert {h["article_id"] for h in data["hits"]} == {"p1", "p2"}
    plain = json.loads(run_cli("search", "民事诉讼法第二百三十七条", "--json", "--no-expand",
                               "--index-dir", str(path)).output)
    assert plain["expanded"] == {}


def test_a_citation_a_mechanism_also_names_matches_both(ix):
    found = ix.search("《刑法》第313条")
    assert [h.article_id for h in found.hits] == ["p4"] and not found.relaxed, found
    (values,) = found.expanded.values()
    assert "cites:中华人民共和国刑法 第三百一十三条" in values, values
