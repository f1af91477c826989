"""``stats`` counts every article the index holds, its facet values included: its
``articles`` line counted every copy while its facet values counted stories (a repost
once), so a province's figure there was that of ``facets`` without ``--all-copies``
and not the number of articles an export holds with it."""

from __future__ import annotations

import json

from support import run_cli
from test_reposts import corpus, make


def test_stats_facet_values_count_every_copy(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        every_copy = ix.facets(all_copies=True)["facets"]
        stories = ix.facets()["facets"]
        assert (every_copy["year"], stories["year"]) == ({"2024": 4}, {"2024": 2})  # a story reposted: 3 or 1
        stats = ix.stats()
    assert stats["articles"] == 4
    assert stats["facets"] == every_copy
    out = json.loads(run_cli("stats", "--json", "--index-dir", str(tmp_path / "ix")).output)
    assert out["facets"]["year"] == {"2024": 4}
