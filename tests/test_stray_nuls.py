"""A few NUL bytes inside a text file (a page padded or damaged in one place) are no text
and no reason to refuse the file: they are dropped, the rest read, and the account says
so once per file; a binary file (NULs many and scattered, an image, UTF-16 cut short) is
still refused with its reason. Page files, web pages and JSONL lines alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.ingest.decoding import decode, decode_repairing, without_stray_nuls
from lawnews.index.ingest.readers import PageText, Record, Skip, iter_inputs

PAGE = "执行快讯\n\n荆州市中级人民法院开展集中执行行动。\x00\n第二段。\n".encode()
LONG = ("执行快讯\n\n荆州市中级人民法院开展集中执行行动，依法查控被执行人财产，共执结案件一百二十件。\n"
        "第二段，执行干警分赴各地开展查人找物。\n")


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_a_stray_nul_is_dropped_and_counted():
    text, encoding, bad, nuls = decode_repairing(PAGE)
    assert "\x00" not in text and (encoding, bad, nuls) == ("utf-8", 0, 1)
    assert "荆州市中级人民法院开展集中执行行动。" in text and "第二段。" in text
    assert decode(PAGE)[0] == text


def test_a_zeroed_block_inside_a_text_is_dropped_whatever_its_length():
    head, tail = (LONG * 2).encode().split("第二段".encode(), 1)
    data = head + b"\x00" * 4096 + "第二段".encode() + tail
    text, _encoding, _bad, nuls = decode_repairing(data)
    assert nuls == 4096 and text == LONG * 2


def test_nuls_in_gbk_text_are_dropped_too():
    data = LONG.encode("gbk").replace("依法".encode("gbk"), b"\x00\x00" + "依法".encode("gbk"))
    text, encoding, _bad, nuls = decode_repairing(data)
    assert (text, encoding, nuls) == (LONG, "gb18030", 2)


def test_the_padding_after_a_text_is_dropped_uncounted():
    text, _encoding, _bad, nuls = decode_repairing(LONG.encode() + b"\x00" * 100)
    assert text == LONG and nuls == 0


BINARY = {
    "scattered NULs": (b"abc\x00\x00\x01\x02" * 50, "binary: contains NUL bytes"),
    "NUL every other byte, an odd count of bytes": (b"a\x00" * 200 + b"a", "binary: contains NUL bytes"),
    "a PNG image with text in it": (b"\x89PNG\r\n\x1a\n\x00\x00" + LONG.encode(), "binary: a PNG image"),
    "a ZIP archive": (b"PK\x03\x04\x14\x00\x00\x00" + LONG.encode(), "binary: a ZIP archive (docx/xlsx?)"),
    "UTF-16 without BOM cut short": (LONG.encode("utf-16-le")[:-1], "binary: contains NUL bytes"),
    "UTF-16BE without BOM cut short": (LONG.encode("utf-16-be")[:-3], "binary: contains NUL bytes"),
    "control bytes beside the NUL": (b"\x00\x01\x02binary", "binary: contains NUL bytes"),
    "a NUL among a few bytes": (b"abc\x00def", "binary: contains NUL bytes"),
    "a block of NULs beside a line of text": ("执行快讯".encode() + b"\x00" * 64 + "荆州".encode(), "binary: contains NUL bytes"),
}


@pytest.mark.parametrize("data, reason", BINARY.values(), ids=BINARY.keys())
def test_a_binary_file_is_still_refused_with_its_reason(tmp_path, data, reason):
    assert without_stray_nuls(data) is None
    with pytest.raises(ValueError, match="^" + reason.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        decode_repairing(data)
    (tmp_path / "f.txt").write_bytes(data)
    (got,) = list(iter_inputs(tmp_path / "f.txt"))
    assert isinstance(got, Skip) and got.reason == reason


def test_utf16_without_bom_is_still_read_as_utf16():
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_repairing(LONG.encode(encoding)) == (LONG, encoding, 0, 0)


def test_a_page_file_with_a_stray_nul_is_read_and_says_so(tmp_path):
    (tmp_path / "f.txt").write_bytes(PAGE)
    (got,) = list(iter_inputs(tmp_path / "f.txt"))
    assert isinstance(got, PageText) and got.nuls == 1 and "\x00" not in got.text


def test_parse_reads_the_file_and_warns_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("f.txt").write_bytes(PAGE + b"\x00" * 10)  # (the padding after it is dropped unsaid)
    got = run("parse", "f.txt")
    assert got.exit_code == 0, got.output
    (article,) = [json.loads(line) for line in got.stdout.splitlines()]
    assert article["title"] == "执行快讯"
    assert [s["text"] for s in article["sections"]] == ["荆州市中级人民法院开展集中执行行动。第二段。"]
    assert got.stderr.splitlines() == ["warning f.txt: 1 NUL byte inside the text (no text: a file padded or"
                                       " damaged in one place) dropped: indexed all the same"]


def test_index_reports_the_file_indexed_with_the_repair_noted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/f.txt").write_bytes(PAGE)
    got = run("index", "in", "--index-dir", "ix", "-q")
    assert got.exit_code == 0, got.output
    assert "indexed 1 article (1 section) from 1 file" in got.stdout
    assert "skipped 0" in got.stdout
    assert ("1 warning (indexed all the same):\n  in/f.txt: 1 NUL byte inside the text (no text: a file padded"
            " or damaged in one place) dropped: indexed all the same") in got.stdout
    with lawnews.NewsIndex.open("ix") as index:
        assert index.article("f#1").text == "荆州市中级人民法院开展集中执行行动。第二段。"
    again = run("index", "--index-dir", "ix", "-q")  # not read again: the warning it gave is told again
    assert "1 NUL byte inside the text" in again.stdout


def test_a_web_page_with_nuls_is_read_and_says_so_once(tmp_path):
    body = "<p>荆州市中级人民法院开展集中执行行动，依法\x00\x00\x00\x00查控被执行人财产，共执结案件一百二十件。</p>"
    page = ("<html><head><title>执行快讯</title></head><body><h1>执行快讯</h1>" + body
            + "<p>第二段，执行干警分赴各地开展查人找物，执行到位金额三千万元。</p></body></html>")
    for name in ("p.html", "p.txt"):  # a web page saved under a page file's name takes the same path
        (tmp_path / name).write_bytes(page.encode())
        (got,) = list(iter_inputs(tmp_path / name))
        assert isinstance(got, Record) and got.nuls == 4, got
        assert "依法查控被执行人财产" in got.article.text
    report = lawnews.build_index([tmp_path / "p.html"], tmp_path / "ix")
    assert [w.reason for w in report.warnings] == [
        "4 NUL bytes inside the text (no text: a file padded or damaged in one place) dropped: indexed all the same"]


def test_a_jsonl_line_with_a_nul_is_read_and_says_so(tmp_path):
    lines = [{"id": "j1", "title": "执行快讯", "text": "荆州中院开展集中执行行动。"},
             {"id": "j2", "title": "执行快讯", "text": "湖南高院开展集中执行行动。"}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode().replace("集中".encode(), b"\x00\x00")
    (tmp_path / "r.jsonl").write_bytes(data.replace(b"\x00\x00", "集中".encode(), 1) + b"\n")
    records = list(iter_inputs(tmp_path / "r.jsonl"))
    assert [(r.article.id, r.nuls) for r in records] == [("j1", 0), ("j2", 2)]
    assert records[1].article.text == "湖南高院开展执行行动。"
    report = lawnews.build_index([tmp_path / "r.jsonl"], tmp_path / "ix")
    assert report.articles == 2 and not report.skipped
    assert [(w.path, w.reason) for w in report.warnings] == [
        (f"{tmp_path / 'r.jsonl'}:2", "line 2: 2 NUL bytes inside the text (no text: a file padded or damaged in one"
                                      " place) dropped: indexed all the same")]
