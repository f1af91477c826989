"""PDF e-paper files → their pages' text → articles.

In: a ``.pdf`` file (an e-paper edition: one newspaper page per PDF page, or
several). Out: per PDF page a :class:`~.pdf_layout.PdfPage` (the page text the page
splitter reads, and what the masthead says reliably), and from :func:`read_pdf` the
articles of all pages as :class:`~.inputs.Record` objects numbered
``stem#1``, ``#2`` … across the pages in order, or a :class:`~.inputs.Skip` saying
why not (scanned, encrypted, broken, not a PDF, too large, no article text; a page
without a text layer in a PDF that has text elsewhere is a Skip of ``file:page N``).

Each page's glyphs and shapes are read by :mod:`.pdf_glyphs` (PDFium, and pdfminer for a
page PDFium did not read whole), and laid out in reading order by :mod:`.pdf_layout`.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

from ..documents import article_id
from .inputs import Record, Skip, oversize
from .pages import parse_page
from .pdf_glyphs import load_page, read_again
from .pdf_layout import PdfError, PdfPage, read_page

__all__ = ["PdfError", "PdfPage", "SCANNED_PAGE", "pdf_pages", "read_pdf", "read_page"]

SCANNED_PAGE = "no text layer; OCR is not supported"


def read_pdf(path: Path, source: str, max_mb: float = math.inf) -> Iterator[Any]:
    """The articles of one PDF as Records (ids numbered across its pages), or a Skip."""
    try:
        big = oversize(path, source, max_mb)
        size = path.stat().st_size  # progress: the bytes read when each article is given
    except OSError as e:
        yield Skip.unreadable(path, e, source)
        return
    if big is not None:
        yield big
        return
    try:
        pages = pdf_pages(path)
    except PdfError as e:
        yield Skip(str(path), str(e), source)
        return
    except OSError as e:
        yield Skip.unreadable(path, e, source)
        return
    from .masthead import name_meta

    named = name_meta(path.name)  # what the file name says, where the page prints nothing of it
    articles = []
    for page in pages:
        if not page.text.strip():
            yield Skip(f"{path}:page {page.number}", SCANNED_PAGE)  # the path names the page
            continue
        meta = {**named, **{k: v for k, v in page.meta.items() if v not in (None, "")}}
        articles += parse_page(page.text, source, meta, columns=True)  # the masthead is read as metadata
    if not articles:
        yield Skip(str(path), "no article text found", source)
        return
    for n, article in enumerate(articles, 1):
        yield Record(path, replace(article, id=article_id(source, n), ordinal=n), size * n // len(articles))


def pdf_pages(path: Path) -> list[PdfPage]:
    """Every page of the PDF at ``path`` read as text; PdfError saying why not."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    data = path.read_bytes()  # OSError: the caller's to report
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if e.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise PdfError("encrypted PDF: it needs a password; save an unprotected copy") from None
        raise PdfError(_unloaded(data, e)) from None
    try:
        loaded = []
        for k in range(len(doc)):
            page = doc[k]
            try:
                loaded.append(load_page(page))
            finally:
                page.close()
        if not all(page.whole for page in loaded):
            loaded = read_again(data, loaded)
        pages = [read_page(page, k) for k, page in enumerate(loaded, 1)]
    except PdfError:
        raise
    except Exception as e:  # PDFium reads untrusted bytes and may fail in many ways: one file, one skip
        raise PdfError(_broken(e)) from None
    finally:
        doc.close()
    if not pages:
        raise PdfError("broken PDF: it has no page")
    if not any(p.text.strip() for p in pages):
        raise PdfError(f"scanned PDF: {SCANNED_PAGE}")
    return pages


#: What a file that is no PDF holds instead, by :func:`.decoding.document_kind`.
_INSTEAD = {"html": "a web page (HTML): a page saved under a .pdf name, or a download that failed",
            "mhtml": "a web page archive (MHTML): name it .mht to read it", "rtf": "an RTF document"}


def _unloaded(data: bytes, e: BaseException) -> str:
    """Why PDFium could not open ``data``: no PDF at all (no ``%PDF`` header in its first
    KB: what it holds instead), a PDF cut off before its end (no ``%%EOF`` marker near its
    end: a copy or download not finished), else PDFium's error."""
    from .decoding import binary_kind, document_kind

    if b"%PDF" not in data[:1024]:
        what = _INSTEAD.get(document_kind(data[:2048]) or "") or binary_kind(data[:2048])
        return f"not a PDF: it holds {what}" if what else "not a PDF: it has no PDF header (%PDF)"
    if b"%%EOF" not in data[-2048:]:
        return "broken PDF: it is cut off before its end (an unfinished copy or download?): get the whole file again"
    return _broken(e)


def _broken(e: BaseException) -> str:
    said = str(e)
    said = said if len(said) <= 100 else said[:99] + "…"
    return f"broken PDF: {type(e).__name__}: {said}".rstrip(": ")
