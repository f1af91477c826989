"""PDF e-paper pages: reading order over columns, overprinted bold, masthead,
jump lines, several pages, and the skips of scanned, encrypted and broken files.

Every PDF is written here with reportlab (tests/epaper.py); the same page written as
plain page text is the reference."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402

from lawnews.index.ingest.pages import parse_page  # noqa: E402
from lawnews.index.ingest.pdf import pdf_pages  # noqa: E402
from lawnews.index.ingest.readers import Record, Skip, iter_inputs  # noqa: E402


def _records(path: Path) -> list:
    return [i.article for i in iter_inputs([path]) if isinstance(i, Record)]


def _skips(path: Path) -> list[Skip]:
    return [i for i in iter_inputs([path]) if isinstance(i, Skip)]


def _shape(article) -> tuple:
    return (article.title, article.subtitle, article.byline, article.captions,
            tuple((s.heading, s.text) for s in article.sections))


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory) -> Path:
    return epaper.two_column_pdf(tmp_path_factory.mktemp("pdf") / "rmfyb_04.pdf")


def test_the_two_column_pdf_parses_to_the_same_articles_as_its_text(two_columns):
    plain = "\n".join(epaper.plain_page().split("\n")[len(epaper.MASTHEAD):])  # the masthead goes to meta
    expected = parse_page(plain, "rmfyb_04.pdf")
    got = _records(two_columns)
    assert [_shape(a) for a in got] == [_shape(a) for a in expected]
    assert [a.title for a in got] == [title for title, _ in epaper.ARTICLES]


def test_the_page_text_is_the_plain_text_paragraph_for_paragraph(two_columns):
    """Reading order, paragraphs and spacing: a justified (letter-spaced) line gets no spaces."""
    (page,) = pdf_pages(two_columns)
    plain = [p.strip() for p in epaper.plain_page().split("\n\n") if p.strip()]
    assert page.text.split("\n\n") == [" ".join(epaper.MASTHEAD), *plain[1:]]


def test_pdf_articles_have_their_titles_sections_and_body_start(two_columns):
    first, second, third = _records(two_columns)
    assert first.title == "湖南法院推进执行攻坚"  # drawn twice a little apart: read once
    assert [s.heading for s in first.sections] == [None, "强化联动机制", "推进智慧执行"]
    assert first.sections[0].text.startswith("3月14日，湖南省高级人民法院召开全省法院执行工作会议")
    assert first.sections[1].text.startswith("会议要求")  # continued at the top of the right column
    assert second.title == "常德法院集中发放执行案款"
    assert second.captions == ("执行干警向申请执行人发放案款。 陈七 摄",)
    assert third.title == "长沙中院发布涉企执行典型案例"
    assert [a.id for a in (first, second, third)] == ["rmfyb_04#1", "rmfyb_04#2", "rmfyb_04#3"]


def test_a_jump_line_stays_at_the_end_of_its_article(two_columns):
    last = _records(two_columns)[-1]
    assert last.sections[-1].text.endswith("具有示范意义。\n（下转第5版）")
    assert all(not a.title.startswith(("（下转", "（上接")) for a in _records(two_columns))


def test_every_printed_character_is_read_once(two_columns):
    """Nothing dropped, and glyphs printed twice (bold) counted once."""
    (page,) = pdf_pages(two_columns)
    printed = " ".join([*epaper.MASTHEAD, *(t for t, _ in epaper.ARTICLES), *epaper.body_texts()])
    assert Counter(page.text.replace(" ", "").replace("\n", "")) == Counter(printed.replace(" ", ""))


def test_the_masthead_is_the_first_line_and_gives_the_page_number(two_columns):
    (page,) = pdf_pages(two_columns)
    assert page.text.split("\n")[0] == " ".join(epaper.MASTHEAD)
    assert page.masthead == "人民法院报 2024年3月15日 星期五 第4版 执行"
    assert page.meta == {"page": 4}
    assert all(a.meta.get("page") == 4 for a in _records(two_columns))
    assert not any("人民法院报" in a.title for a in _records(two_columns))


def test_a_multi_page_pdf_numbers_articles_across_pages_and_keeps_pages_apart(tmp_path):
    path = epaper.multipage_pdf(tmp_path / "fzrb.pdf")
    got = _records(path)
    assert [a.id for a in got] == ["fzrb#1", "fzrb#2", "fzrb#3"]
    assert [a.title for a in got] == [t for t, _ in epaper.PAGE_ONE + epaper.PAGE_TWO]
    assert [a.meta["page"] for a in got] == [1, 2, 2]
    assert got[0].sections[-1].text.endswith("防止超标的查封。（下转第2版）")  # page 2 not run into it
    assert got[1].sections[0].text == ("近日，某某市两级法院开展涉民生案件集中执行行动，执结案件三百余件。\n"
                                       "行动中，执行干警加班加点，确保案款及时发放到位。")


def test_without_a_rule_the_masthead_ends_at_the_line_that_prints_the_page(tmp_path):
    path = epaper.two_column_pdf(tmp_path / "norule.pdf", rule=False)
    (page,) = pdf_pages(path)
    assert page.masthead == "人民法院报 2024年3月15日 星期五 第4版 执行" and page.meta == {"page": 4}
    assert page.body.startswith("湖南法院推进执行攻坚\n\n")


def test_a_page_without_text_in_a_pdf_with_text_is_skipped_by_its_number(tmp_path):
    path = epaper.multipage_pdf(tmp_path / "fzrb.pdf", scanned_between=True)
    inputs = list(iter_inputs([path]))
    assert [i.article.id for i in inputs if isinstance(i, Record)] == ["fzrb#1", "fzrb#2", "fzrb#3"]
    (skip,) = [i for i in inputs if isinstance(i, Skip)]
    assert skip.path == f"{path}:page 2"
    assert skip.reason == "no text layer; OCR is not supported"  # the path names the page, once


def test_a_paragraph_cut_by_the_column_break_is_joined_again(tmp_path):
    path = epaper.split_paragraph_pdf(tmp_path / "split.pdf")
    first, second = epaper.SPLIT[1]
    (page,) = pdf_pages(path)
    assert page.body.split("\n\n") == [epaper.SPLIT[0], first, second]
    (article,) = _records(path)
    assert article.title == epaper.SPLIT[0]
    assert article.sections[0].text == first.split("）", 1)[1] + "\n" + second


def test_stories_on_different_column_grids_under_a_rule_are_read_apart(tmp_path):
    (page,) = pdf_pages(epaper.stacked_grids_pdf(tmp_path / "grids.pdf"))
    expected = [text for title, blocks in (epaper.ARTICLE_A, epaper.ARTICLE_D) for text in (title, *(t for _, t in blocks))]
    assert page.body.split("\n\n") == expected


def test_a_scanned_pdf_is_skipped_saying_it_has_no_text_layer(tmp_path):
    path = epaper.scanned_pdf(tmp_path / "scan.pdf")
    (skip,) = _skips(path)
    assert skip.reason == "scanned PDF: no text layer; OCR is not supported"
    assert not _records(path)


def test_an_encrypted_pdf_is_skipped_saying_so(tmp_path):
    (skip,) = _skips(epaper.encrypted_pdf(tmp_path / "locked.pdf"))
    assert skip.reason.startswith("encrypted PDF")


def test_a_broken_pdf_is_skipped_saying_so(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(epaper.two_column_pdf(tmp_path / "whole.pdf").read_bytes()[:300])
    (skip,) = [s for s in _skips(tmp_path) if s.path.endswith("cut.pdf")]
    assert skip.reason.startswith("broken PDF")


def test_a_pdf_cut_off_before_its_end_is_skipped_saying_it_is_cut_off(tmp_path, two_columns):
    data = two_columns.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[:len(data) * 9 // 10])
    (skip,) = _skips(tmp_path / "cut.pdf")
    assert skip.reason.startswith("broken PDF: it is cut off before its end")


@pytest.mark.parametrize("data, reason", [
    (b"<!DOCTYPE html><html><head><title>404</title></head><body><h1>\xe6\x9c\xaa\xe6\x89\xbe\xe5\x88\xb0</h1></body></html>",
     "not a PDF: it holds a web page (HTML): a page saved under a .pdf name, or a download that failed"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "not a PDF: it holds a PNG image"),
    ("报纸版面".encode("utf-8"), "not a PDF: it has no PDF header (%PDF)"),
], ids=["web page", "image", "text"])
def test_a_file_named_pdf_that_is_none_is_skipped_saying_what_it_holds(tmp_path, data, reason):
    (tmp_path / "4版.pdf").write_bytes(data)
    (skip,) = _skips(tmp_path / "4版.pdf")
    assert skip.reason == reason


def test_a_pdf_named_txt_is_still_refused_as_binary(tmp_path, two_columns):
    (tmp_path / "page.txt").write_bytes(two_columns.read_bytes())
    (skip,) = _skips(tmp_path / "page.txt")
    assert skip.reason == "binary: a PDF file"


def test_a_pdf_over_the_size_limit_is_not_read(tmp_path, two_columns):
    (skip,) = [i for i in iter_inputs([two_columns], max_page=0.001) if isinstance(i, Skip)]
    assert skip.reason.startswith("file too large")


def test_overprinted_glyphs_are_kept_once_and_real_repeats_twice():
    from lawnews.index.ingest.pdf_layout import dedupe

    def glyph(text, x, top=100.0, size=10.0):
        return {"text": text, "x0": x, "top": top, "size": size}

    chars = [glyph("常", 50), glyph("常", 60), glyph("常", 50.4), glyph("常", 60.9, 100.5),  # bold 常常
             glyph("谢", 70), glyph("谢", 70, size=20)]  # the same place, another size: not a double
    assert [(c["text"], c["x0"]) for c in dedupe(chars)] == [("常", 50), ("常", 60), ("谢", 70), ("谢", 70)]


def test_every_character_of_the_articles_text_is_in_one_article_once(two_columns):
    """At article level: the page's text minus the masthead, less only what the page
    splitter takes out of any page (``本报讯`` and the brackets of a lead-in's credit,
    a caption's ▲), is the text of the articles, character for character."""
    import re

    printed = [re.sub(r"^本报讯（(.*?)）", r"\1", t).lstrip("▲")
               for t in (*(title for title, _ in epaper.ARTICLES), *epaper.body_texts())]
    got = [part for a in _records(two_columns)
           for part in (a.title, a.byline or "", *a.captions, *(s.heading or "" for s in a.sections),
                        *(s.text for s in a.sections))]
    assert Counter("".join(got).replace(" ", "").replace("\n", "")) == Counter("".join(printed).replace(" ", ""))


def test_a_pdf_that_fails_inside_the_parser_is_one_skip_not_a_crash(tmp_path, two_columns, monkeypatch):
    from lawnews.index.ingest import pdf

    def fails(page, number=1):
        raise KeyError("/Resources" + "x" * 300)  # as pdfminer does on some malformed page dictionaries

    monkeypatch.setattr(pdf, "read_page", fails)
    (skip,) = _skips(two_columns)
    assert skip.reason.startswith("broken PDF: KeyError: ") and len(skip.reason) < 130


def test_the_masthead_of_a_pdf_page_gives_its_articles_date_source_page_and_section(two_columns):
    """The masthead line is read as the page's metadata, never glued into a title."""
    articles = _records(two_columns)
    assert articles
    paper, _dateline = epaper.MASTHEAD
    for a in articles:
        assert (a.date, a.source) == ("2024-03-15", paper)
        assert (a.meta.get("page"), a.meta.get("section")) == (4, "执行")
        assert paper not in a.title and "2024年3月15日" not in a.title
