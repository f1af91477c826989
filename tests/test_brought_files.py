"""Files as users bring them: saved web pages with tables and <br> paragraphs,
zero-byte and binary files under a news extension, files a crash ended with NULs —
each read whole or skipped with a reason a person can act on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest.html import read_html
from lawnews.index.ingest.readers import Record, Skip, iter_inputs

PARAS = [
    "湖北省武汉市中级人民法院近日召开新闻发布会，通报了交叉执行工作的开展情况。该院院长在会上介绍了相关举措和取得的成效。",
    "据介绍，今年以来，该院共办理交叉执行案件120件，执结金额达3.5亿元，有效破解了部分案件执行难问题。",
    "该院执行局负责人表示，交叉执行是破解地方保护和人情干扰的重要举措，下一步将进一步完善工作机制。",
    "会上还发布了十起交叉执行典型案例，涵盖民间借贷、买卖合同、劳动争议等多个领域，具有较强的示范意义。",
]
TABLE = ("<table><tr><td>案件类型</td><td>件数</td></tr><tr><td>民事执行案件</td><td>80件</td></tr>"
         "<tr><td>行政非诉执行案件</td><td>40件</td></tr></table>")
HEAD = ('<html><head><meta charset="utf-8"><title>武汉中院通报交叉执行工作情况_新闻中心</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
        '<h1>武汉中院通报交叉执行工作情况</h1><div>发布时间：2024年3月5日 来源：人民法院报</div>')


def _page(tmp_path: Path, name: str, content: str):
    path = tmp_path / name
    path.write_text(HEAD + f"<div class='content'>{content}</div></body></html>", encoding="utf-8")
    got = read_html(path, name)
    assert isinstance(got, Record), got
    return got.article


def test_a_table_in_a_web_page_is_read_as_lines_of_its_rows_not_as_headings(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + TABLE + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    a = _page(tmp_path, "table.html", body)
    assert [s.heading for s in a.sections] == [None]
    lines = a.text.split("\n")
    assert "案件类型 | 件数" in lines and "民事执行案件 | 80件" in lines and "行政非诉执行案件 | 40件" in lines
    assert lines.index("民事执行案件 | 80件") == lines.index(PARAS[1]) + 2  # in its place


def test_a_table_in_a_short_web_page_is_not_lost(tmp_path):
    a = _page(tmp_path, "short.html", f"<p>{PARAS[0]}</p>{TABLE}<p>{PARAS[1]}</p>")
    assert "民事执行案件 | 80件" in a.text.split("\n")
    assert PARAS[0] in a.text and PARAS[1] in a.text


def test_paragraphs_set_apart_by_br_tags_stay_paragraphs(tmp_path):
    a = _page(tmp_path, "br.html", "<br><br>\n".join(PARAS))
    assert a.text.split("\n") == PARAS


def test_a_binary_file_saved_as_html_is_skipped_as_binary(tmp_path):
    (tmp_path / "nul.html").write_bytes(b"\x00\x01\x02<html>\x00\x00")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    reasons = {Path(s.path).name: s.reason for s in iter_inputs(tmp_path) if isinstance(s, Skip)}
    assert reasons["nul.html"].startswith("binary")
    assert reasons["image.html"] == "binary: a PNG image"


def test_zero_byte_word_and_pdf_files_are_skipped_as_empty(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"")
    reasons = {Path(s.path).name: s.reason for s in iter_inputs(tmp_path) if isinstance(s, Skip)}
    assert reasons == {"a.docx": "empty", "b.pdf": "empty"}


def test_a_docx_that_is_no_zip_package_says_so(tmp_path):
    (tmp_path / "notes.docx").write_bytes("这不是Word文件，只是改了扩展名的文本。".encode("utf-8"))
    (skip,) = list(iter_inputs(tmp_path))
    assert isinstance(skip, Skip)
    assert skip.reason.startswith("not a Word file") and "Package not found" not in skip.reason


def test_a_utf16_text_file_without_bom_is_read_not_called_binary(tmp_path):
    from lawnews.index.ingest.readers import PageText

    text = "武汉中院通报交叉执行工作情况\r\n\r\n" + "\r\n".join(PARAS) + "\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        (got,) = [i for i in iter_inputs(path)]
        assert isinstance(got, PageText), got
        assert got.encoding == encoding and PARAS[1] in got.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_utf16_text_of_chinese_nearly_all_without_bom_is_read(tmp_path, encoding, end):
    """开 (U+5F00) and 一 (U+4E00) put a NUL on the side of the pairs where ASCII's are not: a
    page of Chinese with few ASCII characters is told by its characters, not its NULs."""
    from lawnews.index.ingest.readers import PageText

    text = end.join(["青溪县法院开展集中执行", "", "青溪县人民法院开展集中执行行动，一日执结案件二十件，执行到位金额三百万元。",
                     "当事人表示满意。"]) + end
    path = tmp_path / "青溪.txt"
    path.write_bytes(text.encode(encoding))
    (got,) = list(iter_inputs(path))
    assert isinstance(got, PageText), got
    assert got.encoding == encoding and "一日执结案件二十件" in got.text


def test_tag_reads_a_utf16_text_without_bom_from_stdin():
    from click.testing import CliRunner

    from lawnews.cli import cli

    for encoding in ("utf-16-le", "utf-16-be"):
        got = CliRunner().invoke(cli, ["tag", "-"], input="荆州中院开展集中执行 湖南高院".encode(encoding))
        assert got.exit_code == 0, got.output
        assert {"湖北省", "湖南省"} <= set(json.loads(got.stdout)["provinces"])


def test_a_file_with_nul_bytes_that_is_no_utf16_text_is_still_binary(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00\x00\x01\x02" * 50)
    (got,) = list(iter_inputs(path))
    assert isinstance(got, Skip) and got.reason == "binary: contains NUL bytes"


WIDE_TABLE = ("<table><tr><th>法院</th><th>交叉案件</th><th>执行到位</th></tr>"
              "<tr><td>某甲县人民法院</td><td>45件</td><td>1200万元</td></tr>"
              "<tr><td>某乙市人民法院</td><td>38件</td><td>980万元</td></tr></table>")


def test_a_table_of_three_or_more_short_columns_is_read_not_taken_for_a_menu(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + WIDE_TABLE + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    a = _page(tmp_path, "wide.html", body)
    lines = a.text.split("\n")
    rows = ["法院 | 交叉案件 | 执行到位", "某甲县人民法院 | 45件 | 1200万元", "某乙市人民法院 | 38件 | 980万元"]
    assert lines[lines.index(PARAS[1]) + 1:lines.index(PARAS[2])] == rows
    assert "首页" not in a.text  # the site's menu above the headline is still left out


def test_a_table_layout_page_with_br_paragraphs_keeps_them_apart_and_leaves_menu_and_footer_out(tmp_path):
    paras = ["石门县人民法院近日开展集中执行行动，执结案件三十余件，执行到位金额二百余万元。",
             "行动中，执行干警兵分多路，对被执行人的财产进行查控，对拒不履行的被执行人依法采取强制措施。",
             "该院执行局负责人表示，下一步将继续加大执行力度，切实维护胜诉当事人的合法权益。"]
    page = ('<html><head><meta charset="gb2312"><title>石门法院开展集中执行</title></head><body>'
            '<table><tr><td><a href="/">首页</a> | <a href="/x">法院新闻</a> | <a href="/y">审判动态</a></td></tr></table>'
            '<table><tr><td>石门法院开展集中执行</td></tr><tr><td>发布时间：2024-05-06</td></tr>'
            '<tr><td>' + "<br>&nbsp;&nbsp;".join(paras) + '</td></tr></table>'
            '<div>版权所有：某某县人民法院</div></body></html>')
    path = tmp_path / "layout.html"
    path.write_bytes(page.encode("gb2312"))
    got = read_html(path, "layout.html")
    assert isinstance(got, Record), got
    assert got.article.text.split("\n") == paras
    assert got.article.title == "石门法院开展集中执行" and got.article.date == "2024-05-06"


#: A court's web page as a browser saves it, scripts, styles and menu and all.
SAVED_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>武汉中院通报交叉执行工作情况_新闻中心</title>
<style>
body { font-size: 14px; }
.nav a { color: #333; }
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "/hm.js"; })();
</script>
</head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<h1>武汉中院通报交叉执行工作情况</h1>
<div>发布时间：2024年3月5日 来源：人民法院报</div>
<div class="content">""" + "".join(f"<p>{p}</p>\n" for p in PARAS) + """</div>
<script>document.write("<p>版权所有</p>");</script>
</body>
</html>
"""


