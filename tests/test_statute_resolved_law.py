"""show names the law whose text it prints: where the statute collection holds the title as
printed and the name table reads it as another law (a law newer than the table, one
character from an older one), or the table lacks a short title, the collection's title."""

from __future__ import annotations

import json

import lawnews
from support import run_cli, write_jsonl

NEWS = [{"id": "a", "title": "测试法案", "text": "依照《中华人民共和国测试法》第二条的规定，判决如下。", "date": "2021-05-01"},
        {"id": "b", "title": "测试法短名", "text": "依照《测试法》第二条的规定，判决如下。", "date": "2021-05-01"}]


def test_show_names_the_law_of_the_collection_whose_text_it_prints(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    law = "中华人民共和国测试法"
    statutes = [{"id": f"T#第{n}条", "title": f"{law} 第{n}条", "text": f"测试法的第{n}条。", "law": law,
                 "date": "2020-01-01"} for n in "一二"]
    lawnews.build_index([write_jsonl(tmp_path / "statutes.jsonl", statutes)], tmp_path / "statute-ix")
    lawnews.build_index([write_jsonl(tmp_path / "news.jsonl", NEWS)], tmp_path / "ix")
    for article_id in ("a", "b"):
        out = run_cli("show", article_id, "--index-dir", str(tmp_path / "ix")).output
        assert f"→ {law} (2020-01-01 version)" in out, out
        assert "测绘法 (2020" not in out and "测试法的第二条。" in out
        data = json.loads(run_cli("show", article_id, "--index-dir", str(tmp_path / "ix"), "--json").output)
        cited = data["citations"][0]
        assert cited.get("resolved_law", cited["law"]) == law  # resolved_law: where the printed law is another
