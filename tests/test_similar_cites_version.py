"""``similar`` narrowed to the articles citing one version of a statute article
(``cites="2021年民事诉讼法第二百五十二条"``, ``lawnews similar ID --cites …``), as ``search``
narrows: ``similar`` has no query to write a ``cites:`` clause in, and the error said to.

The statute records (two versions whose 第二百五十二条 differ) and the news articles are
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国民事诉讼法"
V2021, V2023 = "2021-12-24", "2023-09-01"
STATUTES = [
    {"id": "M21#第二百五十二条", "title": f"{LAW} 第二百五十二条", "date": V2021, "law": LAW,
     "text": "被执行人不履行法律文书确定的义务的，应当报告当前以及收到执行通知之日前一年的财产情况。"},
    {"id": "M23#第二百五十二条", "title": f"{LAW} 第二百五十二条", "date": V2023, "law": LAW,
     "text": "被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款。"},
]
BODY = "青石县人民法院执行局依据《中华人民共和国民事诉讼法》第二百五十二条，对被执行人采取执行措施，执行到位款项。"
NEWS = [
    {"id": "a", "title": "执行局采取执行措施", "date": "2022-06-01", "text": BODY},
    {"id": "b", "title": "执行局再次采取执行措施", "date": "2022-09-01", "text": BODY + "案件已执行完毕。"},
    {"id": "c", "title": "执行局新年采取执行措施", "date": "2024-06-01", "text": BODY + "当事人表示满意。"},
    {"id": "d", "title": "执行局采取执行措施之后", "date": "2024-07-01",
     "text": "青石县人民法院执行局对被执行人采取执行措施，执行到位款项。"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("similar-version"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as opened:
        yield opened


def test_similar_articles_of_every_version_are_found_without_one(ix):
    assert {h.article_id for h in ix.similar("a")} == {"b", "c", "d"}
    assert {h.article_id for h in ix.similar("a", cites="民事诉讼法第252条")} == {"b", "c"}


@pytest.mark.parametrize("typed, expected", [("2021年民事诉讼法第252条", {"b"}), ("2023年民事诉讼法第252条", {"c"})])
def test_similar_keeps_the_articles_citing_the_version_named(ix, index_dir, typed, expected):
    found = ix.similar("a", cites=typed)
    assert {h.article_id for h in found} == expected and found.total == len(expected)
    assert {h.article_id for h in found} <= {h.article_id for h in ix.search("", cites=typed)}
    out = run_cli("similar", "a", "--cites", typed, "--fields", "article_id", "--index-dir", str(index_dir))
    assert out.output.split()[1:] == sorted(expected)
