"""``show --json`` names its article ``article_id`` (and ``id``, as before), as the hits
of search, similar and profile and the rows of ``first --json`` do: ``.article_id`` read
null on it."""

from __future__ import annotations

import json

from lawnews import NewsIndex
from support import run_cli


def test_show_json_names_the_article_as_a_hit_does(tmp_path):
    path = tmp_path / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([{"id": "k1", "title": "诉源治理简讯", "date": "2024-03-05",
                          "text": "湖南省长沙市中级人民法院推进诉源治理。"}])
    hit = json.loads(run_cli("search", "诉源治理", "--json", "--index-dir", str(path)).output)["hits"][0]
    shown = json.loads(run_cli("show", hit["article_id"], "--json", "--index-dir", str(path)).output)
    assert shown["article_id"] == shown["id"] == hit["article_id"] == "k1"
    assert shown["story"] == hit["story"]
