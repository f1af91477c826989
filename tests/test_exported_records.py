"""JSONL records as other tools export them: a date-time written with a space
(``2024-03-05 10:20:30``, the form of SQL and spreadsheet exports) and a date given as
a JSON number (``20240305``, or a Unix timestamp) give the article's date instead of
losing the record."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews.index.ingest.dates import iso_date


def _records(tmp_path, *objs):
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    skipped: list = []
    articles = list(lawnews.parse(path, skipped=skipped))
    return articles, skipped


@pytest.mark.parametrize("text, expected", [
    ("2024-03-05 10:20:30", "2024-03-05"),
    ("2024-03-05 10:20", "2024-03-05"),
    ("2024/3/5 9:05:00", "2024-03-05"),
    ("2024.03.05 10:20", "2024-03-05"),
    ("2024年3月5日 10:20", "2024-03-05"),
    ("2024年03月05日10:20:31", "2024-03-05"),
    ("2024-03-05  10:20:30.250", "2024-03-05"),
])
def test_a_date_with_its_time_after_a_space_is_that_day(text, expected):
    assert iso_date(text) == expected


@pytest.mark.parametrize("text", [
    "2024年03月05日 10时20分", "2024年3月5日10时20分31秒", "2024年3月5日 10点20分", "2024年3月5日 上午10时",
    "2024-03-05 下午3:30", "2024年3月5日 星期二 10时20分", "2024/3/5 晚上8点",
])
def test_a_time_written_the_chinese_way_after_a_date_is_that_day(text):
    assert iso_date(text) == "2024-03-05"


def test_a_record_dated_with_its_time_in_hours_and_minutes_is_read(tmp_path):
    articles, skipped = _records(
        tmp_path,
        {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": "2024年03月05日 10时20分"},
    )
    assert skipped == [] and [a.date for a in articles] == ["2024-03-05"]


def test_a_time_does_not_complete_a_partial_date():
    with pytest.raises(ValueError, match="day is missing"):
        iso_date("2024-03 10:20")


def test_a_record_dated_with_a_space_before_its_time_is_read(tmp_path):
    articles, skipped = _records(
        tmp_path,
        {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": "2024-03-05 10:20:30"},
    )
    assert skipped == []
    assert [a.date for a in articles] == ["2024-03-05"]
@pytest.mark.parametrize("value, expected", [
    (20240305, "2024-03-05"),          # the digits of YYYYMMDD
    (1709568000, "2024-03-05"),        # Unix seconds: 2024-03-05 00:00 in China
    (1709568000000, "2024-03-05"),     # Unix milliseconds
    (1709654399, "2024-03-05"),        # 23:59:59 in China, 15:59:59 UTC: still that day
    (1709568000.25, "2024-03-05"),     # Unix seconds with a fraction, as time.time() gives them
    (1709568000123.5, "2024-03-05"),   # milliseconds with a fraction
])
def test_a_date_given_as_a_number_is_read(tmp_path, value, expected):
    articles, skipped = _records(
        tmp_path, {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": value},
    )
    assert skipped == []
    assert [a.date for a in articles] == [expected]


@pytest.mark.parametrize("value", [20241345, 12345, -5, 3.5, True])
def test_a_number_that_is_no_date_is_reported_with_its_line(tmp_path, value):
    articles, skipped = _records(
        tmp_path,
        {"id": "r0", "title": "另一篇", "text": "另一篇的正文。"},
        {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": value},
    )
    assert [a.id for a in articles] == ["r0"]
    assert len(skipped) == 1 and "date" in skipped[0].reason and "line 2" in skipped[0].reason


def test_a_record_under_other_field_names_says_which_fields_it_has_and_which_are_read(tmp_path):
    articles, skipped = _records(
        tmp_path,
        {"headline": "执行工作会议", "content": "某县法院召开执行工作会议。", "publish_time": "2024-03-05"},
    )
    assert articles == []
    [whole] = skipped
    reason = whole.lines[0]
    assert "missing required field 'id'" in reason
    assert "headline, content, publish_time" in reason  # what the record holds
    assert "id, title, text" in reason  # what lawnews reads: rename the fields


def test_a_record_lacking_only_its_text_names_no_other_fields(tmp_path):
    articles, skipped = _records(tmp_path, {"id": "r1", "title": "执行工作会议"})
    assert skipped[0].lines == ("line 1: missing required field 'text'",)


@pytest.mark.parametrize("text, expected", [
    ("2024-03-04T18:00:00Z", "2024-03-05"),        # 02:00 in China the next day
    ("2024-03-04T18:00:00+00:00", "2024-03-05"),
    ("2024-03-04 18:00:00.500Z", "2024-03-05"),
    ("2024-03-05T01:00:00+08:00", "2024-03-05"),
    ("2024-03-05T01:00:00+0800", "2024-03-05"),
    ("2024-03-05T23:30:00-05:00", "2024-03-06"),
    ("2024-03-05T23:30:00", "2024-03-05"),          # no offset: the day as written
])
def test_a_moment_with_its_offset_is_dated_by_the_day_in_china(text, expected):
    assert iso_date(text) == expected


def test_a_record_stamped_in_utc_has_the_same_date_as_its_timestamp(tmp_path):
    articles, skipped = _records(
        tmp_path,
        {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": "2024-03-04T18:00:00Z"},
        {"id": "r2", "title": "执行工作会议二", "text": "某县法院召开执行工作会议。", "date": 1709575200},
    )
    assert skipped == []
    assert [a.date for a in articles] == ["2024-03-05", "2024-03-05"]


def test_a_web_page_stamped_in_utc_is_dated_by_the_day_in_china(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>某县法院开展集中执行</title>'
        '<meta property="article:published_time" content="2024-03-04T18:00:00Z"></head><body>'
        "<h1>某县法院开展集中执行</h1><p>某县人民法院组织干警开展集中执行行动，拘传被执行人多名，执结案件一批。</p>"
        "<p>该院表示，将持续保持执行高压态势，依法惩戒失信被执行人。</p></body></html>", encoding="utf-8")
    [article] = lawnews.parse(page)
    assert article.date == "2024-03-05"


def test_a_text_given_as_a_list_of_paragraphs_is_read_paragraph_by_paragraph(tmp_path):
    articles, skipped = _records(
        tmp_path,
        {"id": "r1", "title": "执行工作会议",
         "text": ["某县法院召开执行工作会议。", "## 工作成效", "会议通报了执结案件情况。"]},
    )
    assert skipped == []
    [article] = articles
    assert [(s.heading, s.text) for s in article.sections] == [
        (None, "某县法院召开执行工作会议。"), ("工作成效", "会议通报了执结案件情况。")]


@pytest.mark.parametrize("text", [["第一段。", 5], []])
def test_a_list_text_holding_no_text_or_no_strings_is_reported(tmp_path, text):
    articles, skipped = _records(tmp_path, {"id": "r1", "title": "执行工作会议", "text": text})
    assert articles == [] and "text" in skipped[0].lines[0]


def test_a_list_text_of_blank_paragraphs_under_a_title_is_a_headline_alone(tmp_path):
    articles, skipped = _records(tmp_path, {"id": "r1", "title": "执行工作会议", "text": [" ", ""]})
    assert skipped == []
    [article] = articles
    assert (article.title, article.text, article.sections) == ("执行工作会议", "", ())


@pytest.mark.parametrize("value", [20240305.5, float("nan"), 12.5])
def test_a_number_that_is_no_day_or_timestamp_is_refused_saying_what_a_number_must_be(tmp_path, value):
    articles, skipped = _records(
        tmp_path, {"id": "r1", "title": "执行工作会议", "text": "某县法院召开执行工作会议。", "date": value},
    )
    assert articles == [] and "a number must be YYYYMMDD or a Unix timestamp" in str(skipped[0].lines or skipped[0].reason)
