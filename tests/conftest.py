"""Shared fixtures: indexes built once per session from the test data and from corpus/.

The default index (``LAWNEWS_INDEX_DIR``) is pointed at a session temporary
directory, so no test touches the user's own index.
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
    """Point the default index at a session temp dir (built from corpus/ on first use)."""
    path = tmp_path_factory.mktemp("default") / "index"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LAWNEWS_INDEX_DIR", str(path))
        mp.delenv("NO_COLOR", raising=False)
        yield path


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
