"""lawnews/api.py and the modules it gathers (the index object and its layers, building,
taxonomies, checks) agree with their own type hints: a type checker reading them with the
package laid out as installed (index/ and search/ inside lawnews) and untyped bodies
checked finds no mismatch in it, and the one a mismatch hid is gone: a keyword search
does not take (most=) is an unknown facet filter, as any other, instead of cutting the
hits off. Texts are made up for the purpose."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import lawnews
from support import memory_index, needs_mypy
from test_public_hints import _installed_layout

ARTICLES = [{"id": f"t{n}", "title": f"执行工作{n}", "text": f"某县人民法院推进执行工作，执结案件{n}百件。",
             "date": f"2024-0{n}-01"} for n in range(1, 4)]


def test_a_keyword_search_does_not_take_is_a_filter_like_any_other():
    with memory_index(ARTICLES) as ix:
        assert len(ix.search("执行").hits) == 3
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ix.search("执行", most=1)
        assert caught.value.argument == "most"
        with pytest.raises(lawnews.TooManyHitsError):  # search_all takes it
            ix.search_all("执行", most=1)
        assert ix.search_all("执行", province=None).total == 3


#: The modules of the library's face the type checker reads.
CHECKED = ("api", "news_index", "index_base", "statute_filters", "index_writing", "building", "taxonomies", "checks")


def test_the_type_checker_finds_no_mismatch_in_api(tmp_path):
    needs_mypy()
    site = _installed_layout(tmp_path / "site")
    modules = [arg for name in CHECKED for arg in ("-p", f"lawnews.{name}")]
    out = subprocess.run([sys.executable, "-m", "mypy", *modules, "--follow-imports=silent",
                          "--check-untyped-defs", "--ignore-missing-imports", "--no-incremental",
                          "--cache-dir", os.devnull], cwd=site, capture_output=True, text=True).stdout
    files = tuple(f"lawnews/{name}.py" for name in CHECKED)
    errors = [line for line in out.splitlines() if line.startswith(files) and "error:" in line]
    assert not errors, "\n".join(errors)


def test_search_all_passes_on_every_option_of_search():
    import inspect

    from lawnews.api import _SEARCH_OPTIONS, NewsIndex

    options = {name for name, p in inspect.signature(NewsIndex.search).parameters.items()
               if p.kind is p.KEYWORD_ONLY} - {"limit", "offset"}
    assert options == set(_SEARCH_OPTIONS)


def test_a_page_keyword_says_how_hits_are_paged():
    """``search("执行", page=2)`` (as other search APIs page) is no facet: the error says the
    hits are paged with limit and offset, and names the keyword at fault."""
    ix = lawnews.NewsIndex.in_memory()
    for keyword in ("page", "per_page", "size"):
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ix.search("执行", **{keyword: 2})
        assert "limit=" in str(caught.value) and "offset=" in str(caught.value), str(caught.value)
        assert caught.value.argument == keyword
