"""``lawnews serve`` as a court's research office uses it for a briefing by province:
the figures it downloads (the trends CSV, the hits of a search as CSV or JSON) are the
ones the page shows; odd input in the fields and the address gets a page that says what
to do in the form's own words.

The app runs in-process under Starlette's TestClient over the index of :mod:`webapp`.
"""

from __future__ import annotations

import csv
import io

from test_web import client, ix, starlette_testclient, web_index  # noqa: F401  (the web test index, app, library handle)


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# ------------------------------------------------------------------ trends CSV

def test_the_trends_csv_ends_with_the_total_row_the_page_shows(client, ix):
    params = {"q": "执行", "by": "province", "every": "year"}
    rows = rows_of(client.get("/trends.csv", params=params).text)
    t = ix.trends("执行", by="province", every="year", top=8)  # the series a page draws
    assert rows[0] == ["period", *(s.value for s in t.series), "all"]
    assert [r[0] for r in rows[1:]] == [*t.periods, "undated", "total"]
    assert rows[-1] == ["total", *(str(s.total) for s in t.series), str(t.total)]
    for i in range(1, len(rows[0])):  # each column adds up to its total
        assert sum(int(r[i]) for r in rows[1:-1]) == int(rows[-1][i])
