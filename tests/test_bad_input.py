"""Bad input: odd page texts and files are parsed or reported, never crash the run."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawnews
from lawnews.index.ingest.pages import parse_page
from support import CORPUS

PAGE = (CORPUS / "002_79b23406edc23697.txt").read_text(encoding="utf-8")

PIECES = st.sampled_from([
    "湖南法院", "交叉执行", "。", "，", "\n", "\n\n", "　　", " ", "# ", "## ", "### ", "□ 本报记者 张三",
    "本报讯（记者 李四）", "——", "（王五）", "▲", "摄", "\u200f", "\u202e", "😀", "\x00", "\x07", "\t",
    "執行難", "法院法院", "20242024", "ＡＢＣ", "35.5万件", "\r\n", "\r", "图①", "“", "”",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_parse_page_never_raises_and_keeps_ids_stable(text):
    articles = parse_page(text, "fuzz.txt")
    assert [a.ordinal for a in articles] == list(range(1, len(articles) + 1))
    assert [a.id for a in articles] == [f"fuzz#{i}" for i in range(1, len(articles) + 1)]
    assert [a.id for a in parse_page(text, "fuzz.txt")] == [a.id for a in articles]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_are_parsed_or_skipped_with_a_reason(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "page.txt").write_bytes(data)
    skipped = []
    articles = list(lawnews.parse([folder], skipped=skipped))
    assert bool(articles) != bool(skipped) or (not articles and skipped)
    assert all(s.reason for s in skipped)


def write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_odd_files_each_indexed_or_reported(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "no_blank_lines.txt", PAGE.replace("\n\n", "\n"))
    write(src, "only_headings.txt", "# 标题一\n\n## 标题二\n\n### 标题三\n")
    write(src, "long_line.txt", "法院执行工作取得新进展，" * 20000)
    write(src, "controls.txt", "湖南法院\x07执行\x1b[31m有力\u200f\u202e。\n\n正文😀執行難問題得到解決。")
    write(src, "mixed.txt", "第一行是UTF-8编码的交叉执行。\n".encode("utf-8") + "第二行是GBK编码的终本案件。\n".encode("gbk"))
    write(src, "nul.txt", b"abc\x00def")
    write(src, "records.jsonl", "\n".join([
        json.dumps({"id": "r1", "title": "正常", "text": "交叉执行。"}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "r2", "text": "没有标题"}, ensure_ascii=False),
        json.dumps({"id": "r3", "title": ["列表"], "text": "标题不是字符串"}, ensure_ascii=False),
        json.dumps({"id": "r1", "title": "重复", "text": "重复编号"}, ensure_ascii=False),
        json.dumps({"id": "r4", "title": "表情😀", "text": "繁體字執行難\u200f"}, ensure_ascii=False),
    ]) + "\n")
    ix = tmp_path / "ix"
    report = lawnews.build_index([src], ix)
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert set(reasons) == {"nul.txt", "only_headings.txt", "records.jsonl:2", "records.jsonl:3",
                            "records.jsonl:4", "records.jsonl:5"}
    assert reasons["only_headings.txt"] == "no article text found"
    with lawnews.NewsIndex.open(ix) as index:
        files = {a.file for a in index.articles()}
        assert files == {"no_blank_lines.txt", "long_line.txt", "controls.txt", "mixed.txt", "records.jsonl"}
        mixed = [a for a in index.articles() if a.file == "mixed.txt"]
        text = "".join(a.text for a in mixed) + "".join(a.title for a in mixed)
        assert "交叉执行" in text and "终本案件" in text
        assert index.search("執行難").total >= 1
        assert {"r1", "r4"} <= {a.id for a in index.articles()}
