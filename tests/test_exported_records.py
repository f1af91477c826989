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
