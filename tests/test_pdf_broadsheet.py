"""A broadsheet e-paper edition set from the bundled pages' articles (five columns,
7,000-9,000 characters a page, headlines in several sizes, stories one under the
other between rules, rows of short stories a column each, bylines, captions,
overprinted bold) reads back as the articles it was set from.

The edition is written here with reportlab (tests/epaper.py ``broadsheet_pdf``)."""

from __future__ import annotations

import os

from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

import epaper  # noqa: E402
from support import CORPUS  # noqa: E402

from lawnews.index.ingest.pdf import pdf_pages  # noqa: E402
from lawnews.index.ingest.readers import Record, iter_inputs  # noqa: E402

PAGES = 3  # long stories alone, then rows of short ones


@pytest.fixture(scope="module")
def stories() -> list:
    return epaper.corpus_stories(CORPUS)


@pytest.fixture(scope="module")
def broadsheet(tmp_path_factory, stories) -> tuple[Path, list]:
    placed: list = []
    path = epaper.broadsheet_pdf(tmp_path_factory.mktemp("sheet") / "rmfyb.pdf", stories, pages=PAGES, placed=placed)
    return path, placed


def _records(path: Path) -> list:
    return [i.article for i in iter_inputs([path]) if isinstance(i, Record)]


def test_a_broadsheet_edition_reads_back_as_the_articles_it_was_set_from(broadsheet):
    """Titles, subtitles, bylines, section headings, body text and captions, whitespace aside."""
    path, placed = broadsheet
    got = _records(path)
    assert [epaper.story_of(a) for a in got] == [epaper.story_of(s) for page in placed for s in page]
    assert [a.meta["page"] for a in got] == [n for n, page in enumerate(placed, 1) for _ in page]


def test_the_broadsheet_pages_are_full_pages_of_several_stories(broadsheet, stories):
    path, placed = broadsheet
    pages = pdf_pages(path)
    assert [p.masthead for p in pages] == [f"{epaper.PAPER} 2024年3月15日 星期五 第{n}版 执行" for n in range(1, PAGES + 1)]
    assert all(7000 <= len("".join(p.body.split())) <= 9000 for p in pages)
    assert all(len(on_page) >= 3 for on_page in placed)
    assert {s.title for page in placed for s in page} <= {s.title for s in stories}


def test_the_broadsheet_reads_the_same_with_an_embedded_truetype_font(tmp_path, stories):
    """Real e-papers embed their fonts: set in a CJK TrueType font of this machine
    (when it has one reportlab embeds), the edition reads as in the built-in font."""
    font = epaper.cjk_truetype()
    if font is None:
        message = ("no CJK TrueType font that reportlab can embed (fc-list :lang=zh): "
                   "install Debian's fonts-wqy-zenhei")
        if os.environ.get("CI"):
            pytest.fail(message + " (CI installs it: .ci/run)")
        pytest.skip(message)
    placed: list = []
    embedded = epaper.broadsheet_pdf(tmp_path / "rmfyb.pdf", stories, pages=PAGES, font_file=font, placed=placed)
    assert [epaper.story_of(a) for a in _records(embedded)] == [epaper.story_of(s) for page in placed for s in page]
