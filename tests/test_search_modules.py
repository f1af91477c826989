"""The searcher (``search/searcher.py``) and the modules it gathers, one concern each: the
modules depending one way, none on the searcher, each saying what flows in and out, and the
searcher one class with every part's methods."""

from __future__ import annotations

import ast

import pytest

from support import ROOT
from test_api_modules import imports_of

PACKAGE = ROOT / "search"

#: The modules the searcher gathers, in the order they may depend on each other.
ORDER = ("filters", "onepass", "articles", "hits")


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_only_the_modules_before_it_and_never_the_searcher(name):
    imported = imports_of(PACKAGE / f"{name}.py")
    assert imported & set(ORDER) <= set(ORDER[:ORDER.index(name)])
    assert "searcher" not in imported


@pytest.mark.parametrize("name", [*ORDER, "searcher", "taat"])
def test_a_module_says_what_flows_in_and_out(name):
    doc = ast.get_docstring(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8")))
    assert doc and "In:" in doc and "Out:" in doc


def test_the_searcher_is_one_class_with_every_parts_methods():
    from lawnews.search.articles import ArticleLookups
    from lawnews.search.filters import FacetValues
    from lawnews.search.hits import HitMaking
    from lawnews.search.searcher import IndexSearcher

    assert IndexSearcher.__mro__[1:4] == (FacetValues, ArticleLookups, HitMaking)
    for method in ("search", "similar", "facet_counts", "matching", "normalize_filters", "article", "copies",
                   "articles", "counts", "story_of", "region_tree", "index_facets", "_canonical",
                   "_check_facet_values", "_hits", "_not_found", "_execute"):
        assert callable(getattr(IndexSearcher, method)), method
