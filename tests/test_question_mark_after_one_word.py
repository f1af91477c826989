"""A question mark after (or before) one word (``湘?``, ``执？``, ``?湘``, ``执结?``) is no
wildcard and asks nothing: the query is that word typed on its own, as ``执*`` is ``执``, so a
character or a word the segmenter does not know is looked for as printed, with the word's
hits. Two words or more with a question mark, or a question word (吗, 怎么办 …), are still a
question, its words ranked, none required. Texts are made up for the purpose."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [
    {"id": "q1", "title": "湘潭法院集中执行", "text": "湘潭市法院开展集中执行，共执结涉企业案件一批。"},
    {"id": "q2", "title": "湘江边的调解室", "text": "调解员在湘江边化解邻里纠纷，当事人握手言和。"},
    {"id": "q3", "title": "青溪县法院拍卖房产", "text": "青溪县法院网络拍卖房产，执行案款当场发放。"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


def ids(results) -> list[str]:
    return sorted(h.article_id for h in results.hits)


@pytest.mark.parametrize("typed, word", [("湘?", "湘"), ("湘？", "湘"), ("?湘", "湘"), ("湘 ？", "湘"), ("执结?", "执结"),
                                         ("案款？", "案款"), ("执?", "执"), ("湘? title:调解室", "湘 title:调解室")])
def test_one_word_with_a_question_mark_finds_what_the_word_finds(ix, typed, word):
    got = ix.search(typed, limit=10)
    assert ids(got) == ids(ix.search(word, limit=10)) and got.total == ix.search(word).total
    assert got.total >= 1


def test_a_character_with_a_question_mark_is_found_inside_words_as_printed(ix):
    assert ids(ix.search("湘?", limit=10)) == ["q1", "q2"] == ids(ix.search('"湘"', limit=10))


def test_two_words_with_a_question_mark_are_still_a_question_none_required(ix):
    asked = ix.search("湘潭 调解?", limit=10)
    assert ids(asked) == ["q1", "q2"]  # either word ranks, as a question's words do
    assert ix.search("湘潭 调解", strict=True).total == 0


def test_the_command_line_gives_the_word_s_hits(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    at = ("--index-dir", str(path), "--json")
    asked = json.loads(run_cli("search", "湘?", *at).output)
    assert asked["total"] == json.loads(run_cli("search", "湘", *at).output)["total"] == 2
