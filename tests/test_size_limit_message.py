"""A page file over ``LAWNEWS_MAX_PAGE_MB`` is skipped with its size, printed with the
digits that show it is over the limit (never ``0.0 MB > 0.01 MB``)."""

from __future__ import annotations

import re

import pytest

from lawnews.index.ingest.inputs import oversize


@pytest.mark.parametrize("size, limit, shown", [
    (20_000, 0.01, "0.02"),
    (1_100, 0.001, "0.00105"),
    (3 * 2**20 + 1, 2, "3.0"),
    (int(100.04 * 2**20), 100, "100.04"),
])
def test_the_size_of_a_file_over_the_limit_is_shown_over_it(tmp_path, size, limit, shown):
    page = tmp_path / "page.txt"
    page.write_bytes(b"x" * size)
    skip = oversize(page, "page.txt", limit)
    assert skip is not None
    printed = re.match(r"file too large: ([\d.]+) MB > ([\d.]+) MB;", skip.reason)
    assert printed, skip.reason
    assert printed.group(1) == shown and float(printed.group(1)) > float(printed.group(2))


def test_a_file_within_the_limit_is_read(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"x" * 10_000)
    assert oversize(page, "page.txt", 0.01) is None
