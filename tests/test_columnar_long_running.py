"""A long-running searcher (``NewsIndex.open(path, long_running=True)``: the web
app's workers, a program with many queries) answers on numpy arrays at any size,
with the same answers as the plain path a one-shot search of a small index takes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import lawnews
from lawnews.search import searcher as searcher_module
from lawnews.search.columnar import Columns
from test_columnar import answer, selections

QUERIES = ["执行", "湖南法院交叉执行", "执行 OR 破产", "执行 -湖南", '"执行到位" OR 终本', "title:执行",
           "法院如何解决执行难？", "(执行 OR 审判) AND NOT 湖南", "不存在的词语组合"]


@pytest.fixture()
def summaries(monkeypatch):
    """How many times the columnar path summarized a query's matches."""
    calls = []
    real = Columns.summarize
    monkeypatch.setattr(Columns, "summarize", lambda self, *a: calls.append(1) or real(self, *a))
    return calls


def test_a_long_running_searcher_of_a_small_index_answers_on_arrays_as_the_plain_path(
        corpus_index_dir, summaries):
    with lawnews.NewsIndex.open(corpus_index_dir) as once, \
            lawnews.NewsIndex.open(corpus_index_dir, long_running=True) as served:
        assert len(served._searcher._doc_columns()[0]) < searcher_module.COLUMNAR_MIN_DOCS
        cases = [(text, {"limit": 20}) for text in QUERIES]
        cases += [("执行 OR 法院", {"limit": 15, **filters}) for filters in selections(once)]
        cases += [("执行", {"group": "section", "limit": 25}), ("执行", {"limit": 5, "offset": 5}),
                  ("执行 OR 破产", {"sort": "date", "limit": 10}), ("执行", {"limit": 0})]
        for text, options in cases:
            summaries.clear()
            plain = answer(once.search(text, lenient=True, **options))
            assert not summaries, "a one-shot search of a small index took the numpy path"
            fast = answer(served.search(text, lenient=True, **options))
            assert summaries, f"the long-running searcher did not take the numpy path for {text!r}"
            assert fast == plain, (text, options)
        assert any(answer(once.search(text, limit=20))["hits"] for text in QUERIES)


def _loaded(index_dir, long_running: bool, what: str) -> list[str]:
    """Whether ``what`` (an expression) is true in a fresh process once the index opens
    and after one search."""
    how = ", long_running=True" if long_running else ""
    code = ("import sys, lawnews\n"
            "from lawnews.index.analysis import chinese\n"
            f"ix = lawnews.NewsIndex.open(sys.argv[1]{how})\n"
            f"before = {what}\n"
            "ix.search('执行难')\n"
            f"print(before, {what})\n")
    out = subprocess.run([sys.executable, "-c", code, str(index_dir)], capture_output=True, text=True,
                         check=True, encoding="utf-8")
    return out.stdout.split()


NUMPY = "'numpy' in sys.modules"
SEGMENTER = "chinese._index_segmenter is not None"


def test_a_one_shot_search_of_a_small_index_does_not_load_numpy(corpus_index_dir):
    assert _loaded(corpus_index_dir, False, NUMPY) == ["False", "False"]


def test_a_long_running_index_loads_numpy_when_it_opens(corpus_index_dir):
    assert _loaded(corpus_index_dir, True, NUMPY) == ["True", "True"]


def test_the_web_workers_open_the_index_long_running(corpus_index_dir, monkeypatch):
    from lawnews.api import NewsIndex
    from lawnews.web import worker

    opened = []
    real = NewsIndex.open.__func__
    monkeypatch.setattr(NewsIndex, "open", classmethod(
        lambda cls, path, **kw: opened.append(kw) or real(cls, path, **kw)))

    class Pipe:  # the parent's end: takes "ready", then closes
        sent: list = []

        def send(self, message):
            self.sent.append(message)

        def recv(self):
            raise EOFError

    worker._serve(Pipe(), str(corpus_index_dir))
    assert Pipe.sent and Pipe.sent[0][0] == "ready"
    assert opened == [{"long_running": True}]


def test_a_one_shot_search_does_not_load_the_index_segmenter(corpus_index_dir):
    """Loading it takes about half a second, more than a one-shot query segments."""
    assert _loaded(corpus_index_dir, False, SEGMENTER) == ["False", "False"]


def test_a_long_running_index_loads_the_index_segmenter_when_it_opens(corpus_index_dir):
    """Queries and snippets are then cut by it, about twenty times faster."""
    assert _loaded(corpus_index_dir, True, SEGMENTER) == ["True", "True"]


def test_snippets_and_queries_cut_by_either_segmenter_are_the_same(corpus_index_dir, monkeypatch):
    from lawnews.index.analysis import chinese

    texts = QUERIES + ["湖南高院部署交叉执行", "執行難（zhí xíng nán）", "0.1MPa與www.12339.gov.cn"]
    with lawnews.NewsIndex.open(corpus_index_dir, long_running=True) as served:
        assert chinese._index_segmenter is not None
        fast = [answer(served.search(text, lenient=True, limit=20)) for text in QUERIES]
        fast_words = [list(chinese.words(t, short=True)) for t in texts]
        fast_subwords = [chinese.subwords(w, short=True) for ws in fast_words for w, _s, _e in ws]
        monkeypatch.setattr(chinese, "_index_segmenter", None)
        slow = [answer(served.search(text, lenient=True, limit=20)) for text in QUERIES]
        slow_words = [list(chinese.words(t, short=True)) for t in texts]
        slow_subwords = [chinese.subwords(w, short=True) for ws in slow_words for w, _s, _e in ws]
        assert chinese._index_segmenter is None, "a search loaded the index segmenter"
    assert fast == slow
    assert fast_words == slow_words and fast_subwords == slow_subwords
    assert any(hit for one in fast for hit in one["hits"])
