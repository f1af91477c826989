"""A statute record labelled with digits (``#第2条``, full-width ``#第２条``, ``#第3条之1``) is
the article of that number, as a citation printing 第2条 or 第二条 is: it joins the statute
collection under its label in Chinese numerals (``第二条``), and citations resolve to it.

The statute records and the news article are written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from lawnews.index.store import statutes
from support import news_with_statutes

LAW = "中华人民共和国数字法"
VERSION = "2022-01-01"
STATUTES = [
    {"id": "D1#第1条", "title": f"{LAW} 第1条", "text": "为了规范数字活动，制定本法。", "date": VERSION, "law": LAW},
    {"id": "D1#第２条", "title": f"{LAW} 第２条", "text": "数字活动应当遵循诚信原则。", "date": VERSION, "law": LAW},
    {"id": "D1#第3条之1", "title": f"{LAW} 第3条之1", "text": "数字平台应当保护用户信息。", "date": VERSION, "law": LAW},
    {"id": "D1#第四条", "title": f"{LAW} 第四条", "text": "本法自公布之日起施行。", "date": VERSION, "law": LAW},
]
NEWS = [{"id": "n", "title": "数字纠纷审结", "date": "2024-03-01",
         "text": "青石县人民法院依照《中华人民共和国数字法》第二条、第3条之一审结一起纠纷。"}]


@pytest.fixture()
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    built = news_with_statutes(tmp_path, STATUTES, NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    return built


def test_digit_labels_join_the_collection_under_their_chinese_labels(index_dir):
    collection = statutes.Collection.current()
    assert collection.labels(LAW, VERSION) == {"第一条": "D1#第1条", "第二条": "D1#第２条",
                                               "第三条之一": "D1#第3条之1", "第四条": "D1#第四条"}


def test_citations_resolve_to_records_labelled_with_digits(index_dir):
    with lawnews.NewsIndex.open(index_dir) as ix:
        (cited,) = ix.citations("n")
        assert [(a.article, a.id) for a in cited.articles] == [("第二条", "D1#第２条"), ("第三条之一", "D1#第3条之1")]
        assert [a.text for a in cited.articles] == ["数字活动应当遵循诚信原则。", "数字平台应当保护用户信息。"]
        assert [v.id for v in ix.statute_article("数字法第2条").versions] == ["D1#第２条"]
