"""``!`` is NOT, as in Lucene and Elasticsearch's query_string: ``执行 !湖南``, ``!湖南``,
``!(湖南 OR 湖北)``, ``!title:湖南`` (full-width ``！`` too) mean what ``-`` and ``NOT`` mean, in
strict and lenient reading. A ``!`` that acts on nothing (``!`` alone, ``执行 !``, ``! 湖南``) is a
syntax error naming it where typed (``--lenient``: dropped), never dropped unsaid; one after a
word (``湖南!``, ``执行难！``, a pasted headline's) is punctuation, as in a question; in a phrase
it is text. Texts are made up for the purpose."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [
    {"id": "h1", "title": "长沙法院集中执行", "text": "湖南省长沙市法院开展集中执行行动，执结一批案件。"},
    {"id": "h2", "title": "武汉法院执行攻坚", "text": "湖北省武汉市法院推进执行攻坚，兑现胜诉权益。"},
    {"id": "h3", "title": "郑州法院执行回访", "text": "河南省郑州市法院回访执行当事人，听取意见。"},
    {"id": "h4", "title": "基层法院直面执行难！", "text": "青石县法院直面执行难！清理积案，执结率上升。"},
    {"id": "h5", "title": "岳阳调解中心揭牌", "text": "湖南省岳阳市调解中心揭牌，就地化解纠纷。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


def ids(results) -> list[str]:
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("typed, minus", [
    ("执行 !湖南", "执行 -湖南"), ("执行 ！湖南", "执行 -湖南"), ("执行 !(湖南 OR 湖北)", "执行 -(湖南 OR 湖北)"),
    ("执行 !title:长沙", "执行 -title:长沙"), ('执行 !"湖南省"', '执行 -"湖南省"'), ("(执行 !湖南) 法院", "(执行 -湖南) 法院"),
    ("执行 AND !湖南", "执行 AND NOT 湖南"), ("执行&&!湖南", "执行 AND NOT 湖南"), ("执行 !省份:湖南", "执行 -province:湖南"), ("执行 ！省份：湖南", "执行 -province:湖南"),
])
@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize("expand", [False, True])
def test_an_exclamation_mark_before_a_word_leaves_it_out(ix, typed, minus, lenient, expand):
    got = ix.search(typed, lenient=lenient, expand=expand, limit=10)
    assert ids(got) == ids(ix.search(minus, expand=expand, limit=10))
    assert "h3" in ids(got) and "h1" not in ids(got)


@pytest.mark.parametrize("typed", ["!湖南", "！湖南", "!(湖南 OR 湖北)"])
def test_an_exclamation_mark_alone_before_a_word_finds_every_article_without_it(ix, typed):
    got = ix.search(typed, expand=False, limit=10)
    assert ids(got) == ids(ix.search(typed.replace("!", "NOT ").replace("！", "NOT "), expand=False, limit=10))
    assert "h1" not in ids(got) and "h3" in ids(got)


@pytest.mark.parametrize("typed, at, named", [
    ("执行 !", 3, "! at position 3 has no word right after it"), ("执行 ！", 3, "！ at position 3 has no word right after it"),
    ("! 湖南", 0, "! at position 0 has no word right after it"), ("!", 0, "! alone"), ("！", 0, "！ alone"),
])
def test_an_exclamation_mark_that_is_no_not_is_an_error_naming_it(ix, typed, at, named):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    said = str(caught.value)
    assert caught.value.position == at and named in said, said
    if "alone" not in named:
        assert "lenient" in said


@pytest.mark.parametrize("typed, words", [("湖南!", "湖南"), ("执行难！", "执行难"), ("湖南!执行", "湖南 执行"),
                                          ("title:!执行", "title:执行"), ("青石县法院直面执行难！", "青石县法院直面执行难")])
def test_an_exclamation_mark_after_a_word_is_punctuation(ix, typed, words):
    assert ids(ix.search(typed, limit=10)) == ids(ix.search(words, limit=10))
    assert ix.search(words).total >= 1


@pytest.mark.parametrize("typed, words", [("执行 !", "执行"), ("! 湖南", "湖南"), ("湖南!", "湖南"), ("执行难！", "执行难"),
                                          ("湖南!执行", "湖南 执行"), ("title:!执行", "title:执行")])
def test_lenient_drops_an_exclamation_mark_that_is_no_not(ix, typed, words):
    assert ids(ix.search(typed, lenient=True, limit=10)) == ids(ix.search(words, limit=10))
    assert ix.search(words).total >= 1


def test_lenient_finds_nothing_for_an_exclamation_mark_alone(ix):
    assert ix.search("!", lenient=True).total == 0


def test_in_a_phrase_an_exclamation_mark_is_text(ix):
    assert ids(ix.search('"执行难！"')) == ["h4"]
    assert ids(ix.search('"执行难！" 法院')) == ["h4"]


def test_in_a_question_an_exclamation_mark_after_a_word_is_punctuation(ix):
    asked = ix.search("法院执行难！怎么办？", limit=10)
    assert ids(asked) == ids(ix.search("法院执行难 怎么办？", limit=10)) and "h4" in ids(asked)
    beside = ix.search("法院执行难怎么办？ !湖南", limit=10)
    assert ids(beside) == ids(ix.search("法院执行难怎么办？ -湖南", limit=10)) and "h1" not in ids(beside)


def test_the_command_line_reads_an_exclamation_mark_as_not(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    at = ("--index-dir", str(path), "--no-expand", "--json")
    got = json.loads(run_cli("search", "执行 !湖南", *at).output)
    assert got["total"] == json.loads(run_cli("search", "执行 -湖南", *at).output)["total"]
    assert "h1" not in [h["article_id"] for h in got["hits"]]
    bad = run_cli("search", "执行 !", "--index-dir", str(path), ok=False)
    assert bad.exit_code == 1 and "Error: query syntax: ! at position 3 has no word right after it" in bad.output
