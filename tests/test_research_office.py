"""A research office's own folder of news, indexed with lawnews: what its files,
updates and searches show. Every text here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest.readers import discover, file_name

from support import CORPUS, run_cli

PAGE = ("湖南法院推进执行攻坚\n\n"
        "本报讯（记者 张三）3月14日，某某县人民法院召开执行工作会议，部署今年重点任务。"
        "会议指出，去年全院执结案件三千件，执行到位金额八亿元。\n")


@pytest.fixture()
def elsewhere(tmp_path):
    """A bundled page in a top-level folder other than ``tmp_path``'s: the bundled corpus
    where the clone lies elsewhere, else a copy in the system's other temp folder (/var/tmp),
    removed after the test."""
    import shutil
    import tempfile

    bundled = sorted(CORPUS.glob("*.txt"))[0]
    top = tmp_path.resolve().parts[1]
    if bundled.resolve().parts[1] != top:
        yield bundled
        return
    other = next(d for d in ("/var/tmp", "/dev/shm") if Path(d).is_dir() and Path(d).resolve().parts[1] != top)
    folder = Path(tempfile.mkdtemp(dir=other))
    try:
        yield Path(shutil.copy(bundled, folder / bundled.name))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_files_whose_only_common_folder_is_the_filesystem_root_keep_their_absolute_names(tmp_path, elsewhere):
    mine = tmp_path / "办公室" / "攻坚.txt"
    mine.parent.mkdir()
    mine.write_text(PAGE, encoding="utf-8")
    bundled = elsewhere  # another top-level folder than tmp_path's: they share only /
    assert mine.resolve().parts[1] != bundled.resolve().parts[1]
    names = {source for item in discover([mine, bundled]) if isinstance(item, tuple) for _, source in [item]}
    assert names == {mine.resolve().as_posix(), bundled.resolve().as_posix()}
    assert file_name(mine, "/") == mine.resolve().as_posix()
    out = run_cli("parse", str(mine), str(bundled), "--jsonl").stdout
    files = {json.loads(line)["file"] for line in out.splitlines()}
    assert files == {mine.resolve().as_posix(), bundled.resolve().as_posix()}
    ix = tmp_path / "ix"
    lawnews.build_index([mine, bundled], ix)
    hits = [json.loads(line) for line in run_cli("search", "执行工作会议", "--index-dir", str(ix), "--jsonl").stdout.splitlines()]
    assert (mine.resolve().as_posix(), mine.resolve().with_suffix("").as_posix() + "#1") in {
        (h["file"], h["article_id"]) for h in hits}
    assert all(h["file"].startswith("/") for h in hits)


def _court_index(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "石门.txt").write_text("石门法院集中执行\n\n本报讯 石门县人民法院开展集中执行行动，执结案件一百件。\n", encoding="utf-8")
    (pages / "芙蓉.txt").write_text("芙蓉法院发放案款\n\n本报讯 长沙市芙蓉区人民法院发放执行案款五百万元。\n", encoding="utf-8")
    ix = tmp_path / "ix"
    lawnews.build_index(pages, ix)
    return ix


def test_an_unknown_court_is_answered_with_the_courts_spelt_most_like_it(tmp_path):
    ix = _court_index(tmp_path)
    with lawnews.NewsIndex.open(ix) as index:
        # a typo of a short form (湘潭中院) names the directory's court, though no article has it
        with pytest.raises(lawnews.UnknownFacetError) as e:
            index.search("执行", court="湘谭中院")
        message = str(e.value)
        assert "湘潭市中级人民法院" in message and "in no article of this index" in message
        assert "石门县人民法院" not in message
        # a typo of a court the index holds names that court first
        with pytest.raises(lawnews.UnknownFacetError) as e:
            index.search("执行", court="芙容区法院")
        assert str(e.value).startswith("unknown court '芙容区法院'; court values in this index spelt like it: 长沙市芙蓉区人民法院")
    out = run_cli("search", "执行", "--court", "武陵去法院", "--index-dir", str(ix), ok=False)
    assert out.exit_code == 1
    assert out.output.split(": ", 2)[2].startswith("常德市武陵区人民法院, 张家界市武陵源区人民法院")


def _portal_page(info: str) -> str:
    """A court site's article page: menu, breadcrumb, headline, the info line, text, share bar, footer."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>某某法院召开执行工作会议_某某法院网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻中心</a> | <a href='/z'>执行在线</a></div>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 执行动态</div>"
            "<h1>某某法院召开执行工作会议</h1>"
            f"<div class='info'>{info}</div>"
            "<div class='content'><p>3月12日，湖南省高级人民法院召开执行工作推进会，部署今年重点任务。</p>"
            "<p>会议要求，各级法院要健全执行联动机制，依法惩戒失信被执行人。</p>"
            "<p>会议还对案款管理等工作作出安排。</p></div>"
            "<div class='share'>分享到：<a>微信</a> <a>微博</a></div>"
            "<div class='footer'>版权所有：某某法院网 湘ICP备12345678号</div></body></html>")


