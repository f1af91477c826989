"""Reading PDF files on a build's worker processes gives the same articles, in the
same order, as reading them in the building process; and what the glyph reader
(PDFium) makes of fonts that map glyphs to no character and of rules drawn inside
forms. Every PDF is written here (tests/epaper.py)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402

import lawnews  # noqa: E402
from lawnews.index.ingest import readers  # noqa: E402
from lawnews.index.ingest.pdf import pdf_pages  # noqa: E402
from lawnews.index.ingest.readers import Record, Skip, iter_inputs  # noqa: E402


@pytest.fixture(scope="module")
def pdf_folder(tmp_path_factory) -> Path:
    """PDFs of several kinds between page files and a JSONL file, and PDFs that are skipped."""
    folder = tmp_path_factory.mktemp("editions")
    epaper.two_column_pdf(folder / "a_rmfyb_04.pdf")
    (folder / "b_page.txt").write_text(epaper.plain_page(), encoding="utf-8")
    epaper.multipage_pdf(folder / "c_fzrb.pdf", scanned_between=True)
    epaper.split_paragraph_pdf(folder / "d_split.pdf")
    epaper.scanned_pdf(folder / "e_scan.pdf")
    (folder / "f_cut.pdf").write_bytes((folder / "a_rmfyb_04.pdf").read_bytes()[:300])
    epaper.stacked_grids_pdf(folder / "g_grids.pdf")
    (folder / "h_news.jsonl").write_text('{"id": "n1", "title": "一条新闻", "text": "正文一段。"}\n', encoding="utf-8")
    epaper.two_column_pdf(folder / "i_edition.pdf", copies=3)
    return folder


def _inputs(inputs) -> list:
    return [(type(i).__name__, i.article if isinstance(i, Record) else i) for i in inputs]


class _Later:
    """A handle like ``Pool.apply_async``'s: the work is done when asked for."""

    def __init__(self, function, args) -> None:
        self.function, self.args = function, args

    def get(self):
        return self.function(*self.args)


def test_inputs_read_by_an_offload_are_those_read_here_in_the_same_order(pdf_folder):
    sent: list[tuple] = []

    def offload(function, args):
        sent.append(args)
        return _Later(function, args)

    here = _inputs(iter_inputs([pdf_folder]))
    away = _inputs(iter_inputs([pdf_folder], offload=offload, ahead=2))
    assert away == here
    assert [Path(args[1]).name for args in sent] == sorted(p.name for p in pdf_folder.glob("*.pdf"))
    assert {kind for kind, _ in here} == {"PageText", "Record", "Skip"} and len(here) > 15


def test_a_pdf_folder_built_with_workers_gives_the_same_articles_as_without(pdf_folder, tmp_path):
    got = []
    for jobs in (1, 2):
        report = lawnews.build_index(pdf_folder, tmp_path / f"ix{jobs}", rebuild=True, jobs=jobs)
        with lawnews.NewsIndex.open(tmp_path / f"ix{jobs}") as ix:
            hits = ix.search("执行", limit=1000, all_copies=True).hits
            articles = sorted((h.article_id, h.title, h.date, h.source) for h in hits)
            texts = {aid: ix.article(aid).text for aid, *_ in articles}
        got.append((report.to_dict() | {"index_dir": None, "took_s": 0}, articles, texts))
    assert got[0] == got[1]
    report, articles, _ = got[0]
    assert len(articles) > 10 and {s["reason"][:11] for s in report["skipped"]} >= {"scanned PDF", "broken PDF:"}


def _read_pdf_recording_pid(path, source, max_mb):
    return [replace(i, article=replace(i.article, meta={**i.article.meta, "pid": os.getpid()}))
            if isinstance(i, Record) else i for i in _READ_PDF(path, source, max_mb)]


_READ_PDF = readers.READERS["pdf"][1]


