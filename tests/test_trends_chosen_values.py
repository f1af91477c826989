"""Trends by a facet the filters choose values of (two provinces compared): each chosen value
is a row, 0 in every period where none of its stories matched, instead of missing as if it
had not been asked for."""

from __future__ import annotations

from click.testing import CliRunner

from lawnews.cli import cli


def _zero_range(dated):
    """A month where 湖南省 has 执转破 stories and 湖北省 none."""
    for year in ("2022", "2023", "2024"):
        for q in ("01", "04", "07", "10"):
            counts = [dated.trends("执转破", by="province", every="month", province=one,
                                   start=f"{year}-{q}", end=f"{year}-{q}").total for one in ("湖南", "湖北")]
            if counts[0] and not counts[1]:
                return f"{year}-{q}"
    raise AssertionError("no month with stories of 湖南省 alone")


def test_a_chosen_value_without_stories_in_the_range_is_a_row_of_zeros(dated):
    month = _zero_range(dated)
    asked = dict(by="province", every="month", province=["湖南", "湖北"], start=month, end=month)
    t = dated.trends("执转破", **asked)
    hunan = dated.trends("执转破", **{**asked, "province": ["湖南"]}).series[0]
    assert [s.value for s in t.series] == ["湖南省", "湖北省"]
    assert t.series[0] == hunan
    assert t.series[1].counts == (0,) * len(t.periods) and (t.series[1].total, t.series[1].undated) == (0, 0)
    assert t.values == 2 and t.total == hunan.total


def test_values_not_chosen_are_listed_as_before(dated):
    t = dated.trends("执转破", by="province", every="year")
    assert all(s.total for s in t.series)
    court = dated.trends("执转破", by="court", every="year", province=["湖南", "湖北"])
    assert all(s.total for s in court.series)  # the filter chose provinces, not courts


def test_the_command_line_shows_the_row_and_the_csv_its_column(dated, dated_dir):
    month = _zero_range(dated)
    args = ["trends", "执转破", "--by", "province", "--every", "month", "--province", "湖南", "--province", "湖北",
            "--from", month, "--to", month, "--index-dir", str(dated_dir)]
    text = CliRunner().invoke(cli, args)
    assert text.exit_code == 0, text.output
    assert any(line.split()[0] == "湖北省" and set(line.split()[1:]) == {"0"} for line in text.output.splitlines())
    table = CliRunner().invoke(cli, [*args, "--csv"])
    assert table.output.splitlines()[0] == "period,湖南省,湖北省,all"
    assert table.output.splitlines()[-1].split(",")[2] == "0"
