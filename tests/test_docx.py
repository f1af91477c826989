"""Word files: titles and sections by paragraph style, tables as rows of cells,
captions, header dates, and the skips of old and broken files. Every file is written
here with python-docx (tests/epaper.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("docx")

import epaper  # noqa: E402

from lawnews.index.ingest.readers import Record, Skip, iter_inputs  # noqa: E402


def _read(path: Path) -> tuple[list, list[Skip]]:
    inputs = list(iter_inputs([path]))
    return [i.article for i in inputs if isinstance(i, Record)], [i for i in inputs if isinstance(i, Skip)]


def test_a_press_release_reads_its_title_sections_and_body_by_style(tmp_path):
    (article,), skips = _read(epaper.press_release_docx(tmp_path / "release.docx"))
    assert not skips
    assert article.id == "release#1" and article.title == "某某中院发布执行工作白皮书"
    assert article.subtitle == "——聚焦涉企案件执行"
    assert [s.heading for s in article.sections] == [None, "一、基本情况", "二、下一步工作"]
    assert article.sections[0].text == "3月15日，某某市中级人民法院召开新闻发布会，发布执行工作白皮书。"
    assert article.sections[2].text == "下一步，将继续加大执行力度。"


def test_a_table_becomes_one_line_per_row_with_cells_joined(tmp_path):
    (article,), _ = _read(epaper.press_release_docx(tmp_path / "release.docx"))
    assert article.sections[1].text == ("2023年，全市法院共执结案件十二万件。\n"
                                        "项目 | 数量 | 金额\n执结案件 | 1200 | 3.5亿元\n合计 | 1200件")


def test_captions_go_to_captions_and_headers_and_footers_are_no_body(tmp_path):
    (article,), _ = _read(epaper.press_release_docx(tmp_path / "release.docx"))
    assert article.captions == ("图1 执行干警在现场执行",)
    body = "\n".join(s.text for s in article.sections)
    assert "图1" not in body and "第 1 页" not in body and "新闻发布 2024" not in body
    assert article.date == "2024-03-15"  # from the page header


def test_each_top_heading_opens_an_article_and_lower_ones_its_sections(tmp_path):
    articles, _ = _read(epaper.two_articles_docx(tmp_path / "two.docx"))
    assert [a.id for a in articles] == ["two#1", "two#2", "two#3"]
    assert [a.title for a in articles] == ["编者按：本期刊发两篇执行工作报道", "第一篇报道的标题", "第二篇报道的标题"]
    assert articles[0].title_is_fallback and not articles[1].title_is_fallback
    assert [(s.heading, s.text) for s in articles[1].sections] == [
        (None, "第一篇报道的正文。"), ("小标题甲", "小标题甲下的正文。"), ("小标题乙", "小标题乙下的正文。")]


def test_an_old_doc_file_is_skipped_saying_to_save_it_as_docx(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    articles, (skip,) = _read(path)
    assert not articles and skip.reason == "old Word format .doc: save it as .docx"


WEB_DOC = ("<html><head><meta charset=\"utf-8\"><title>某某法院召开执行工作会议</title></head><body>"
           "<h1>某某法院召开执行工作会议</h1><p>本报讯（记者 张三）3月14日，某某法院召开执行工作会议，"
           "总结去年执行工作，部署今年重点任务。</p><p>会议指出，去年全院共执结各类案件三千余件。</p></body></html>")


@pytest.mark.parametrize("name, data", [
    ("会议.doc", WEB_DOC.encode("utf-8")),
    ("会议.doc", b"\r\n" + WEB_DOC.replace("utf-8", "gbk").encode("gbk")),
    ("会议.doc", b"\xef\xbb\xbf" + WEB_DOC.encode("utf-8")),
    ("会议.wps", ("<!DOCTYPE html>\n" + WEB_DOC).encode("utf-8")),
    ("会议.docx", ("<!DOCTYPE html>\n" + WEB_DOC).encode("utf-8")),
    ("会议.doc", ("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.cn/a.html\r\n"
                "Subject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                "\tboundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + WEB_DOC + "\r\n--b--\r\n").encode("utf-8")),
    ("会议.doc", ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + WEB_DOC + "\r\n--b--\r\n").encode("utf-8")),
])
def test_a_doc_file_holding_a_web_page_is_read_as_that_page(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (article,), skips = _read(tmp_path / name)
    assert not skips and article.title == "某某法院召开执行工作会议" and article.byline == "记者 张三"
    assert article.sections[0].text.endswith("去年全院共执结各类案件三千余件。")


@pytest.mark.parametrize("name", ["old.doc", "old.docx"])
def test_an_rtf_file_named_doc_is_skipped_saying_what_it_is(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl\\f0 SimSun;}\\f0 \\'b7\\'a8\\'d4\\'ba}")
    articles, (skip,) = _read(path)
    assert not articles and skip.reason == f"an RTF file named {path.suffix}: save it as .docx"


@pytest.mark.parametrize("data, reason", [
    (b"not a zip at all", "not a Word file: a .docx is a ZIP package"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "encrypted or old-format Word file"),
])
def test_a_broken_or_locked_docx_is_skipped_saying_why(tmp_path, data, reason):
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    articles, (skip,) = _read(path)
    assert not articles and reason in skip.reason


def test_an_empty_docx_is_skipped(tmp_path):
    import docx

    docx.Document().save(str(tmp_path / "blank.docx"))
    articles, (skip,) = _read(tmp_path / "blank.docx")
    assert not articles and skip.reason.startswith("empty")


def test_tracked_insertions_and_content_controls_are_read_and_deletions_not(tmp_path):
    (article,), _ = _read(epaper.tracked_docx(tmp_path / "tracked.docx"))
    assert article.title == "修改中的新闻稿"
    assert article.sections[0].text == "法院召开执行工作会议。\n控件里的一段正文。"


def _moved_docx(path: Path) -> Path:
    """A text whose tracked changes, not accepted yet, moved a sentence within a paragraph
    and a paragraph further down: Word writes the moved text twice, where it was
    (``w:moveFrom``, runs of ``w:t``) and where it went (``w:moveTo``)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(text: str):
        r, t = OxmlElement("w:r"), OxmlElement("w:t")
        t.text = text
        r.append(t)
        return r

    def moved(tag: str, *children):
        mark = OxmlElement(tag)
        mark.set(qn("w:id"), "1")
        mark.set(qn("w:author"), "编辑")
        mark.extend(children)
        return mark

    d = docx.Document()
    d.add_heading("法院审结一起合同纠纷案", level=1)
    p = d.add_paragraph("近日，某某法院审结一起合同纠纷案。")
    p._p.append(moved("w:moveFrom", run("被告当庭认错。")))
    p._p.append(run("法院判决被告支付货款。"))
    p._p.append(moved("w:moveTo", run("被告当庭认错。")))
    away = OxmlElement("w:p")
    away.append(moved("w:moveFrom", run("移走的一段。")))
    d.element.body.insert(len(d.element.body) - 1, away)
    d.add_paragraph("法官当庭释法明理。")
    here = OxmlElement("w:p")
    here.append(run("移来的一段。"))
    d.element.body.insert(len(d.element.body) - 1, moved("w:moveTo", here))
    d.save(str(path))
    return path


