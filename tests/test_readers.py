"""Reading inputs: encodings, binary files, JSONL records, and the account of skips."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from lawnews.index.ingest.decoding import decode
from lawnews.index.ingest.jsonl import text_sections
from lawnews.index.ingest.readers import PageText, Record, Skip, iter_inputs

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PAGE = (CORPUS / "000_082eefb158be16f6.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "data, encoding",
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),
        (PAGE.replace("\n", "\r\n").encode("gbk", errors="strict"), "gb18030"),
    ],
)
def test_pages_decode_by_content(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text.replace("\r\n", "\n") == PAGE


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"abc\x00def", "NUL"),
        (bytes(range(128, 256)) * 20, "undecodable"),
    ],
)
def test_non_text_is_refused_with_its_reason(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


def test_every_input_is_used_or_skipped_with_a_reason():
    inputs = list(iter_inputs([DATA / "inputs"]))
    skips = {Path(s.path.split(":")[0]).name + (":" + s.path.split(":")[1] if s.path.count(":") else ""): s.reason
             for s in inputs if isinstance(s, Skip)}
    records = [i.article.id for i in inputs if isinstance(i, Record)]
    assert records == ["j1"]
    assert skips["empty.txt"] == "empty"
    assert "PDF" in skips["fake.txt"]
    assert "PNG" in skips["image.txt"]
    assert "bad JSON line 2" in skips["mixed.jsonl:2"]
    assert "missing required field 'text'" in skips["mixed.jsonl:3"]
    assert "duplicate id 'j1'" in skips["mixed.jsonl:4"]
    assert "'title' must be a string" in skips["mixed.jsonl:5"]
    assert len(inputs) == 8


def test_missing_path_and_unsupported_files_are_reported(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "README.md").write_text("说明", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.txt").write_text("标题\n\n正文内容。", encoding="utf-8")
    got = list(iter_inputs([tmp_path, tmp_path / "nope"]))
    kinds = {(type(g).__name__, Path(getattr(g, "path")).name) for g in got}
    assert ("PageText", "page.txt") in kinds
    assert ("Skip", "photo.jpg") in kinds and ("Skip", "README.md") in kinds and ("Skip", "nope") in kinds
    page = next(g for g in got if isinstance(g, PageText))
    assert page.source == "sub/page.txt"


def test_gzipped_jsonl_is_read(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"r{i}", "title": "标题", "text": "正文", "province": "山东省"}, ensure_ascii=False) + "\n")
    got = list(iter_inputs([path]))
    assert [g.article.id for g in got] == ["r0", "r1", "r2"]
    assert got[0].article.meta == {"province": "山东省"}


def _records(*ids: str) -> bytes:
    return "".join(json.dumps({"id": i, "title": "执行新闻", "text": "荆州市中级人民法院开展集中执行行动。"},
                              ensure_ascii=False) + "\n" for i in ids).encode("utf-8")


def test_a_jsonl_gz_a_browser_unpacked_under_its_name_is_read_as_the_jsonl_it_holds(tmp_path):
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(_records("r0", "r1"))
    assert [g.article.id for g in iter_inputs([path])] == ["r0", "r1"]


def test_a_jsonl_gz_cut_off_says_how_many_records_before_the_cut_were_read(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(_records(*(f"r{i}" for i in range(400))))
    path.write_bytes(whole[:len(whole) // 2])  # an unfinished download
    got = list(iter_inputs([path]))
    records = [g for g in got if isinstance(g, Record)]
    (skip,) = [g for g in got if isinstance(g, Skip)]
    assert records and skip.path == str(path)
    assert skip.reason.startswith("unreadable: ")
    assert skip.reason.endswith(f"; the {len(records)} records before it read")


@pytest.mark.parametrize("name, encoding", [("a.jsonl", "utf-16"), ("a.jsonl", "utf-16-be"), ("a.jsonl.gz", "utf-16")])
def test_jsonl_saved_as_utf16_with_its_bom_is_read(tmp_path, name, encoding):
    """As Notepad's "Unicode" and PowerShell's ``>`` save it: a BOM, CRLF line ends."""
    lines = [json.dumps({"id": f"r{i}", "title": "法院审结一起案件", "text": f"第{i}段正文。", "date": "2024年3月5日"},
                        ensure_ascii=False) for i in range(3)]
    data = ("\ufeff" if encoding == "utf-16-be" else "").encode(encoding) + "".join(
        line + "\r\n" for line in lines).encode(encoding)  # "utf-16" writes its BOM itself
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    got = list(iter_inputs([path]))
    assert [(g.article.id, g.article.title, g.article.date, g.article.sections[0].text) for g in got] == [
        (f"r{i}", "法院审结一起案件", "2024-03-05", f"第{i}段正文。") for i in range(3)]


@pytest.mark.parametrize("name, encoding", [("a.jsonl", "utf-16-le"), ("a.jsonl", "utf-16-be"), ("a.jsonl.gz", "utf-16-le"),
                                            ("a.ndjson", "utf-16-be")])
@pytest.mark.parametrize("first", ["{", " {", "\n{"])
def test_jsonl_saved_as_utf16_without_a_bom_is_read(tmp_path, name, encoding, first):
    """A JSON line opens with an ASCII character, whose NUL byte beside it UTF-8 JSON never
    holds: it tells UTF-16 and its byte order without a BOM."""
    lines = [json.dumps({"id": f"r{i}", "title": "青溪县法院审结一起借款纠纷", "text": f"第{i}段正文。"},
                        ensure_ascii=False) for i in range(3)]
    data = (first[:-1] + "\r\n".join(lines) + "\r\n").encode(encoding)
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    got = list(iter_inputs([path]))
    assert [(g.article.id, g.article.title, g.article.sections[0].text) for g in got] == [
        (f"r{i}", "青溪县法院审结一起借款纠纷", f"第{i}段正文。") for i in range(3)]


def test_jsonl_in_another_encoding_is_still_refused_as_no_utf8(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"id": "r1", "title": "青溪县法院", "text": "正文。"}, ensure_ascii=False).encode("gbk"))
    got = list(iter_inputs([path]))
    assert len(got) == 1 and isinstance(got[0], Skip) and "JSONL must be UTF-8" in got[0].reason


def test_text_headings_become_sections():
    secs = text_sections("导语。\n## 第一部分\n甲。\n\n乙。\n## 第二部分\n丙。")
    assert [(s.heading, s.text) for s in secs] == [(None, "导语。"), ("第一部分", "甲。\n乙。"), ("第二部分", "丙。")]
    assert [(s.heading, s.text) for s in text_sections("只有正文。")] == [(None, "只有正文。")]


def test_mixed_utf8_and_gbk_lines_decode_line_by_line():
    data = "交叉执行。\n".encode("utf-8") + "终本案件。\n".encode("gbk") + b"ascii\n"
    text, encoding = decode(data)
    assert text == "交叉执行。\n终本案件。\nascii\n"
    assert encoding == "mixed utf-8/gb18030"
