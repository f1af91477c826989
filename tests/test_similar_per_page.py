"""``lawnews similar`` pages as ``search`` and ``cited-by`` do: ``-n``, ``--limit`` and
``--per-page`` are one option."""

from __future__ import annotations

import json

from support import run_cli


def test_similar_takes_per_page_as_search_does(tmp_path):
    records = tmp_path / "news.jsonl"
    texts = ["荆州法院推进交叉执行，执结一批积案。", "常德法院推进交叉执行，兑现胜诉权益。",
             "长沙法院推进交叉执行，执结案件百件。", "岳阳法院推进交叉执行，化解执行积案。"]
    records.write_text("".join(json.dumps({"id": f"s{n}", "title": "交叉执行", "text": t}, ensure_ascii=False) + "\n"
                               for n, t in enumerate(texts)), encoding="utf-8")
    ix = str(tmp_path / "ix")
    run_cli("index", str(records), "--index-dir", ix, "-q")
    by_n = json.loads(run_cli("similar", "s0", "-n", "2", "--page", "2", "--json", "--index-dir", ix).stdout)
    by_per_page = json.loads(run_cli("similar", "s0", "--per-page", "2", "--page", "2", "--json",
                                     "--index-dir", ix).stdout)
    assert [h["article_id"] for h in by_per_page["hits"]] == [h["article_id"] for h in by_n["hits"]]
    assert len(by_n["hits"]) == 1 and by_n["total"] == 3
