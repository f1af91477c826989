"""What a command prints for other programs carries no terminal styling where none is
wanted: under NO_COLOR on a terminal, and on a stdout in another encoding than UTF-8 (a GBK
console's redirect, PYTHONIOENCODING=gbk) piped to a program, the --fields table's header had
its bold escape codes."""

from __future__ import annotations

import io

import click

from lawnews import cli


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def _printed(monkeypatch, stream: io.TextIOWrapper, raw: io.BytesIO) -> bytes:
    monkeypatch.setattr("sys.stdout", stream)
    cli.echo_utf8(click.style("article_id  title", bold=True))
    stream.flush()
    return raw.getvalue()


def test_no_color_on_a_terminal_prints_no_styling(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    raw = io.BytesIO()
    assert b"\x1b" not in _printed(monkeypatch, _Terminal(raw, encoding="utf-8"), raw)


def test_a_pipe_in_another_encoding_gets_no_styling(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    raw = io.BytesIO()
    out = _printed(monkeypatch, io.TextIOWrapper(raw, encoding="gbk"), raw)
    assert out == "article_id  title\n".encode("utf-8"), out


def test_a_terminal_keeps_its_styling(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    raw = io.BytesIO()
    assert b"\x1b[1m" in _printed(monkeypatch, _Terminal(raw, encoding="gbk"), raw)
