"""The package layout promises: one import package, one-way dependencies."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
    return out


def test_top_level_index_and_search_are_not_importable_as_packages():
    code = "import index.build"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode != 0


def test_lawnews_maps_the_layer_folders():
    import lawnews.index
    import lawnews.search

    assert Path(lawnews.index.__file__).parent == ROOT / "index"
    # `lawnews.search` is the search() function; the subpackage is in sys.modules
    assert Path(sys.modules["lawnews.search"].__file__).parent == ROOT / "search"


def test_cli_never_imports_whoosh_or_a_segmenter():
    mods = imports_of(ROOT / "lawnews" / "cli.py")
    assert not any(m.split(".")[0] in {"whoosh", "jieba", "rjieba"} for m in mods)


def test_layers_use_relative_imports_and_depend_one_way():
    for layer in ("index", "search"):
        for path in (ROOT / layer).rglob("*.py"):
            mods = imports_of(path)
            assert not any(m.split(".")[0] in {"index", "search", "lawnews"} for m in mods), path
    for path in (ROOT / "index").rglob("*.py"):
        assert not any("search" in m for m in imports_of(path) if m.startswith(".")), path


def test_segmenters_are_imported_only_by_the_analyzer():
    owners = {"jieba": "analysis.py", "rjieba": "fastseg.py"}  # fastseg serves the analyzer alone
    for path in list((ROOT / "index").rglob("*.py")) + list((ROOT / "search").rglob("*.py")) + list((ROOT / "lawnews").glob("*.py")):
        for module, owner in owners.items():
            if path.name != owner:
                assert module not in {m.split(".")[0] for m in imports_of(path)}, path
    for path in (ROOT / "index").rglob("*.py"):
        if path.name != "analysis.py":
            assert "fastseg" not in " ".join(imports_of(path)), path
