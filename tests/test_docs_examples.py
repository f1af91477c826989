"""Every documented example runs as written: what a new user types after reading
README.md and docs/*.md exits 0 (or raises nothing).

- README's quick start: the two ``make`` commands (``make -n``: the targets exist and
  expand; the search ``make install`` ends with, and ``make search q=…``, are run);
- README's command examples: the ``$ .venv/bin/lawnews …`` lines (their printed
  output is checked by test_readme.py) and the commands quoted in its text;
- the concrete commands quoted in docs/*.md (placeholders such as ``QUERY`` or
  ``PATH…`` left out), and the ``lawnews`` lines of their ``sh`` blocks, run in a
  folder holding a copy of the bundled corpus, where ``var/index`` is built by the
  taxonomy example as the docs show it;
- the Python blocks of README.md and docs/*.md, run in that folder;
- the library calls their prose quotes (`` `ix.cited_by("刑法313", province="湖南")` ``,
  `` `build_index(..., jobs=N)` ``): each names a function or method lawnews has and
  arguments it takes, and those written out whole run on the bundled corpus.

The docs' `$ lawnews …` examples print the lines shown under them; each documented
command that takes ``--json`` runs with it too and counts there what its text counts;
the errors README quotes are what lawnews says.

Commands that serve, need the statute corpus of ``../shared`` or write into the
default index (``lawnews index`` without ``--index-dir``) are left out; the default
index is the session's (conftest points it at a temporary folder).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from support import CORPUS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))}


def blocks(text: str, lang: str | None = None) -> list[str]:
    """The fenced code blocks of ``text`` in language ``lang`` (every block if None)."""
    out, current, fence = [], None, ""
    for line in text.splitlines():
        if line.startswith("```"):
            if current is None:
                current, fence = [], line[3:].strip()
            else:
                if lang is None or fence == lang:
                    out.append("\n".join(current) + "\n")
                current = None
        elif current is not None:
            current.append(line)
    return out


def command_lines(block: str) -> list[str]:
    """The commands of a shell block: its lines less prompts and ``#`` comments."""
    lines = []
    for line in block.splitlines():
        line = re.sub(r"\s+#.*$", "", line.removeprefix("$ ")).strip()
        if line:
            lines.append(line)
    return lines


#: A command shown with placeholders or alternatives, not to be typed as it is.
PLACEHOLDER = re.compile(r"\b[A-Z]+\b|[\[\]|…]|\b(?:DIR|PATH|ID|FILE)\b")

#: Commands never run here: a server, the default index's updates, the statute corpus.
LEFT_OUT = re.compile(r"^lawnews (?:serve|index(?!.*--index-dir))\b|\.\./shared/corpora|--index-dir var/statutes")


def quoted_commands(text: str) -> list[str]:
    """The concrete ``lawnews …`` commands quoted in ``text``'s prose (`` `lawnews …` ``)."""
    found = re.findall(r"`(?:\.venv/bin/)?(lawnews [a-z-]+ [^`]+)`", " ".join(text.split()))
    return [c for c in dict.fromkeys(found) if not PLACEHOLDER.search(c) and not LEFT_OUT.search(c)
            and not re.fullmatch(r"lawnews [a-z-]+ --[a-z]+", c)]  # an option named, no command


def run(command: str, cwd: Path | None = None, stdin: str | None = None):
    """``lawnews …`` (a shell command line) through click's runner, in ``cwd``."""
    args = shlex.split(command)
    assert args[0].endswith("lawnews"), command
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, args[1:], input=stdin, catch_exceptions=False)
    finally:
        os.chdir(old)


# -- README: the quick start ----------------------------------------------------------

QUICK_START = command_lines(blocks(README, "sh")[0])
MAKE = shutil.which("make")


def test_the_quick_start_is_the_two_make_commands():
    assert QUICK_START == ["make install", "make test"]


