"""``lawnews stats`` prints its labels in one column and their values in the next,
however long a facet's name is (``court_level`` is longer than ``articles``)."""

from __future__ import annotations

import re

from lawnews.output import render_stats


def test_every_value_of_stats_starts_in_the_same_column():
    stats = {
        "index_dir": "/tmp/ix", "articles": 3, "sections": 4,
        "built_by": {"lawnews_version": "0", "schema_version": 1, "segmenter": "s", "dictionary": "d",
                     "built_at": "t"},
        "facets": {"province": {"湖南省": 2}, "court_level": {"基层": 1, "中级": 1}, "year": {}},
    }
    lines = render_stats(stats).splitlines()
    width = re.match(r"index\s+", lines[0]).end()  # where the first value starts
    for line in lines:
        assert line[width - 1] == " " and line[width] != " ", lines
        assert "  " not in line[:width].rstrip(), lines  # the label, then the padding
    assert any(line.startswith("court_level ") for line in lines)
