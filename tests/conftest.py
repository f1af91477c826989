"""Shared fixtures: indexes built once per session from the test data and from corpus/.

The per-user default index lives under ``XDG_DATA_HOME``, pointed at a session
temporary directory (and ``LAWNEWS_INDEX_DIR`` unset), so no test touches the
user's own index.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from support import ROOT

# Tests never write into the home folder: before lawnews is imported, the caches go
# under the project (XDG_CACHE_HOME=.cache/test; the sentence-vector model, which the
# tests marked `model` download once, in .cache/models) and HOME is an empty
# temporary folder that must still be empty when the session ends.
TEST_CACHE = ROOT / ".cache" / "test"
MODEL_DIR = ROOT / ".cache" / "models"
HOME = Path(tempfile.mkdtemp(prefix="lawnews-test-home-"))
os.environ.update(XDG_CACHE_HOME=str(TEST_CACHE), LAWNEWS_MODEL_DIR=str(MODEL_DIR), HOME=str(HOME))
os.environ.setdefault("MPLCONFIGDIR", str(TEST_CACHE / "matplotlib"))  # charts (lawnews[plot])

#: Fixtures that load the real sentence-vector model: tests using them are marked ``model``.
MODEL_FIXTURES = {"model", "vector_index_dir"}

import lawnews  # noqa: E402  (after the environment above)

from support import CORPUS, DATA  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(HOME, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """Tests reach no address but this machine's own: a connection elsewhere fails."""
    import ipaddress
    import socket

    real = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None:
            try:
                local = ipaddress.ip_address(host).is_loopback
            except ValueError:
                local = host == "localhost"
            if not local:
                raise OSError(f"tests use no network (a connection to {host} was attempted)")
        return real(self, address)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", connect)
        yield


@pytest.fixture(scope="session", autouse=True)
def home_stays_untouched():
    """Fail the run if a test wrote into the home folder."""
    yield
    written = sorted(p.relative_to(HOME).as_posix() for p in HOME.rglob("*"))
    assert not written, f"tests wrote into the home folder ({HOME}): {written}"


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    """One headless Chromium for a module's browser tests (skipped without one, failed
    under ``CI``); the ``browser`` fixture of test_web_browser asks it for a live driver."""
    from headless_browser import Chromium

    session = Chromium(tmp_path_factory.mktemp("chromium-home"))
    try:
        yield session
    finally:
        session.quit()


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


@pytest.fixture(scope="module")
def articles_index_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the ``ARTICLES`` (Article objects) of the test module asking for it,
    built once per module: its tests only read it."""
    folder = tmp_path_factory.mktemp(request.module.__name__)
    with lawnews.NewsIndex.create(folder / "index") as ix:
        ix.add_articles(request.module.ARTICLES)
    return folder / "index"


@pytest.fixture(scope="module")
def collection(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A statute collection of the ``STATUTES`` (statute JSONL records) of the test module
    asking for it, built once per module as ``lawnews index`` builds one and made the one
    resolution uses (``LAWNEWS_STATUTES``) while the module's tests run: they only read it."""
    from support import statute_collection

    with pytest.MonkeyPatch.context() as mp:
        yield statute_collection(tmp_path_factory.mktemp("statutes"), mp, request.module.STATUTES)


@pytest.fixture(scope="module")
def dated_dir(tmp_path_factory):
    """The index of the generated dated corpus (tests/dated_corpus.py), built once a session."""
    import dated_corpus

    return dated_corpus.dated_index(tmp_path_factory)


@pytest.fixture()
def dated(dated_dir):
    """That index, open."""
    import lawnews

    with lawnews.NewsIndex.open(dated_dir) as ix:
        yield ix


@pytest.fixture(scope="session")
def model():
    """The sentence encoder (m3e-small) from the project cache; the tests that need it
    skip with advice where `make model` has not fetched it, and fail in CI, which does."""
    from lawnews.index.analysis import encoder

    path = encoder.model_path()
    if not path.exists():
        message = f"the sentence-vector model is not in {path.parent}: `make model` fetches it (92 MB)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return encoder.Encoder(path)


@pytest.fixture(scope="session")
def tagger():
    """The shipped tagger (division table, court directory, taxonomy), shared by the tagging tests."""
    from lawnews.index.tagging import Tagger

    return Tagger.default()



@pytest.fixture()
def evaluations(monkeypatch):
    """``evaluations(search)``: how many times calling ``search`` evaluated the query for its
    matches (term at a time, on numpy arrays or with Whoosh's matchers), ranked it with
    Whoosh, and evaluated the filters alone, while a search's hits, totals and counts were
    worked out; the excluded parts of a query, evaluated before, are not counted."""
    from whoosh.searching import Searcher

    from lawnews.index.store.schema import FACETS
    from lawnews.search import columnar, searcher, taat

    counts = {"matches": 0, "ranked": 0, "filters": 0}
    working = []

    def of_words(q) -> bool:
        return any(leaf.field() not in FACETS for leaf in ([q] if q.is_leaf() else q.leaves()))

    def counting(kind, evaluate):
        def counted(*args, **kwargs):
            if working:
                counts[kind if of_words(args[1]) else "filters"] += 1
            return evaluate(*args, **kwargs)
        return counted

    execute = searcher.IndexSearcher._execute

    def executing(*args, **kwargs):
        working.append(True)
        try:
            return execute(*args, **kwargs)
        finally:
            working.pop()

    monkeypatch.setattr(searcher.IndexSearcher, "_execute", executing)
    monkeypatch.setattr(taat, "evaluate", counting("matches", taat.evaluate))
    monkeypatch.setattr(columnar.Columns, "evaluate", staticmethod(counting("matches", columnar.evaluate)))
    monkeypatch.setattr(Searcher, "docs_for_query", counting("matches", Searcher.docs_for_query))
    monkeypatch.setattr(Searcher, "search", counting("ranked", Searcher.search))

    def evaluated(search) -> dict[str, int]:
        counts.update(matches=0, ranked=0, filters=0)
        search()
        return dict(counts)

    return evaluated
