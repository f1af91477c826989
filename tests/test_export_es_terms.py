"""The Elasticsearch export gives each text field the terms lawnews indexes for it: every
word and the dictionary words inside a long one (强制执行 → 强制, 执行), so that a
``whitespace`` analyzer in the cluster finds a word in as many sections as lawnews does."""

from __future__ import annotations

import io
import json
from collections import Counter

import pytest

import lawnews
from lawnews import Article, NewsIndex, Section
from lawnews.index.store.schema import TEXT_FIELDS, build_schema

ARTICLES = [
    Article(id="p1", file="p1.txt", title="湖南省地方法院加强强制执行",
            sections=(Section(None, "青溪县人民法院开展司法拍卖，强制执行到位款项三百万元。"),
                      Section("执行攻坚", "白沙镇调解委员会化解纠纷。")),
            captions=("图为干警清点财产",)),
    Article(id="p2", file="p2.txt", title="调解简讯",
            sections=(Section(None, "湖南白沙法院调解一起纠纷，当事人自动履行。"),)),
]
WORDS = ("执行", "法院", "拍卖", "湖南")


@pytest.fixture()
def ix():
    index = NewsIndex.in_memory()
    index.add_articles(ARTICLES, tag=False)
    yield index
    index.close()


def _docs(ix: NewsIndex) -> list[dict]:
    out = io.StringIO()
    lawnews.export(ix, out, format="es")
    return [json.loads(line) for line in out.getvalue().splitlines()[1::2]]


def test_each_exported_text_field_holds_exactly_the_terms_lawnews_indexes_for_it(ix):
    schema = build_schema()
    docs = _docs(ix)
    assert len(docs) == 3
    for doc in docs:
        for field in TEXT_FIELDS:
            if f"{field}_raw" not in doc:
                continue
            indexed = {term.decode("utf-8"): n for term, n, _w, _f in schema[field].index(doc[f"{field}_raw"])}
            assert Counter(doc[field].split()) == indexed, (doc["article_id"], field)


def test_a_word_inside_a_longer_word_is_exported_as_lawnews_indexes_it(ix):
    first = {(d["article_id"], d["section_no"]): d for d in _docs(ix)}[("p1", 0)]
    assert {"执行到位", "执行", "人民法院", "法院", "司法拍卖", "拍卖"} <= set(first["text"].split())
    assert {"湖南省", "湖南", "地方法院", "法院"} <= set(first["title"].split())


@pytest.mark.parametrize("word", WORDS)
def test_the_sections_holding_a_word_in_the_export_are_those_lawnews_counts(ix, word):
    exported = sum(any(word in d.get(f, "").split() for f in TEXT_FIELDS) for d in _docs(ix))
    assert exported == ix.search(word, group="section", all_copies=True, expand=False).total > 0
