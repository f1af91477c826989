"""Strings holding lone surrogates (a name read from GBK bytes, ``surrogateescape``; half a
character) given to the library are stored as UTF-8 can hold and print them, each as its
escape (``\\xNN`` for a byte, as a path of such bytes is shown), so that ``add_articles``,
``show``, ``search``, the look-ups by id and ``lawnews show --json`` never fail with
UnicodeEncodeError, nothing is lost, and the id an article was added under still finds it."""

from __future__ import annotations

import json

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.documents import Article, Section, printable

GBK_SOURCE = "荆州\udcd6\udcd0院"  # 中 in GBK bytes, as Python reads them from a UTF-8 name
RECORD = {"id": "r\udcb9x", "title": "执行快讯\udcb9", "text": "荆州市中级人民法院开展集中执行行动\udcb9\udce3。",
          "source": GBK_SOURCE, "file": "n\udcb9.txt", "captions": ["图\udcb9"], "date": "2024-05-03"}


def _encodable(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    text.encode("utf-8")  # UnicodeEncodeError if a surrogate is left
    return text


def test_printable_escapes_each_lone_surrogate_and_leaves_other_text_as_it_is():
    plain = "荆州中院开展集中执行行动"
    assert printable(plain) is plain
    assert printable(GBK_SOURCE) == "荆州\\xd6\\xd0院"
    assert printable("半个\ud83d字") == "半个\\ud83d字"
    assert printable("表情\ud83d\ude00") == "表情\U0001f600"  # two halves given apart are the character


def test_an_article_added_from_python_is_stored_printable_and_shown(tmp_path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        assert ix.add_articles([RECORD]) == 1
        page = ix.show("r\udcb9x")  # the id it was added under
        shown = page.to_dict()
        _encodable(shown)
        assert shown["id"] == "r\\xb9x" and ix.show("r\\xb9x").to_dict() == shown
        assert shown["title"] == "执行快讯\\xb9" and shown["source"] == "荆州\\xd6\\xd0院"
        assert shown["file"] == "n\\xb9.txt" and shown["captions"] == ["图\\xb9"]
        assert shown["sections"][0]["text"] == "荆州市中级人民法院开展集中执行行动\\xb9\\xe3。"
        hits = ix.search("集中执行").hits
        assert [h.article_id for h in hits] == ["r\\xb9x"]
        _encodable([h.to_dict() for h in hits])
        assert ix.search("", source=GBK_SOURCE).total == 1
        assert [c.article_id for c in ix.copies("r\udcb9x")] == ["r\\xb9x"]
        assert ix.remove(article_id="r\udcb9x") == 1


def test_an_article_object_is_stored_printable_whichever_way_it_is_added(tmp_path):
    article = Article(id="a\udcb9", file="", title="执行快讯", sections=(Section(None, "青山法院开展执行行动\udcb9。"),),
                      source=GBK_SOURCE)
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([article])
        with ix.writer() as w:
            w.add(Article(id="b\udcb9", file="", title="执行快讯\ud83d", sections=(Section("小标题\udcb9", "正文。"),)))
        assert _encodable(ix.show("a\udcb9").to_dict())
        shown = ix.show("b\udcb9").to_dict()
        _encodable(shown)
        assert (shown["id"], shown["title"], shown["sections"][0]["heading"]) == ("b\\xb9", "执行快讯\\ud83d",
                                                                                "小标题\\xb9")


def test_show_json_prints_utf8(tmp_path):
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([RECORD])
    got = CliRunner().invoke(cli, ["show", "r\\xb9x", "--json", "--index-dir", str(tmp_path / "ix")],
                             catch_exceptions=False)
    assert got.exit_code == 0, got.output
    shown = json.loads(got.stdout_bytes.decode("utf-8"))
    assert shown["source"] == "荆州\\xd6\\xd0院" and shown["id"] == "r\\xb9x"