@pytest.mark.parametrize("name", ["网页.txt", "网页.md"])
def test_a_web_page_saved_under_a_page_files_name_is_read_as_that_page(tmp_path, name):
    """Saved as 网页.txt (GBK, as the page declares): one article, its headline, date and
    source read from the page, no style, script or menu in its text."""
    (tmp_path / name).write_bytes(SAVED_PAGE.encode("gbk"))
    (got,) = list(iter_inputs(tmp_path))
    assert isinstance(got, Record), got
    a = got.article
    assert a.title == "武汉中院通报交叉执行工作情况"
    assert a.text.split("\n") == PARAS
    assert (a.date, a.source) == ("2024-03-05", "人民法院报")


def test_parse_prints_a_web_page_saved_as_text_as_its_one_article(tmp_path):
    from click.testing import CliRunner

    from lawnews.cli import cli

    (tmp_path / "saved.txt").write_bytes(SAVED_PAGE.encode("gbk"))
    got = CliRunner().invoke(cli, ["parse", "-q", str(tmp_path / "saved.txt")])
    assert got.exit_code == 0, got.output
    (article,) = [json.loads(line) for line in got.stdout.splitlines()]
    assert article["title"] == "武汉中院通报交叉执行工作情况"
    assert "\n".join(s["text"] for s in article["sections"]).split("\n") == PARAS


