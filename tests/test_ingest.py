"""Ingest end to end: files of every encoding → the same articles; every input accounted for."""

from __future__ import annotations

import gzip

import pytest

import lawnews
from support import CORPUS, SHARED

PAGES = sorted(CORPUS.glob("*.txt"))


def summary(articles):
    return [(a.id, a.title, a.title_is_fallback, [(s.heading, s.text) for s in a.sections], a.captions)
            for a in articles]


@pytest.fixture(scope="module")
def originals():
    return summary(lawnews.parse([CORPUS]))


@pytest.mark.parametrize("encoding, newline", [("gb18030", "\n"), ("utf-8-sig", "\r\n"), ("gb18030", "\r\n"), ("utf-16", "\n")])
def test_encodings_and_line_endings_parse_to_the_same_articles(tmp_path, originals, encoding, newline):
    for page in PAGES:
        text = page.read_text(encoding="utf-8").replace("\n", newline)
        (tmp_path / page.name).write_bytes(text.encode(encoding))
    assert summary(lawnews.parse([tmp_path])) == originals


def test_parse_ids_are_the_ids_search_returns(corpus_index, originals):
    for article_id, title, *_ in originals:
        assert corpus_index.article(article_id).title == title
    hit_ids = {h.article_id for h in corpus_index.search("法院", limit=100).hits}
    assert hit_ids <= {o[0] for o in originals}


def test_every_corpus_page_gives_articles_and_nothing_is_skipped():
    skipped = []
    articles = list(lawnews.parse([CORPUS], skipped=skipped))
    assert {a.file for a in articles} == {p.name for p in PAGES}
    assert [s.path for s in skipped] == [str(CORPUS / "README.md")]


def test_jsonl_text_is_normalised_like_pages(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "w", "title": "ＡＢＣ法院２０２４年", "text": "执结３５．５万件，“终本”"}\n', encoding="utf-8")
    (a,) = lawnews.parse([path])
    assert a.title == "ABC法院2024年"
    assert a.sections[0].text == "执结35.5万件，“终本”"


@pytest.mark.slow
def test_the_local_statute_corpus_is_accounted_for_line_by_line(tmp_path):
    src = SHARED / "corpora" / "statutes" / "local.jsonl.gz"
    if not src.is_file():
        pytest.skip(f"{src} is absent")
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = sum(1 for line in fh if line.strip())
    skipped = []
    n = sum(1 for _ in lawnews.parse([src], skipped=skipped))
    assert n + len(skipped) == lines == 82_618
    assert all(s.reason for s in skipped)


def test_a_page_takes_the_date_and_source_its_container_gives_where_its_text_gives_none():
    from lawnews.index.ingest.pages import parse_page

    text = "法院推进交叉执行\n\n本报讯 近日，某法院推进交叉执行工作，取得明显成效。\n"
    bare = parse_page(text, "p.txt")
    assert bare[0].date is None and bare[0].source is None
    [article] = parse_page(text, "p.txt", {"date": "2024-03-15", "source": "人民法院报", "page": 4})
    assert (article.date, article.source, article.meta["page"]) == ("2024-03-15", "人民法院报", 4)
    assert article.sections == bare[0].sections and article.title == bare[0].title
