"""What the docs name exists: the options of the commands they show, the modules of
docs/architecture.md.

In: README.md and docs/*.md as text; the click commands of :mod:`lawnews.cli`; the
``.py`` files of ``index/``, ``search/`` and ``lawnews/``. Out: failures naming the
page, the command and the option it lacks, or the module named that is not there, or
the module there that the architecture page does not name. Reads text only: no index,
no network, well under a second.
"""

from __future__ import annotations

import ast
import re

import pytest

from lawnews.cli import cli
from support import ROOT

PAGES = {"README.md": (ROOT / "README.md").read_text(encoding="utf-8")}
PAGES.update({f"docs/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))})
ARCHITECTURE = PAGES["docs/architecture.md"]
COMMANDS = "|".join(sorted(cli.commands, key=len, reverse=True))


def options_of(command: str) -> set[str]:
    """Every spelling of every option ``lawnews COMMAND`` takes (``--json``, ``-o``, ``--no-bom`` …)."""
    return {o for p in cli.commands[command].params for o in (*p.opts, *p.secondary_opts)}


def command_uses(text: str) -> list[tuple[str, str, str]]:
    """``(command, option, where)`` for each option written after a command in ``text``:
    in a code span (`` `lawnews trends --by city` ``, `` `first --by county --city 南京` ``),
    on a command line of a code block (``$ lawnews …``), and in a table row naming a command
    (``| `lawnews trends …` | … `--top`, `--csv` … |``); an option in a code span naming another
    command (`` `facets --all-copies` ``) counts for that one. Quoted values are skipped."""
    found: list[tuple[str, str, str]] = []

    def scan(command: str, rest: str, where: str) -> None:
        rest = re.sub(r"'[^']*'|\"[^\"]*\"", "", rest.split(" | ")[0])
        found.extend((command, o, where) for o in re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", rest))

    def span(segment: str) -> str | None:
        """The command a code span shows, if it shows one with options or as ``lawnews …``."""
        m = re.match(rf"^(?:\$ )?(?:\.venv/bin/)?(lawnews )?({COMMANDS}) (.*)$", segment)
        if m and (m.group(1) or "--" in m.group(3)):
            scan(m.group(2), m.group(3), segment)
            return m.group(2)
        return None

    for segment in re.findall(r"`([^`\n]+)`", text):
        span(segment)
    for line in text.splitlines():
        if re.match(r"^(?:\$ )?(?:\.venv/bin/)?lawnews ", line):
            span(line.removeprefix("$ "))
        row = re.match(rf"^\| `lawnews ({COMMANDS})\b", line)
        if row:
            cells = line.split("|")
            for segment in re.findall(r"`([^`\n]+)`", "|".join(cells[2:])):
                if span(segment) is None:
                    scan(row.group(1), segment, line[:60])
    return found


USES = [(page, command, option, where) for page, text in PAGES.items() for command, option, where in command_uses(text)]


def test_the_docs_name_many_options():
    assert len(USES) > 150, len(USES)
    assert {page for page, *_ in USES} >= {"README.md", "docs/trends.md", "docs/statutes.md"}


@pytest.mark.parametrize("page, command, option, where", USES,
                         ids=[f"{page}:{command} {option}" for page, command, option, _w in USES])
def test_an_option_the_docs_name_is_one_the_command_takes(page, command, option, where):
    assert option in options_of(command), f"{page}: lawnews {command} has no {option} ({where})"


def test_the_option_check_catches_an_option_no_command_takes():
    assert ("trends", "--every", "trends --by city --every year") in command_uses(
        "see `trends --by city --every year`")
    uses = command_uses("| `lawnews first [QUERY]` | `--from`/`--to`, `--weekly`, as `search --all-copies` |")
    assert ("first", "--weekly") in {(c, o) for c, o, _w in uses}
    assert ("search", "--all-copies") in {(c, o) for c, o, _w in uses}
    assert "--weekly" not in options_of("first")


# -- docs/architecture.md ---------------------------------------------------------------

LAYERS = ("index", "search", "lawnews")
MODULES = sorted(p.relative_to(ROOT).as_posix() for layer in LAYERS for p in (ROOT / layer).rglob("*.py")
                 if p.name != "__init__.py" and "__pycache__" not in p.parts)
NAMED = sorted(set(re.findall(r"`((?:[\w.]+/)*\w+\.(?:py|c))`", ARCHITECTURE)))


def test_the_architecture_page_names_modules():
    assert len(NAMED) > 60, NAMED


@pytest.mark.parametrize("named", NAMED)
def test_a_module_the_architecture_page_names_exists(named):
    """`docs/architecture.md` names modules by file name (`pages.py`) or by a path in a layer
    (`lawnews/api.py`, `search/results.py`, `analysis/chinese.py`): some file ends so."""
    here = [m for m in MODULES + ["index/ingest/_glyphbox.c"] if m == named or m.endswith("/" + named)]
    here += [named] if (ROOT / named).is_file() else []  # setup.py, tests/test_layout.py
    assert here, f"docs/architecture.md names {named}, which no file of {', '.join(LAYERS)} is"


@pytest.mark.parametrize("module", MODULES)
def test_every_module_is_named_on_the_architecture_page(module):
    assert re.search(rf"`(?:[\w.]+/)*{re.escape(module.rsplit('/', 1)[1])}`", ARCHITECTURE), (
        f"docs/architecture.md does not name {module}: say what it holds")


def defined_in(path) -> set[str]:
    """The names a module defines or imports, and the methods of its classes."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


CALLS = sorted(c for c in set(re.findall(
    r"`((?:store|ingest|tagging)/\w+\.\w+(?:\.\w+)?|(?:cli|api|output|syntax|query|exclusion)\.\w+)`", ARCHITECTURE))
    if not c.endswith(".py"))


def test_the_architecture_page_walks_through_functions():
    assert len(CALLS) >= 10, CALLS


@pytest.mark.parametrize("call", CALLS)
def test_a_function_on_the_path_of_a_file_or_query_exists(call):
    """`store/build.iter_articles`, `cli.index_cmd`, `output.render_results` … are the names
    the path of a file and of a query walk through: each module has that name."""
    parts = call.split(".")
    path, names = parts[0], parts[1:]
    folder = {"cli": "lawnews", "api": "lawnews", "output": "lawnews"}.get(path, "search" if "/" not in path else "index")
    defined = defined_in(ROOT / folder / f"{path}.py")
    for name in names:
        assert name in defined, f"{folder}/{path}.py has no {name}"
