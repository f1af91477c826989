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
    owners = {"jieba": "chinese.py", "rjieba": "fastseg.py"}  # fastseg serves the analyzer alone
    for path in list((ROOT / "index").rglob("*.py")) + list((ROOT / "search").rglob("*.py")) + list((ROOT / "lawnews").rglob("*.py")):
        for module, owner in owners.items():
            if path.name != owner:
                assert module not in {m.split(".")[0] for m in imports_of(path)}, path
    for path in (ROOT / "index").rglob("*.py"):
        if path.name != "chinese.py":
            assert "fastseg" not in " ".join(imports_of(path)), path


# -- the import rules of index/ (see index/__init__.py) ------------------------------

FOLDERS = {"index": "lawnews.index", "search": "lawnews.search", "lawnews": "lawnews"}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [FOLDERS[rel.parts[0]], *rel.parts[1:]]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def absolute_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved (``from . import x``
    counts as ``package.x``)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([node.module] if node.module else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def sub_package(path: Path) -> str | None:
    rel = path.relative_to(ROOT / "index").parts
    return rel[0] if len(rel) > 1 else None


def index_modules() -> list[Path]:
    return sorted((ROOT / "index").rglob("*.py"))


def test_the_module_name_of_a_file_and_its_imports_are_read_right():
    assert module_name(ROOT / "index" / "store" / "build.py") == "lawnews.index.store.build"
    imports = absolute_imports(ROOT / "index" / "store" / "build.py")
    assert "lawnews.index.ingest.readers" in imports and "lawnews.errors" in imports


def test_index_imports_neither_the_search_layer_nor_the_facade():
    allowed = {"lawnews.config", "lawnews.errors", "lawnews.version"}
    for path in index_modules():
        for m in absolute_imports(path):
            if m.startswith("lawnews.") and not m.startswith("lawnews.index"):
                assert any(m == a or m.startswith(a + ".") for a in allowed), f"{path.relative_to(ROOT)} imports {m}"


def test_ingest_and_tagging_never_import_the_store_and_analysis_imports_no_other_part():
    for path in index_modules():
        part = sub_package(path)
        imported = {m.split(".")[2] for m in absolute_imports(path)
                    if m.startswith("lawnews.index.") and len(m.split(".")) > 2}
        if part in ("ingest", "tagging"):
            assert "store" not in imported, path
        if part == "analysis":
            assert imported <= {"analysis"}, path
        if part == "ingest":
            assert "tagging" not in imported, path


def test_the_command_line_imports_no_whoosh():
    assert not any(m.split(".")[0] == "whoosh" for m in absolute_imports(ROOT / "lawnews" / "cli.py"))
