"""A large index is answered on numpy arrays (search/columnar.py): the same answer as
the plain path, which small indexes take.

Queries: the judged dev queries (``../shared/gold/queries-dev.json``) and hand-made
ones, over the bundled corpus, the columnar path forced by lowering its threshold.
"""

from __future__ import annotations

import json

import pytest
from support import SHARED

from lawnews.search import searcher as searcher_module
from lawnews.search.columnar import Columns

GOLD = SHARED / "gold" / "queries-dev.json"
HAND = [
    "法院如何解决执行难？", "湖南法院交叉执行", "执行 OR 破产", "执行 -湖南", '"执行到位" OR 终本',
    "执行 法院", '"人民法院"', "title:执行", "执行 AND NOT 湖南", "不存在的词语组合", "",
    "(执行 OR 审判) AND NOT 湖南", "诉源治理 OR 执源治理 OR 执转破",
]


def queries() -> list[str]:
    gold = [q["query"] for q in json.loads(GOLD.read_text(encoding="utf-8"))] if GOLD.exists() else []
    return gold + HAND


def answer(results) -> dict:
    return {
        "hits": [(h.article_id, h.section_no, h.matched_sections, h.snippet, h.highlights, h.rank)
                 for h in results.hits],
        "scores": [round(h.score, 9) for h in results.hits],
        "totals": (results.total, results.total_sections, results.relaxed, results.suggestion),
        "facets": results.facets,
    }


@pytest.fixture()
def both(corpus_index, monkeypatch):
    """``run(query, **options)`` → (plain answer, columnar answer), checking which path ran."""
    calls = []
    real = Columns.summarize
    monkeypatch.setattr(Columns, "summarize", lambda self, *a: calls.append(1) or real(self, *a))

    def run(text, **options):
        monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 10**9)
        plain = corpus_index.search(text, lenient=True, **options)
        assert not calls
        monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0)
        fast = corpus_index.search(text, lenient=True, **options)
        assert calls, "the columnar path did not run"
        calls.clear()
        return answer(plain), answer(fast)

    return run


@pytest.mark.parametrize("text", queries())
def test_same_answer_as_the_plain_path(both, text):
    plain, fast = both(text, limit=20)
    assert fast == plain


def selections(corpus_index) -> list[dict]:
    """Facet selections drawn from the corpus: one value, two values of a facet, two facets."""
    facets = corpus_index.search("执行", limit=0).facets
    top = {name: list(values) for name, values in facets.items() if values}
    assert {"province", "court", "mechanism"} <= set(top)
    return [
        {"province": top["province"][0]},
        {"province": top["province"][:2]},
        {"province": top["province"][0], "mechanism": top["mechanism"][0]},
        {"court": top["court"][:3], "mechanism": top["mechanism"][:2]},
    ]


@pytest.mark.parametrize("text", ["执行", "执行 OR 法院", "法院如何解决执行难？", '"执行到位"'])
def test_same_answer_under_facet_selections(both, corpus_index, text):
    for filters in selections(corpus_index):
        plain, fast = both(text, limit=15, **filters)
        assert fast == plain, filters
        assert fast["totals"][0] > 0 or text == '"执行到位"'


@pytest.mark.parametrize("options", [
    {"group": "section", "limit": 25},
    {"limit": 5, "offset": 5},
    {"limit": 0},
    {"sort": "date", "limit": 10},
    {"group": "section", "sort": "date-asc", "limit": 10, "offset": 3},
])
def test_same_answer_with_grouping_paging_and_sorting(both, options):
    for text in ("执行", "湖南法院交叉执行", "执行 OR 破产"):
        plain, fast = both(text, **options)
        assert fast == plain, (text, options)


def test_deleted_sections_are_left_out(tmp_path, monkeypatch):
    import lawnews
    from support import DATA

    lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        ix.remove(article_id="t01")
        answers = []
        for threshold in (10**9, 0):
            monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", threshold)
            answers.append(answer(ix.search("交叉执行 OR 法院 OR 执行", limit=50)))
        assert answers[0] == answers[1]
        assert answers[0]["hits"] and "t01" not in {h[0] for h in answers[0]["hits"]}


def test_a_selection_filters_without_changing_scores(corpus_index):
    """Ranking within a facet selection is the query's own ranking: the selection
    only removes sections (it used to add its terms' scores to Whoosh's ranking)."""
    for text in ("执行 法院", "执行 OR 法院", "title:执行"):
        everything = corpus_index.search(text, group="section", limit=1000)
        province = everything.facets["province"] and next(iter(everything.facets["province"]))
        chosen = corpus_index.search(text, group="section", limit=1000, province=province)
        assert chosen.hits
        kept = [(h.article_id, h.section_no, round(h.score, 9)) for h in everything.hits if province in h.provinces]
        assert [(h.article_id, h.section_no, round(h.score, 9)) for h in chosen.hits] == kept



@pytest.fixture(scope="module")
def dated_index(tmp_path_factory):
    import lawnews
    from support import DATA

    where = tmp_path_factory.mktemp("dated") / "ix"
    lawnews.build_index([DATA / "articles.jsonl"], where, rebuild=True)
    with lawnews.NewsIndex.open(where) as ix:
        yield ix


DATED = [
    ("执行", {"start": "2024-03", "end": "2024-10"}),
    ("执行 OR 法院", {"start": "2024"}),
    ("法院", {"end": "2023-12-12"}),
    ("执行 date:[2023-06 TO 2024-06]", {}),
    ("执行 date:>=2024-07-01", {}),
    ("date:{2023-09-01 TO 2024-12-20}", {}),
]


@pytest.mark.parametrize("text, options", DATED)
def test_date_ranges_give_the_same_answer(dated_index, monkeypatch, text, options):
    answers = []
    for threshold in (10**9, 0):
        monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", threshold)
        answers.append(answer(dated_index.search(text, limit=50, **options)))
    assert answers[0] == answers[1]
    assert answers[0]["totals"][0] > 0


@pytest.mark.parametrize("text, options", DATED)
def test_a_date_range_is_read_as_arrays_of_postings(dated_index, monkeypatch, text, options):
    """A range of days is read from its terms' posting blocks (it was walked one posting
    at a time through Whoosh's union of every day's postings, hundreds of milliseconds on
    an index of many dates)."""
    from lawnews.search import columnar

    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0)
    walked = []
    real = columnar._walk
    monkeypatch.setattr(columnar, "_walk", lambda m: walked.append(type(m).__name__) or real(m))
    dated_index.search(text, limit=10, **options)
    assert not [kind for kind in walked if kind != "NullMatcherClass"]
