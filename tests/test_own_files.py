"""What a user indexing their own files meets: id clashes only between files that
give articles, one outcome when nothing can be read, bad JSONL files counted once,
removals counted in articles, charsets, and Word notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store.build import build_index

SHORT = "湖南：执行有力 攻坚有效\n\n湖南省高级人民法院持续开展集中执行行动，执行到位金额大幅增长。\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# -- id clashes -----------------------------------------------------------------

def test_a_skipped_file_does_not_clash_with_a_file_of_the_same_stem(tmp_path):
    write(tmp_path / "in" / "a.html", "<html><body></body></html>")  # gives no article
    write(tmp_path / "in" / "a.txt", SHORT)
    write(tmp_path / "in" / "b.docx", b"not a zip at all")  # skipped: not a Word file
    write(tmp_path / "in" / "b.md", SHORT.replace("湖南", "湖北"))
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 2 and report.files == 2
    assert not any("clash" in s.reason for s in report.skipped)
    assert {Path(s.path).name for s in report.skipped} == {"a.html", "b.docx"}


def test_two_files_of_one_stem_that_both_give_articles_still_clash(tmp_path):
    write(tmp_path / "in" / "a.md", SHORT)
    write(tmp_path / "in" / "a.txt", SHORT.replace("湖南", "湖北"))
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 1 and report.files == 1
    (skip,) = report.skipped
    assert Path(skip.path).name == "a.txt" and "id clash" in skip.reason and "a.md" in skip.reason


@pytest.mark.parametrize("record_file", ["a.jsonl", "z.jsonl"])
def test_a_record_whose_own_id_a_page_file_gives_in_the_same_build_is_refused_not_doubled(tmp_path, record_file):
    """报道.txt gives 报道#1, and a JSONL record of that id is read in the same build: one of
    them is refused as a clash (whichever is read second), never two articles of one id."""
    write(tmp_path / "in" / "报道.txt", SHORT)
    write(tmp_path / "in" / record_file,
          json.dumps({"id": "报道#1", "title": "冲突的记录", "text": "某县法院开展执行工作，执结案件多件。"},
                     ensure_ascii=False) + "\n")
    for rebuild in (True, False):  # a first build, then an update reading both again
        report = build_index(tmp_path / "in", tmp_path / "ix", rebuild=rebuild, reread=not rebuild)
        assert report.articles == 1, report
        (skip,) = report.skipped
        assert "id clash: article 报道#1 is already the id of an article of" in skip.reason
        with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
            assert [a.id for a in ix.articles()] == ["报道#1"]
            assert ix.stats()["sections"] == 1
            assert ix.search("执行").total == 1


def test_a_changed_jsonl_file_one_record_of_which_clashes_is_said_changed_not_new(tmp_path):
    """b.jsonl, indexed, gains a record with an id a.jsonl's article holds: its other record
    replaces the earlier one, the account says the file changed (not that it is new), and the
    clash says to give the record another id (renaming a JSONL file changes no id)."""
    def records(*pairs: tuple[str, str]) -> str:
        return "".join(json.dumps({"id": i, "title": t, "text": f"{t}，持续开展集中执行行动。"}, ensure_ascii=False) + "\n"
                       for i, t in pairs)

    write(tmp_path / "in" / "a.jsonl", records(("x1", "恩施中院执行")))
    b = write(tmp_path / "in" / "b.jsonl", records(("y1", "咸宁中院执行")))
    build_index(tmp_path / "in", tmp_path / "ix")
    write(b, records(("y1", "咸宁中院执行通报"), ("x1", "恩施中院执行（转载）")))
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert (report.files, report.updated, report.articles) == (1, 1, 1)
    (skip,) = report.skipped
    assert skip.path == str(b) and skip.reason.startswith("id clash: article x1 is already the id of an article of a.jsonl")
    assert skip.reason.endswith("give the record in b.jsonl another id, or remove a.jsonl first (--remove-file)")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert {a.id: a.title for a in ix.articles()} == {"x1": "恩施中院执行", "y1": "咸宁中院执行通报"}
    write(b, records(("y1", "咸宁中院执行通报二"), ("x1", "恩施中院执行（转载）")))
    got = run("index", "-q", str(tmp_path / "in"), "--index-dir", str(tmp_path / "ix"))
    assert "1 file changed since indexed, its earlier articles replaced" in got.output
    assert "new to the index" not in got.output


# -- bad JSONL files --------------------------------------------------------------

def test_a_jsonl_file_whose_every_line_is_bad_is_one_skip_that_keeps_each_line_reason(tmp_path):
    write(tmp_path / "in" / "r.jsonl", 'not json\n{"id": "x", "title": "t"}\n')
    write(tmp_path / "in" / "a.txt", SHORT)
    report = build_index(tmp_path / "in", tmp_path / "ix")
    (skip,) = report.skipped
    assert Path(skip.path).name == "r.jsonl" and skip.reason.startswith("no valid record: 2 lines skipped")
    assert len(skip.lines) == 2 and "bad JSON line 1" in skip.lines[0] and "'text'" in skip.lines[1]
    assert skip.to_dict()["lines"] == list(skip.lines)
    text = run("index", str(tmp_path / "in"), "--index-dir", str(tmp_path / "ix2")).stdout
    assert "skipped 1:" in text and "bad JSON line 1" in text


def test_bad_lines_of_a_jsonl_file_that_gives_records_are_skipped_one_by_one(tmp_path):
    good = json.dumps({"id": "g1", "title": "标题", "text": SHORT}, ensure_ascii=False)
    write(tmp_path / "in" / "r.jsonl", f"not json\n{good}\n{{oops\n")
    report = build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 1
    assert [Path(s.path).name for s in report.skipped] == ["r.jsonl:1", "r.jsonl:3"]


# -- removing a file ----------------------------------------------------------------

def test_removing_a_file_counts_its_articles_like_the_rest_of_the_account(tmp_path):
    two = "一、湖南高院部署执行\n\n本报讯 湖南省高级人民法院部署集中执行行动。\n\n" \
          "二、湖北法院交叉执行\n\n本报讯 湖北省高级人民法院组织交叉执行，执行到位金额大幅增长。\n"
    records = "\n".join(json.dumps({"id": f"r{i}", "title": "标题", "text": f"## 一\n{SHORT}\n## 二\n{SHORT}"},
                                   ensure_ascii=False) for i in (1, 2))
    write(tmp_path / "in" / "r.jsonl", records + "\n")
    write(tmp_path / "in" / "p.txt", two)
    ix = str(tmp_path / "ix")
    build_index(tmp_path / "in", ix)
    with lawnews.NewsIndex.open(ix) as index:
        sections = sum(len(a.sections) for a in index.articles() if a.file == "r.jsonl")
        pages = sum(1 for a in index.articles() if a.file == "p.txt")
    assert sections == 4
    out = run("index", "--remove-file", str(tmp_path / "in" / "r.jsonl"), "--index-dir", ix).stdout
    assert out.splitlines()[0] == f"removed 2 articles (4 sections) of {tmp_path / 'in' / 'r.jsonl'}"
    data = json.loads(run("index", "--remove-file", "p.txt", "--index-dir", ix, "--json").stdout)
    assert data["removed_articles"] == {"articles": {}, "files": {"p.txt": pages}}


# -- charsets ---------------------------------------------------------------------

# Runs of Chinese characters whose UTF-8 bytes GB18030 also decodes (as other characters)
PAGE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>湖南高院部署集中执行行动</title></head><body>
<h1>湖南高院部署集中执行行动</h1>
<p>全省法院扎实推进执行工作，湖南省高级人民法院近日召开会议部署全省法院集中执行行动，要求全省法院坚决打赢执行攻坚战</p>
<p>会议强调要持续开展交叉执行切实解决执行难问题，据统计今年以来全省法院执行到位金额大幅增长</p>
<p>各级法院加大执行力度让人民群众感受到公平正义，执行质效持续提升群众满意度明显提高，人民法院执行工作取得新进展</p>
</body></html>
"""


