"""``LAWNEWS_STATUTES`` naming a path that cannot be a statute collection (a folder, or a
file in a folder that does not exist) is an error naming the path wherever the setting
is read, instead of citations left unresolved without a word."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.config import statutes_path
from support import run_cli

ARTICLE = {"id": "a", "title": "执行报道", "text": "法院依据《中华人民共和国民事诉讼法》第二百五十二条责令被执行人报告财产。",
           "date": "2024-06-01"}


@pytest.fixture()
def news(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("where, said", [
    (lambda tmp: tmp / "no-such-folder" / "statutes.sqlite", "in a folder that does not exist"),
    (lambda tmp: tmp, "names the folder"),
], ids=["missing folder", "a folder"])
def test_a_statutes_setting_that_cannot_be_a_collection_is_an_error_naming_it(tmp_path, monkeypatch, news, where, said):
    index = tmp_path / "ix"
    lawnews.build_index([news], index)  # resolved against no collection: the default one is absent
    bad = where(tmp_path)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(bad))
    with pytest.raises(lawnews.LawNewsError, match=said) as e:
        statutes_path()
    assert str(bad) in str(e.value)
    for args in (["show", "a", "--index-dir", str(index)],
                 ["cited-by", "民事诉讼法第二百五十二条", "--index-dir", str(index)],
                 ["index", str(news), "--index-dir", str(tmp_path / "ix2"), "-q"]):
        out = run_cli(*args, ok=False)
        assert out.exit_code == 1, (args, out.output)
        assert out.output.startswith("Error: LAWNEWS_STATUTES") and str(bad) in out.output, (args, out.output)


def test_a_statutes_file_not_made_yet_in_an_existing_folder_is_accepted(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    assert statutes_path() == tmp_path / "statutes.sqlite"
