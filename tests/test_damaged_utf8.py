"""A UTF-8 page with a stray byte, or its last character cut off, is read all the
same (the bad bytes as U+FFFD) and indexed with a warning; a file that is mostly
not UTF-8 is decoded as its own encoding, or refused, as before."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.ingest.decoding import decode, decode_counting

BODY = "法院组织交叉执行，清理积案一百余件。\n执行干警走访当事人。"


def test_a_stray_byte_costs_one_character():
    data = ("标题\n\n" + BODY).encode("utf-8")
    cut = data.index("积".encode("utf-8"))
    text, encoding, bad = decode_counting(data[:cut] + b"\xff" + data[cut:])
    assert encoding == "utf-8" and bad == 1
    assert text == "标题\n\n" + BODY.replace("积", "\ufffd积")


def test_a_byte_inserted_inside_a_character_is_one_run_one_replacement():
    data = ("标题\n\n" + BODY).encode("utf-8")
    cut = data.index("积".encode("utf-8")) + 1  # after 积's first byte: its three bytes and the stray one are bad
    text, encoding, bad = decode_counting(data[:cut] + b"\xff" + data[cut:])
    assert encoding == "utf-8" and bad == 4
    assert text == "标题\n\n" + BODY.replace("积", "\ufffd")


def test_a_last_character_cut_off_is_read_without_it():
    data = ("标题\n\n" + BODY).encode("utf-8")[:-2]
    text, encoding, bad = decode_counting(data)
    assert bad == 1 and text == "标题\n\n" + BODY[:-1] + "\ufffd"


def test_a_stray_byte_in_an_ascii_line_and_after_a_bom():
    text, encoding, bad = decode_counting(b"\xef\xbb\xbfcase no\xff 12\n" + BODY.encode("utf-8"))
    assert (text, encoding, bad) == ("case no\ufffd 12\n" + BODY, "utf-8-sig", 1)


def test_mostly_undecodable_files_are_still_refused_or_read_as_their_encoding():
    assert decode(BODY.encode("gbk")) == (BODY, "gb18030")
    trad = "法院組織交叉執行，清理積案一百餘件。"
    assert decode(trad.encode("big5")) == (trad, "cp950")
    # a line with too few good UTF-8 bytes per bad one: not damaged UTF-8
    good = "执行交叉执行执行交叉执行".encode("utf-8")  # 36 good bytes
    with pytest.raises(ValueError, match="undecodable"):
        decode(good + b"\xff\xfe\xff\xfe")  # 4 bad: under twelve good per bad
    assert decode_counting(good + b"\xff\xfe\xff")[2] == 3  # 3 bad: twelve good per bad, read
    # short GBK lines, whose bytes happen to hold some good UTF-8, stay GBK
    for short in ("微信扫一扫", "民法典》", "和控告。"):
        assert decode(("执行\n" + short).encode("gbk")) == ("执行\n" + short, "gb18030")
    with pytest.raises(ValueError, match="undecodable"):
        decode(bytes(range(128, 256)) * 20)


def test_a_damaged_page_is_indexed_with_a_warning_naming_it(tmp_path):
    page = tmp_path / "news" / "damaged.txt"
    page.parent.mkdir()
    data = ("执行局新举措\n\n" + BODY).encode("utf-8")
    page.write_bytes(data[:10] + b"\x80" + data[10:])
    warnings: list = []
    skipped: list = []
    articles = list(lawnews.parse(page.parent, skipped=skipped, warnings=warnings))
    assert not skipped and len(articles) == 1 and "积案" in articles[0].text
    assert [(w.path, w.reason) for w in warnings] == [
        (str(page), "1 bad byte (not UTF-8) read as \ufffd (U+FFFD): indexed all the same")]


def test_a_jsonl_line_with_a_stray_byte_is_read_with_a_warning(tmp_path):
    import json

    path = tmp_path / "records.jsonl"
    lines = [json.dumps({"id": f"r{i}", "title": "执行新闻", "text": BODY}, ensure_ascii=False).encode("utf-8")
             for i in (1, 2)]
    cut = lines[1].index("积".encode("utf-8"))
    path.write_bytes(lines[0] + b"\n" + lines[1][:cut] + b"\xfe" + lines[1][cut:] + b"\n"
                     + "不是UTF-8的一行".encode("gbk") + b"\n")
    warnings: list = []
    skipped: list = []
    articles = {a.id: a for a in lawnews.parse(path, skipped=skipped, warnings=warnings)}
    assert set(articles) == {"r1", "r2"} and "\ufffd积案" in articles["r2"].text
    assert [(w.path, w.reason) for w in warnings] == [
        (f"{path}:2", "line 2: 1 bad byte (not UTF-8) read as \ufffd (U+FFFD): indexed all the same")]
    assert [s.path for s in skipped] == [f"{path}:3"]  # a line of GBK is still not read


def test_a_web_page_saved_as_text_with_a_stray_byte_is_warned_about(tmp_path):
    page = tmp_path / "saved.txt"
    text = ("首页 > 新闻中心 > 法院动态\n执行局新举措\n发布时间：2024-05-06 来源：本院\n" + BODY + "\n").encode("utf-8")
    cut = text.index("积".encode("utf-8"))
    page.write_bytes(text[:cut] + b"\xff" + text[cut:])
    warnings: list = []
    articles = list(lawnews.parse(page, warnings=warnings))
    assert articles and "\ufffd积案" in articles[0].text
    assert [(w.path, w.reason.split(" (")[0]) for w in warnings] == [(str(page), "1 bad byte")]


def test_a_jsonl_escape_of_half_a_character_is_read_as_a_replacement_with_a_warning(tmp_path):
    """A scraper that cut a title through an emoji by UTF-16 units writes ``\\ud83d`` alone:
    read as U+FFFD and warned about, so that parse, search, show and export print the record."""
    from click.testing import CliRunner

    from lawnews.cli import cli

    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "r1", "title": "执行新闻\\ud83d", "text": "' + BODY.replace("\n", "\\n") + '\\udc00"}\n'
                    '{"id": "r2", "title": "执行快讯\\ud83d\\ude00", "text": "执行干警走访当事人。"}\n', encoding="utf-8")
    warnings: list = []
    articles = {a.id: a for a in lawnews.parse(path, warnings=warnings)}
    assert articles["r1"].title == "执行新闻\ufffd" and articles["r1"].text.endswith("走访当事人。\ufffd")
    assert articles["r2"].title == "执行快讯\U0001f600"  # a whole character, escaped as its two halves
    assert [(w.path, w.reason.split(" (")[0]) for w in warnings] == [(f"{path}:1", "line 1: 2 escapes of half a character")]
    runner = CliRunner()
    got = runner.invoke(cli, ["parse", "-q", str(path)])
    assert got.exit_code == 0 and got.exception is None, got.output
    assert "执行新闻\ufffd" in got.stdout and "line 1: 2 escapes of half a character" in got.stderr
    index = tmp_path / "index"
    got = runner.invoke(cli, ["index", "-q", str(path), "--index-dir", str(index)])
    assert got.exit_code == 0 and "line 1: 2 escapes of half a character" in got.output, got.output
    for args in (["search", "执行新闻"], ["show", "r1"], ["export"]):
        got = runner.invoke(cli, [*args, "--index-dir", str(index)])
        assert got.exit_code == 0 and got.exception is None, (args, got.output)
        assert "执行新闻\ufffd" in got.stdout, args
