"""The benchmark's builds index statute records, which fill the statute collection
``LAWNEWS_STATUTES`` names: the benchmark points it at its own cache, never at the
user's collection, and leaves a collection the caller named alone."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _corpora():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_corpora", BENCH / "corpora.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_corpora"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_the_benchmark_fills_a_statute_collection_of_its_own(monkeypatch):
    import os

    monkeypatch.setenv("LAWNEWS_STATUTES", "")  # restored (unset) after the test, not left to later ones
    monkeypatch.delenv("LAWNEWS_STATUTES")
    corpora = _corpora()
    corpora.own_statute_collection(create=False)  # (the benchmark makes its cache folder; a test writes nothing)
    assert Path(os.environ["LAWNEWS_STATUTES"]).is_relative_to(BENCH / "cache")


def test_a_collection_the_caller_named_is_kept(monkeypatch, tmp_path):
    import os

    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "mine.sqlite"))
    _corpora().own_statute_collection(create=False)
    assert os.environ["LAWNEWS_STATUTES"] == str(tmp_path / "mine.sqlite")
