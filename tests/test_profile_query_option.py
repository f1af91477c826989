"""``lawnews profile --query``: a profile within the stories a query matches, as the
library's ``profile(query=…)`` and as trends and first take their query."""

from __future__ import annotations

import json

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli


def _run(dated_dir, *args):
    return CliRunner().invoke(cli, ["profile", *args, "--index-dir", str(dated_dir)])


def test_help_names_the_query_option():
    r = CliRunner().invoke(cli, ["profile", "--help"])
    assert r.exit_code == 0 and "--query QUERY" in r.output


def test_json_echoes_the_query_and_counts_what_the_library_counts(dated_dir):
    r = _run(dated_dir, "province:湖南", "--query", "执转破", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    expected = lawnews.profile("province:湖南", index_dir=dated_dir, query="执转破")
    assert data == expected.to_dict()
    assert data["query"] == "执转破" and data["trend"]["query"] == "执转破"
    everything = lawnews.profile("province:湖南", index_dir=dated_dir)
    assert 0 < data["total"] < everything.total
    # the stories the search of the query within the subject lists
    with lawnews.NewsIndex.open(dated_dir) as ix:
        assert data["total"] == ix.facets("执转破", province="湖南")["total"]


def test_text_heading_names_the_query_and_filters(dated_dir):
    r = _run(dated_dir, "province:湖南", "--query", "执转破", "--court", "长沙中院")
    assert r.exit_code == 0, r.output
    p = lawnews.profile("province:湖南", index_dir=dated_dir, query="执转破", court="长沙中院")
    assert r.output.splitlines()[0] == (f"province 湖南省 · among the stories matching '执转破' where court is"
                                        f" 长沙市中级人民法院 · {p.total} stories")


def test_a_query_nothing_of_the_subject_matches_says_so(dated_dir):
    r = _run(dated_dir, "court:荆州中院", "--query", "执转破", "--mechanism", "诉源治理", "--strict",
             "--from", "2030", "--to", "2030")
    assert r.exit_code == 0, r.output
    assert ("no story of court 荆州市中级人民法院 is among the stories matching '执转破' where mechanism is 诉源治理"
            in r.output)


def test_csv_counts_the_query_within_the_subject(dated_dir):
    r = _run(dated_dir, "province:湖南", "--query", "执转破", "--every", "year", "--csv")
    assert r.exit_code == 0, r.output
    p = lawnews.profile("province:湖南", index_dir=dated_dir, query="执转破", every="year")
    assert r.output.splitlines()[-1] == f"total,{p.total},{p.total}"


def test_the_query_is_read_as_trends_reads_it(dated_dir):
    r = _run(dated_dir, "province:湖南", "--query", "执转破 AND (", "--json")
    assert r.exit_code == 1 and "unclosed '('" in r.output
    r = _run(dated_dir, "province:湖南", "--query", "执转破 AND (", "--lenient", "--json")
    assert r.exit_code == 0, r.output
