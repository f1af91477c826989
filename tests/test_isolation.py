"""The test session stays out of the user's home folder and keeps its caches under
the project; the tests that need the real sentence-vector model are marked ``model``."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from lawnews import config
from lawnews.index.analysis import encoder

from support import ROOT

CACHE = ROOT / ".cache"


def test_caches_and_the_model_live_under_the_project():
    assert config.cache_dir().is_relative_to(CACHE)
    assert encoder.model_dir().is_relative_to(CACHE)
    assert not config.cache_dir().is_relative_to(encoder.model_dir())


def test_the_home_folder_is_a_temporary_one():
    real = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    home = Path.home().resolve()
    assert home != real and not home.is_relative_to(real)
    assert Path("~").expanduser().resolve() == home


def collected(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args,
                          str(ROOT / "tests" / "test_semantic.py")], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert out.returncode in (0, 5), out.stdout + out.stderr  # 5: nothing collected
    return {line.split("::")[-1] for line in out.stdout.splitlines() if "::" in line}


def test_tests_that_need_the_model_are_marked_and_can_be_left_out():
    needs_model = collected("-m", "model")
    without = collected("-m", "not model")
    assert "test_vectors_match_the_reference_implementation" in needs_model
    assert "test_questions_rank_by_meaning_and_words" in needs_model
    assert "test_wordpiece_splits_han_characters_punctuation_and_word_pieces" in without
    assert "test_fetch_checks_the_package_hash" in without
    assert not needs_model & without


def test_tests_reach_no_network():
    import socket

    with socket.socket() as s, pytest.raises(OSError, match="no network"):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
