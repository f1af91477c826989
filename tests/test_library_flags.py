"""The switches of the library (``expand``, ``strict``, ``all_copies``, ``copies``…) take
True or False: a string read from a settings file or a form (``"false"``) is truthy and
would turn on what it means to turn off, so it is an ArgumentTypeError naming the switch."""

from __future__ import annotations

import pytest

import lawnews

CALLS = {
    "search expand": lambda ix: ix.search("执行", expand="false"),
    "search strict": lambda ix: ix.search("执行", strict="false"),
    "search all_copies": lambda ix: ix.search("执行", all_copies="false"),
    "search lenient": lambda ix: ix.search("执行", lenient="no"),
    "search explain": lambda ix: ix.search("执行", explain="no"),
    "search semantic": lambda ix: ix.search("执行", semantic="false"),
    "facets all_copies": lambda ix: ix.facets("执行", all_copies="false"),
    "trends copies": lambda ix: ix.trends("执行", copies="false"),
    "first copies": lambda ix: ix.first(copies="false"),
    "profile copies": lambda ix: ix.profile("mechanism:交叉执行", copies="false"),
    "show cited_by": lambda ix: ix.show(ix.search("执行").hits[0].article_id, cited_by="false"),
    "add_articles tag": lambda ix: lawnews.NewsIndex.in_memory().add_articles([], tag="false"),
}


@pytest.mark.parametrize("name", CALLS)
def test_a_switch_given_a_string_is_an_error_naming_it(corpus_index, name):
    switch = name.split()[1]
    with pytest.raises(lawnews.ArgumentTypeError, match=rf"^{switch} must be True(, False or None| or False), not str"):
        CALLS[name](corpus_index)


def test_the_package_functions_check_their_switches(corpus_index_dir, tmp_path):
    with pytest.raises(lawnews.ArgumentTypeError, match="^expand must be True or False"):
        lawnews.search("执行", index_dir=corpus_index_dir, expand="false")
    with pytest.raises(lawnews.ArgumentTypeError, match="^rebuild must be True or False"):
        lawnews.build_index(tmp_path / "none.jsonl", tmp_path / "index", rebuild="no")
    assert not (tmp_path / "index").exists()


def test_true_false_and_none_still_work(corpus_index):
    assert corpus_index.search("执行", expand=False, strict=True, semantic=None).total > 0
    assert corpus_index.trends("执行", copies=True).total > 0
