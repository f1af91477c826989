"""Trends, first reports and profiles as a policy office reads them: region levels,
the edges of periods and ranges, ties, undated articles, and what the command line
says and writes (lawnews/landscape.py, lawnews/divisions.py, lawnews/output.py).
Texts are made up for the tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from support import memory_index

FILLER = "该院干警认真学习相关规定，扎实做好各项工作，群众满意度持续提升。"


def built(tmp_path, records: list[dict]) -> str:
    """An index of ``records`` in ``tmp_path``, for the command line."""
    import json

    import lawnews

    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    lawnews.build_index([source], tmp_path / "index", rebuild=True)
    return str(tmp_path / "index")


def run(index: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--index-dir", index])
    assert result.exit_code == 0, result.output
    return result.output


def record(id: str, text: str, date: str | None = None, **extra: str) -> dict:
    out = {"id": id, "title": text[:12], "text": text + FILLER + id, **extra}
    if date:
        out["date"] = date
    return out


# -- region levels ----------------------------------------------------------------

TWO_PROVINCES = [
    record("n1", "南京市秦淮区人民法院与银川市兴庆区人民法院开展交叉执行协作。", "2024-03-01"),
    record("n2", "银川市兴庆区人民法院推进交叉执行。", "2024-02-01"),
    record("n3", "苏州市中级人民法院推进交叉执行。", "2024-05-01"),
]


def test_counting_by_city_within_a_province_lists_that_provinces_cities_alone():
    with memory_index(TWO_PROVINCES) as ix:
        t = ix.trends(by="city", province="江苏", every="year")
        assert {s.value for s in t.series} == {"南京市", "苏州市"}  # not 银川市, named beside 南京 in n1
        assert t.total == 2
        a = ix.first(by="county", city="南京")
        assert [r.value for r in a.rows] == ["秦淮区"]
        a = ix.first(by="court", province="江苏")
        assert {r.value for r in a.rows} == {"南京市秦淮区人民法院", "苏州市中级人民法院"}
        a = ix.first(by="province", court="兴庆区法院")  # a court counts under its own division
        assert [(r.value, r.date) for r in a.rows] == [("宁夏回族自治区", "2024-02-01")]
        # without a region filter every value is listed, and a value's count stays its facet count
        t = ix.trends(by="city", every="year")
        assert {s.value: s.total for s in t.series} == ix.facets("")["facets"]["city"]


# -- huge ranges --------------------------------------------------------------------

MISTYPED_YEAR = [
    record("y1", "荆州市中级人民法院推进交叉执行。", "2024-01-01"),
    record("y2", "荆州市中级人民法院交叉执行见效。", "0024-01-01"),  # a year mistyped in a source
]


def test_a_mistyped_date_among_the_matches_is_refused_naming_its_article_not_listed_as_24001_months(tmp_path):
    from lawnews.errors import InvalidArgumentError, message

    with memory_index(MISTYPED_YEAR) as ix:
        with pytest.raises(InvalidArgumentError) as e:
            ix.trends(every="month")
        said = str(e.value)
        assert "24,001 months" in said and "0024-01-01 (y2)" in said and "start or end" in said
        assert "--from or --to" in message(e.value)
        with pytest.raises(InvalidArgumentError):
            ix.profile("court:荆州中院", every="year")  # 2,001 years
        t = ix.trends(every="year", start="2000")  # a range asked keeps the dates wanted
        assert t.periods == tuple(str(y) for y in range(2000, 2025)) and t.total == 1


# -- first reports ------------------------------------------------------------------

SAME_DAY = [
    record("t2", "岳阳市中级人民法院开展终本案件专项清理，规范终结本次执行程序。", "2024-05-10"),
    record("t1", "长沙市中级人民法院开展终本案件专项清理，规范终结本次执行程序。", "2024-05-10"),
    record("t3", "常德市中级人民法院开展终本案件专项清理，规范终结本次执行程序。", "2024-06-01"),
]


def test_two_first_reports_on_one_day_are_said_and_the_lowest_article_id_is_shown_whatever_the_order():
    from lawnews.landscape import first_csv

    for records in (SAME_DAY, SAME_DAY[::-1]):
        with memory_index(records) as ix:
            a = ix.first(by="province", mechanism="终本")
            (row,) = a.rows
            assert (row.value, row.date, row.id, row.count, row.same_day) == ("湖南省", "2024-05-10", "t1", 3, 1)
            assert row.to_dict()["same_day"] == 1
            lines = first_csv(a).splitlines()
            assert lines[0].endswith(",count,same_day") and lines[1].endswith(",3,1")
            by_city = {r.value: r.same_day for r in ix.first(by="city", mechanism="终本").rows}
            assert by_city == {"长沙市": 0, "岳阳市": 0, "常德市": 0}


def test_the_first_report_table_says_a_tie(tmp_path):
    out = run(built(tmp_path, SAME_DAY), "first", "--mechanism", "终本")
    head, row = out.splitlines()[:2]
    assert head.rstrip().endswith("count  same day")
    assert row.split()[-2:] == ["3", "+1"]


def test_first_reports_say_how_many_matching_stories_are_undated_and_what_each_row_is_of(tmp_path):
    index = built(tmp_path, [*SAME_DAY, record("u1", "益阳市中级人民法院开展终本案件专项清理，规范终结本次执行程序。")])
    out = run(index, "first", "--mechanism", "终本", "--by", "city")
    assert "undated only: 益阳市" in out
    assert "1 of the 4 stories matching is undated: in no first report and no count" in out
    out = run(index, "first", "--mechanism", "终本", "--by", "city", "--from", "2024-05")
    assert "undated" not in out  # a range keeps dated articles alone
    assert "the first report of each city from 2024-05" in out


# -- the edges of periods ------------------------------------------------------------

YEAR_ENDS = [
    record("e1", "荆州市中级人民法院推进交叉执行工作。", "2023-12-31"),
    record("e2", "武汉市中级人民法院推进交叉执行工作。", "2024-01-01"),
    record("e3", "宜昌市中级人民法院推进交叉执行工作。", "2024-03-31"),
    record("e4", "襄阳市中级人民法院推进交叉执行工作。", "2024-04-01"),
    record("e5", "黄石市中级人民法院推进交叉执行工作。"),
]


def test_a_range_starting_or_ending_inside_a_period_says_which_periods_it_cuts(tmp_path):
    with memory_index(YEAR_ENDS) as ix:
        t = ix.trends(every="quarter", start="2023-12-15", end="2024-05")
        assert dict(zip(t.periods, t.totals)) == {"2023-Q4": 1, "2024-Q1": 2, "2024-Q2": 1}
        assert t.cut() == (("2023-Q4", "2023-12-15", "2023-12"), ("2024-Q2", "2024-04", "2024-05"))
        assert ix.trends(every="quarter", start="2023-10", end="2024-06-30").cut() == ()
        assert ix.trends(every="year").cut() == ()  # no range asked
        by_year = ix.trends(every="year")
        assert dict(zip(by_year.periods, by_year.totals)) == {"2023": 1, "2024": 3} and by_year.undated == 1
    index = built(tmp_path, YEAR_ENDS)
    out = run(index, "trends", "--every", "quarter", "--from", "2023-12-15", "--to", "2024-05")
    assert ("2023-Q4 counts from 2023-12-15, 2024-Q2 counts up to 2024-05:"
            " the dates asked hold part of the quarters") in out
    assert "part of the" not in run(index, "trends", "--every", "quarter", "--from", "2023-10")
    out = run(index, "profile", "court:荆州中院", "--every", "year", "--from", "2023-07")
    assert "2023 counts from 2023-07: the dates asked hold part of the year" in out


# -- CSV ------------------------------------------------------------------------------

def test_a_profile_is_written_as_csv_for_a_spreadsheet(tmp_path):
    import csv

    index = built(tmp_path, YEAR_ENDS)
    out = run(index, "profile", "court:荆州中院", "--every", "year", "--from", "2023", "--to", "2024", "--csv")
    assert list(csv.reader(out.splitlines())) == [
        ["period", "荆州市中级人民法院", "all"], ["2023", "1", "1"], ["2024", "0", "0"],
        ["undated", "0", "0"], ["total", "1", "1"]]
    target = tmp_path / "荆州中院.csv"
    run(index, "profile", "city:荆州", "--every", "year", "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.decode("utf-8-sig").splitlines()[0] == "period,荆州市,all"
    result = CliRunner().invoke(cli, ["profile", "city:荆州", "--json", "--csv", "--index-dir", index])
    assert result.exit_code == 2 and "not both" in result.output


# -- empty results --------------------------------------------------------------------

def test_nothing_matching_says_the_filters_as_the_index_read_them(tmp_path):
    index = built(tmp_path, YEAR_ENDS)
    out = run(index, "trends", "--court", "长沙中院", "--by", "province")
    assert out.strip() == "no matching articles where court is 长沙市中级人民法院"
    out = run(index, "first", "执转破", "--province", "湖北", "--mechanism", "交叉执行", "--strict")
    assert out.strip() == "no matching articles for '执转破' where province is 湖北省 and mechanism is 交叉执行"
    out = run(index, "first", "--court", "长沙中院", "--from", "2024")
    assert out.strip() == "no matching articles where court is 长沙市中级人民法院 from 2024"


# -- --every and --by -------------------------------------------------------------------

def test_every_and_by_are_read_whatever_their_case_and_other_words_are_refused_naming_the_choices(tmp_path):
    index = built(tmp_path, YEAR_ENDS)
    assert run(index, "trends", "--every", "Quarter", "--by", "Province").splitlines()[0].split()[:2] == \
        ["province", "2023-Q4"]
    assert run(index, "first", "--by", "CITY").splitlines()[0].startswith("city")
    assert "per year" in run(index, "profile", "province:湖北", "--every", "YEAR")
    result = CliRunner().invoke(cli, ["trends", "--every", "week", "--index-dir", index])
    assert result.exit_code == 2 and "'month', 'quarter', 'year', 'auto'" in result.output
