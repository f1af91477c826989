"""``NewsIndex.facets(top=N)``: the library keeps the N first values of each facet and of
each level of the region tree, and every value a filter selects, as ``lawnews facets --top N
--json`` prints them; before, ``top`` was read as the name of a facet to filter by."""

from __future__ import annotations

import json

from click.testing import CliRunner

from lawnews.cli import cli


def test_the_library_keeps_the_top_values_of_each_facet(data_index):
    whole = data_index.facets("")
    kept = data_index.facets("", top=2)
    assert any(len(v) > 2 for v in whole["facets"].values())
    for name, values in kept["facets"].items():
        assert list(values.items()) == list(whole["facets"][name].items())[:2]
    assert len(kept["regions"]) <= 2
    assert kept["total"] == whole["total"]


def test_a_selected_value_beyond_the_top_is_kept_with_its_count(data_index):
    whole = data_index.facets("")
    last = list(whole["facets"]["province"])[-1]
    kept = data_index.facets("", top=1, province=last)
    assert last in kept["facets"]["province"]
    assert kept["facets"]["province"][last] == data_index.facets("", province=last)["facets"]["province"][last]


def test_the_command_line_prints_what_the_library_gives(data_index_dir, data_index):
    out = CliRunner().invoke(cli, ["facets", "--top", "2", "--json", "--index-dir", str(data_index_dir)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == data_index.facets("", top=2)
