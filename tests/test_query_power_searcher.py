"""The query language as a researcher used to Lucene's query_string writes it: long
queries with operators typed in ASCII or full width, field clauses, dates, and the
errors such a query gets, with positions counted in the characters typed."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

ARTICLES = [
    {"id": "q1", "title": "甲县法院推进执转破工作", "date": "2023-03-01",
     "text": "甲县法院今年受理执转破案件十件。湖南省高级人民法院予以肯定。"},
    {"id": "q2", "title": "乙县法院开展交叉执行", "date": "2023-07-15",
     "text": "乙县法院与丙县法院开展交叉执行，执结案件五件。"},
    {"id": "q3", "title": "丁县法院执转破与交叉执行并进", "date": "2024-01-20",
     "text": "丁县法院执转破案件三件，交叉执行案件两件，诉前调解纠纷九件。"},
    {"id": "q4", "title": "戊县法院调解工作", "date": "2024-06-30",
     "text": "戊县法院诉前调解纠纷一百件，执行和解二十件。"},
    {"id": "q5", "title": "执行工作会议", "date": "2024-08-01",
     "text": "## 执行与调解并举\n会议要求执行与调解并举。调解员到场，执行干警到场。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


def ids(res) -> set[str]:
    return {h.article_id for h in res.hits}


@pytest.mark.parametrize("typed, at, named", [
    ("交叉执行 ||", 5, "||"), ("交叉执行 || ", 5, "||"), ("交叉执行 ｜｜ ", 5, "｜｜"), ("|| 交叉执行", 0, "||"),
    ("(交叉执行 ||) 调解", 6, "||"), ("交叉执行 &&", 5, "&&"), ("交叉执行 ＆＆ ", 5, "＆＆"),
    ("调解 OR (交叉执行 ｜)", 12, "｜"),
])
def test_a_bar_or_ampersands_with_nothing_to_act_on_are_named_where_typed(ix, typed, at, named):
    with pytest.raises(lawnews.QuerySyntaxError) as raised:
        ix.search(typed)
    assert raised.value.position == at
    assert typed[at:at + len(named)] == named
    assert f"{named} ({'AND' if '&' in named or '＆' in named else 'OR'}) at position {at} " in str(raised.value)


@pytest.mark.parametrize("typed", ["＊：＊", "*：*", "＊:＊", " ＊：＊ "])
def test_every_article_typed_in_full_width_is_every_article(ix, typed):
    every = ids(ix.search("*:*", limit=10))
    assert len(every) == len(ARTICLES)
    assert ids(ix.search(typed, limit=10)) == every


@pytest.mark.parametrize("wild, plain", [("title:执*", "title:执"), ("title:执?", "title:执"), ("title:*执行", "title:执行"),
                                         ("执* OR 调解", "执 OR 调解"), ("(执*) 法院", "(执) 法院"),
                                         ("text:法院* -title:调解", "text:法院 -title:调解")])
def test_a_star_or_question_mark_is_no_wildcard_in_a_field_or_beside_operators(ix, wild, plain):
    assert ids(ix.search(wild, limit=10)) == ids(ix.search(plain, limit=10))


def test_a_star_beside_operators_finds_what_it_finds_in_a_plain_query(ix):
    assert ids(ix.search("执* OR 执*", limit=10)) == ids(ix.search("执*", limit=10))


@pytest.mark.parametrize("typed, at", [("text:*", 0), ("调解 title:?", 3), ("调解 ＴＥＸＴ：＊", 3), ("court:**", 0)])
def test_a_field_holding_only_wildcards_is_an_error_and_lenient_leaves_it_out(ix, typed, at):
    with pytest.raises(lawnews.QuerySyntaxError, match="no wildcards") as raised:
        ix.search(typed)
    assert raised.value.position == at
    rest = typed[:at].strip()  # nothing left: nothing found, as with a field without a value
    assert ids(ix.search(typed, lenient=True, limit=10)) == (ids(ix.search(rest, limit=10)) if rest else set())


def _marked(hit) -> tuple[list[str], list[str]]:
    return ([hit.snippet[s:e] for s, e in hit.highlights],
            [(hit.section or "")[s:e] for s, e in hit.section_highlights])


@pytest.mark.parametrize("query, snippet_words, heading_words", [
    ("title:执行 调解", {"调解"}, {"调解"}),
    ("heading:执行 调解", {"调解"}, {"执行", "调解"}),
    ("text:执行 title:会议", {"执行"}, set()),
    ('title:"执行" heading:"调解"', set(), {"调解"}),
    ("caption:执行 OR 调解", {"调解"}, {"调解"}),
    ("执行 调解", {"执行", "调解"}, {"执行", "调解"}),
])
def test_a_word_asked_in_one_field_is_highlighted_in_that_field_only(ix, query, snippet_words, heading_words):
    hit = next(h for h in ix.search(query, limit=10, expand=False).hits if h.article_id == "q5")
    in_snippet, in_heading = _marked(hit)
    assert set(in_snippet) == snippet_words
    assert set(in_heading) == heading_words


@pytest.mark.parametrize("typed, at, says", [
    ('湖南 交叉执行 "执行到位', 8, 'close the phrase with a second quote'),
    ("湖南 “执行到位", 3, 'close the phrase with a second quote'),
    ("湖南 （执行 OR 调解", 3, "close the group with ')'"),
    ("执行 OR 调解） 湖南", 8, "open its group or range before it"),
    ("date:[2024-01 TO 2024-06] (调解", 26, "close the group with ')'"),
])
def test_an_unclosed_quote_or_bracket_says_where_and_what_to_write(ix, typed, at, says):
    with pytest.raises(lawnews.QuerySyntaxError) as raised:
        ix.search(typed)
    assert raised.value.position == at
    assert f"at position {at}: {typed!r}; {says}" in str(raised.value)
    assert "lenient=True drops it" in str(raised.value)


def test_the_command_line_says_lenient_as_an_option(tmp_path):
    from click.testing import CliRunner

    from lawnews.cli import cli

    index_dir = tmp_path / "index"
    with lawnews.NewsIndex.create(index_dir) as index:
        index.add_articles(ARTICLES)
    r = CliRunner().invoke(cli, ["search", "--index-dir", str(index_dir), '"执行到位'])
    assert r.exit_code == 1
    assert "unbalanced quote at position 0: '\"执行到位'; close the phrase" in r.output
    assert "(--lenient drops it)" in r.output


@pytest.mark.parametrize("typed, at, write", [
    ("year:(2023 OR 2024)", 0, "year:2021 OR year:2022"), ("调解 年份：（２０２３ ＯＲ ２０２４）", 3, "year:[2021 TO 2022]"),
    ("调解 date:(2023-03 OR 2024-06)", 3, "date:2021-03 OR date:2022-03"),
])
def test_a_year_or_date_group_says_how_to_write_each_value(ix, typed, at, write):
    with pytest.raises(lawnews.QuerySyntaxError, match="not a group") as raised:
        ix.search(typed)
    assert raised.value.position == at
    assert write in str(raised.value)
    assert "not ''" not in str(raised.value)


def test_each_year_with_its_field_finds_either(ix):
    assert ids(ix.search("year:2023 OR year:2024", limit=10)) == ids(ix.search("year:[2023 TO 2024]", limit=10))


LATIN = [
    {"id": "e1", "title": "Lawyers at work", "date": "2024-02-01",
     "text": "A duty lawyer met two clients at the court. The lawyers filed papers."},
    {"id": "e2", "title": "A new law", "date": "2024-02-02",
     "text": "The new law on enforcement takes effect in May. 强制执行到位率提高。"},
    {"id": "e3", "title": "Planes", "date": "2024-02-03",
     "text": "Two Boeing jets landed at Xining airport in 2013, and 2013年的执行案件增加。"},
]


@pytest.fixture(scope="module")
def latin():
    with memory_index(LATIN) as index:
        yield index


@pytest.mark.parametrize("query, found", [
    ('"law"', {"e2"}), ('"lawyer"', {"e1"}), ('"in"', {"e2", "e3"}), ('"court"', {"e1"}),
    ('"201"', set()), ('"2013"', {"e3"}), ('"执行到位"', {"e2"}), ('"law on"', {"e2"}),
    ('"new law……May"', {"e2"}), ('"ne……May"', set()),
])
def test_a_quoted_latin_word_is_not_found_inside_a_longer_word(latin, query, found):
    assert ids(latin.search(query, limit=10)) == found


@pytest.mark.parametrize("query", ['"law"', '"in"', '"2013"', '"执行到位"'])
def test_a_quoted_latin_word_is_highlighted_as_a_whole_word_only(latin, query):
    word = query.strip('"')
    for hit in latin.search(query, limit=10).hits:
        marked = [hit.snippet[s:e].lower() for s, e in hit.highlights]
        assert marked and set(marked) == {word}
        if word.isascii():
            for s, e in hit.highlights:
                edges = hit.snippet[s - 1:s] + hit.snippet[e:e + 1]
                assert not any(c.isascii() and c.isalnum() for c in edges)


@pytest.mark.parametrize("typed", [" ".join(f"词语{i}号" for i in range(300)),
                                   " OR ".join(f"甲{i}" for i in range(300))])
def test_a_query_of_too_many_words_says_what_to_write_instead(ix, typed):
    with pytest.raises(lawnews.QuerySyntaxError, match="distinct words; at most 256") as raised:
        ix.search(typed)
    assert "a quoted phrase for a passage" in str(raised.value)
    assert "lenient=True drops it" in str(raised.value)
    assert lawnews.errors.message(raised.value).endswith("(--lenient drops it)")
    ix.search(typed, lenient=True)