def test_a_page_declaring_gbk_but_saved_as_utf8_is_read_as_utf8(tmp_path):
    from lawnews.index.ingest.html import decode_html

    data = PAGE_HTML.format(charset="gbk").encode("utf-8")
    data.decode("gb18030")  # GB18030 takes these bytes too, as other characters
    text, encoding = decode_html(data)
    assert encoding == "utf-8" and "湖南省高级人民法院近日召开会议部署" in text
    write(tmp_path / "in" / "p.html", data)
    with lawnews.NewsIndex.open(build_index(tmp_path / "in", tmp_path / "ix").index_dir) as ix:
        (article,) = ix.articles()
    assert article.title == "湖南高院部署集中执行行动"


def test_a_page_declaring_gbk_and_saved_as_gbk_is_still_read_as_gbk():
    from lawnews.index.ingest.html import decode_html

    text, encoding = decode_html(PAGE_HTML.format(charset="gb2312").encode("gbk"))
    assert encoding == "gb18030" and "湖南省高级人民法院近日召开会议部署" in text


# -- nothing to read ----------------------------------------------------------------

def test_when_nothing_can_be_read_the_index_command_gives_one_error_listing_every_skip(tmp_path):
    write(tmp_path / "in" / "bin.txt", b"\x00\x01\x02binary")
    write(tmp_path / "in" / "r.jsonl", "not json\n")
    result = run("index", str(tmp_path / "in"), "--index-dir", str(tmp_path / "ix"), "-q")
    assert result.exit_code == 1
    assert result.stdout == ""  # no account of 0 articles indexed beside the error
    assert result.stderr.splitlines() == [
        "Error: nothing could be read; skipped 2:",
        f"  {tmp_path / 'in' / 'bin.txt'}: binary: contains NUL bytes",
        f"  {tmp_path / 'in' / 'r.jsonl'}: no valid record: 1 line skipped",
        "    bad JSON line 1: Expecting value (column 1)"]
    assert not (tmp_path / "ix").exists()