def test_an_info_line_carrying_the_toolbar_still_gives_the_date_source_and_author(tmp_path):
    info = "发布时间：2024-03-13 09:30:12　来源：湖南法院网　作者：王某某　字号：大 中 小　打印本页　关闭窗口"
    page = tmp_path / "会议.html"
    page.write_text(_portal_page(info), encoding="utf-8")
    [article] = lawnews.parse(page)
    assert (article.date, article.source, article.byline) == ("2024-03-13", "湖南省高级人民法院", "王某某")
    assert "字号" not in article.text and "打印本页" not in article.text
    saved = tmp_path / "会议.txt"  # the same page saved as text from the browser
    saved.write_text("首页 | 新闻中心 | 执行在线\n当前位置：首页 > 执行动态\n某某法院召开执行工作会议\n" + info + "\n"
                     "3月12日，湖南省高级人民法院召开执行工作推进会，部署今年重点任务。\n"
                     "会议要求，各级法院要健全执行联动机制，依法惩戒失信被执行人。\n", encoding="utf-8")
    [article] = lawnews.parse(saved)
    assert (article.title, article.date, article.source, article.byline) == (
        "某某法院召开执行工作会议", "2024-03-13", "湖南省高级人民法院", "王某某")
    assert "字号" not in article.text


def test_a_word_page_whose_header_is_the_papers_masthead_gives_its_source_page_and_section(tmp_path):
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "某某法制报 2024年3月15日 星期五 第4版 执行"
    doc.add_heading("某某法院春雷行动成效显著", level=1)
    doc.add_paragraph("本报讯（记者 孙七）3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    doc.add_heading("某某法院发放案款", level=1)
    doc.add_paragraph("本报讯 某某区人民法院近日集中发放执行案款三百万元。")
    path = tmp_path / "第4版.docx"
    doc.save(path)
    articles = list(lawnews.parse(path))
    assert [(a.date, a.source, a.meta.get("page"), a.meta.get("section")) for a in articles] == [
        ("2024-03-15", "某某法制报", 4, "执行")] * 2
    # a header holding only a date still dates the articles, and names no source
    doc.sections[0].header.paragraphs[0].text = "2024年3月15日"
    doc.save(path)
    assert {(a.date, a.source) for a in lawnews.parse(path)} == {("2024-03-15", None)}


def test_a_word_article_opening_with_a_lead_in_gives_its_credit_as_the_byline_as_a_newspaper_page_does(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("某某法院春雷行动成效显著", level=1)
    doc.add_paragraph("本报讯（记者 孙七 通讯员 周八）3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    doc.add_paragraph("行动中，该院依法采取司法拘留措施。")
    doc.add_heading("某某法院发放案款", level=1)
    doc.add_paragraph("本报讯 某某区人民法院近日集中发放执行案款三百万元。")
    doc.add_heading("某某法院召开会议", level=1)
    doc.add_paragraph("本报北京3月5日讯（记者 张三）某某法院今天召开执行工作会议。")
    path = tmp_path / "简讯.docx"
    doc.save(path)
    first, second, third = lawnews.parse(path)
    assert (first.byline, first.text.splitlines()[0]) == ("记者 孙七 通讯员 周八", "3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    assert (second.byline, second.text) == (None, "某某区人民法院近日集中发放执行案款三百万元。")
    assert (third.byline, third.text) == ("记者 张三", "本报北京3月5日讯 某某法院今天召开执行工作会议。")
    [page] = lawnews.parse(_page_file(tmp_path))  # a page file gives the same
    assert page.byline == first.byline and page.text.startswith(first.text.splitlines()[0])


def _page_file(tmp_path: Path) -> Path:
    path = tmp_path / "同稿.txt"
    path.write_text("某某法院春雷行动成效显著\n\n本报讯（记者 孙七 通讯员 周八）3月以来，某某县人民法院开展集中执行，执结案件五百件。\n"
                    "行动中，该院依法采取司法拘留措施。\n", encoding="utf-8")
    return path


def test_the_index_command_says_it_reads_web_pages_pdfs_and_word_files():
    said = run_cli("index", "--help").output
    first = said.split("\n\n")[1]
    assert all(kind in first for kind in ("web pages", "PDF", "Word", "JSONL", "folders"))
    assert "web pages, PDF" in run_cli("--help").output


def test_a_word_page_of_briefs_gives_one_article_per_brief_under_its_column(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("某某法院春雷行动成效显著", level=1)
    doc.add_paragraph("本报讯（记者 孙七）3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    doc.add_heading("法院简讯", level=1)
    doc.add_paragraph("某某区法院发放案款")
    doc.add_paragraph("本报讯 某某区人民法院近日集中发放执行案款三百万元。")
    doc.add_paragraph("某某中院推进网拍")
    doc.add_paragraph("本报讯（通讯员 周八）某某市中级人民法院上月网络司法拍卖成交额一点五亿元。")
    doc.add_paragraph("拍卖所得已全部发放给申请执行人。")
    path = tmp_path / "第4版.docx"
    doc.save(path)
    articles = list(lawnews.parse(path))
    assert [(a.title, a.byline, a.text, a.meta.get("column")) for a in articles[1:]] == [
        ("某某区法院发放案款", None, "某某区人民法院近日集中发放执行案款三百万元。", "法院简讯"),
        ("某某中院推进网拍", "通讯员 周八",
         "某某市中级人民法院上月网络司法拍卖成交额一点五亿元。\n拍卖所得已全部发放给申请执行人。", "法院简讯")]
    assert [a.id for a in articles] == ["第4版#1", "第4版#2", "第4版#3"]
    assert "column" not in articles[0].meta


def test_a_word_article_with_a_subtitle_line_above_its_lead_in_is_not_cut(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("某某法院集中执行", level=1)
    doc.add_paragraph("——某某县人民法院春雷行动侧记")
    doc.add_paragraph("本报讯（记者 孙七）3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    path = tmp_path / "侧记.docx"
    doc.save(path)
    [article] = lawnews.parse(path)
    assert article.title == "某某法院集中执行" and "侧记" in (article.subtitle or article.text)


TABLE_PAGE = """首页 | 新闻中心 | 执行动态
当前位置：首页 > 执行动态
某某法院发布上半年执行数据
发布时间：2024-07-02　来源：某某法院网
7月1日，某某县人民法院发布上半年执行工作数据。
{rows}
该院表示，下半年将继续加大执行力度。
上一篇：某某法院召开会议
"""


def test_a_table_in_a_web_page_saved_as_text_is_text_not_a_menu(tmp_path):
    rows = "月份 | 收案 | 结案 | 到位金额\n一月 | 120 | 110 | 800万元\n二月 | 98 | 102 | 650万元"
    page = tmp_path / "数据.txt"
    page.write_text(TABLE_PAGE.format(rows=rows), encoding="utf-8")
    [article] = lawnews.parse(page)
    assert article.text.splitlines() == ["7月1日，某某县人民法院发布上半年执行工作数据。", *rows.splitlines(),
                                         "该院表示，下半年将继续加大执行力度。"]
    assert article.source == "某某法院网" and "首页" not in article.text
    clipped = tmp_path / "剪藏.md"  # the same table clipped as Markdown
    clipped.write_text("# 某某法院发布上半年执行数据\n\n来源：某某日报 2024-07-02\n\n"
                       "7月1日，某某县人民法院发布上半年执行工作数据。\n\n"
                       "| 月份 | 收案 | 结案 |\n| --- | --- | --- |\n| 一月 | 120 | 110 |\n| 二月 | 98 | 102 |\n\n"
                       "该院表示，下半年将继续加大执行力度。\n", encoding="utf-8")
    [article] = lawnews.parse(clipped)
    assert all(cell in article.text for cell in ("月份", "收案", "一月", "120", "二月", "102"))


def test_a_wps_writer_file_is_reported_with_what_to_do_and_read_when_it_is_a_word_file(tmp_path):
    from docx import Document

    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "旧稿.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an OLE compound file
    doc = Document()
    doc.add_heading("某某法院集中执行", level=1)
    doc.add_paragraph("3月以来，某某县人民法院开展集中执行，执结案件五百件。")
    doc.save(folder / "新稿.wps")  # WPS saving in Word's format under its own suffix
    report = lawnews.build_index(folder, tmp_path / "ix")
    assert [(s.source, s.reason) for s in report.skipped] == [("旧稿.wps", "WPS Writer format .wps: save it as .docx")]
    assert report.articles == 1
