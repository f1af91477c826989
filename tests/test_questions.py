"""The question bank: cross-validation folds, the bank file, and ranking questions on a
small statute index written for these tests by the questions already answered."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import QuestionBankError
from lawnews.index.analysis import encoder
from lawnews.search import questions
from lawnews.search.questions import QuestionBank, Weights

#: Articles of three made-up laws, in the statute corpus's id form (law#article).
STATUTES = [
    ("L01#第一条", "民法典 第一条", "债务人应当按照约定的期限履行债务，返还借款并支付利息。", "2020-05-28"),
    ("L01#第二条", "民法典 第二条", "自然人从事工商业经营，经依法登记，为个体工商户。", "2020-05-28"),
    ("L02#第一条", "民事诉讼法 第一条",
     "被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖被执行人的财产。", "2023-09-01"),
    ("L02#第二条", "民事诉讼法 第二条",
     "当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。", "2023-09-01"),
    ("L02#第三条", "民事诉讼法 第三条", "申请执行的期间为二年。", "2023-09-01"),
    ("L03#第一条", "民间借贷规定 第一条",
     "出借人请求借款人按照约定的利率支付利息的，人民法院应予支持；对方不还钱的，出借人可以起诉。", "2020-12-29"),
]

#: Questions already answered, and the articles that answer them.
ANSWERED = [
    ("b1", "借钱不还，法院判决后对方仍然不给钱怎么办？", ["L02#第一条"]),
    ("b2", "打赢官司以后多长时间内要去法院要钱？", ["L02#第三条"]),
    ("b3", "谁可以成为个体工商户？", ["L01#第二条"]),
    ("b4", "对一审判决不服可以上诉吗？", ["L02#第二条"]),
]

#: Its words point at the lending rule (对方, 不还钱, 法院); the answered question
#: most like it was answered by the enforcement article.
DEBT = "欠钱不还法院判了对方还是不给怎么办？"
#: Shares only 法院 with the articles; its answer (申请执行的期间为二年) none of its words.
DEADLINE = "官司赢了多长时间内要去法院要钱？"

WEIGHTS = {"vectors": Weights(words=0.1, meaning=0.9, close=1.0, near=0.2, overlap=1.0, laws=0.1, prior=0.05),
           "words": Weights(words=1.0, overlap=2.0, laws=0.1, prior=0.05)}


def make_bank(answered=ANSWERED, vectors=None, weights=WEIGHTS, name="test-bank") -> QuestionBank:
    if vectors is None:
        rng = np.random.default_rng(0)
        vectors = rng.normal(size=(len(answered), 512)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return QuestionBank([q for q, _t, _a in answered], [t for _q, t, _a in answered],
                        [a for _q, _t, a in answered], vectors, weights, name=name)


def statute_records(rows=STATUTES) -> list[dict[str, str]]:
    return [{"id": i, "title": t, "text": x, "date": d, "source": "法律汇编"} for i, t, x, d in rows]


@pytest.fixture()
def statutes():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles(statute_records())
        yield ix


@pytest.fixture()
def bank() -> QuestionBank:
    return make_bank()


def ids(results) -> list[str]:
    return [h.article_id for h in results.hits]


# -- cross-validation ---------------------------------------------------------------

def test_folds_never_train_on_the_question_they_test():
    qids = [f"q{i}" for i in range(23)]
    texts = [f"问题{i}怎么办？" for i in range(23)]
    splits = questions.folds(qids, texts, k=5, seed=3)
    assert len(splits) == 5
    tested = [q for _train, test in splits for q in test]
    assert sorted(tested) == sorted(qids)  # each question tested exactly once
    answered = [(q, t, [f"L9#第{i}条"]) for i, (q, t) in enumerate(zip(qids, texts))]
    full = make_bank(answered)
    for train, test in splits:
        assert not set(train) & set(test)
        assert set(train) | set(test) == set(qids)
        part = full.subset(train)
        assert not set(part.ids) & set(test)
        # no judgment of a tested question reaches the bank it is scored with
        own = {a for q, _t, ans in answered if q in test for a in ans}
        assert not own & set(part.articles)


def test_folds_keep_questions_of_the_same_text_together():
    qids = [f"q{i}" for i in range(12)]
    texts = [f"问题{i // 2}？" if i < 6 else f"问题 {i}" for i in range(12)]
    texts[1] = "问题0 ?"  # the same question, punctuated otherwise
    for train, test in questions.folds(qids, texts, k=3, seed=1):
        for a, b in (("q0", "q1"), ("q2", "q3"), ("q4", "q5")):
            assert (a in test) == (b in test)


def test_folds_differ_with_the_seed_and_not_without():
    qids = [f"q{i}" for i in range(30)]
    assert questions.folds(qids, k=5, seed=0) == questions.folds(qids, k=5, seed=0)
    assert questions.folds(qids, k=5, seed=0) != questions.folds(qids, k=5, seed=1)


# -- the bank file --------------------------------------------------------------------

def test_a_saved_bank_loads_with_the_same_content_and_fingerprint(tmp_path, bank):
    path = bank.save(tmp_path / "bank.zip")
    again = QuestionBank.load(path)
    assert again.fingerprint == bank.fingerprint
    assert again.label == f"test-bank@{bank.fingerprint}"
    assert again.texts == bank.texts and again.articles == bank.articles
    assert again.weights == bank.weights


def test_saving_the_same_bank_twice_gives_the_same_bytes(tmp_path, bank, monkeypatch):
    import time

    first = bank.save(tmp_path / "one.zip").read_bytes()
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 86400)  # saved again a day later
    again = make_bank().save(tmp_path / "two.zip").read_bytes()
    assert first == again
    assert bank.subset(["b1", "b2"]).save(tmp_path / "three.zip").read_bytes() != first


def test_the_fingerprint_follows_the_content(bank):
    assert make_bank().fingerprint == bank.fingerprint
    assert bank.subset(["b1", "b2", "b3"]).fingerprint != bank.fingerprint
    other = {**WEIGHTS, "words": Weights(words=1.0, overlap=1.0)}
    assert bank.with_weights(other).fingerprint != bank.fingerprint


@pytest.mark.parametrize("content, message", [
    (b"not a bank", "is not a question bank"),
    (None, "no question bank at"),
])
def test_an_unreadable_bank_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bank.zip"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(QuestionBankError, match=message):
        QuestionBank.load(path)


def rewritten(path: Path, to: Path, meta=None, vectors=None) -> Path:
    """A copy of the bank file ``path`` at ``to`` with its JSON or its vectors changed."""
    with zipfile.ZipFile(path) as z:
        old_meta, old_vectors = json.loads(z.read(questions.META)), z.read(questions.VECTORS)
    with zipfile.ZipFile(to, "w") as z:
        z.writestr(questions.META, json.dumps(meta(old_meta) if meta else old_meta))
        z.writestr(questions.VECTORS, old_vectors if vectors is None else vectors)
    return to


def test_a_bank_of_another_format_or_altered_is_refused(tmp_path, bank):
    path = bank.save(tmp_path / "bank.zip")
    for change, message in [
        ({"meta": lambda m: {**m, "format": 99}}, "format 99"),
        ({"meta": lambda m: {**m, "texts": ["改过"] * 4}}, "fingerprint"),
        ({"meta": lambda m: {**m, "weights": {**m["weights"], "words": {"wordz": 1}}}}, "unknown weight"),
        ({"meta": lambda m: {k: v for k, v in m.items() if k != "answers"}}, "missing or malformed"),
        ({"vectors": b"\0" * 1024 * 3}, "3 vectors"),
    ]:
        with pytest.raises(QuestionBankError, match=message):
            QuestionBank.load(rewritten(path, tmp_path / "changed.zip", **change))


def test_the_shipped_bank_loads_and_says_where_it_comes_from():
    bank = QuestionBank.load(questions.DEFAULT_PATH)
    assert len(bank) > 1000 and "STARD" in bank.source and bank.licence == "MIT"
    assert all("#" in a for a in bank.articles)
    assert set(bank.weights) == set(questions.RANKINGS)


# -- similar questions ------------------------------------------------------------------

def test_questions_sharing_words_suggest_their_answers(bank):
    found, laws = bank.suggestions(DEADLINE)
    best = max(found, key=lambda a: found[a][2])
    assert bank.articles[best] == "L02#第三条"
    assert all(close == near == 0 for close, near, _o in found.values())  # no vector, no meaning
    assert max(laws, key=laws.get) == "L02"


def test_questions_close_in_meaning_suggest_their_answers(bank):
    vector = bank.vectors[2] + 0.1 * bank.vectors[0]  # nearly b3, a little b1
    found, laws = bank.suggestions("毫不相干的话", vector / np.linalg.norm(vector))
    by_close = sorted(found, key=lambda a: -found[a][0])
    assert [bank.articles[a] for a in by_close[:2]] == ["L01#第二条", "L02#第一条"]
    assert laws["L01"] > 0 and laws["L02"] > 0


def test_the_law_prior_favours_the_laws_that_answer_most(bank):
    assert bank.law_prior("L02#第九条") > bank.law_prior("L01#第九条") > bank.law_prior("L77#第一条")


# -- ranking on a statute index -------------------------------------------------------

def test_the_answer_of_a_similar_question_ranks_first(statutes, bank):
    by_words = statutes.search(DEBT, question_bank=False)
    assert ids(by_words)[0] == "L03#第一条"  # the words alone
    with_bank = statutes.search(DEBT, question_bank=bank)
    assert ids(with_bank)[0] == "L02#第一条"
    assert with_bank.question_bank == bank.label and by_words.question_bank is None


def test_the_answers_the_words_miss_join_the_hits_and_are_counted(statutes, bank):
    by_words = statutes.search(DEADLINE, question_bank=False, limit=50)
    assert "L02#第三条" not in ids(by_words)
    found = statutes.search(DEADLINE, question_bank=bank, limit=50)
    assert ids(found)[0] == "L02#第三条"
    assert found.total == by_words.total + 1 == len(found.hits)
    assert sum(found.facets["year"].values()) == found.total
    assert found.facets["year"]["2023"] == by_words.facets["year"].get("2023", 0) + 1


def test_paging_through_a_question_gives_exactly_its_total(statutes, bank):
    first = statutes.search(DEADLINE, question_bank=bank, limit=2)
    pages = [h.article_id for offset in range(0, first.total + 2, 2)
             for h in statutes.search(DEADLINE, question_bank=bank, limit=2, offset=offset).hits]
    assert len(pages) == len(set(pages)) == first.total
    assert statutes.facets(DEADLINE, question_bank=bank)["total"] == first.total


def test_filters_apply_to_the_answers_the_bank_adds(statutes, bank):
    kept = statutes.search(DEADLINE, question_bank=bank, year="2023", limit=50)
    assert "L02#第三条" in ids(kept) and kept.total == len(kept.hits)
    dropped = statutes.search(DEADLINE, question_bank=bank, year="2020", limit=50)
    assert "L02#第三条" not in ids(dropped) and dropped.total == len(dropped.hits)
    assert dropped.facets["year"]["2023"] == kept.total  # a facet's counts ignore its own filter


def test_explain_names_the_bank_and_its_parts(statutes, bank):
    res = statutes.search(DEBT, question_bank=bank, explain=True)
    parts = {(f, t): s for f, t, s in res.hits[0].explanation}
    assert parts[(questions.PART, f"{bank.label} similar questions")] > 0
    assert (questions.PART, f"{bank.label} law prior") in parts
    assert parts[(questions.PART, f"{bank.label} their laws")] > 0
    data = res.to_dict()
    assert data["question_bank"] == bank.label
    assert any(p["field"] == questions.PART for p in data["hits"][0]["explanation"])


def test_keyword_queries_and_date_order_are_left_to_the_words(statutes, bank):
    for kwargs in ({"query": "法院 对方"}, {"query": DEBT, "sort": "date"}):
        with_bank = statutes.search(question_bank=bank, **kwargs, limit=50)
        without = statutes.search(question_bank=False, **kwargs, limit=50)
        assert ids(with_bank) == ids(without) and with_bank.total == without.total
        assert with_bank.question_bank is None


def test_an_index_without_most_of_the_banks_articles_is_left_alone(bank):
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles(statute_records([r for r in STATUTES if r[0] in ("L02#第三条", "L03#第一条")]))
        res = ix.search(DEADLINE, question_bank=bank)
        assert res.question_bank is None and ids(res) == ids(ix.search(DEADLINE, question_bank=False))


def test_a_news_index_is_unchanged_by_the_shipped_bank(data_index):
    question = "法院怎么开展交叉执行？"
    with_bank = data_index.search(question, limit=50)
    without = data_index.search(question, limit=50, question_bank=False)
    assert with_bank.question_bank is None
    assert with_bank.to_dict() | {"took_ms": 0} == without.to_dict() | {"took_ms": 0}


def test_stats_name_the_bank_that_applies_to_the_index(statute_dir, bank, tmp_path, monkeypatch, data_index):
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "mine.zip")))
    with lawnews.NewsIndex.open(statute_dir) as ix:
        assert ix.stats()["question_bank"] == bank.label
    out = CliRunner().invoke(cli, ["stats", "--index-dir", str(statute_dir)])
    assert f"question bank {bank.label}" in out.output
    assert data_index.stats()["question_bank"] is None


def test_a_removed_article_is_not_added_back(statutes, bank):
    statutes.remove(article_id="L02#第三条")
    res = statutes.search(DEADLINE, question_bank=bank, limit=50)
    assert "L02#第三条" not in ids(res) and res.total == len(res.hits)


def test_the_bank_argument_is_checked(statutes):
    with pytest.raises(lawnews.ArgumentTypeError, match="question_bank"):
        statutes.search(DEBT, question_bank="stard")


# -- the bank a process uses, and the command line ------------------------------------

@pytest.fixture()
def statute_dir(tmp_path) -> Path:
    src = tmp_path / "statutes.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in statute_records()), encoding="utf-8")
    lawnews.build_index([src], tmp_path / "index", rebuild=True)
    return tmp_path / "index"


def test_the_environment_names_the_bank_a_search_uses(statute_dir, bank, tmp_path, monkeypatch):
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "mine.zip")))
    with lawnews.NewsIndex.open(statute_dir) as ix:
        assert ix.search(DEBT).question_bank == bank.label
    monkeypatch.setenv(questions.BANK_ENV, str(tmp_path / "missing.zip"))
    with lawnews.NewsIndex.open(statute_dir) as ix, pytest.raises(QuestionBankError, match=questions.BANK_ENV):
        ix.search(DEBT)


def test_the_command_line_turns_the_bank_off(statute_dir, bank, tmp_path, monkeypatch):
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "mine.zip")))
    run = CliRunner().invoke
    on = run(cli, ["search", DEBT, "--index-dir", str(statute_dir), "--json"])
    off = run(cli, ["search", DEBT, "--index-dir", str(statute_dir), "--json", "--no-question-bank"])
    assert on.exit_code == off.exit_code == 0, on.output + off.output
    on_data, off_data = json.loads(on.output), json.loads(off.output)
    assert on_data["question_bank"] == bank.label and off_data["question_bank"] is None
    assert on_data["hits"][0]["article_id"] == "L02#第一条" != off_data["hits"][0]["article_id"]
    text = run(cli, ["search", DEBT, "--index-dir", str(statute_dir)])
    assert f"question bank {bank.label}" in text.output and "--no-question-bank" in text.output
    monkeypatch.setenv(questions.BANK_ENV, str(tmp_path / "missing.zip"))
    bad = run(cli, ["search", DEBT, "--index-dir", str(statute_dir)])
    assert bad.exit_code == 1 and bad.output.startswith("Error: no question bank at")


# -- with sentence vectors ---------------------------------------------------------------

def test_with_vectors_a_question_ranks_by_meaning_words_and_answered_questions(tmp_path, model):
    src = tmp_path / "statutes.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in statute_records()), encoding="utf-8")
    lawnews.build_index([src], tmp_path / "index", rebuild=True, vectors=True)
    bank = make_bank(vectors=model.encode([t for _q, t, _a in ANSWERED]))
    with lawnews.NewsIndex.open(tmp_path / "index") as ix:
        res = ix.search(DEBT, question_bank=bank, explain=True)
        assert ids(res)[0] == "L02#第一条" and res.question_bank == bank.label
        fields = {f for f, _t, _s in res.hits[0].explanation}
        assert {"vector", questions.PART} <= fields
        found = ix.search(DEADLINE, question_bank=bank, limit=50)
        assert ids(found)[0] == "L02#第三条"
        assert found.total == len(found.hits) > ix.search(DEADLINE, question_bank=False, limit=50).total


# -- the benchmark's nested cross-validation (bench/stard_bank.py) --------------------

def _stard_bank_module():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "stard_bank.py"
    spec = importlib.util.spec_from_file_location("stard_bank_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_nested_cross_validation_never_scores_a_question_with_a_bank_holding_it(monkeypatch):
    SB = _stard_bank_module()
    rng = np.random.default_rng(1)
    qids = [f"q{i}" for i in range(20)]
    texts = {q: f"第{i}个问题借款{'利息' if i % 2 else '执行'}怎么办？" for i, q in enumerate(qids)}
    answers = {q: [f"L{i % 3}#第{i}条"] for i, q in enumerate(qids)}
    articles = [a for q in qids for a in answers[q]]
    vectors = rng.normal(size=(len(qids), encoder.DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    full = make_bank([(q, texts[q], answers[q]) for q in qids], vectors=vectors)

    def candidates() -> object:
        return SB.Candidates(list(articles), rng.random(len(articles)).astype(np.float32),
                             rng.random(len(articles)).astype(np.float32), np.ones(len(articles), bool),
                             {a: i for i, a in enumerate(articles)})

    data = SB.Questions(texts, dict(zip(qids, vectors)), {q: candidates() for q in qids},
                        {q: {a: 1 for a in answers[q]} for q in qids})
    seen: list[tuple[str, frozenset[str], frozenset[str]]] = []
    real = SB.features

    def spy(bank, text, vector, cand, relevant):
        qid = next(q for q in qids if texts[q] == text)
        seen.append((qid, frozenset(bank.ids), frozenset(bank.articles)))
        return real(bank, text, vector, cand, relevant)

    monkeypatch.setattr(SB, "features", spy)
    for train, test in questions.folds(qids, [texts[q] for q in qids], k=5, seed=0):
        seen.clear()
        chosen = SB.choose_weights(full, train, 4, 1, data)
        assert set(chosen) == set(questions.RANKINGS)
        assert seen and {q for q, _b, _a in seen} == set(train)  # the inner folds score the training part only
        held_out = {a for q in test for a in answers[q]}
        for qid, bank_ids, bank_articles in seen:
            assert qid not in bank_ids  # never scored by a bank that holds it
            assert bank_ids <= set(train)  # nor by one holding a question of the outer test fold
            assert not bank_articles & set(answers[qid]) and not bank_articles & held_out


def test_an_english_question_says_the_bank_ranked_it_by_the_law_prior_alone(statute_dir, bank, tmp_path, monkeypatch):
    english = "What can I do about a debt 借款?"  # shares no word with a question already answered
    with lawnews.NewsIndex.open(statute_dir) as ix:
        res = ix.search(english, question_bank=bank)
        assert res.total and res.question_bank == bank.label and res.question_bank_parts == ("law prior",)
        assert ix.search(DEBT, question_bank=bank).question_bank_parts == ("similar questions", "their laws",
                                                                            "law prior")
    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "mine.zip")))
    run = CliRunner().invoke
    text = run(cli, ["search", english, "--index-dir", str(statute_dir)]).output
    assert "also ranked by the questions already answered" not in text, text
    assert "no question already answered is like this one" in text and bank.label in text, text
    assert json.loads(run(cli, ["search", english, "--index-dir", str(statute_dir), "--json"]).output)[
        "question_bank_parts"] == ["law prior"]
    assert "also ranked by the questions already answered" in run(cli, ["search", DEBT, "--index-dir",
                                                                        str(statute_dir)]).output


def test_a_question_in_english_does_not_match_the_list_numerals_of_a_text():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([{"id": "L9#第六条", "title": "测试安全条例 第六条", "text": "按照危险程度，分为I、Ⅱ、Ⅲ四个等级。"},
                         {"id": "L9#第七条", "title": "测试安全条例 第七条", "text": "分类如下：A.甲类；B.乙类。"},
                         {"id": "L9#第八条", "title": "测试安全条例 第八条", "text": "从事I级研究的，应当报告。"}])
        for question in ("What can I do?", "Can I appeal a decision?", "Is there a fee?"):
            assert ix.search(question).total == 0, question
        assert ids(ix.search("I级研究是什么？"))[0] == "L9#第八条"  # a letter joined to Chinese is searched
        assert ix.search("I").total == 2  # a query of the letter alone is no question: it is searched


def test_the_web_page_says_what_of_the_bank_ranked_a_question(statute_dir, bank, tmp_path, monkeypatch):
    """The search page's question-bank line says the law prior alone ranked a question no
    answered question is like, as the command line does, and the answered questions otherwise."""
    import re

    from starlette.testclient import TestClient

    from lawnews.web import create_app

    monkeypatch.setenv(questions.BANK_ENV, str(bank.save(tmp_path / "mine.zip")))
    with TestClient(create_app(statute_dir, workers=1)) as c:
        def line(q: str) -> str:
            found = re.search(r'<p class="notice" id="question-bank">(.*?)</p>', c.get("/", params={"q": q}).text, re.S)
            return re.sub(r"<[^>]+>", "", found.group(1))

        english = line("What can I do about a debt 借款?")
        assert "no question already answered is like this one" in english
        assert "Also ranked by the questions already answered" not in english
        assert line(DEBT).startswith("Also ranked by the questions already answered")