def test_an_empty_folder_is_an_error_naming_it_and_makes_no_index(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("index", str(tmp_path / "empty"), "--index-dir", str(tmp_path / "ix"), "-q")
    assert result.exit_code == 1
    assert result.stderr == f"Error: nothing to index: no file found in {tmp_path / 'empty'}\n"
    assert not (tmp_path / "ix").exists()
    write(tmp_path / "odd" / "a.xyz", "x")  # only files of no kind it reads: the same, saying why
    result = run("index", str(tmp_path / "odd"), "--index-dir", str(tmp_path / "ix"), "-q")
    assert result.exit_code == 1 and "a.xyz: unsupported file type '.xyz'" in result.stderr
    assert not (tmp_path / "ix").exists()


def test_a_rebuild_that_reads_nothing_leaves_the_index_as_it_was(tmp_path):
    write(tmp_path / "good" / "a.txt", SHORT)
    build_index(tmp_path / "good", tmp_path / "ix")
    write(tmp_path / "bad" / "b.txt", b"\x00\x01\x02binary")
    try:
        build_index(tmp_path / "bad", tmp_path / "ix", rebuild=True)
    except lawnews.LawNewsError as e:
        assert "binary" in str(e)
    else:
        raise AssertionError("a rebuild that read nothing gave no error")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert [a.id for a in ix.articles()] == ["a#1"]


# -- Word footnotes and endnotes ------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _notes_xml(kind: str, notes: dict[int, str]) -> str:
    separator = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                 f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 f'</w:r></w:p></w:{kind}>')
    body = "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   f'</w:t></w:r></w:p></w:{kind}>' for n, text in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W}">{separator}{body}</w:{kind}s>'


def word_with_notes(path: Path, footnotes: dict[int, str], endnotes: dict[int, str]) -> Path:
    """A Word file of two articles, the first referring to footnote 1, the second to
    endnote 1 (and footnote 2), with its footnotes.xml and endnotes.xml parts."""
    import zipfile

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("湖南高院部署集中执行行动", level=1)
    p = document.add_paragraph("湖南省高级人民法院部署全省法院集中执行行动。")
    p.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="1"/>'))
    document.add_heading("湖北法院开展交叉执行", level=1)
    p = document.add_paragraph("湖北省高级人民法院组织全省法院开展交叉执行。")
    p.add_run()._r.append(parse_xml(f'<w:endnoteReference xmlns:w="{W}" w:id="1"/>'))
    p.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="2"/>'))
    path.parent.mkdir(parents=True, exist_ok=True)
    plain = path.with_name("plain-" + path.name)
    document.save(str(plain))
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml"'
                    ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
                    "</Types>").encode())
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdF1" Type="{REL}/footnotes" Target="footnotes.xml"/>'
                    f'<Relationship Id="rIdE1" Type="{REL}/endnotes" Target="endnotes.xml"/>'
                    "</Relationships>").encode())
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", _notes_xml("footnote", footnotes))
        out.writestr("word/endnotes.xml", _notes_xml("endnote", endnotes))
    plain.unlink()
    return path


