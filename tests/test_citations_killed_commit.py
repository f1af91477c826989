"""An update killed around its Whoosh commit: the citation store and the Whoosh index stay
one state. The citations are written aside before the Whoosh commit and taken in after it;
what a killed process left aside is taken in (the commit went through) or thrown away (it
did not) by the next reader or writer, so that show, cited-by and cites: describe the texts
the index holds, and the next ``lawnews index`` finishes the update.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from killed_commit import KilledCommitCases
from lawnews.index.store.statutes import citations as citation_store
from support import news_with_statutes, run_cli, write_jsonl

CRIM = "中华人民共和国刑法"
STATUTES = [
    {"id": "C1#第三百一十三条", "title": f"{CRIM} 第三百一十三条", "law": CRIM, "date": None,
     "text": "第三百一十三条文：有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。"},
    {"id": "C1#第三百一十四条", "title": f"{CRIM} 第三百一十四条", "law": CRIM, "date": None,
     "text": "第三百一十四条文：隐藏、转移已被查封的财产，情节严重的，处三年以下有期徒刑。"},
]
OLD = {"id": "n1", "title": "拒执罪宣判", "date": "2024-03-01", "source": "人民法院报",
       "text": "青石县法院依照《刑法》第三百一十三条，以拒不执行判决罪判处被告人有期徒刑一年。"}
NEW = {**OLD, "text": "白河市法院依照《刑法》第三百一十四条，对转移查封财产的被告人判处拘役。"}


@pytest.fixture()
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    news = news_with_statutes(tmp_path, STATUTES, [OLD])
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    write_jsonl(tmp_path / "news.jsonl", [NEW])  # the file changed: the update replaces n1
    return news


class TestCitationStore(KilledCommitCases):
    store_file = "citations.sqlite"
    store_class = citation_store.CitationStore
    OLD_STATE = {"text": OLD["text"], "shown": ["《刑法》第三百一十三条"], "313": ["n1"], "314": [], "cites 314": 0}
    NEW_STATE = {"text": NEW["text"], "shown": ["《刑法》第三百一十四条"], "313": [], "314": ["n1"], "cites 314": 1}

    def source(self, index_dir: Path) -> Path:
        return index_dir.parent / "news.jsonl"

    def state(self, index_dir: Path) -> dict[str, object]:
        """What a reader is told of n1 and of the two articles it may cite."""
        with lawnews.NewsIndex.open(index_dir) as ix:
            page = ix.show("n1")
            return {"text": page.article.text,
                    "shown": [c.text for c in page.citations],
                    "313": [h.article_id for h in ix.cited_by("刑法第313条").results.hits],
                    "314": [h.article_id for h in ix.cited_by("刑法第314条").results.hits],
                    "cites 314": ix.search("cites:刑法第314条").total}

    def update(self, index_dir: Path) -> None:
        run_cli("index", str(self.source(index_dir)), "--index-dir", str(index_dir))

    def test_killed_before_the_whoosh_commit_cited_by_names_no_article_for_the_new_citation(self, index_dir):
        self.killed(index_dir, "before")
        result = run_cli("cited-by", "刑法第314条", "--index-dir", str(index_dir))
        assert "no article in this index cites" in result.output
