"""Shared fixtures: indexes built once per session from the test data and from corpus/.

The per-user default index lives under ``XDG_DATA_HOME``, pointed at a session
temporary directory (and ``LAWNEWS_INDEX_DIR`` unset), so no test touches the
user's own index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews

from support import CORPUS, DATA


def build_data_index(path: Path) -> Path:
    """An index of ``tests/data/articles.jsonl`` at ``path``."""
    lawnews.build_index([DATA / "articles.jsonl"], path, rebuild=True)
    return path


@pytest.fixture(scope="session", autouse=True)
def default_index_dir(tmp_path_factory: pytest.TempPathFactory):
    """Point the per-user default index at a session temp dir (built from corpus/ on first use)."""
    data_home = tmp_path_factory.mktemp("data_home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(data_home))
        mp.delenv("LAWNEWS_INDEX_DIR", raising=False)
        mp.delenv("NO_COLOR", raising=False)
        yield data_home / "lawnews" / "index"


@pytest.fixture(scope="session")
def data_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_data_index(tmp_path_factory.mktemp("data") / "index")


@pytest.fixture()
def data_index(data_index_dir: Path):
    with lawnews.NewsIndex.open(data_index_dir) as ix:
        yield ix


@pytest.fixture(scope="session")
def corpus_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "index"
    lawnews.build_index([CORPUS], path, rebuild=True)
    return path


@pytest.fixture()
def corpus_index(corpus_index_dir: Path):
    with lawnews.NewsIndex.open(corpus_index_dir) as ix:
        yield ix
