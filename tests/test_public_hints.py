"""The public API's type hints resolve: ``typing.get_type_hints`` (what ``help()``, an
editor and a runtime checker read) gives every public method of NewsIndex and every
function of the package its types, though the modules they name are loaded only when
asked for; a type checker reads the package's result types and the index's methods
(not ``Any``) in a developer's own program."""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing

import pytest

import lawnews
from lawnews import NewsIndex
from support import needs_mypy

METHODS = [name for name, member in inspect.getmembers(NewsIndex)
           if not name.startswith("_") and callable(member)]
FUNCTIONS = [name for name in lawnews.__all__ if inspect.isfunction(getattr(lawnews, name))]


@pytest.mark.parametrize("name", METHODS)
def test_every_public_method_of_an_index_has_hints_that_resolve(name):
    hints = typing.get_type_hints(getattr(NewsIndex, name))
    assert "return" in hints


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_function_of_the_package_has_hints_that_resolve(name):
    hints = typing.get_type_hints(getattr(lawnews, name))
    assert "return" in hints


RESULT_CLASSES = [name for name in lawnews.__all__ if inspect.isclass(getattr(lawnews, name))
                  and not issubclass(getattr(lawnews, name), BaseException)]


@pytest.mark.parametrize("name", RESULT_CLASSES)
def test_every_class_of_the_package_has_field_hints_that_resolve(name):
    # ArticlePage named its article and copies under TYPE_CHECKING only: help() and a
    # runtime checker could not read its fields
    typing.get_type_hints(getattr(lawnews, name))


@pytest.mark.parametrize("name", ["trends", "first", "profile"])
def test_the_counting_functions_behind_the_calls_have_hints_that_resolve(name):
    from lawnews import landscape

    assert "searcher" in typing.get_type_hints(getattr(landscape, name))


def test_an_article_page_names_the_types_of_its_fields():
    hints = typing.get_type_hints(lawnews.ArticlePage)
    assert hints["article"] is lawnews.Article
    assert hints["citations"] == tuple[lawnews.CitationView, ...]


def test_the_hints_name_the_classes_the_calls_return():
    assert typing.get_type_hints(NewsIndex.trends)["return"] is lawnews.Trends
    assert typing.get_type_hints(NewsIndex.cited_by)["return"] is lawnews.CitedBy
    assert typing.get_type_hints(NewsIndex.add)["return"] is lawnews.IngestReport
    assert typing.get_type_hints(lawnews.parse)["skipped"] == typing.Optional[list[lawnews.Skip]]
    assert typing.get_type_hints(lawnews.build_index)["progress"] == typing.Optional[lawnews.Progress]


def test_the_types_the_hints_name_are_exported_and_loaded_when_asked_for():
    code = ("import sys, lawnews\n"
            "print('lawnews.landscape' in sys.modules, 'lawnews.index.store.build' in sys.modules)\n"
            "print(lawnews.CitedBy.__name__, lawnews.Skip.__name__, lawnews.IndexWriter.__name__,"
            " lawnews.ArticlePage.__name__, lawnews.StatuteArticle.__name__, lawnews.CitationView.__name__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["False False", "CitedBy Skip IndexWriter ArticlePage StatuteArticle CitationView"]


CLIENT = '''
from __future__ import annotations

import lawnews
from lawnews import NewsIndex


def handler(ix: NewsIndex) -> int:
    report: lawnews.IngestReport = ix.add([])
    trends: lawnews.Trends = ix.trends("执行")
    adoption: lawnews.Adoption = ix.first("执行")
    profile: lawnews.Profile = ix.profile("province:湖南")
    cited: lawnews.CitedBy = ix.cited_by("刑法")
    reveal_type(ix.search("执行"))
    reveal_type(ix.search_all("执行").hits)
    reveal_type(trends.total)
    ix.search("执行", limit="ten")
    return report.articles + adoption.matched + len(profile.latest) + cited.total
'''


def _installed_layout(folder):
    """A folder holding ``lawnews`` as a wheel installs it (``index/`` and ``search/`` inside
    it), made of links to the project's files, for a type checker to find."""
    from support import ROOT

    package = folder / "lawnews"
    package.mkdir(parents=True)
    for item in (ROOT / "lawnews").iterdir():
        if item.name != "__pycache__":
            (package / item.name).symlink_to(item)
    for layer in ("index", "search"):
        (package / layer).symlink_to(ROOT / layer)
    return folder


def test_a_type_checker_reads_the_results_and_the_methods_of_an_index(tmp_path):
    import os

    needs_mypy()

    site = _installed_layout(tmp_path / "site")
    (tmp_path / "client.py").write_text(CLIENT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mypy", "client.py", "--follow-imports=silent", "--no-incremental",
                          "--cache-dir", os.devnull], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "MYPYPATH": str(site)}).stdout
    errors = [line for line in out.splitlines() if "error:" in line or "note: Revealed" in line]
    assert 'Revealed type is "lawnews.search.results.SearchResults"' in errors[0], out
    assert 'tuple[lawnews.search.results.Hit, ...]"' in errors[1], out  # builtins.tuple in older mypy
    assert errors[2].endswith('int"'), out
    assert len(errors) == 4 and 'Argument "limit"' in errors[3] and "incompatible type" in errors[3], out


def _classes(hint, out):
    if typing.get_origin(hint) is not None:
        for arg in typing.get_args(hint):
            _classes(arg, out)
    elif inspect.isclass(hint) and hint.__module__.startswith("lawnews"):
        out.add(hint)
    return out


def test_every_class_a_call_takes_or_returns_is_on_the_package():
    # lawnews.tag returned a TextTags, search took a QuestionBank and open a Tagger that
    # a program could not name as lawnews.X for its own hints
    calls = [getattr(NewsIndex, name) for name in METHODS] + [getattr(lawnews, name) for name in FUNCTIONS]
    named = {c for call in calls for hint in typing.get_type_hints(call).values() for c in _classes(hint, set())}
    named |= {c for c in _classes(typing.get_type_hints(lawnews.TextTags)["mentions"], set())} if hasattr(
        lawnews, "TextTags") else set()
    missing = sorted(f"{c.__module__}.{c.__name__}" for c in named if getattr(lawnews, c.__name__, None) is not c)
    assert not missing, missing
    assert {"TextTags", "Mention", "QuestionBank", "Tagger"} <= set(lawnews.__all__)
