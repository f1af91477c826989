"""Dates: the forms Chinese sources print become ISO dates at ingest (or the record
is reported); queries take days, months, years, ranges, open ends and comparisons,
partial dates standing for their whole period; undated articles sort last."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import lawnews
from lawnews.exporters import bulk_docs
from lawnews.index.ingest.dates import iso_date, parse_date, period
from support import DATA


def ids(res):
    return {h.article_id for h in res.hits}


def data_dates() -> dict[str, str]:
    """Article id → date of tests/data/articles.jsonl."""
    with open(DATA / "articles.jsonl", encoding="utf-8") as fh:
        return {obj["id"]: obj["date"] for obj in map(json.loads, fh)}


def dated(keep) -> set[str]:
    """The ids of the test data whose date satisfies ``keep``."""
    return {aid for aid, d in data_dates().items() if keep(date.fromisoformat(d))}


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------- ingest forms

@pytest.mark.parametrize("written", [
    "2024-05-03", "2024-5-3", "2024年5月3日", "2024年05月03日", "2024年5月3号", "2024.5.3", "2024/05/03",
    "20240503", "二〇二四年五月三日", "２０２４年５月３日", "2024 年 5 月 3 日", "2024-05-03T08:30:00+08:00",
])
def test_the_date_forms_chinese_sources_print_become_iso_dates(written):
    assert iso_date(written) == "2024-05-03"


def test_chinese_numeral_months_and_days_above_ten():
    assert iso_date("二〇二三年十二月三十一日") == "2023-12-31"
    assert iso_date("二〇二四年十月二十日") == "2024-10-20"


@pytest.mark.parametrize("written, problem", [
    ("五月", "unrecognised date '五月'"),
    ("2024-13-45", "no such date '2024-13-45'"),
    ("2023-02-29", "no such date '2023-02-29'"),
    ("2024年5月", "incomplete date '2024年5月'"),
    ("2024", "incomplete date '2024'"),
])
def test_what_is_not_a_full_date_is_an_error_saying_what_to_write(written, problem):
    with pytest.raises(ValueError) as e:
        iso_date(written)
    assert problem in str(e.value) and "YYYY-MM-DD" in str(e.value)


def test_partial_dates_cover_their_whole_period():
    assert parse_date("2024年5月") == (2024, 5, None)
    assert period("2024-02") == ("2024-02-01", "2024-02-29")
    assert period("2024") == ("2024-01-01", "2024-12-31")
    assert period("2024.5.3") == ("2024-05-03", "2024-05-03")


# --------------------------------------------------------------- ingest of JSONL

@pytest.fixture(scope="module")
def chinese_dates(tmp_path_factory) -> Path:
    """An index of four articles: dates in Chinese forms, and one undated."""
    tmp = tmp_path_factory.mktemp("chinese-dates")
    src = jsonl(tmp / "dates.jsonl", [
        {"id": "d1", "title": "执行一", "text": "法院执行工作。", "date": "2024年5月3日"},
        {"id": "d2", "title": "执行二", "text": "法院执行工作。", "date": "2024-06-20"},
        {"id": "d3", "title": "执行三", "text": "法院执行工作。"},
        {"id": "d4", "title": "执行四", "text": "法院执行工作。", "date": "二〇二四年三月十二日"},
        {"id": "d5", "title": "执行五", "text": "法院执行工作。", "date": "2024.1.9"},
    ])
    lawnews.build_index([src], tmp / "ix", rebuild=True)
    return tmp / "ix"


def test_a_jsonl_date_in_a_chinese_form_is_stored_as_an_iso_date(chinese_dates):
    with lawnews.NewsIndex.open(chinese_dates) as ix:
        assert ix.article("d1").date == "2024-05-03"
        assert ix.article("d4").date == "2024-03-12"
        assert ids(ix.search("date:[2024-05-01 TO 2024-05-31]")) == {"d1"}
        assert ids(ix.search("执行", year="2024", limit=50)) == {"d1", "d2", "d4", "d5"}
        _action, doc = list(bulk_docs(ix.article("d1")))[0]
        assert doc["date"] == "2024-05-03"


def test_undated_articles_come_last_in_both_date_orders(chinese_dates):
    with lawnews.NewsIndex.open(chinese_dates) as ix:
        newest = [h.article_id for h in ix.search("执行", sort="date", limit=50).hits]
        oldest = [h.article_id for h in ix.search("执行", sort="date-asc", limit=50).hits]
    assert newest == ["d2", "d1", "d4", "d5", "d3"]
    assert oldest == ["d5", "d4", "d1", "d2", "d3"]


def test_a_jsonl_line_whose_date_cannot_be_read_is_skipped_with_its_reason(tmp_path):
    src = jsonl(tmp_path / "dates.jsonl", [
        {"id": "ok", "title": "执行", "text": "法院执行工作。", "date": "2024-05-03"},
        {"id": "words", "title": "执行", "text": "法院执行工作。", "date": "五月"},
        {"id": "month", "title": "执行", "text": "法院执行工作。", "date": "2024年5月"},
    ])
    report = lawnews.build_index([src], tmp_path / "ix", rebuild=True)
    reasons = [s.reason for s in report.skipped]
    assert "line 2: unrecognised date '五月' (write YYYY-MM-DD)" in reasons
    assert any(r.startswith("line 3: incomplete date '2024年5月'") for r in reasons)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ids(ix.search("执行", limit=50)) == {"ok"}


# --------------------------------------------------------------- queries

def test_a_single_day_month_or_year(data_index):
    assert ids(data_index.search("date:2024-03-03", limit=50)) == dated(lambda d: d == date(2024, 3, 3))
    assert ids(data_index.search("date:2024-07", limit=50)) == dated(lambda d: (d.year, d.month) == (2024, 7))
    assert ids(data_index.search("date:2023", limit=50)) == dated(lambda d: d.year == 2023)
    assert ids(data_index.search("date:2024年7月", limit=50)) == ids(data_index.search("date:2024-07", limit=50))


def test_a_day_with_words_and_operators(data_index):
    assert ids(data_index.search("执行 date:2024-03-03", limit=50)) == {"t14"}
    assert ids(data_index.search("(date:2023-09-01 OR date:2023-03-15) 法院", limit=50)) == {"t05", "t06"}
    assert "t14" not in ids(data_index.search("执行 -date:2024-03", limit=50))


@pytest.mark.parametrize("query, keep", [
    ("date:[2024-11-01 TO *]", lambda d: d >= date(2024, 11, 1)),
    ("date:[* TO 2023-09-01]", lambda d: d <= date(2023, 9, 1)),
    ("date:{2024-11-10 TO *}", lambda d: d > date(2024, 11, 10)),
    ("date:>2024-11-10", lambda d: d > date(2024, 11, 10)),
    ("date:>=2024-11-10", lambda d: d >= date(2024, 11, 10)),
    ("date:<2023-09-01", lambda d: d < date(2023, 9, 1)),
    ("date:<=2023-09-01", lambda d: d <= date(2023, 9, 1)),
])
def test_open_ranges_and_comparisons(data_index, query, keep):
    expected = dated(keep)
    assert expected  # the data has such articles
    assert ids(data_index.search(query, limit=50)) == expected


@pytest.mark.parametrize("query, keep", [
    ("date:[2024-01 TO 2024-06]", lambda d: date(2024, 1, 1) <= d <= date(2024, 6, 30)),
    ("date:{2024-01 TO 2024-06}", lambda d: date(2024, 2, 1) <= d <= date(2024, 5, 31)),
    ("date:[2023 TO 2023]", lambda d: d.year == 2023),
    ("date:>2024-10", lambda d: d >= date(2024, 11, 1)),
    ("date:>=2024-10", lambda d: d >= date(2024, 10, 1)),
    ("date:<2024", lambda d: d.year < 2024),
    ("date:<=2024-01", lambda d: d <= date(2024, 1, 31)),
])
def test_partial_dates_stand_for_their_whole_period(data_index, query, keep):
    expected = dated(keep)
    assert expected
    assert ids(data_index.search(query, limit=50)) == expected


def test_a_month_range_includes_the_last_month_whole(data_index):
    assert "t08" in ids(data_index.search("date:[2024-01 TO 2024-06]", limit=50))  # 2024-06-18


@pytest.mark.parametrize("query, position", [
    ("date:2024-13-45", 5), ("date:abc", 5), ("执行 date:2024-02-30", 8),
    ("date:[2024-01-01 TO 2024-13]", 20), ("date:>五月", 6), ("date:[2024-06 TO 2024-01]", 5), ("执行 date:", 3),
])
def test_an_invalid_date_is_a_syntax_error_naming_its_position(data_index, query, position):
    with pytest.raises(lawnews.QuerySyntaxError) as e:
        data_index.search(query)
    assert e.value.position == position and f"position {position}" in str(e.value)
    data_index.search(query, lenient=True)  # leniently the bad date is dropped


def test_did_you_mean_never_corrects_a_date(data_index):
    res = data_index.search("date:[2024-03-12 TO 2024-03-20]")
    assert res.total == 0 and res.suggestion is None
    assert data_index.search("交叉执形 date:2024").suggestion == "交叉执行 date:2024"


@pytest.mark.parametrize("text, expected", [
    ("２０２３－０１－０１", "2023-01-01"),
    ("２０２３／１／５", "2023-01-05"),
    ("２０２３．１．５", "2023-01-05"),
    ("２０２３－０１－０１　１０：２０", "2023-01-01"),
    ("２０２３－０１－０１Ｔ２０：００：００Ｚ", "2023-01-02"),
])
def test_full_width_separators_mean_their_ascii_forms(text: str, expected: str) -> None:
    assert iso_date(text) == expected


def test_a_jsonl_record_with_a_full_width_date_is_read(tmp_path) -> None:
    from lawnews import parse
    page = tmp_path / "news.jsonl"
    page.write_text('{"id": "a1", "title": "某县法院开展集中执行", "text": "某县法院开展集中执行行动。",'
                    ' "date": "２０２３－０１－０１"}\n', encoding="utf-8")
    [article] = parse([page])
    assert article.date == "2023-01-01"