def make_n(*args: str) -> list[str]:
    """The commands ``make ARGS`` would run (``make -n``), with this Python's venv."""
    venv = Path(sys.executable).parent.parent
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    done = subprocess.run([MAKE, "-n", "--no-print-directory", *args, f"VENV={venv}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line.strip()]


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
@pytest.mark.parametrize("command", QUICK_START)
def test_each_quick_start_command_is_a_make_target(command):
    assert make_n(*shlex.split(command)[1:])


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["install", "search q=终本"])
def test_the_searches_of_the_quick_start_run(target):
    assert f"make {target}" in README
    lines = make_n(*shlex.split(target))
    search = lines[-1]
    assert re.search(r"/lawnews search ", search), lines
    result = run(search)
    assert result.exit_code == 0, result.output
    assert re.search(r"^1\. ", result.stdout, re.M), result.stdout  # a first hit


# -- README: the command examples -------------------------------------------------------

README_COMMANDS = [line[len("$ "):] for block in blocks(README) for line in block.splitlines()
                   if line.startswith("$ .venv/bin/lawnews ")]
README_COMMANDS += [c for c in quoted_commands(README) if "--plot" not in c]  # a chart needs fonts


def test_the_readme_shows_command_examples():
    assert len(README_COMMANDS) >= 6, README_COMMANDS


@pytest.mark.parametrize("command", README_COMMANDS)
def test_a_readme_command_runs(command):
    result = run(command)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


# -- docs/: commands quoted and shell blocks, in a folder of their own --------------------

@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder holding ``corpus/`` (a copy of the bundled one), the taxonomy file of
    facets-and-tagging.md and ``var/index`` built by its example."""
    folder = tmp_path_factory.mktemp("docs-examples")
    shutil.copytree(CORPUS, folder / "corpus")
    doc = DOCS["facets-and-tagging.md"]
    (folder / "my-taxonomy.toml").write_text(blocks(doc, "toml")[0], encoding="utf-8")
    build = next(c for block in blocks(doc, "sh") for c in command_lines(block) if "--taxonomy" in c)
    result = run(build, folder)
    assert result.exit_code == 0, result.output
    return folder


DOC_COMMANDS = [(name, c) for name, text in DOCS.items() for c in quoted_commands(text)]
DOC_BLOCKS = [(name, c) for name, text in DOCS.items() for block in blocks(text, "sh")
              for c in command_lines(block)
              if c.startswith(("lawnews ", "echo ")) and not LEFT_OUT.search(c) and "--taxonomy" not in c]


def test_the_docs_show_commands():
    assert len(DOC_COMMANDS) >= 5 and len(DOC_BLOCKS) >= 5, (DOC_COMMANDS, DOC_BLOCKS)


@pytest.mark.parametrize("page, command", DOC_COMMANDS + DOC_BLOCKS)
def test_a_documented_command_runs(workdir, page, command):
    stdin = None
    if command.startswith("echo "):  # echo 'TEXT' | lawnews tag -
        echoed, command = (part.strip() for part in command.split("|", 1))
        stdin = shlex.split(echoed)[1] + "\n"
    result = run(command, workdir, stdin)
    assert result.exit_code == 0, f"{page}: {command}\n{result.output}"
    written = re.search(r"(?:-o|--mapping) (\S+)", command)
    assert result.stdout.strip() or (written and (workdir / written.group(1)).is_file()), command


def test_the_taxonomy_example_built_an_index_with_its_label(workdir):
    result = run("lawnews stats --json --index-dir var/index", workdir)
    assert result.exit_code == 0 and '"taxonomy"' in result.stdout


def test_shell_completion_prints_a_script():
    doc = DOCS["configuration.md"]
    line = command_lines(blocks(doc, "sh")[0])[0]
    variable = re.search(r"(_LAWNEWS_COMPLETE)=(\w+)", line)
    lawnews = Path(sys.executable).with_name("lawnews")
    if not lawnews.exists():
        pytest.skip("the lawnews command is not installed beside this Python")
    done = subprocess.run([str(lawnews)], env={**os.environ, variable.group(1): variable.group(2)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "complete" in done.stdout


@pytest.mark.parametrize("command", [c for block in blocks(DOCS["facets-and-tagging.md"])
                                     for c in command_lines(block) if c.startswith("lawnews eval-tags ")])
def test_the_tag_evaluation_examples_run(command):
    """Each example scores its annotations where their page texts are here; where they are not
    (a fresh clone: the texts are fetched apart, eval/README.md says how), it names the folder
    it looked for instead of scoring nothing."""
    args = shlex.split(command)
    target = Path(ROOT, args[2])
    assert target.exists(), f"{target} is not here"
    texts = Path(ROOT, args[args.index("--texts") + 1]) if "--texts" in args else (
        Path(ROOT, "corpus") if target.suffix == ".json" else target.parent / "pages" / "tags")
    result = run(command, ROOT)
    if texts.is_dir() and any(texts.iterdir()):
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code != 0 and str(texts.relative_to(ROOT)) in result.output, result.output


# -- Python blocks -------------------------------------------------------------------------

PYTHON = [("README.md", code) for code in blocks(README, "python")]
PYTHON += [(name, code) for name, text in DOCS.items() for code in blocks(text, "python")]


def test_the_docs_hold_python_examples():
    assert len(PYTHON) >= 2


@pytest.mark.parametrize("page, code", PYTHON, ids=[f"{name}-{n}" for n, (name, _c) in enumerate(PYTHON)])
def test_a_python_example_runs(workdir, page, code, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    exec(compile(code, page, "exec"), {"__name__": "__docs__"})
    assert capsys.readouterr().out.strip()


# -- what README says every command takes ----------------------------------------------------

WITHOUT_INDEX = set(re.search(r"\(all but ([^)]*)\) takes `--index-dir DIR`", " ".join(README.split()))
                    .group(1).replace("`", "").replace(" and ", ", ").split(", "))


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_a_command_takes_index_dir_as_the_readme_says(name):
    options = {o for p in cli.commands[name].params for o in getattr(p, "opts", [])}
    assert ("--index-dir" in options) == (name not in WITHOUT_INDEX), (name, WITHOUT_INDEX)


def test_the_parse_json_example_shows_every_key_parse_gives(workdir):
    doc = DOCS["article-schema.md"]
    example = doc[doc.index("## Output of `lawnews parse --jsonl`"):]
    example = example[example.index("```json"):example.index("```", example.index("```json") + 3)]
    result = run("lawnews parse corpus/000_082eefb158be16f6.txt --jsonl", workdir)
    record = json.loads(result.stdout.splitlines()[0])
    shown = set(re.findall(r'"(\w+)": ', example))
    assert set(record) <= shown, set(record) - shown


# -- the docs' `$ lawnews …` examples: their output as the docs show it ---------------------

def prompt_examples(text: str) -> list[tuple[str, list[str]]]:
    """``(command, lines shown under it)`` of each ``$ lawnews …`` line of ``text``'s blocks."""
    from test_readme import _trim

    out: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("```"):
            current = None
        elif line.startswith("$ lawnews "):
            current = []
            out.append((line[2:], current))
        elif current is not None:
            current.append(line)
    return [(cmd, _trim(lines)) for cmd, lines in out]


DOC_PROMPTS = [(name, cmd, lines) for name, text in DOCS.items() if name != "web.md"
               for cmd, lines in prompt_examples(text) if not LEFT_OUT.search(cmd)]


def test_the_docs_show_command_output():
    assert {name for name, _c, _l in DOC_PROMPTS} >= {"query-language.md", "statutes.md"}, DOC_PROMPTS


@pytest.mark.parametrize("page, command, expected", DOC_PROMPTS, ids=[c for _p, c, _l in DOC_PROMPTS])
def test_a_docs_example_prints_what_the_docs_show(workdir, page, command, expected):
    """An example showing an ``Error: …`` exits 1, any other 0; the lines shown are
    the lines printed (a lone ``…`` for lines left out)."""
    from test_readme import _trim, matches

    result = run(command, workdir)
    failing = any(line.startswith("Error: ") for line in expected)
    assert result.exit_code == (1 if failing else 0), f"{page}: {command}\n{result.output}"
    actual = _trim(result.output.splitlines())
    assert matches(expected, actual), f"{page} shows:\n" + "\n".join(expected) + "\n\nlawnews prints:\n" + "\n".join(actual)


# -- the next step after an example: the same command as JSON ----------------------------------

#: The documented commands that take ``--json``, each run as JSON too.
JSON_COMMANDS = [c for c in dict.fromkeys(README_COMMANDS + [c for _p, c in DOC_COMMANDS + DOC_BLOCKS])
                 if re.match(r"(?:\.venv/bin/)?lawnews (?:search|facets|similar|trends|first|profile|stats) ", c)
                 and not re.search(r"--(?:json|fields|csv|plot)\b|-o ", c)]
#: What the text output says it counted: a search's footer, the facets' first line, trends' note.
COUNTED = re.compile(r"(?:^\d+–\d+ of |^)(\d+) (?:stories|story|articles|article)\b(?!.*citing)", re.M)


def test_the_documented_json_commands_are_many():
    assert len(JSON_COMMANDS) >= 8, JSON_COMMANDS


@pytest.mark.parametrize("command", JSON_COMMANDS)
def test_a_documented_command_as_json_counts_what_its_text_counts(workdir, command):
    text = run(command, workdir)
    data = json.loads(run(command + " --json", workdir).stdout)
    assert text.exit_code == 0, text.output
    counted = COUNTED.findall(text.stdout)
    if "total" in data and counted:
        assert int(counted[-1]) == data["total"], (command, counted, data["total"])


# -- the errors README quotes ------------------------------------------------------------------

@pytest.mark.parametrize("option, value", re.findall(r"\(`(--\w+) (\S+)`, `(?:--\w+) \S+`;", " ".join(README.split()))
                         + re.findall(r"`--\w+ \S+`, `(--\w+) (\S+)`; the message lists", " ".join(README.split())))
def test_a_filter_value_no_article_has_is_an_error_listing_the_values(option, value):
    result = run(f"lawnews search 执行 {option} {value}")
    assert result.exit_code == 1 and result.output.startswith("Error: unknown "), result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_index_errors_readme_quotes_are_what_lawnews_says(tmp_path):
    flat = " ".join(README.split())
    empty = re.search(r"an empty folder \(`([^`…]+)…`\)", flat).group(1)
    unread = re.search(r"inputs all skipped \(`([^`]+)`", flat).group(1)
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.xyz").write_text("随手记", encoding="utf-8")
    for path, said in ((tmp_path / "empty", empty), (tmp_path / "notes.xyz", unread)):
        result = run(f"lawnews index {path} --index-dir {tmp_path / 'ix'}")
        assert result.exit_code == 1 and result.output.startswith(f"Error: {said}"), result.output
    assert not (tmp_path / "ix").exists()


def test_the_first_reports_on_the_bundled_corpus_are_what_readme_says():
    found = re.search(r"`first` lists the provinces under `(undated only: [^`]+)` and says `([^`]+)`",
                      " ".join(README.split()))
    command = next(c for c in README_COMMANDS if c.startswith("lawnews first "))
    result = run(command)
    assert result.exit_code == 0 and result.stdout.strip().splitlines() == [found.group(1), found.group(2)], result.output


# -- the library calls quoted in the prose (`ix.cited_by("刑法313", province="湖南")`) ---------

#: A call quoted in the text: ``lawnews.x(…)``, ``ix.x(…)``, ``NewsIndex.x(…)`` or a bare
#: ``name(…)`` given arguments (``build_index(..., jobs=N)``), ``with …:`` around it allowed.
CALL = re.compile(r"`((?:with )?(?:(?:lawnews|ix|NewsIndex)\.[\w.]*\(|[a-z_]+\((?!\)))[^`]*\)(?:\.\w+\(\))?(?: as \w+:)?)`")
PROSE_CALLS = [(name, c) for name, text in [("README.md", README), *DOCS.items()]
               for c in dict.fromkeys(CALL.findall(" ".join(text.split())))]


def quoted_call(snippet: str):
    """``(callee, call)`` of a quoted call: the function or method it names (looked up on
    ``lawnews``, ``NewsIndex`` and ``lawnews.errors``) and its first call's AST, with each
    placeholder (``…``, ``...``, an empty ``key=``) read as the name ``_``."""
    import ast
    import importlib
    import inspect

    import lawnews

    code = re.sub(r"^with (.*) as \w+:$", r"\1", snippet).replace("…", "_").replace("...", "_")
    code = re.sub(r"=\s*(?=[,)])", "=_", code)
    call = ast.parse(code, mode="eval").body
    while isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call):
        call = call.func.value  # statute_article(…).to_dict(): the first call
    path = ast.unparse(call.func).split(".")
    owners = {"lawnews": lawnews, "ix": lawnews.NewsIndex, "NewsIndex": lawnews.NewsIndex}
    if path[0] in owners:
        target = owners[path[0]]
        for n, part in enumerate(path[1:], 1):  # a sub-package import lawnews leaves out: lawnews.web
            target = getattr(target, part, None) or importlib.import_module(".".join(path[:n + 1]))
    else:
        target = next((getattr(o, path[0]) for o in (lawnews, lawnews.NewsIndex, lawnews.errors)
                       if inspect.isroutine(getattr(o, path[0], None))), None)
    return target, call


