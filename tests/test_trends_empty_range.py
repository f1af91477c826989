"""``lawnews trends --from A --to B`` lists every period of the range in the table, as
its ``--csv`` and ``--json`` do, also when nothing in the range matches (0 in each)."""

from __future__ import annotations

import json

from support import run_cli


def test_a_range_with_no_match_still_prints_its_periods_with_zeros(tmp_path):
    records = tmp_path / "news.jsonl"
    records.write_text(json.dumps({"id": "d1", "title": "集中执行", "date": "2019-05-01",
                                   "text": "常德法院开展集中执行行动。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    run_cli("index", str(records), "--index-dir", ix, "-q")
    args = ("trends", "--from", "2020", "--to", "2022", "--every", "year", "--index-dir", ix)
    csv = run_cli(*args, "--csv").stdout.splitlines()
    assert csv == ["period,all", "2020,0", "2021,0", "2022,0", "undated,0", "total,0"]
    lines = run_cli(*args).stdout.splitlines()
    assert lines[0].split() == ["mechanism", "2020", "2021", "2022", "total"]
    assert lines[1].split() == ["all", "0", "0", "0", "0"]
    # without a range, nothing matched: nothing to list
    assert run_cli("trends", "拍卖", "--index-dir", ix).stdout.startswith("no matching articles for '拍卖'")
