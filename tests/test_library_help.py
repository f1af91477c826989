"""help() on the library tells a developer what each public call does: every public
method of NewsIndex and every function the package exports has a docstring."""

from __future__ import annotations

import inspect

import pytest

import lawnews

METHODS = [name for name, _ in inspect.getmembers(lawnews.NewsIndex) if not name.startswith("_")]
FUNCTIONS = [name for name in lawnews.__all__ if inspect.isfunction(getattr(lawnews, name))]


@pytest.mark.parametrize("name", METHODS)
def test_each_public_method_of_an_index_says_what_it_does(name):
    assert (inspect.getdoc(getattr(lawnews.NewsIndex, name)) or "").strip(), f"NewsIndex.{name} has no docstring"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_each_function_of_the_package_says_what_it_does(name):
    assert (inspect.getdoc(getattr(lawnews, name)) or "").strip(), f"lawnews.{name} has no docstring"


@pytest.mark.parametrize("name", ["trends", "first", "profile"])
def test_the_package_shortcuts_name_the_options_they_pass_on(name):
    doc = inspect.getdoc(getattr(lawnews, name))
    assert "start=" in doc and "end=" in doc and "copies=" in doc


def test_export_says_what_its_count_counts():
    doc = inspect.getdoc(lawnews.export)
    assert "articles for ``jsonl``" in doc and "section" in doc
