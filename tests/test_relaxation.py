"""Relaxed queries and expanded words are said first; --strict and --no-expand turn
them off; did-you-mean corrects typos only, and is printed whenever it is set.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from lawnews.cli import cli

SYNONYMS_OF_CROSS = ("提级执行", "指令执行", "指定执行")


def run(*args: str):
    result = CliRunner().invoke(cli, [*args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_relaxed_search_says_so_first(corpus_index_dir) -> None:
    out = run("search", "执行法管", "--index-dir", str(corpus_index_dir))
    first = out.splitlines()[0]
    assert "no article has every word" in first and "--strict" in first


def test_relaxed_and_expanded_come_before_the_hits_in_json(corpus_index_dir) -> None:
    data = json.loads(run("search", "执行法管", "--json", "--index-dir", str(corpus_index_dir)))
    keys = list(data)
    assert data["relaxed"] is True
    assert keys.index("relaxed") < keys.index("hits")
    assert keys.index("expanded") < keys.index("hits")


def test_strict_gives_no_relaxed_hits(corpus_index) -> None:
    assert corpus_index.search("执行法管").total
    strict = corpus_index.search("执行法管", strict=True)
    assert strict.total == 0 and not strict.hits and not strict.relaxed


def test_strict_on_the_command_line(corpus_index_dir) -> None:
    out = run("search", "执行法管", "--strict", "--index-dir", str(corpus_index_dir))
    assert "no results" in out and "no article has every word" not in out


def test_expansion_is_listed_and_said_first(corpus_index, corpus_index_dir) -> None:
    res = corpus_index.search("交叉执行")
    assert set(SYNONYMS_OF_CROSS) <= set(res.expanded["交叉执行"])
    first = run("search", "交叉执行", "--index-dir", str(corpus_index_dir)).splitlines()[0]
    assert "交叉执行" in first and "提级执行" in first and "--no-expand" in first


def test_no_expand_matches_the_words_only(corpus_index) -> None:
    expanded = corpus_index.search("交叉执行", limit=50)
    literal = corpus_index.search("交叉执行", limit=50, expand=False)
    assert literal.expanded == {}
    assert literal.total <= expanded.total
    for hit in literal.hits:
        marked = {hit.snippet[s:e] for s, e in hit.highlights}
        assert not marked & set(SYNONYMS_OF_CROSS)
    # a named region no longer matches the articles merely tagged with it
    assert corpus_index.search("湖南", expand=False).total < corpus_index.search("湖南").total


def test_no_expand_on_the_command_line(corpus_index_dir) -> None:
    data = json.loads(run("search", "交叉执行", "--no-expand", "--json", "--index-dir", str(corpus_index_dir)))
    assert data["expanded"] == {}


def test_did_you_mean_for_the_documented_typo(corpus_index, corpus_index_dir) -> None:
    assert corpus_index.search("交叉执形").suggestion == "交叉执行"
    out = run("search", "交叉执形", "--index-dir", str(corpus_index_dir))
    assert "did you mean: 交叉执行" in out


def test_an_everyday_word_is_matched_as_a_synonym_not_corrected(corpus_index) -> None:
    res = corpus_index.search("老赖", limit=50)
    assert res.total and res.suggestion is None
    assert all("失信惩戒" in h.mechanisms or "失信" in h.snippet for h in res.hits)
    assert "失信惩戒" in res.expanded["老赖"]


def test_a_dictionary_word_is_never_corrected(corpus_index) -> None:
    # 老师 is a word, absent from this corpus, one edit from 老人, which is in it
    res = corpus_index.search("老师")
    assert res.total == 0 and res.suggestion is None


def test_the_expansion_notice_names_a_tag_apart_from_a_word_of_the_same_name(corpus_index_dir) -> None:
    """A mechanism's tag and its synonym spelled alike read as one repeated item
    (mechanism:终本管理、终本管理), and a synonym holding 、 as two words."""
    line = run("search", "拒执罪", "--index-dir", str(corpus_index_dir)).splitlines()[0]
    assert line.startswith("also matching: 拒执罪 → ")
    assert "articles tagged mechanism:拒执打击" in line
    assert "“拒不执行判决、裁定罪”" in line and "、拒执打击" not in line
