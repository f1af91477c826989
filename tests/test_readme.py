"""The command examples of README.md and the JSON example of the docs are true.

Every ``$ .venv/bin/lawnews …`` line in README.md's code blocks is run on the default
index (built from the bundled corpus, as for a new user), and its printed output must
be the lines under it, in order. A README line that is a lone ``…`` stands for any
number of lines left out. Numbers compare exactly (ranks, counts, ids, dates) except
scores (numbers with a decimal point: within 5 %) and timings (the number before
``ms``: any).
"""

from __future__ import annotations

import json
import math
import re
import shlex

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PROMPT = "$ .venv/bin/lawnews "
ELIDED = "…"

#: A number standing alone (not part of an id such as ``002_79b2#1`` or of ``371件``).
NUMBER = re.compile(r"(?<![\w#.])\d+(?:\.\d+)?(?![\w#]|\.\d)")
TIMING = re.compile(r"\d+(?:\.\d+)? ms\b")


def examples(text: str) -> list[tuple[str, list[str]]]:
    """``(command line, expected output lines)`` of every prompt line in a code block."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] | None = None  # the output lines being collected
    for line in text.splitlines():
        if line.startswith("```"):
            current = None
        elif line.startswith(PROMPT):
            current = []
            out.append((line[len(PROMPT):], current))
        elif line.startswith("$ "):
            current = None  # another program's prompt: not ours to run
        elif current is not None:
            current.append(line)
    return [(cmd, _trim(lines)) for cmd, lines in out]


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _shape(line: str) -> tuple[str, list[str]]:
    """The line's text with numbers taken out (whitespace runs made one), and its numbers."""
    line = TIMING.sub("<ms>", line.rstrip())
    return re.sub(r"\s+", " ", NUMBER.sub("<n>", line)), NUMBER.findall(line)


def same_line(expected: str, actual: str) -> bool:
    (text_e, nums_e), (text_a, nums_a) = _shape(expected), _shape(actual)
    if text_e != text_a or len(nums_e) != len(nums_a):
        return False
    for e, a in zip(nums_e, nums_a):
        if "." in e:
            if not math.isclose(float(e), float(a), rel_tol=0.05):
                return False
        elif e != a:
            return False
    return True


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected`` with each lone ``…`` standing for any lines."""
    if not expected:
        return not actual
    if expected[0].strip() == ELIDED:
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and same_line(expected[0], actual[0]) and matches(expected[1:], actual[1:])


EXAMPLES = examples(README)


def test_the_readme_has_command_examples():
    assert len(EXAMPLES) >= 3 and all(lines for _cmd, lines in EXAMPLES)


@pytest.mark.parametrize("command, expected", EXAMPLES, ids=[cmd for cmd, _ in EXAMPLES])
def test_readme_command_example_prints_what_the_readme_shows(default_index_dir, command, expected):
    result = CliRunner().invoke(cli, shlex.split(command))
    assert result.exit_code == 0, result.output
    actual = _trim(result.stdout.splitlines())
    assert matches(expected, actual), "README shows:\n" + "\n".join(expected) + "\n\nlawnews prints:\n" + "\n".join(actual)


def test_the_line_matching_is_strict_where_it_should_be():
    assert same_line("1. 标题  12.39", "1. 标题  12.41")
    assert not same_line("1. 标题  12.39", "1. 标题  14.69")  # a stale score
    assert not same_line("2. 标题  12.39", "1. 标题  12.39")  # a rank
    assert not same_line("id#1 · 4 sections match", "id#2 · 4 sections match")
    assert same_line("1–1 of 1 story (4 sections) in 87 ms", "1–1 of 1 story (4 sections) in 3 ms")
    assert not same_line("湖南省  4", "湖南省  5")
    assert matches(["a", "…", "d"], ["a", "b", "c", "d"]) and not matches(["a", "…", "d"], ["a", "b"])


# ------------------------------------------------------------ the docs' search JSON

def test_the_search_json_example_of_the_schema_doc_is_true(default_index_dir):
    doc = (ROOT / "docs" / "article-schema.md").read_text(encoding="utf-8")
    example = doc[doc.index("## Output of `lawnews search --json`"):]
    example = example[example.index("```json"):example.index("```", example.index("```json") + 3)]
    query = re.search(r'"query": "([^"]+)"', example).group(1)
    province = re.search(r'"filters": \{"province": \["([^"]+)"\]\}', example).group(1)
    data = json.loads(CliRunner().invoke(cli, ["search", query, "--province", province, "--json"]).stdout)
    hit = data["hits"][0]
    for key in ("total", "total_sections"):
        assert int(re.search(rf'"{key}": (\d+)', example).group(1)) == data[key], key
    for key in ("section_no", "matched_sections", "rank"):
        assert int(re.search(rf'"{key}": (\d+)', example).group(1)) == hit[key], key
    assert re.search(r'"section": "([^"]+)"', example).group(1) == hit["section"]
    assert set(re.findall(r'"(\w+)": ', example)) >= set(hit) | set(data)  # every key is shown
