"""``lawnews facets --top N --json`` keeps the N first values of each facet (largest
counts first, years newest first) and of each level of the region tree, as the text
output does; without --top the JSON holds every value."""

from __future__ import annotations

import json

from support import run_cli

RECORDS = [
    {"id": f"r{n}", "title": f"{court}执行", "text": f"{court}开展集中执行，执结案件{n}件。"}
    for n, court in enumerate(["长沙市芙蓉区人民法院", "长沙市岳麓区人民法院", "常德市鼎城区人民法院",
                               "荆州市沙市区人民法院", "石门县人民法院"], 1)
]


def test_top_cuts_the_json_as_it_cuts_the_text(tmp_path):
    records = tmp_path / "news.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    ix = str(tmp_path / "ix")
    run_cli("index", str(records), "--index-dir", ix, "-q")
    every = json.loads(run_cli("facets", "--json", "--index-dir", ix).stdout)
    assert len(every["facets"]["court"]) == 5 and len(every["facets"]["city"]) == 3
    cut = json.loads(run_cli("facets", "--json", "--top", "2", "--index-dir", ix).stdout)
    for name, values in every["facets"].items():
        assert list(cut["facets"][name].items()) == list(values.items())[:2], name
    assert list(cut["regions"]) == list(every["regions"])[:2]
    for province, node in cut["regions"].items():
        assert list(node["cities"].items()) == list(every["regions"][province]["cities"].items())[:2]
    assert cut["total"] == every["total"] == 5
