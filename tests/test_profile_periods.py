"""A profile's periods fit the span of its dates by default (``every="auto"``): months
over at most three years, quarters over at most nine, else years. It counted months
whatever the span, so ten years of reports printed 120 rows, most of them 0."""

from __future__ import annotations

import pytest

from lawnews import NewsIndex
from lawnews.landscape import fitting_period
from support import run_cli

TEXT = "湖南省长沙市中级人民法院推进诉源治理，诉前调解纠纷一百件。"


def _index(path, dates):
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": f"d{i}", "title": f"诉源治理简讯{i}", "date": d, "text": TEXT}
                         for i, d in enumerate(dates)])
    return path


@pytest.mark.parametrize("dates, every, periods", [
    (["2015-03-01", "2024-11-30"], "year", 10),
    (["2018-01-05", "2024-06-30"], "quarter", 26),
    (["2023-01-05", "2024-06-30"], "month", 18),
    (["2024-06-30"], "month", 1),
])
def test_a_profile_counts_by_the_period_that_fits_its_dates(tmp_path, dates, every, periods):
    with NewsIndex.open(_index(tmp_path / "ix", dates)) as ix:
        p = ix.profile("province:湖南")
        assert (p.trend.every, len(p.trend.periods)) == (every, periods)
        assert sum(p.trend.totals) == p.total == len(dates)
        assert ix.profile("province:湖南", every="month").trend.every == "month"


def test_the_range_asked_is_the_span_that_fits(tmp_path):
    with NewsIndex.open(_index(tmp_path / "ix", ["2024-03-01"])) as ix:
        assert ix.profile("province:湖南", start="2010", end="2024").trend.every == "year"
        assert ix.trends("诉源治理", every="auto", start="2024-01", end="2024-12").every == "month"


def test_fitting_period_edges():
    assert fitting_period(None) == "year"
    assert fitting_period((0, 35)) == "month" and fitting_period((0, 36)) == "quarter"
    assert fitting_period((0, 107)) == "quarter" and fitting_period((0, 108)) == "year"


def test_the_profile_command_prints_years_over_ten_years(tmp_path):
    ix = _index(tmp_path / "ix", ["2015-03-01", "2024-11-30"])
    out = run_cli("profile", "province:湖南", "--index-dir", str(ix)).output
    assert "per year" in out and "\n  2015  " in out and "\n  2015-03  " not in out and len(out.splitlines()) < 40
    assert "per month" in run_cli("profile", "province:湖南", "--every", "month", "--index-dir", str(ix)).output


def test_an_unknown_period_is_a_usage_error_naming_the_option(tmp_path):
    r = run_cli("profile", "province:湖南", "--every", "week", "--index-dir", str(tmp_path), ok=False)
    assert r.exit_code == 2 and "--every" in r.output
