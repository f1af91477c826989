"""A field name typed wrong (provnce:湖南, mechanisms:执转破 as the JSON's keys are plural,
courts=…, a profile of citys:…) is an error that names the field spelt like it, in the
query, as a filter keyword and as a profile's kind, on the command line too; a name like
none of them lists them all, as before. Texts are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index, run_cli

ARTICLES = [{"id": "m1", "title": "执转破案件审结", "text": "湖南省常德市中级人民法院审结执转破案件三件。"}]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("typed, meant", [("provnce:湖南", "province"), ("mechanisms:执转破", "mechanism"),
                                          ("cities:常德", "city"), ("court_levels:中级", "court_level"),
                                          ("Titel:执转破", "title")])
def test_a_misspelt_query_field_names_the_field_spelt_like_it(ix, typed, meant):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search(typed)
    said = str(caught.value)
    assert f"did you mean {meant}:" in said and "fields: caption" in said, said
    assert caught.value.position == 0


def test_a_field_like_none_lists_the_fields_alone(ix):
    with pytest.raises(lawnews.QuerySyntaxError) as caught:
        ix.search("zzz:湖南")
    assert "did you mean" not in str(caught.value) and "fields: caption" in str(caught.value)


@pytest.mark.parametrize("keyword, meant", [("provinces", "province"), ("courts", "court"), ("mechansim", "mechanism")])
def test_a_misspelt_filter_keyword_names_the_facet_spelt_like_it(ix, keyword, meant):
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.search("执转破", **{keyword: "湖南"})
    assert f"did you mean {meant}=" in str(caught.value), str(caught.value)
    assert caught.value.argument == keyword


def test_a_misspelt_profile_kind_names_the_kind_spelt_like_it(ix):
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.profile("provnce:湖南")
    assert "did you mean province:湖南" in str(caught.value) and caught.value.argument == "subject"


def test_the_command_line_says_it(tmp_path):
    path = tmp_path / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    out = run_cli("search", "provnce:湖南 执转破", "--index-dir", str(path), ok=False).output
    assert "did you mean province:" in out, out
    out = run_cli("profile", "mechanisms:执转破", "--index-dir", str(path), ok=False).output
    assert "did you mean mechanism:执转破" in out, out
