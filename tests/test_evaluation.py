"""The relevance evaluation: metrics, loaders, anchor mapping and runs over an index."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

import lawnews
from lawnews import Article, Section
from lawnews.evaluation import (
    UNMATCHED_PREFIX,
    EvalDataError,
    EvalQuery,
    evaluate,
    evaluate_files,
    format_report,
    load_gold_queries,
    load_qrels,
    load_queries,
    load_stard,
    map_judgments,
    mrr_at,
    ndcg_at,
    recall_at,
)

from support import CORPUS

EVAL = Path(__file__).resolve().parent / "data" / "eval"
SHARED = Path(__file__).resolve().parents[2] / "shared"
LOG3 = math.log2(3)


# -- metrics ------------------------------------------------------------------

RANKED = ["a", "b", "c", "d"]
JUDGED = {"b": 2, "d": 1, "e": 1, "z": 0}  # three relevant: b (2), d (1), e (1, never retrieved)


def test_ndcg_uses_graded_gain_log2_discount_and_the_judged_ideal():
    # DCG@3: only b, at rank 2: 2 / log2(3) = 1.26186
    # IDCG@3: grades 2, 1, 1 → 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093
    assert ndcg_at(RANKED, JUDGED, 3) == pytest.approx((2 / LOG3) / (2 + 1 / LOG3 + 0.5))  # 0.40303
    assert ndcg_at(RANKED, JUDGED, 3) == pytest.approx(0.40303, abs=1e-5)
    # @4 adds d at rank 4: 1 / log2(5) = 0.43068 → 1.69254 / 3.13093 = 0.54059
    assert ndcg_at(RANKED, JUDGED, 4) == pytest.approx(0.54059, abs=1e-5)
    # @1: a is not relevant → 0
    assert ndcg_at(RANKED, JUDGED, 1) == 0.0


def test_ndcg_is_one_for_the_ideal_order_and_lower_for_a_swap():
    judged = {"x": 2, "y": 1}
    assert ndcg_at(["x", "y", "q"], judged, 10) == pytest.approx(1.0)
    # swapped: (1/1 + 2/log2(3)) / (2/1 + 1/log2(3)) = 2.26186 / 2.63093 = 0.85972
    assert ndcg_at(["y", "x"], judged, 10) == pytest.approx(0.85972, abs=1e-5)


def test_mrr_is_the_reciprocal_rank_of_the_first_relevant_within_k():
    assert mrr_at(RANKED, JUDGED, 10) == 0.5   # b at rank 2
    assert mrr_at(RANKED, JUDGED, 1) == 0.0    # a only
    assert mrr_at(["d", "b"], JUDGED, 10) == 1.0  # a grade-1 article counts as relevant
    assert mrr_at(["z", "b"], JUDGED, 10) == 0.5  # grade 0 does not


def test_recall_counts_relevant_retrieved_over_all_relevant():
    assert recall_at(RANKED, JUDGED, 3) == pytest.approx(1 / 3)  # b of {b, d, e}
    assert recall_at(RANKED, JUDGED, 4) == pytest.approx(2 / 3)  # b, d
    assert recall_at(["b", "b", "d"], JUDGED, 2) == pytest.approx(2 / 3)  # a repeated id counts once


def test_metrics_are_undefined_without_a_relevant_document():
    for metric in (ndcg_at, mrr_at, recall_at):
        with pytest.raises(ValueError):
            metric(["a"], {"a": 0}, 10)
        with pytest.raises(ValueError):
            metric(["a"], {}, 10)


# -- loaders --------------------------------------------------------------------

def test_queries_load_from_jsonl_and_from_a_json_list(tmp_path):
    queries = load_queries(EVAL / "queries.jsonl")
    assert [q.id for q in queries] == ["x1", "x2", "x3", "x4", "x5"]
    assert queries[1] == EvalQuery("x2", "交叉执行", {"province": "湖南省"})
    as_list = tmp_path / "q.json"
    as_list.write_text(json.dumps([q.to_dict() for q in queries], ensure_ascii=False), encoding="utf-8")
    assert load_queries(as_list) == queries


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "query": "x"}\n{"id": "a", "query": "y"}\n', "twice"),
    ('{"id": "a"}\n', "query"),
    ('{"id": "a", "query": "x", "filters": {"province": 3}}\n', "filters"),
    ('{"id": "a", "query": "x"}\n{oops\n', ":2"),
])
def test_bad_queries_files_are_refused_with_the_place(tmp_path, content, message):
    path = tmp_path / "q.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalDataError, match=message):
        load_queries(path)


def test_qrels_tsv_skips_a_header_and_accepts_trec_lines(tmp_path):
    qrels, unmatched = load_qrels(EVAL / "qrels.tsv")
    assert unmatched == ()
    assert qrels["x1"] == {"e1": 2, "e2": 1}
    assert qrels["x4"] == {"e4": 0}
    trec = tmp_path / "qrels.trec"
    trec.write_text("x1 0 e1 2\nx1 0 e2 1\n", encoding="utf-8")
    assert load_qrels(trec)[0] == {"x1": {"e1": 2, "e2": 1}}


def test_a_malformed_qrels_line_is_refused_with_its_line_number(tmp_path):
    bad = tmp_path / "qrels.tsv"
    bad.write_text("x1\te1\t2\nx1\te2\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=r"qrels.tsv:2"):
        load_qrels(bad)
    bad.write_text("x1\te1\t2\nx1\te2\thigh\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=r":2.*grade"):
        load_qrels(bad)


def test_a_missing_file_is_a_lawnews_error(tmp_path):
    with pytest.raises(lawnews.LawNewsError, match="no queries file"):
        load_queries(tmp_path / "absent.json")


def _article(aid: str, file: str, text: str, ordinal: int = 1) -> Article:
    return Article(id=aid, file=file, title="", sections=(Section(None, text),), ordinal=ordinal)


def test_anchors_map_to_the_one_article_whose_body_holds_them_whitespace_ignored():
    articles = [
        _article("p#1", "pages/p.txt", "交叉执行就像好钢，\n必须用 在 刀刃上。"),
        _article("p#2", "pages/p.txt", "诉源治理，核心在源不在诉。共同的句子在这里。"),
        _article("p#3", "pages/p.txt", "另一篇也有共同的句子在这里。"),
        _article("q#1", "q.txt", "必须用在刀刃上"),
    ]
    judgments = [
        ("q1", {"file": "p.txt", "ordinal": 1, "anchor": "好钢，必须用在刀刃上", "grade": 2}),
        ("q1", {"file": "p.txt", "ordinal": 2, "anchor": "核心在源 不在诉", "grade": 1}),
        ("q2", {"file": "p.txt", "ordinal": 3, "anchor": "共同的句子在这里", "grade": 1}),
        ("q2", {"file": "p.txt", "ordinal": 4, "anchor": "哪里都没有", "grade": 1}),
        ("q2", {"file": "r.txt", "ordinal": 1, "anchor": "必须用在刀刃上", "grade": 1}),
    ]
    mapped, unmatched = map_judgments(judgments, articles)
    assert mapped == [("q1", "p#1", 2), ("q1", "p#2", 1)]
    reasons = {u.ordinal: u.reason for u in unmatched if u.file == "p.txt"}
    assert "2 articles" in reasons[3] and "p#2" in reasons[3] and "p#3" in reasons[3]
    assert "none" in reasons[4]
    assert [u.file for u in unmatched] == ["p.txt", "p.txt", "r.txt"]
    assert all(u.placeholder.startswith(UNMATCHED_PREFIX) for u in unmatched)


def test_unmatched_gold_judgments_stay_relevant_and_are_reported():
    articles = list(lawnews.parse([EVAL / "articles.jsonl"]))
    qrels, unmatched = load_qrels(EVAL / "gold.json", [EVAL / "articles.jsonl"])
    assert qrels["g1"] == {"e1": 2, "e2": 1}
    assert qrels["g3"] == {"e3": 2}
    assert qrels["g4"] == {}
    # g2: one anchor is in two articles (e4, e5), the other in none: both kept as unretrievable ids
    assert len(qrels["g2"]) == 2 and all(d.startswith(UNMATCHED_PREFIX) for d in qrels["g2"])
    assert sorted(u.ordinal for u in unmatched) == [3, 4]
    assert {a.id for a in articles} >= {"e1", "e2", "e3", "e4", "e5"}


def test_gold_judgments_keyed_by_anchor_need_a_corpus():
    with pytest.raises(EvalDataError, match="corpus"):
        load_qrels(EVAL / "gold.json")


def test_stard_loader_reads_queries_and_graded_qrels(tmp_path):
    (tmp_path / "q.jsonl").write_text('{"id": "stard-0", "query": "谁可以成为个体工商户？"}\n', encoding="utf-8")
    (tmp_path / "r.tsv").write_text("stard-0\tL1#第二条\t1\nstard-0\tL2#第五条\t1\nstard-9\tL3#第一条\t1\n", encoding="utf-8")
    s = load_stard(tmp_path / "q.jsonl", tmp_path / "r.tsv")
    assert [q.id for q in s.queries] == ["stard-0"]
    assert s.qrels == {"stard-0": {"L1#第二条": 1, "L2#第五条": 1}}
    assert any("stard-9" in n for n in s.notes)  # judged ids without a query are noted, not lost


@pytest.mark.skipif(not (SHARED / "gold" / "queries-dev.json").exists(), reason="../shared is absent")
def test_every_judged_dev_article_maps_to_exactly_one_parsed_article():
    dev = SHARED / "gold" / "queries-dev.json"
    gold = load_gold_queries(dev, [CORPUS])
    assert gold.unmatched == (), [u.to_dict() for u in gold.unmatched]
    records = json.loads(dev.read_text(encoding="utf-8"))
    assert [q.id for q in gold.queries] == [r["id"] for r in records]
    judged = [(r["id"], j) for r in records for j in r["judgments"]]
    mapped, unmatched = map_judgments(judged, list(lawnews.parse([CORPUS])))
    assert unmatched == [] and len(mapped) == len(judged)
    # one judged article (file, ordinal) ↔ one parsed article, both ways
    article_of: dict[tuple[str, int], str] = {}
    judged_as: dict[str, tuple[str, int]] = {}
    for (_qid, aid, _grade), (_, j) in zip(mapped, judged):
        key = (j["file"], j["ordinal"])
        assert article_of.setdefault(key, aid) == aid, f"{key} maps to {article_of[key]} and {aid}"
        assert judged_as.setdefault(aid, key) == key, f"{aid} is judged as both {judged_as[aid]} and {key}"
    for r in records:
        assert len(gold.qrels[r["id"]]) == len(r["judgments"]), r["id"]


# -- runs ---------------------------------------------------------------------------

class FakeIndex:
    """Returns fixed rankings and records how it was asked."""

    def __init__(self, rankings: dict[str, list[str]], known: set[str]) -> None:
        self.rankings, self.known, self.calls = rankings, known, []

    def search(self, query, *, limit=10, offset=0, **filters):
        self.calls.append((query, limit, filters))
        if query == "bad(":
            raise lawnews.QuerySyntaxError("cannot parse query")
        ids = self.rankings.get(query, [])[:limit]
        return SimpleNamespace(hits=[SimpleNamespace(article_id=d) for d in ids], total=len(ids))

    def article(self, article_id):
        if article_id not in self.known:
            raise lawnews.ArticleNotFoundError(article_id)
        return article_id


def test_evaluate_passes_filters_and_depth_and_excludes_no_answer_queries_from_means():
    ix = FakeIndex({"q": ["n1", "r1", "n2", "r2"], "none": ["n1"]}, known={"r1", "r2", "n1", "n2"})
    queries = [EvalQuery("1", "q", {"province": "湖南省"}), EvalQuery("2", "none"), EvalQuery("3", "bad(")]
    qrels = {"1": {"r1": 2, "r2": 1, "gone": 1}, "3": {"r1": 1}}
    report = evaluate(ix, queries, qrels, k=2, depth=50)
    assert ix.calls[0] == ("q", 50, {"province": "湖南省"})
    assert all(limit == 50 for _, limit, _ in ix.calls)
    one, two, three = report.rows
    assert one.recall == pytest.approx(1 / 3) and one.recall_depth == pytest.approx(2 / 3)
    assert one.mrr == 0.5
    assert one.missed == (("gone", 1), ("r2", 1))
    assert two.no_answer and two.ndcg is None and two.returned == 1
    assert three.error and three.returned == 0 and three.recall == 0.0
    # means over queries 1 and 3 only
    assert report.recall == pytest.approx((1 / 3 + 0) / 2)
    assert report.mrr == pytest.approx(0.25)
    assert [r.id for r in report.answerable] == ["1", "3"]
    assert any("gone" in n for n in report.notes)  # a judged id absent from the index is noted
    data = json.loads(json.dumps(report.to_dict()))
    assert data["means"]["recall@2"] == pytest.approx(1 / 6, abs=1e-4)
    assert data["no_answer"] == {"queries": 1, "returned_nothing": 0, "returned_hits": {"2": 1}}
    assert data["errors"] == {"3": "cannot parse query"}


def test_evaluate_over_an_in_memory_index_of_hand_made_articles():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add([EVAL / "articles.jsonl"])
        queries = load_queries(EVAL / "queries.jsonl")
        qrels, _ = load_qrels(EVAL / "qrels.tsv")
        report = evaluate(ix, queries, qrels, k=10, depth=100)
    rows = {r.id: r for r in report.rows}
    assert rows["x1"].recall == 1.0 and rows["x1"].mrr == 1.0
    assert set(rows["x1"].top) == {"e1", "e2"}
    # the province filter leaves only the Hunan article
    assert rows["x2"].top == ("e2",) and rows["x2"].ndcg == pytest.approx(1.0)
    # e3 found, e-missing never: DCG 2, IDCG 2 + 1/log2(3) = 2.63093 → 0.76018
    assert rows["x3"].top == ("e3",)
    assert rows["x3"].ndcg == pytest.approx(2 / (2 + 1 / LOG3))
    assert rows["x3"].recall == 0.5 and rows["x3"].missed == (("e-missing", 1),)
    assert rows["x4"].no_answer and rows["x4"].returned == 0
    assert rows["x5"].no_answer and rows["x5"].top == ("e5",)
    assert [r.id for r in report.answerable] == ["x1", "x2", "x3"]
    assert report.recall == pytest.approx((1 + 1 + 0.5) / 3)
    assert report.mrr == pytest.approx(1.0)
    assert any("e-missing" in n for n in report.notes)


def test_evaluate_files_indexes_the_given_corpus_and_reports_unmatched_judgments():
    report = evaluate_files(EVAL / "gold.json", EVAL / "gold.json", corpus=[EVAL / "articles.jsonl"])
    rows = {r.id: r for r in report.rows}
    assert rows["g1"].recall == 1.0
    assert rows["g2"].recall == 0.0 and rows["g2"].relevant == 2
    assert rows["g3"].recall == 1.0 and rows["g3"].top[0] == "e3"
    assert rows["g4"].no_answer
    assert len(report.unmatched) == 2
    text = format_report(report)
    assert "unmatched judgments: 2" in text
    assert "no-answer: 1 queries, 1 returned nothing" in text
    assert "missed@10: unmatched:articles.jsonl#" in text
    assert "mean of 3" in text


def test_evaluate_files_refuses_both_an_index_and_a_corpus(tmp_path):
    with pytest.raises(ValueError):
        evaluate_files(EVAL / "queries.jsonl", EVAL / "qrels.tsv", index_dir=tmp_path, corpus=[EVAL])


def test_evaluate_files_uses_the_index_dir_when_given(tmp_path):
    lawnews.build_index([EVAL / "articles.jsonl"], tmp_path / "ix", rebuild=True)
    report = evaluate_files(EVAL / "queries.jsonl", EVAL / "qrels.tsv", index_dir=tmp_path / "ix")
    assert {r.id: r.top for r in report.rows}["x3"] == ("e3",)
    with pytest.raises(lawnews.IndexNotFoundError):
        evaluate_files(EVAL / "queries.jsonl", EVAL / "qrels.tsv", index_dir=tmp_path / "nothing")


def test_judged_reposts_are_each_ranked_in_an_evaluation(tmp_path):
    """Judgments name articles, so ``lawnews eval`` ranks every copy of a story."""
    from test_reposts import STORY

    corpus = tmp_path / "copies.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "title": "荆州法院交叉执行化解积案", "text": t}, ensure_ascii=False)
                                for i, t in (("a", STORY), ("b", "（来源：法治日报）\n" + STORY))) + "\n",
                      encoding="utf-8")
    queries = tmp_path / "q.json"
    queries.write_text(json.dumps([{"id": "q1", "query": "骨头案"}], ensure_ascii=False), encoding="utf-8")
    qrels = tmp_path / "qrels.tsv"
    qrels.write_text("q1\ta\t2\nq1\tb\t2\n", encoding="utf-8")
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add(corpus)
        assert ix.search("骨头案").total == 1  # one story
    report = evaluate_files(queries, qrels, index_dir=tmp_path / "ix")
    assert report.recall == 1.0
