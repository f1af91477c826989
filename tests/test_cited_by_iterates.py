"""A ``CitedBy`` is used as a ``SearchResults`` is: its ``hits`` (the page asked for),
iterated and counted with ``len()``, while ``total`` counts every page.

A statute collection and news articles written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "X1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [{"id": f"n{i}", "title": f"拒执案件第{i}次宣判", "date": f"2024-0{i}-10",
         "text": f"第{i}起案件中，青石县人民法院依照刑法第313条判处被告人有期徒刑。"} for i in range(1, 4)]


@pytest.fixture()
def ix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    index_dir = news_with_statutes(tmp_path, STATUTES, NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def test_the_hits_of_a_page_are_iterated_and_counted(ix):
    page = ix.cited_by("刑法313", limit=2)
    assert page.total == 3
    assert page.hits == page.results.hits and len(page.hits) == 2
    assert [h.article_id for h in page] == ["n3", "n2"] and len(page) == 2
    rest = ix.cited_by("刑法313", limit=2, offset=2)
    assert [h.article_id for h in rest] == ["n1"] and len(rest) == 1 and rest.total == 3
    assert [h["article_id"] for h in page.to_dict()["hits"]] == [h.article_id for h in page]
