"""First reports: the earliest dated matching article of each value (lawnews/landscape.py),
checked against a brute-force scan of every parsed article; the ``first`` command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

import dated_corpus as D


def scan(articles, by, *, mechanism=None, story_of=None):
    """value → (earliest date, the articles of that date, dated units with the value)."""
    first: dict[str, str] = {}
    ids: dict[str, set[str]] = {}
    units: dict[str, set[str]] = {}
    for a in articles:
        if not a.date or mechanism and mechanism not in a.tags.mechanisms:
            continue
        for v in D.values(a, by):
            if by == "mechanism" and mechanism and v != mechanism:
                continue  # a filter on the facet counted by keeps its selected values alone
            units.setdefault(v, set()).add(story_of[a.id] if story_of else a.id)
            if v not in first or a.date < first[v]:
                first[v], ids[v] = a.date, {a.id}
            elif a.date == first[v]:
                ids[v].add(a.id)
    return {v: (first[v], ids[v], len(units[v])) for v in first}


@pytest.mark.parametrize("by", ["province", "city", "court", "mechanism", "source", "court_level"])
@pytest.mark.parametrize("mechanism", [None, "执转破", "诉源治理"])
@pytest.mark.parametrize("copies", [False, True])
def test_first_dates_are_those_of_a_scan_of_every_article(dated, tmp_path_factory, by, mechanism, copies):
    articles = D.parsed(tmp_path_factory)
    found = scan(articles, by, mechanism=mechanism, story_of=D.stories_of(dated, copies))
    adoption = dated.first(by=by, mechanism=mechanism, copies=copies)
    assert {r.value: r.date for r in adoption.rows} == {v: day for v, (day, _ids, _n) in found.items()}
    assert {r.value: r.count for r in adoption.rows} == {v: n for v, (_d, _ids, n) in found.items()}
    assert all(r.id in found[r.value][1] for r in adoption.rows)
    assert [(r.date, r.value) for r in adoption.rows] == sorted((r.date, r.value) for r in adoption.rows)


def test_a_report_names_its_article(dated):
    row = dated.first(by="court", mechanism="执转破").rows[0]
    article = dated.article(row.id)
    assert (row.title, row.source, row.date) == (article.title, article.source, article.date)
    assert row.value in article.tags.courts and "执转破" in article.tags.mechanisms


def test_the_mechanism_is_resolved_and_a_filter(dated):
    a = dated.first("", by="province", mechanism="执行转破产")
    assert a.mechanism == "执转破" and a.filters["mechanism"] == ("执转破",)
    assert a.rows == dated.first(by="province", mechanism="执转破").rows


def test_values_with_undated_matches_only_are_listed_apart(tmp_path):
    D.write(tmp_path / "a.jsonl", [
        {"id": "a", "title": "荆州中院交叉执行", "text": "荆州市中级人民法院推进交叉执行工作，将长期未结的执行案件指定异地法院交叉办理。", "date": "2024-02-01"},
        {"id": "b", "title": "杭州中院交叉执行", "text": "杭州市中级人民法院推进交叉执行工作，将长期未结的执行案件指定异地法院交叉办理。"},
    ])
    lawnews.build_index([tmp_path / "a.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        a = ix.first("交叉执行", by="province")
        assert [(r.value, r.date, r.id) for r in a.rows] == [("湖北省", "2024-02-01", "a")]
        assert a.undated_values == ("浙江省",)


def test_a_query_without_hits_gives_no_rows(dated):
    a = dated.first("量子纠缠", by="court")
    assert a.rows == () and a.undated_values == ()


def test_filters_narrow_the_matches(dated, tmp_path_factory):
    adoption = dated.first(by="city", province="湖南", year="2023")
    articles = [a for a in D.parsed(tmp_path_factory) if "湖南省" in a.tags.provinces and (a.date or "")[:4] == "2023"]
    found = scan(articles, "city", story_of=D.stories_of(dated, False))
    assert {r.value: r.date for r in adoption.rows} == {v: d for v, (d, _i, _n) in found.items()}


@pytest.mark.parametrize("bad, error", [
    ({"by": "year"}, lawnews.InvalidArgumentError),
    ({"mechanism": "不存在机制"}, lawnews.UnknownFacetError),
    ({"mechanism": {"执转破": 1}}, lawnews.ArgumentTypeError),
])
def test_bad_arguments_raise(dated, bad, error):
    with pytest.raises(error):
        dated.first(**bad)


def test_to_dict_rows(dated):
    data = json.loads(json.dumps(dated.first(by="province").to_dict(), ensure_ascii=False))
    assert set(data["rows"][0]) == {"value", "date", "article_id", "id", "title", "source", "source_printed", "count", "same_day"}


# -- the command line -------------------------------------------------------------

def test_cli_first_prints_the_adoption_table_by_date(dated_dir):
    r = CliRunner().invoke(cli, ["first", "--by", "province", "--mechanism", "执转破", "--index-dir", str(dated_dir)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["province", "first", "date", "title", "source", "article_id", "count"] or \
        lines[0].split()[:3] == ["province", "first_date", "title"]
    rows = lawnews.first(index_dir=dated_dir, by="province", mechanism="执转破").rows
    body = [line for line in lines[1:] if line[:1] not in ("", " ")][:len(rows)]
    assert [line.split()[0] for line in body] == [r.value for r in rows]
    assert all(r.date in line and r.id in line for r, line in zip(rows, body))


def test_cli_first_json(dated_dir):
    r = CliRunner().invoke(cli, ["first", "执行", "--by", "court", "--json", "--index-dir", str(dated_dir)])
    assert r.exit_code == 0
    assert json.loads(r.output) == lawnews.first("执行", index_dir=dated_dir, by="court").to_dict()


def test_cli_first_errors(dated_dir):
    r = CliRunner().invoke(cli, ["first", "--by", "year", "--index-dir", str(dated_dir)])
    assert r.exit_code == 2 and "Invalid value for '--by'" in r.output
