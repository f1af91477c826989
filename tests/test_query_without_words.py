"""A query of symbols or emoji alone (``😀``, ``！！``, ``＃＃``, ``？``, ``title:＃``), or of
symbols alone beside field clauses (``😀 province:湖北``, ``😀`` searched ``--from 2020``), holds
no word to search for: it is a syntax error saying so and naming the phrase that finds the
symbols as printed, in the library, the command line and its JSON alike (lenient: nothing is
found, the clauses still select). Symbols beside words, and a quoted phrase of them, are
searched as before. Texts are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [
    {"id": "w1", "title": "湘江边的执行故事😀", "text": "青溪县法院开展集中执行行动！！案款当场发放😀。",
     "date": "2024-03-05"},
    {"id": "w2", "title": "荆州拍卖房产", "text": "湖北省荆州市法院通过网络拍卖处置房产，执行到位。", "date": "2024-06-01"},
]

SYMBOLS = ["😀", "！！", "＃＃", "？", "?", "。，", "😀 😀", "(😀)", "title:😀", "标题：＃"]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("typed", SYMBOLS)
def test_a_query_of_symbols_alone_is_an_error_saying_it_holds_no_word(ix, typed):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    said = str(caught.value)
    assert "no word to search for" in said and "position" in said, said
    assert caught.value.position is not None


@pytest.mark.parametrize("typed", SYMBOLS)
def test_lenient_finds_nothing_for_symbols_alone(ix, typed):
    assert ix.search(typed, lenient=True).total == 0


def test_the_error_names_the_phrase_that_finds_the_symbols(ix):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search("😀")
    assert '("😀")' in str(caught.value) and caught.value.position == 0
    assert [h.article_id for h in ix.search('"😀"').hits] == ["w1"]
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search("！！")
    assert '("！！")' in str(caught.value)


@pytest.mark.parametrize("typed", ["😀 province:湖北", "province:湖北 😀", "-湖北 😀"])
def test_symbols_alone_beside_field_clauses_are_an_error_not_every_article_of_the_clauses(ix, typed):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    assert "no word to search for" in str(caught.value)
    assert caught.value.position == typed.index("😀")


def test_symbols_searched_within_dates_are_an_error_naming_the_query_as_typed(ix):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search("😀", start="2020")
    assert "'😀'" in str(caught.value) and "date:" not in str(caught.value)
    assert ix.search("😀", start="2020", lenient=True).total == 2  # the dates still select


@pytest.mark.parametrize("typed", ["😀 执行", "执行！！", "执行 ？", "year:2024 OR year:2023", "province:湖北", '"！！"'])
def test_symbols_beside_words_and_clauses_between_operators_are_searched(ix, typed):
    assert ix.search(typed).total >= 1


def test_the_command_line_says_so_on_stderr_and_exits_1(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    for args in (["search", "😀"], ["search", "！！", "--json"], ["search", "＃＃", "--from", "2020"],
                 ["facets", "😀"], ["trends", "😀"], ["export", "😀"]):
        got = run_cli(*args, "--index-dir", str(path), ok=False)
        assert got.exit_code == 1, (args, got.output)
        assert "Error: query syntax: no word to search for" in got.output, (args, got.output)
        assert "Traceback" not in got.output
