"""The package's shortcuts (``lawnews.search``, ``trends``, ``first``, ``profile``) take the
options of the NewsIndex methods they call, with the same defaults and type hints, plus
``index_dir=`` and ``progress=``: a type checker or an editor reads them alike."""

from __future__ import annotations

import inspect
import typing

import pytest

import lawnews
from lawnews import NewsIndex

SHORTCUTS = ["search", "trends", "first", "profile"]
OWN = {"index_dir", "progress"}


def _names():
    """The module's names, with those it imports for type checking only."""
    from lawnews import landscape
    from lawnews.index.store.build import IngestReport, Progress

    return {**vars(lawnews.api), "Progress": Progress, "IngestReport": IngestReport,
            "Trends": landscape.Trends, "Adoption": landscape.Adoption, "Profile": landscape.Profile}


def _parameters(fn):
    hints = typing.get_type_hints(fn, globalns=_names())
    return {name: (p.kind, p.default, hints.get(name)) for name, p in inspect.signature(fn).parameters.items()
            if name not in OWN and name != "self"}


@pytest.mark.parametrize("name", SHORTCUTS)
def test_a_shortcut_takes_the_options_of_its_method_with_the_same_hints(name):
    method = _parameters(getattr(NewsIndex, name))
    shortcut = _parameters(getattr(lawnews, name))
    assert shortcut == method


@pytest.mark.parametrize("name", SHORTCUTS)
def test_a_shortcut_takes_index_dir_and_progress_by_keyword(name):
    params = inspect.signature(getattr(lawnews, name)).parameters
    assert params["index_dir"].kind is inspect.Parameter.KEYWORD_ONLY and params["index_dir"].default is None
    assert params["progress"].kind is inspect.Parameter.KEYWORD_ONLY and params["progress"].default is None


def test_the_year_filter_takes_an_int_in_the_shortcut_as_in_the_method():
    hint = typing.get_type_hints(lawnews.search, globalns=_names())["filters"]
    assert int in typing.get_args(hint)
