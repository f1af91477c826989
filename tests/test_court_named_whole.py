"""A court filter or subject names a court whole: 荆州中院x (a name with something after it)
is the unknown-court error naming the courts spelt like it, in search, trends, first, profile
and court: clauses, instead of being read as 荆州市中级人民法院; the name itself, its full form
and its traditional spelling are read as before."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [
    {"id": "j1", "title": "荆州中院开展集中执行", "text": "湖北省荆州市中级人民法院近日开展集中执行行动，执结案件二十件。",
     "date": "2024-03-01"},
    {"id": "j2", "title": "岳麓区法院诉源治理", "text": "长沙市岳麓区人民法院推进诉源治理，调解纠纷百余件。", "date": "2024-04-01"},
]
JINGZHOU = "荆州市中级人民法院"


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("ask", [lambda ix, c: ix.search("执行", court=c), lambda ix, c: ix.trends(court=c),
                                 lambda ix, c: ix.first(court=c), lambda ix, c: ix.profile(f"court:{c}"),
                                 lambda ix, c: ix.search(f"执行 court:{c}"), lambda ix, c: ix.facets(court=c)])
@pytest.mark.parametrize("typed", ["荆州中院x", "荆州中院执行", "岳麓区法院院"])
def test_a_court_name_with_more_after_it_is_unknown_naming_the_nearest(ix, ask, typed):
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ask(ix, typed)
    error = caught.value
    assert error.facet == "court" and error.value == typed and error.known, vars(error)
    assert f"unknown court {typed!r}" in str(error)


@pytest.mark.parametrize("typed", ["荆州中院", JINGZHOU, "荊州中院", " 荆州中院 "])
def test_a_court_named_whole_is_read_as_before(ix, typed):
    assert [h.article_id for h in ix.search("执行", court=typed).hits] == ["j1"]
    assert ix.profile(f"court:{typed.strip()}").value == JINGZHOU


def test_the_command_line_says_it(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    result = run_cli("trends", "--court", "荆州中院x", "--index-dir", str(path), ok=False)
    assert result.exit_code == 1 and "unknown court '荆州中院x'" in result.output and JINGZHOU in result.output, \
        result.output


def test_the_tagger_resolves_a_court_from_its_name_whole():
    """The vocabulary every caller resolves names with (filters, clauses, subjects, the
    annotations scored) reads a court only from a name that is one court's whole."""
    from lawnews.index.tagging import Tagger

    tagger = Tagger.default()
    assert tagger.resolve("court", "荆州中院") == tagger.resolve("court", "荊州中院") == JINGZHOU
    assert tagger.resolve("court", "湖北省荆州市中级人民法院") == JINGZHOU
    assert tagger.resolve("court", "荆州中院x") is None
    assert tagger.resolve("court", "在荆州中院") is None
