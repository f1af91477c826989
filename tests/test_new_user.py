"""What a new user meets in the first hour: the index's removals, JSONL fields it
cannot use, outlet names, the query language as typed, the output for machines and
the library used from a script."""

from __future__ import annotations

import json

import pytest

from lawnews.index.ingest.sources import canonical_source


@pytest.mark.parametrize("printed, kept", [
    ("常德法院网", "常德法院网"),
    ("《常德法院网》", "常德法院网"),
    ("湘潭法院官网", "湘潭法院官网"),
])
def test_a_court_website_whose_name_names_no_court_keeps_the_sites_name(printed, kept):
    assert canonical_source(printed) == kept


@pytest.mark.parametrize("printed, court", [
    ("石门县人民法院网", "石门县人民法院"),
    ("荆州市中级人民法院官网", "荆州市中级人民法院"),
    ("湖南法院网", "湖南省高级人民法院"),
])
def test_a_court_website_naming_a_court_is_still_named_after_the_court(printed, court):
    assert canonical_source(printed) == court