def test_the_docs_quote_library_calls():
    assert len(PROSE_CALLS) >= 15 and any(name == "statutes.md" for name, _c in PROSE_CALLS), PROSE_CALLS


@pytest.mark.parametrize("page, snippet", PROSE_CALLS, ids=[c for _p, c in PROSE_CALLS])
def test_a_library_call_in_the_docs_names_real_arguments(page, snippet):
    """The function or method exists, and takes the arguments the text passes it: as many
    positional ones, each keyword (a facet name where it takes the facet filters)."""
    import inspect

    from lawnews.index.store.schema import FACETS

    target, call = quoted_call(snippet)
    assert callable(target), f"{page}: {snippet} names nothing lawnews has"
    params = inspect.signature(target).parameters
    positional = [p for p in params.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    bound = isinstance(inspect.getattr_static(*_owner_and_name(target)), (classmethod, staticmethod))
    method = "self" in params and not bound
    assert len(call.args) <= len(positional) - method or any(p.kind == p.VAR_POSITIONAL for p in params.values()), \
        f"{page}: {snippet}: {target.__qualname__} takes {list(params)}"
    filters = any(p.kind == p.VAR_KEYWORD for p in params.values())
    for kw in call.keywords:
        assert kw.arg in params or (filters and kw.arg in FACETS), \
            f"{page}: {snippet}: {target.__qualname__} takes no {kw.arg}= ({list(params)})"


def _owner_and_name(target):
    """``(class or module, name)`` where ``target`` is defined, for ``inspect.getattr_static``."""
    import importlib

    owner = importlib.import_module(target.__module__)
    for part in target.__qualname__.split(".")[:-1]:
        owner = getattr(owner, part)
    return owner, target.__name__


def _concrete(call) -> bool:
    """Whether every argument of ``call`` is a literal (no placeholder, no name to fill in)."""
    import ast

    try:
        for node in [*call.args, *(kw.value for kw in call.keywords)]:
            ast.literal_eval(node)
    except ValueError:
        return False
    return True


CONCRETE_CALLS = [(p, c) for p, c in PROSE_CALLS if _concrete(quoted_call(c)[1]) and not c.startswith("with ")]


def test_some_quoted_calls_run_as_written():
    assert any("cited_by" in c for _p, c in CONCRETE_CALLS), CONCRETE_CALLS


@pytest.mark.parametrize("page, snippet", CONCRETE_CALLS, ids=[c for _p, c in CONCRETE_CALLS])
def test_a_concrete_library_call_in_the_docs_runs_on_the_bundled_corpus(workdir, page, snippet):
    """A call written out whole runs on an index of the bundled corpus: it returns, or it
    asks for a facet value the bundled pages give no article (they print no dates, so
    ``year=2024`` is the error saying the index has no year)."""
    import ast
    import inspect

    import lawnews

    target, call = quoted_call(snippet)
    with lawnews.NewsIndex.open(workdir / "var" / "index") as ix:
        if isinstance(inspect.getattr_static(*_owner_and_name(target)), (classmethod, staticmethod)) \
                or not hasattr(lawnews.NewsIndex, target.__name__):
            result = target(*map(ast.literal_eval, call.args),
                            **{kw.arg: ast.literal_eval(kw.value) for kw in call.keywords})
        else:  # NewsIndex.method(…) / ix.method(…): on the open index
            try:
                result = getattr(ix, target.__name__)(*map(ast.literal_eval, call.args),
                                                      **{kw.arg: ast.literal_eval(kw.value) for kw in call.keywords})
            except lawnews.UnknownFacetError as e:
                assert not e.known, f"{page}: {snippet}: {e}"
                assert e.facet in ("year", "source"), e
                return
    assert result is not None or target.__name__ in ("close",), f"{page}: {snippet} returned None"