def test_a_file_ended_by_the_nuls_a_crash_left_is_read_as_its_text(tmp_path):
    """A write a crash cut off (or a download never finished) leaves NUL bytes after the
    text: a page, a web page and a JSONL file so ended are read as their text; a file of
    NULs alone is skipped saying so."""
    text = "\n\n".join(["武汉中院通报交叉执行工作情况", *PARAS]) + "\n"
    pad = b"\x00" * 512
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8") + pad)
    (tmp_path / "gbk.txt").write_bytes(text.replace("武汉", "宜昌").encode("gbk") + pad)
    (tmp_path / "page.html").write_bytes(SAVED_PAGE.replace("武汉", "襄阳").encode("gbk") + pad)
    (tmp_path / "records.jsonl").write_bytes(json.dumps({"id": "r1", "title": "十堰中院执行", "text": PARAS[0]},
                                                        ensure_ascii=False).encode("utf-8") + b"\n" + pad)
    (tmp_path / "zeros.txt").write_bytes(pad)
    got = list(iter_inputs(tmp_path))
    skips = {Path(s.path).name: s.reason for s in got if isinstance(s, Skip)}
    assert skips == {"zeros.txt": "binary: only NUL bytes (as a write a crash cut off, or an unfinished download,"
                                  " leaves): no text"}
    articles = {a.title: a for a in lawnews.parse(tmp_path)}
    assert set(articles) == {"武汉中院通报交叉执行工作情况", "宜昌中院通报交叉执行工作情况", "襄阳中院通报交叉执行工作情况",
                             "十堰中院执行"}
    assert articles["武汉中院通报交叉执行工作情况"].text.split("\n") == PARAS
    assert not any("\x00" in a.text for a in articles.values())
