"""Paths shared by the tests (importable because pytest puts tests/ on sys.path)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
