"""The library's face (``lawnews.api``) and the modules it gathers, one concern each: the
modules depending one way, each saying what flows in and out, the index object one class
with every layer's methods, and the command line and the web app calling the public names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lawnews
from support import ROOT

PACKAGE = ROOT / "lawnews"

#: The modules in the order they may depend on each other: each imports only those before it.
ORDER = ("taxonomies", "checks", "building", "index_base", "statute_filters", "index_writing", "news_index", "api")

#: The modules of the package that call the face and that it never imports.
CALLERS = ("cli", "output", "evaluation", "tag_evaluation", "web")


def imports_of(path: Path) -> set[str]:
    """The sibling modules of ``lawnews/`` that ``path`` imports (relative, one dot)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:  # from . import arguments
                out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("lawnews."):
            out.add(node.module.split(".")[1])
    return out


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_only_the_modules_before_it(name):
    assert imports_of(PACKAGE / f"{name}.py") & set(ORDER) <= set(ORDER[:ORDER.index(name)])


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_none_of_its_callers(name):
    assert not imports_of(PACKAGE / f"{name}.py") & set(CALLERS)


@pytest.mark.parametrize("name", ORDER)
def test_a_module_says_what_flows_in_and_out(name):
    doc = ast.get_docstring(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8")))
    assert doc and "In:" in doc and "Out:" in doc


@pytest.mark.parametrize("path", sorted([PACKAGE / "cli.py", *(PACKAGE / "web").glob("*.py")]), ids=lambda p: p.name)
def test_the_command_line_and_the_web_app_call_the_public_names(path):
    assert not imports_of(path) & (set(ORDER) - {"api"}), path


def test_the_index_object_is_one_class_with_every_layers_methods():
    from lawnews.index_base import IndexBase
    from lawnews.index_writing import IndexWriting
    from lawnews.statute_filters import StatuteFilters

    assert lawnews.NewsIndex.__mro__[1:4] == (IndexWriting, StatuteFilters, IndexBase)
    for method in ("open", "create", "in_memory", "default", "search", "search_all", "similar", "facets", "trends",
                   "first", "profile", "article", "cited_by", "statute_article", "citations", "show", "copies",
                   "articles", "stats", "citation_rules", "outdated_citations", "outdated_tags", "writer",
                   "add_articles", "add", "remove", "remove_all", "close", "_cites_held", "_lacking_article",
                   "_statute_selection", "_statute_filters", "_statute_step", "_version_labels", "_refresh_info"):
        assert callable(getattr(lawnews.NewsIndex, method)), method


def test_the_package_and_the_face_give_the_same_objects():
    from lawnews import api, building, news_index

    assert lawnews.NewsIndex is api.NewsIndex is news_index.NewsIndex
    assert lawnews.build_index is api.build_index is building.build_index
    assert set(api.__all__) <= set(vars(api))
