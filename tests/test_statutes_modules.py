"""The statute packages' modules (``lawnews.index.store.statutes``, ``lawnews.statutes``):
the names callers import from each package, the modules depending one way, each saying what
flows in and out, and the store importing nothing of the library's face (api, cli, web)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from lawnews import statutes as looked_up
from lawnews.index.store import statutes as store
from support import ROOT

STORE = ROOT / "index" / "store" / "statutes"
FACE = ROOT / "lawnews" / "statutes"

#: The modules in the order they may depend on each other: each imports only those before it.
STORE_ORDER = ("labels", "results", "wording", "stored", "filling", "versions", "names", "evidence", "resolver",
               "collection", "references", "citations")
FACE_ORDER = ("views", "articles", "citations", "cited_by", "references", "state")

#: What the rest of the code (callers, scripts, tests) imports from the store package.
STORE_USED = ("Collection", "CollectionWriter", "CitationStore", "CitationBatch", "Resolution", "Target",
              "article_number", "statute_label", "printed_year", "likeness", "said_by", "collecting", "store_for",
              "sync", "resolve_all", "beyond_articles", "unknown_law", "shortened", "shortened_note", "abbreviated",
              "abbreviates", "shared_title", "same_law_values", "versioned_reference", "version_named",
              "pinned_article", "no_collection", "UNFINISHED", "UNDATED_DIFFER", "QUOTE_MATCH", "DATED_BY", "CHUNK",
              "FILE_NAME")
#: What the rest of the code imports from ``lawnews.statutes``.
FACE_USED = ("CitationView", "CitedBy", "CitedArticle", "StatuteArticle", "StatuteRef", "StatuteVersion",
             "VersionCited", "article_versions", "superseded", "with_version_notes", "record_reference", "held_law",
             "nearest_articles", "unknown_article", "versions_cited", "citations_of", "date_basis", "reference",
             "expand_listed", "citing_version", "citing_articles", "same_law_values", "cites_ref",
             "collection_state", "describe_collection", "COMING_INTO_FORCE_DAYS")


def sibling_imports(folder: Path, name: str) -> set[str]:
    tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def every_import(path: Path) -> set[str]:
    """The modules ``path`` imports, relative ones with their dots."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
    return out


@pytest.mark.parametrize("folder, order", [(STORE, STORE_ORDER), (FACE, FACE_ORDER)])
def test_every_module_of_a_package_is_placed_in_the_order(folder, order):
    assert {p.stem for p in folder.glob("*.py")} - {"__init__"} == set(order)


@pytest.mark.parametrize("folder, order, name", [(STORE, STORE_ORDER, n) for n in STORE_ORDER]
                         + [(FACE, FACE_ORDER, n) for n in FACE_ORDER])
def test_a_module_imports_only_the_modules_before_it(folder, order, name):
    assert sibling_imports(folder, name) <= set(order[:order.index(name)])


@pytest.mark.parametrize("path", sorted(STORE.glob("*.py")) + sorted(FACE.glob("*.py")), ids=lambda p: p.name)
def test_a_module_says_what_flows_in_and_out(path):
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc and "In:" in doc and "Out:" in doc


@pytest.mark.parametrize("path", sorted(STORE.glob("*.py")), ids=lambda p: p.name)
def test_the_store_imports_nothing_of_the_library_face(path):
    # from index/store/statutes/, four dots reach lawnews/: only config and errors may be imported there
    face = {m for m in every_import(path) if m.startswith("....") and not m.startswith(".....")}
    assert face <= {"....config", "....errors"}, path
    assert not any(m.split(".")[0] == "lawnews" for m in every_import(path)), path


def test_the_names_callers_use_are_the_packages():
    assert all(hasattr(store, name) for name in STORE_USED)
    assert set(store.__all__) >= set(STORE_USED)
    assert all(hasattr(looked_up, name) for name in FACE_USED)
    assert set(looked_up.__all__) >= set(FACE_USED)


def test_the_collection_is_one_class_with_every_layers_methods():
    from lawnews.index.store.statutes.evidence import CheckedCollection
    from lawnews.index.store.statutes.resolver import ResolvingCollection
    from lawnews.index.store.statutes.stored import StoredCollection
    from lawnews.index.store.statutes.versions import DatedCollection

    assert store.Collection.__mro__[1:5] == (ResolvingCollection, CheckedCollection, DatedCollection,
                                             StoredCollection)
    for method in ("current", "at", "writer", "laws", "law", "versions", "labels", "holding", "article", "text",
                   "version_for", "renumbered", "resolve", "resolve_all", "same_provision"):
        assert callable(getattr(store.Collection, method)), method


@pytest.mark.parametrize("path", sorted(FACE.glob("*.py")), ids=lambda p: p.name)
def test_the_look_ups_call_no_private_name_of_the_store(path):
    # collection.same_provision, not collection._same_provision: the store's own names stay its own
    tree = ast.parse(path.read_text(encoding="utf-8"))
    private = [f"{ast.unparse(node.value)}.{node.attr}" for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
               and ast.unparse(node.value) != "self"]
    assert not private, private
