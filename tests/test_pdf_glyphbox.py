"""The compiled glyph loop (``lawnews.index.ingest._glyphbox``, built from
``index/ingest/_glyphbox.c`` at install where a C compiler is found) reads the same
glyphs as the per-glyph calls into PDFium that ``index/ingest/pdf_glyphs.py`` makes
without it, so a PDF reads the same with or without the module."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402
from support import CORPUS  # noqa: E402

from lawnews.index.ingest import pdf_glyphs, pdf_layout  # noqa: E402

_NOT_BUILT = ("lawnews.index.ingest._glyphbox is not built (no C compiler when lawnews was installed):"
              " install gcc and Python's headers, then `make install` again")


def _module():
    if pdf_glyphs._GLYPHBOX is None:
        if os.environ.get("CI"):
            pytest.fail(_NOT_BUILT + " (CI has them)")
        pytest.skip(_NOT_BUILT)
    return pdf_glyphs._GLYPHBOX


def test_the_compiled_glyph_loop_is_built_and_used():
    module = _module()
    assert module.__name__ == "lawnews.index.ingest._glyphbox"
    assert Path(module.__file__).suffix in (".so", ".pyd")


def _broadsheet(path: Path) -> Path:
    return epaper.broadsheet_pdf(path, epaper.corpus_stories(CORPUS), pages=2)


def _cid_broadsheet(path: Path) -> Path:
    font = epaper.cjk_truetype()
    if font is None:
        pytest.skip("no CJK TrueType font (Debian's fonts-wqy-zenhei) for the CID-font edition")
    pytest.importorskip("fpdf")
    return epaper.broadsheet_pdf(path, epaper.corpus_stories(CORPUS), pages=2, font_file=font, cid=True)


PDFS = {
    "two columns, overprinted bold": lambda p: epaper.two_column_pdf(p),
    "runs drawn apart": epaper.separate_runs_pdf,
    "one line drawn again and again": epaper.repeated_line_pdf,
    "glyphs mapped to no character": epaper.unmapped_font_pdf,
    "broadsheet, font not embedded": _broadsheet,
    "broadsheet, embedded CID font": _cid_broadsheet,
}


@pytest.mark.parametrize("make", PDFS.values(), ids=PDFS.keys())
def test_the_compiled_loop_reads_the_glyphs_the_calls_one_by_one_read(tmp_path, monkeypatch, make):
    """Every glyph's text, box, size, orientation and mapping, the page's shapes and
    whether PDFium kept all its text, then the page text: the same both ways."""
    import pypdfium2 as pdfium

    module = _module()
    doc = pdfium.PdfDocument(str(make(tmp_path / "page.pdf")))
    try:
        for k in range(len(doc)):
            page = doc[k]
            compiled = pdf_glyphs.load_page(page)
            monkeypatch.setattr(pdf_glyphs, "_GLYPHBOX", None)
            one_by_one = pdf_glyphs.load_page(page)
            monkeypatch.setattr(pdf_glyphs, "_GLYPHBOX", module)
            assert len(compiled.glyphs) == len(one_by_one.glyphs) > 0
            assert list(compiled.glyphs.text) == list(one_by_one.glyphs.text)
            for column in ("code", "x0", "x1", "top", "bottom", "size", "upright", "unmapped"):
                assert np.array_equal(getattr(compiled.glyphs, column), getattr(one_by_one.glyphs, column)), column
            assert (compiled.shapes, compiled.whole) == (one_by_one.shapes, one_by_one.whole)
            try:
                text = pdf_layout.read_page(compiled, k + 1).text
            except pdf_layout.PdfError as e:  # the unmapped font: the same refusal both ways
                with pytest.raises(pdf_layout.PdfError, match=str(e).split(":")[0]):
                    pdf_layout.read_page(one_by_one, k + 1)
            else:
                assert text == pdf_layout.read_page(one_by_one, k + 1).text
    finally:
        doc.close()


def test_the_compiled_loop_refuses_a_null_address():
    module = _module()
    boxes = np.zeros((1, 4), dtype=np.float32)
    with pytest.raises(ValueError, match="null address"):
        module.read_glyphs(0, 1, 1, 1, 1, 1, boxes.ctypes.data, boxes.ctypes.data, boxes.ctypes.data)
