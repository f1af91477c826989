"""The docs stay true: README code runs, every command is documented."""

from __future__ import annotations

import re

import pytest

from lawnews.cli import cli
from support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"


def blocks(text: str, lang: str | None = None) -> list[str]:
    """The fenced code blocks of ``text`` in language ``lang`` (all blocks if None)."""
    out, current, fence_lang = [], None, None
    for line in text.splitlines():
        if line.startswith("```"):
            if current is None:
                current, fence_lang = [], line[3:].strip()
            else:
                if lang is None or fence_lang == lang:
                    out.append("\n".join(current) + "\n")
                current = None
        elif current is not None:
            current.append(line)
    return out


def test_readme_starts_with_the_two_commands():
    first = blocks(README, "sh")[0]
    assert "make install" in first and "make test" in first


@pytest.mark.parametrize("code", blocks(README, "python"))
def test_readme_python_blocks_run(code, capsys):
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"lawnews {name}" in README


def test_commands_shown_in_docs_exist():
    text = README + "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    used = set(re.findall(r"`(?:\.venv/bin/)?lawnews ([a-z]+(?:-[a-z]+)*)\b", text))
    for block in blocks(text):
        used.update(re.findall(r"^(?:\$ )?(?:\.venv/bin/)?lawnews ([a-z]+(?:-[a-z]+)*)\b", block, flags=re.M))
    assert used <= set(cli.commands), used - set(cli.commands)


@pytest.mark.parametrize("page", ["query-language", "facets-and-tagging", "article-schema",
                                  "configuration", "scaling-out", "statute-questions"])
def test_topic_pages_exist_and_are_linked(page):
    assert (DOCS / f"{page}.md").is_file()
    assert f"docs/{page}.md" in README
