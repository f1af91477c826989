"""NewsIndex.stats counts the index's statute citations once, and reads which citation
rules read them once, though it reports both in its statute part and in the line saying
its citations are outdated."""

from __future__ import annotations

import lawnews
from lawnews import news_index
from lawnews.index.store import statutes as store

NEWS = {"id": "n1", "title": "拒执罪判决", "text": "法院依照《中华人民共和国刑法》第三百一十三条判决被告人犯拒不执行判决罪。"}


def test_stats_counts_the_citations_and_reads_the_rules_once(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([NEWS])
    monkeypatch.setattr(news_index, "RULES_VERSION", "0-older")  # the index's citations read by other rules
    counts = {"count": 0, "rules": 0}
    real_count, real_rules = store.CitationStore.count, lawnews.NewsIndex.citation_rules

    def count(self):
        counts["count"] += 1
        return real_count(self)

    def rules(self):
        counts["rules"] += 1
        return real_rules(self)

    monkeypatch.setattr(store.CitationStore, "count", count)
    monkeypatch.setattr(lawnews.NewsIndex, "citation_rules", rules)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        stats = ix.stats()
    assert stats["statutes"]["citations"] == 1
    assert stats["citations_outdated"] and "lawnews index --reread" in stats["citations_outdated"]
    assert counts == {"count": 1, "rules": 1}
