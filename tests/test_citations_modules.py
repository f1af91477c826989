"""The citation package's modules (``lawnews.index.tagging.citations``): the names callers
import from the package, the modules depending one way, and the article-run helpers the
tagger reads typed references with."""

from __future__ import annotations

import ast

import pytest

from lawnews.index.tagging import citations
from lawnews.index.tagging.citations import article_number, parse_articles, trailing_run
from support import ROOT

PACKAGE = ROOT / "index" / "tagging" / "citations"

#: The modules in the order they may depend on each other: each imports only those before it.
ORDER = ("text", "records", "numbers", "names", "drafts", "jurisdictions", "titles", "wording", "references", "extractor")

#: What the rest of the code imports from the package.
USED = ("Citation", "Cited", "LawNames", "extract", "parse_reference", "title_key", "loose_key", "cn_number",
        "cn_label", "article_label", "statutes_of", "cites_of", "citing", "FORMS", "RULES_VERSION",
        "GLOSS_SEPARATOR", "table_digest", "trailing_run", "parse_articles", "article_number")


def sibling_imports(name: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_every_module_of_the_package_is_placed_in_the_order():
    assert {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"} == set(ORDER)


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_only_the_modules_before_it(name):
    assert sibling_imports(name) <= set(ORDER[:ORDER.index(name)])


@pytest.mark.parametrize("name", ORDER)
def test_a_module_says_what_flows_in_and_out(name):
    doc = ast.get_docstring(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8")))
    assert doc and "In:" in doc and "Out:" in doc


def test_the_names_callers_use_are_the_packages():
    assert all(hasattr(citations, name) for name in USED)
    assert set(citations.__all__) >= set(USED)


def test_the_article_numbers_a_typed_reference_ends_with():
    m = trailing_run("公司法 第3条至第5条 ")
    assert m is not None and m.group().strip() == "第3条至第5条"
    assert [a.article for a in parse_articles(m.group().strip())] == ["第三条", "第四条", "第五条"]
    assert trailing_run("公司法") is None
    assert trailing_run("第十条的规定") is None  # the numbers must end it


def test_the_number_of_an_article_label():
    assert article_number("第一百零二条") == 102
    assert article_number("第二十条之一") == 20
    assert article_number("附则") is None
    cited = parse_articles("第十条第二款第（三）项")
    assert [(c.article, c.paragraph, c.item) for c in cited] == [("第十条", 2, 3)]


#: The longest function the package holds: a reading in steps, each a function one can read whole.
LONGEST = 120


@pytest.mark.parametrize("name", ORDER)
def test_no_function_of_a_module_is_longer_than_one_can_read_whole(name):
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    long = {node.name: node.end_lineno - node.lineno + 1 for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > LONGEST}
    assert not long