def test_text_a_tracked_move_took_away_is_read_once_where_it_went(tmp_path):
    (article,), _ = _read(_moved_docx(tmp_path / "moved.docx"))
    assert article.sections[0].text == ("近日，某某法院审结一起合同纠纷案。法院判决被告支付货款。被告当庭认错。\n"
                                        "法官当庭释法明理。\n移来的一段。")


def test_a_release_framed_in_a_table_of_one_cell_is_read_as_its_paragraphs(tmp_path):
    import docx

    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "某某法院召开新闻发布会"
    cell.add_paragraph("本报讯（记者 张三）3月1日，某某法院召开新闻发布会，通报去年审判执行工作情况。")
    cell.add_paragraph("发布会上，该院负责人介绍，去年共受理各类案件一万余件。")
    d.add_table(rows=1, cols=2).rows[0].cells[1].text = "联系电话"
    d.save(str(tmp_path / "framed.docx"))
    (article,), _ = _read(tmp_path / "framed.docx")
    assert (article.title, article.byline) == ("某某法院召开新闻发布会", "记者 张三")
    assert article.sections[0].text == ("3月1日，某某法院召开新闻发布会，通报去年审判执行工作情况。\n"
                                        "发布会上，该院负责人介绍，去年共受理各类案件一万余件。\n | 联系电话")


def test_a_docx_named_doc_is_read_as_the_docx_it_is(tmp_path):
    path = epaper.press_release_docx(tmp_path / "release.docx").rename(tmp_path / "release.doc")
    (article,), skips = _read(path)
    assert not skips and article.id == "release#1" and article.title == "某某中院发布执行工作白皮书"


BODY_DOCX = ("3月14日，青溪县人民法院组织执行干警开展集中执行行动，共出动警力三十余人次，执结案件十二件。",
             "此次行动中，执行干警兵分三路，对拒不履行义务的被执行人依法采取拘传措施。")


def _docx(path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


@pytest.mark.parametrize("headline_style", [None, "Heading 1"])
def test_a_papers_name_alone_in_the_first_paragraph_is_the_files_source_not_an_article(tmp_path, headline_style):
    path = _docx(tmp_path / "brief.docx", [("人民法院报", None), ("青溪法院开展集中执行行动", headline_style),
                                           *((t, None) for t in BODY_DOCX)])
    (article,), skips = _read(path)
    assert not skips
    assert (article.title, article.source) == ("青溪法院开展集中执行行动", "人民法院报")
    text = "\n".join(s.text for s in article.sections)
    assert "人民法院报" not in text and text.endswith("\n".join(BODY_DOCX))


@pytest.mark.parametrize("headline_style", [None, "Heading 1"])
def test_a_line_of_labelled_fields_under_the_title_dates_and_sources_the_article_and_is_no_text(
        tmp_path, headline_style):
    path = _docx(tmp_path / "news.docx", [("青溪法院开展集中执行行动", headline_style),
                                          ("发布时间：2024-03-15 10:21 来源：青溪日报 作者：张三", None),
                                          *((t, None) for t in BODY_DOCX)])
    (article,), _ = _read(path)
    assert (article.title, article.date, article.source, article.byline) == (
        "青溪法院开展集中执行行动", "2024-03-15", "青溪日报", "张三")
    assert [s.text for s in article.sections] == ["\n".join(BODY_DOCX)]
    assert not article.title_is_fallback


def test_a_field_line_inside_the_text_stays_text(tmp_path):
    line = "来源：青溪日报"
    path = _docx(tmp_path / "news.docx", [("青溪法院开展集中执行行动", "Heading 1"), (BODY_DOCX[0], None),
                                          (line, None), (BODY_DOCX[1], None)])
    (article,), _ = _read(path)
    assert article.source is None
    assert article.sections[0].text == "\n".join([BODY_DOCX[0], line, BODY_DOCX[1]])
