"""A paragraph or item typed after an added article (``第一百三十三条之一第一款``,
``第133条之1第1款第2项``): cited-by lists the articles citing any part of that article, and
says so, as it does after an article without 之一.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国刑法"
STATUTES = [
    {"id": "X#第一百三十三条", "title": f"{LAW} 第一百三十三条", "text": "交通肇事的规定。", "law": LAW},
    {"id": "X#第一百三十三条之一", "title": f"{LAW} 第一百三十三条之一",
     "text": "在道路上驾驶机动车，有下列情形之一的，处拘役：\n（一）追逐竞驶的；\n（二）醉酒驾驶的。\n单位犯前款罪的，依照前款处罚。",
     "law": LAW},
]
NEWS = [
    {"id": "z1", "title": "醉驾一案", "text": "法院依照《刑法》第133条之1第1款第2项，判处被告人拘役三个月。",
     "date": "2023-04-01", "source": "法治日报"},
    {"id": "z2", "title": "又一醉驾案", "text": "法院依照《中华人民共和国刑法》第一百三十三条之一的规定，判处被告人拘役二个月。",
     "date": "2023-05-01", "source": "法治日报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("added-article"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


@pytest.mark.parametrize("typed, part", [("刑法第133条之1第1款", "第1款"),
                                         ("刑法第一百三十三条之一第一款第（二）项", "第一款第（二）项"),
                                         ("刑法第１３３条之１第１款", "第１款")])
def test_cited_by_an_added_article_typed_with_a_paragraph_says_every_citation_of_it_is_listed(ix, typed, part):
    found = ix.cited_by(typed)
    assert found.statute.article == "第一百三十三条之一" and found.total == 2
    assert found.statute.note and part in found.statute.note and "第一百三十三条之一" in found.statute.note, found.statute.note
    assert "not searched apart" in found.statute.note


def test_cited_by_an_added_article_alone_has_no_such_note(ix, index_dir, monkeypatch):
    assert ix.cited_by("刑法第133条之1").statute.note is None
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    out = run_cli("cited-by", "刑法133条之一第1款", "--index-dir", str(index_dir)).output
    assert "any part of 第一百三十三条之一" in out, out
