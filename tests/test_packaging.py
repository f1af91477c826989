"""The wheel: what it carries, that it builds without setuptools warnings, and that
an installed (not editable) lawnews answers from its bundled corpus.

The wheel is built offline (``pip wheel --no-build-isolation``, with the
setuptools the ``dev`` extra installs) from a copy of the source tree in a
temporary folder, so nothing is written into the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from support import CORPUS, ROOT

IGNORED = shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__", "bench", "tests")


def pip(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run this Python's pip offline; what pip itself keeps in a home folder (or
    tools it asks, such as rustc for its user agent) goes to ``home``."""
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "pip", *args, "--no-cache-dir", "--no-deps", "--no-index"],
                          capture_output=True, text=True, timeout=300, cwd=home.parent, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``(wheel, build log)`` of a copy of the source tree."""
    pytest.importorskip("setuptools", minversion="77", reason="the dev extra's setuptools (run `make install`)")
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=IGNORED)
    (tmp / "home").mkdir()
    out = pip("wheel", "--no-build-isolation", "-v", "-w", str(tmp / "dist"), str(src), home=tmp / "home")
    assert out.returncode == 0, out.stdout + out.stderr
    wheels = list((tmp / "dist").glob("lawnews-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0], out.stdout + out.stderr


def test_wheel_carries_the_corpus_and_the_data_files(built):
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    pages = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert pages
    for page in pages:
        assert f"lawnews/corpus/{page}" in names
    data = ROOT / "index" / "tagging" / "data"
    for f in data.iterdir():
        assert f"lawnews/index/tagging/data/{f.name}" in names
    assert "lawnews/index/analysis/data/userdict.txt" in names
    assert "lawnews/search/data/questions.zip" in names
    assert "lawnews/py.typed" in names


def test_wheel_builds_without_setuptools_warnings(built):
    _, log = built
    assert "absent from the `packages` configuration" not in log
    assert "SetuptoolsDeprecationWarning" not in log


def test_installed_wheel_searches_its_bundled_corpus(built, tmp_path):
    wheel, _ = built
    site = tmp_path / "site"
    (tmp_path / "home").mkdir()
    out = pip("install", "-q", "--target", str(site), str(wheel), home=tmp_path / "home")
    assert out.returncode == 0, out.stdout + out.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAWNEWS_", "XDG_"))}
    env.update(PYTHONPATH=str(site), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME", str(tmp_path / "cache")), NO_COLOR="1")
    where = subprocess.run([sys.executable, "-c", "import lawnews.config as c; print(c.bundled_corpus())"],
                           env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()) == site / "lawnews" / "corpus"
    out = subprocess.run([sys.executable, "-m", "lawnews", "search", "交叉执行", "-n", "1", "-q"], env=env,
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert any(line.startswith("1. 交叉执行") for line in out.stdout.splitlines()), out.stdout
    assert any(page.stem in out.stdout for page in CORPUS.glob("*.txt")), out.stdout