def test_word_footnotes_and_endnotes_are_read_after_the_body_of_the_article_citing_them(tmp_path):
    from lawnews.index.ingest.readers import Record, iter_inputs

    path = word_with_notes(tmp_path / "in" / "notes.docx",
                           {1: "见《民事诉讼法》第二百四十七条。", 2: "数据来源：湖北省高级人民法院。"},
                           {1: "本文有删节。"})
    first, second = (i.article for i in iter_inputs([path]) if isinstance(i, Record))
    assert first.sections[-1].text == "见《民事诉讼法》第二百四十七条。"
    assert first.sections[0].text == "湖南省高级人民法院部署全省法院集中执行行动。"
    assert second.sections[-1].text == "数据来源：湖北省高级人民法院。\n本文有删节。"


def test_a_word_note_no_article_cites_goes_after_the_last_article(tmp_path):
    from lawnews.index.ingest.readers import Record, iter_inputs

    path = word_with_notes(tmp_path / "in" / "notes.docx", {1: "注一。", 2: "注二。", 3: "无人引用的注释。"}, {})
    *_, last = (i.article for i in iter_inputs([path]) if isinstance(i, Record))
    assert last.sections[-1].text == "注二。\n无人引用的注释。"


# -- an index tagged by other rules ---------------------------------------------------

def test_stats_and_search_say_when_the_index_was_tagged_by_other_rules_and_how_to_update(tmp_path):
    write(tmp_path / "in" / "a.txt", SHORT)
    ix = tmp_path / "ix"
    lawnews.build_index(tmp_path / "in", ix)  # records its inputs, which an update without PATH reads
    assert run("stats", "--index-dir", str(ix), "--json").exit_code == 0
    assert "tagging rules" not in run("search", "执行", "--index-dir", str(ix)).stderr
    info = json.loads((ix / "lawnews.json").read_text(encoding="utf-8"))
    (ix / "lawnews.json").write_text(json.dumps({**info, "tagger": "0" * 16}), encoding="utf-8")  # older rules
    stats = run("stats", "--index-dir", str(ix))
    command = f"lawnews index --index-dir {ix}"
    assert "tagging rules" in stats.stdout and command in stats.stdout
    assert command in json.loads(run("stats", "--index-dir", str(ix), "--json").stdout)["tags_outdated"]
    search = run("search", "执行", "--index-dir", str(ix))
    assert search.exit_code == 0 and "a#1" in search.stdout
    (line,) = [l for l in search.stderr.splitlines() if "tagging rules" in l]
    assert command in line
    assert run(*command.split()[1:]).exit_code == 0  # the update it names reads every file again
    assert "tagging rules" not in run("stats", "--index-dir", str(ix)).stdout
    assert json.loads(run("stats", "--index-dir", str(ix), "--json").stdout)["tags_outdated"] is None


def test_an_update_from_a_folder_now_empty_warns_naming_it_and_keeps_the_index(tmp_path):
    write(tmp_path / "in" / "a.txt", SHORT)
    ix = str(tmp_path / "ix")
    assert run("index", str(tmp_path / "in"), "--index-dir", ix, "-q").exit_code == 0
    (tmp_path / "empty").mkdir()
    result = run("index", str(tmp_path / "empty"), "--index-dir", ix, "-q")
    assert result.exit_code == 0
    assert result.stderr == f"warning: nothing to index: no file found in {tmp_path / 'empty'}\n"
    with lawnews.NewsIndex.open(ix) as index:
        assert [a.id for a in index.articles()] == ["a#1"]


def test_parse_lists_the_lines_of_a_jsonl_file_skipped_whole_as_index_does(tmp_path):
    write(tmp_path / "r.jsonl", "not json\n{\"id\": \"a\"}\n")
    result = run("parse", str(tmp_path / "r.jsonl"), "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:4] == [
        f"skipped {tmp_path / 'r.jsonl'}: no valid record: 2 lines skipped",
        "  bad JSON line 1: Expecting value (column 1)",
        "  line 2: missing required field 'title'",
        f"Error: nothing could be read: {tmp_path / 'r.jsonl'}: no valid record: 2 lines skipped"]
