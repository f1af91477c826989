"""A lawyer's memo on refusing to enforce judgments and enforcement objections: reading the
laws the news cites through ``search`` clauses, ``cited-by``, ``show``, ``stats`` and profiles,
the same references asked about several ways.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

#: Two interpretations of one series, told apart by their number only.
THIRD = "最高人民法院关于适用《中华人民共和国测试诉讼法》若干问题的解释（三）"
FIRST = "最高人民法院关于适用《中华人民共和国测试诉讼法》若干问题的解释（一）"
STATUTES = [
    {"id": "J3#第五条", "title": f"{THIRD} 第五条", "text": "三号解释第五条：案外人异议的审查。", "date": "2020-01-01",
     "law": THIRD},
    {"id": "J1#第五条", "title": f"{FIRST} 第五条", "text": "一号解释第五条：管辖的规定。", "date": "2020-01-01",
     "law": FIRST},
]
NEWS = [
    {"id": "n1", "title": "案外人异议被驳回", "text": f"法院依照《{THIRD}》第五条驳回案外人异议。", "date": "2022-01-01",
     "source": "人民法院报"},
    {"id": "n2", "title": "管辖异议", "text": f"法院依照《{FIRST}》第五条裁定移送管辖。", "date": "2022-02-01",
     "source": "人民法院报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-memo"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _ids(found) -> list[str]:
    return [h.article_id for h in found.hits]


@pytest.mark.parametrize("query", [
    f"statute:{THIRD}", f"cites:{THIRD}第五条", f"statute:{THIRD} 案外人",
    f"cites:{THIRD.replace('（', '(').replace('）', ')')}第五条", f"法律：{THIRD}",
])
def test_a_numbered_interpretation_typed_unquoted_keeps_its_number(ix, query):
    assert _ids(ix.search(query)) == ["n1"]
    assert ix.search(query).total == ix.cited_by(f"{THIRD}第五条").total == 1


def test_brackets_grouping_words_still_group():
    from lawnews.search.query import parse_query

    for query in ("规定(执行 OR 拍卖)", "解释（三 OR 四）"):
        words = parse_query(query)
        assert type(words).__name__ == "And" and type(words.subqueries[1].subqueries[0]).__name__ == "Or"