def test_a_build_with_workers_reads_pdfs_on_them(pdf_folder, tmp_path, monkeypatch):
    monkeypatch.setitem(readers.READERS, "pdf", (readers.READERS["pdf"][0], _read_pdf_recording_pid))
    from lawnews.index.store import pipeline
    from lawnews.index.store.build import iter_articles
    from lawnews.index.tagging import Tagger

    with pipeline.worker_pool(2, Tagger.default()) as pool:
        articles = list(iter_articles([pdf_folder], tag=False, offload=pool.apply_async))
    pids = {a.meta["pid"] for a in articles if "pid" in a.meta}
    assert pids and os.getpid() not in pids
    assert [a.id for a in articles] == [a.id for a in iter_articles([pdf_folder], tag=False)]


def test_a_font_that_maps_its_glyphs_to_no_character_is_an_unreadable_text_layer(tmp_path):
    path = epaper.unmapped_font_pdf(tmp_path / "glyphs.pdf")
    (skip,) = [i for i in iter_inputs([path]) if isinstance(i, Skip)]
    assert skip.reason.startswith("unreadable text layer: on page 1 the fonts map 40 of 40 glyphs to no character")


def test_a_rule_drawn_inside_a_form_parts_the_page_like_one_drawn_on_it(tmp_path):
    plain = pdf_pages(epaper.stacked_grids_pdf(tmp_path / "grids.pdf"))
    in_form = pdf_pages(epaper.stacked_grids_pdf(tmp_path / "grids-form.pdf", rule_in_form=True))
    assert [p.body for p in in_form] == [p.body for p in plain]
    expected = [t for title, blocks in (epaper.ARTICLE_A, epaper.ARTICLE_D) for t in (title, *(b for _, b in blocks))]
    assert in_form[0].body.split("\n\n") == expected


def test_spaces_drawn_alone_are_read_and_gaps_between_letters_are_not_spaces(tmp_path):
    (page,) = pdf_pages(epaper.separate_runs_pdf(tmp_path / "runs.pdf"))
    assert page.text.split("\n\n") == list(epaper.RUNS)


_FONT_INFO = []  # the system font interfaces given back to PDFium (kept while it uses them)


@pytest.fixture
def no_system_fonts():
    """PDFium as on a machine without a font to stand in for the fixtures' CJK font
    (which they do not embed), then as it was."""
    import pypdfium2.raw as c

    c.FPDF_SetSystemFontInfo(None)
    try:
        yield
    finally:
        _FONT_INFO.append(c.FPDF_GetDefaultSystemFontInfo())
        c.FPDF_SetSystemFontInfo(_FONT_INFO[-1])


@pytest.mark.parametrize("make, expected", [
    (epaper.separate_runs_pdf, list(epaper.RUNS)),
    (epaper.repeated_line_pdf, [epaper.REPEATED * 4]),  # one paragraph: the lines are not short
], ids=["letter-by-letter", "repeated-lines"])
def test_text_pdfium_cannot_measure_is_read_all_the_same(tmp_path, no_system_fonts, make, expected):
    """Without a font for a PDF's glyphs PDFium skips text objects of one glyph and
    takes lines of the same text for copies of each other: the page is read again."""
    import pypdfium2 as pdfium

    from lawnews.index.ingest import pdf_glyphs

    path = make(tmp_path / "page.pdf")
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        assert not pdf_glyphs.load_page(page).whole
        page.close()
    finally:
        doc.close()
    (read,) = pdf_pages(path)
    assert read.text.split("\n\n") == expected


def test_pages_pdfium_reads_whole_are_not_read_again(tmp_path, monkeypatch):
    """PDFium reads these pages whole only where a system font stands in for their
    non-embedded Chinese font; without one it skips the text and pdfminer reads the
    page again (the tests above show that reading is right)."""
    from lawnews.index.ingest import pdf

    if not epaper.cjk_system_fonts():
        message = ("no font with Chinese characters (fc-list :lang=zh) for PDFium to draw the "
                   "fixtures' non-embedded font with: install Debian's fonts-wqy-zenhei or fonts-noto-cjk")
        if os.environ.get("CI"):
            pytest.fail(message + " (CI installs them: .ci/run)")
        pytest.skip(message)

    def fails(*args):
        raise AssertionError("read again")

    monkeypatch.setattr(pdf, "read_again", fails)
    for make in (epaper.separate_runs_pdf, epaper.repeated_line_pdf, epaper.two_column_pdf):
        assert pdf_pages(make(tmp_path / "page.pdf"))
