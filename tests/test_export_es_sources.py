"""The Elasticsearch export names an article's source twice: ``source``, the value the
``source`` facet and filter use (a court once, by the directory's full name), and
``source_printed``, the name the article printed, so that an aggregation on ``source``
over stories gives lawnews' facet counts."""

from __future__ import annotations

import io
import json
from collections import defaultdict

import pytest

import lawnews
from lawnews import Article, NewsIndex, Section


def _article(aid: str, source: str) -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=f"执行简讯{aid}", date="2024-03-01", source=source,
                   sections=(Section(None, f"本院开展执行工作，简讯正文{aid}号。"),))


@pytest.fixture()
def ix():
    index = NewsIndex.in_memory()
    index.add_articles([_article("w1", "株洲中院"), _article("p1", "株洲市中级人民法院"),
                        _article("n1", "人民法院报")])
    yield index
    index.close()


def _docs(ix) -> list[dict]:
    out = io.StringIO()
    lawnews.export(ix, out, format="es")
    lines = out.getvalue().splitlines()
    return [json.loads(line) for line in lines[1::2]]


def test_source_is_the_facet_value_and_source_printed_the_printed_name(ix):
    docs = {d["article_id"]: d for d in _docs(ix)}
    assert docs["w1"]["source"] == "株洲市中级人民法院"
    assert docs["w1"]["source_printed"] == "株洲中院"
    assert docs["p1"]["source"] == docs["p1"]["source_printed"] == "株洲市中级人民法院"
    assert docs["n1"]["source"] == "人民法院报"


def test_an_aggregation_on_source_over_stories_equals_the_facet_counts(ix):
    stories = defaultdict(set)
    for d in _docs(ix):
        stories[d["source"]].add(d["story"])
    assert {k: len(v) for k, v in stories.items()} == ix.facets()["facets"]["source"]


def test_the_mapping_names_both_fields_as_keywords():
    props = lawnews.export_mapping()["mappings"]["properties"]
    assert props["source"] == {"type": "keyword"}
    assert props["source_printed"] == {"type": "keyword"}
