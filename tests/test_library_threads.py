"""One open :class:`lawnews.NewsIndex` shared by threads (a service's request threads)
answers each of them whole while another handle or process commits to the index: its
calls take turns, so that no thread reads from a searcher another one has just closed
to move to the newer state."""

from __future__ import annotations

import threading
import time

import lawnews


def _article(n: int) -> dict[str, str]:
    return {"id": f"t{n:03d}", "title": f"执行工作第{n}篇", "date": "2024-03-01",
            "text": f"某县法院执行局第{n}次集中执行，调解纠纷{n}件。"}


def test_threads_sharing_an_index_search_whole_while_another_handle_commits(tmp_path):
    path = tmp_path / "index"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles([_article(n) for n in range(20)], tag=False)
    failures: list[str] = []
    totals: list[int] = []
    stop = threading.Event()

    with lawnews.NewsIndex.open(path) as shared:
        def reader() -> None:
            while not stop.is_set():
                try:
                    results = shared.search("执行", limit=5)
                    totals.append(results.total)
                    shared.facets("调解")
                    for hit in results.hits:
                        shared.article(hit.article_id)
                    shared.trends("执行", every="year")
                except Exception as e:  # noqa: BLE001 - every failure is what this test looks for
                    failures.append(f"{type(e).__name__}: {e}")

        threads = [threading.Thread(target=reader) for _ in range(2)]
        for t in threads:
            t.start()
        try:
            with lawnews.NewsIndex.open(path) as writer:
                for n in range(20, 44):
                    writer.add_articles([_article(n)], tag=False)
                    time.sleep(0.01)
        finally:
            time.sleep(0.2)
            stop.set()
            for t in threads:
                t.join()
        assert failures == []
        assert shared.search("执行").total == 44
    assert totals and min(totals) >= 20


def test_closing_an_index_another_thread_searches_lets_that_search_finish(tmp_path):
    path = tmp_path / "index"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles([_article(n) for n in range(30)], tag=False)
    ix = lawnews.NewsIndex.open(path)
    outcomes: list[str] = []

    def reader() -> None:
        for _ in range(200):
            try:
                ix.search("执行", limit=3)
                ix.facets("执行")
            except lawnews.IndexClosedError:
                outcomes.append("closed")
                return
            except Exception as e:  # noqa: BLE001
                outcomes.append(f"{type(e).__name__}: {e}")
                return
        outcomes.append("done")

    t = threading.Thread(target=reader)
    t.start()
    time.sleep(0.05)
    ix.close()
    t.join()
    assert outcomes in (["closed"], ["done"])
