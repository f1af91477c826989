"""The ``lawnews`` command line: parse options, call the library, format the answer.

Each command calls one public function or method of :mod:`lawnews` and prints
its result as text (colour on a terminal only, ``NO_COLOR`` honoured) or as JSON.
Library errors become one ``Error: …`` line and exit code 1 in exactly one place,
:class:`LawNewsGroup`; usage errors exit 2.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shlex
import sys
import time
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import Any, Iterator
from urllib.parse import urlsplit

import click

import lawnews

from . import output
from .config import INDEX_DIR_ENV
from .search.syntax import field_name, starts_with_field

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class LawNewsGroup(click.Group):
    """A click group that turns every LawNewsError into a one-line error (exit 1), and
    ends every command whose reader stops early (``| head``) quietly with exit status 0.
    Its streams print what the console's encoding cannot hold escaped (:func:`_escaping_streams`)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        _escaping_streams()
        return super().main(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for word in args:
            _utf8_word(word)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # what is left in the buffer, while a closed pipe can still be told apart
            return result
        except BrokenPipeError:
            _reader_gone()
            ctx.exit(0)
        except lawnews.LawNewsError as e:
            raise click.ClickException(lawnews.errors.message(e)) from None
        except KeyboardInterrupt:  # Ctrl-C: say what became of the index, not click's bare "Aborted!"
            click.echo(f"Error: {lawnews.errors.INTERRUPTED}", err=True)
            ctx.exit(130)


def _escaping_streams() -> None:
    """stdout, as stderr already does, writes a character its encoding lacks (an emoji, or
    ``•``, on a GBK console or redirect of Chinese Windows) as its escape (``\\U0001f600``,
    ``\\u2022``) and the rest as is, instead of stopping the command with an encoding
    error; so do stderr streams set up otherwise (a test's). JSON and CSV are UTF-8 anyway
    (:func:`echo_utf8`)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (AttributeError, OSError, ValueError):  # a stream that cannot change it stays as it is
                pass


def _utf8_word(word: str) -> None:
    """A usage error for a word of the command line that is no UTF-8 (bytes the system could
    not decode: a terminal sending GBK to a UTF-8 system) and names no file or folder there
    (a file's name of GBK bytes is a path all the same, given as ``--option FILE`` or
    ``--option=FILE``; reading it says what to do)."""
    if word.isascii():
        return
    from .index.ingest.decoding import undecoded

    bad = undecoded(word)
    if bad is None:
        return
    value = word.partition("=")[2] if word.startswith("--") and "=" in word else word
    if os.path.lexists(value):
        return
    shown, as_gbk = bad
    reads = f" (as GBK it reads '{as_gbk}')" if as_gbk is not None else ""
    raise click.UsageError(f"'{shown}' is not UTF-8 text{reads}: the terminal sends"
                           f" another encoding than the system's ({sys.getfilesystemencoding()}); set the terminal"
                           " to UTF-8, or LANG to the terminal's encoding (LANG=zh_CN.GBK)")


def _reader_gone() -> None:
    """The reader of stdout has stopped (``lawnews … | head``): what would still be written
    goes nowhere, so that neither the command nor Python's exit reports a broken pipe. The
    reader had what it asked for, so every command ends with status 0, as one that wrote
    all it had before the pipe closed does."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a stream without a file (a test's)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


class QueryCommand(click.Command):
    """A command taking a QUERY that may begin with the query language's minus
    (``-湖南``, ``-"执行到位"``, ``-(执行 OR 调解)``, a field clause, ``-title:执行``,
    ``-province:湖南``, ``-省份：湖南``, or a minus and a space, ``- 终本``, which the query's
    reading names as an error): such a word is the query, never options (``-province:湖南``
    is not ``-p -r -o vince:湖南``, nor ``-mechanism:执转破`` a ``-h`` asking for help). Any
    other word beginning with a single minus is options, and one that is no option of the
    command (``-hello``) is named whole in the usage error saying to write it after ``--``.

    ``--`` ends the options, as for any command line: every word after it is a word of the
    query, joined by spaces (``lawnews search -- -终本 执行`` searches ``-终本 执行``;
    ``lawnews search -- '-- +'`` searches ``-- +``); an option of the command after it is
    refused, said to go before ``--``. A query that looks like an option and is not one
    (``'--交叉执行'``, ``'-- +'``, ``--indx-dir``) is a usage error saying to write ``--``
    before it, with the command line that does."""

    def make_parser(self, ctx: click.Context) -> Any:
        """click's parser, but for the words in the place of options that are queries
        (:func:`_query_word`): it takes them as arguments, where a word beginning with a
        minus would be read as options, a short one's letters each an option of its own. A
        word of options one of which the command lacks is named whole when refused
        (``-hello``, not its ``-e``)."""
        parser = super().make_parser(ctx)
        as_options = parser._process_opts  # the parser's step for each word where options go (click 8.1 on)

        def process(arg: str, state: Any) -> None:
            if _query_word(arg):
                state.largs.append(arg)
                return
            try:
                as_options(arg, state)
            except click.NoSuchOption as e:
                if arg.startswith("--") or e.option_name == arg.split("=")[0]:
                    raise
                raise click.NoSuchOption(arg, possibilities=e.possibilities, ctx=ctx) from None

        parser._process_opts = process  # type: ignore[method-assign]
        return parser

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        names = [n for p in self.get_params(ctx) for n in p.opts if n.startswith("-")]
        args = self._query_after_end(ctx, list(args), names)
        ctx.allow_extra_args = True  # said below, with the quoting that gives them as one query
        try:
            rest = super().parse_args(ctx, args)
        except click.NoSuchOption as e:
            raise self._not_an_option(ctx, e.option_name, e.possibilities, args) from None
        if ctx.args and not ctx.resilient_parsing:
            for arg in ctx.args:  # an option mistyped beside a `-湖南` (one after `--` is no option)
                if arg.startswith("-") and not _query_word(arg) and arg.split("=")[0] not in names:
                    name = arg.split("=")[0]
                    raise self._not_an_option(ctx, name, difflib.get_close_matches(name, names), args)
            words = " ".join([ctx.params.get("query") or "", *ctx.args]).strip()
            ctx.fail(f"got unexpected extra arguments ({' '.join(ctx.args)}); a query of several words is"
                     f" one argument, in quotes: {self._command_line(ctx, words)}")
        return rest

    def _query_after_end(self, ctx: click.Context, args: list[str], names: list[str]) -> list[str]:
        """``args`` with the words after the ``--`` that ends the options joined as one (the
        query); a usage error when one of them is an option of this command."""
        end = _end_of_options(self, ctx, args)
        if end is None:
            return args
        words = args[end + 1:]
        misplaced = [w for w in words if w.split("=")[0] in names]
        if misplaced and not ctx.resilient_parsing:
            ctx.fail(f"{misplaced[0]} comes after --, which ends the options: every word after -- is the query;"
                     f" give the options before --: lawnews {self.name} {misplaced[0]} … -- QUERY")
        return args[:end + 1] + ([" ".join(words)] if words else [])

    def _command_line(self, ctx: click.Context, query: str) -> str:
        """``lawnews search -- '-- +'``: the command with ``query`` as its one argument, after
        ``--`` when it begins with a minus the command would read as an option."""
        end = "-- " if query.startswith("-") and not _query_word(query.split(" ")[0]) else ""
        return f"lawnews {self.name} {end}{shlex.quote(query)}"

    def _not_an_option(self, ctx: click.Context, name: str, close: "list[str] | None", args: list[str]) -> click.UsageError:
        """The usage error of a word beginning with - that is no option of the command: a
        query is written after ``--`` (the command line that does it); a name spelt like an
        option is also said to be unknown, with the options spelt like it."""
        typed = next((a for a in args if a == name or a.startswith(name + "=")), name)
        after = f"a query beginning with - is written after --: {self._command_line(ctx, typed)}"
        if _option_like(name):
            said = f"No such option: {name}" + (f" (did you mean {' or '.join(sorted(close))}?)" if close else "")
            return click.UsageError(f"{said}; {after}", ctx)
        return click.UsageError(f"{typed!r} is read as an option, and {self.name} has no such option;"
                                f" to search for it, {after}", ctx)


def _end_of_options(command: click.Command, ctx: click.Context, args: list[str]) -> "int | None":
    """Where in ``args`` the ``--`` ending the options is (None: there is none): the first
    ``--`` that is not the value of an option before it (``--fields --`` gives ``--`` as
    the value of ``--fields``)."""
    takes_value = {n for p in command.get_params(ctx) if isinstance(p, click.Option) and not p.is_flag
                   for n in p.opts + p.secondary_opts}
    for i, arg in enumerate(args):
        if arg == "--" and not (i and args[i - 1] in takes_value):
            return i
    return None


def _option_like(name: str) -> bool:
    """Whether ``name`` is spelt as an option is (``--indx-dir``, ``-x``), not a query (``--交叉执行``, ``-- +``)."""
    body = name.lstrip("-")
    return bool(body) and body.isascii() and all(c.isalnum() or c in "-_" for c in body)


def _query_word(arg: str) -> bool:
    """Whether ``arg``, a word beginning with one minus, is a query, no options: the minus
    of the query language before a Chinese word (``-湖南``), a phrase (``-"执行到位"``), a
    group (``-(执行 OR 调解)``), a space (``- 终本``) or a field clause (``-title:执行``,
    ``-province：湖南``, ``-省份:湖南``: a query field's name and its colon)."""
    if len(arg) < 2 or arg[0] != "-" or arg[1] == "-":
        return False
    return not arg[1].isascii() or arg[1] in "\"( " or starts_with_field(arg[1:])


def _color() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None


def echo(text: str = "", err: bool = False) -> None:
    click.echo(text, err=err, color=_color())


def echo_utf8(text: str, nl: bool = True) -> None:
    """``text`` (and a newline, with ``nl``) on stdout in UTF-8, whatever the locale's
    encoding: JSON and CSV are UTF-8 (a console or a redirect in GBK, cp936 on Chinese
    Windows, got GBK bytes, and a character GBK lacks, such as a CSV's byte order mark,
    failed). Styling (a table's bold header) only on a terminal, unless ``NO_COLOR``."""
    stdout = sys.stdout
    buffer = getattr(stdout, "buffer", None)
    if buffer is None or (getattr(stdout, "encoding", "") or "").lower().replace("-", "") == "utf8":
        click.echo(text, nl=nl, color=_color())
        return
    if _color() is False or not stdout.isatty():
        text = click.unstyle(text)
    stdout.flush()
    buffer.write((text + ("\n" if nl else "")).encode("utf-8"))
    buffer.flush()


def echo_json(data: Any) -> None:
    """``data`` as indented JSON on stdout, in UTF-8 (:func:`echo_utf8`)."""
    echo_utf8(json.dumps(data, ensure_ascii=False, indent=2))


#: Characters of the progress bar between its brackets.
BAR_WIDTH = 30


@contextmanager
def progress_bar(label: str, quiet: bool) -> Iterator[Any]:
    """A ``progress(done, total)`` callback drawing one line on stderr: nothing until
    the first call (no work, no bar), and the line erased at the end. Silent off a
    terminal or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    shown = ""

    def update(done: int, total: int) -> None:
        nonlocal shown
        frac = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
        filled = int(frac * BAR_WIDTH)
        line = f"{label} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {frac:4.0%}"
        elapsed = time.monotonic() - started
        if 0 < frac < 1 and elapsed >= 1:
            left = int(elapsed * (1 - frac) / frac)
            line += f"  {left // 60:d}:{left % 60:02d} left"
        if line != shown:
            sys.stderr.write("\r" + line + "\x1b[K")
            sys.stderr.flush()
            shown = line

    try:
        yield update
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def index_dir_option(f: Any) -> Any:
    return click.option(
        "--index-dir", type=click.Path(file_okay=False),
        help=f"Index directory (default: ${INDEX_DIR_ENV}, else the per-user default index,"
        " which is built from the bundled corpus on first use).",
    )(f)


def json_option(f: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")(f)


def jsonl_option(f: Any) -> Any:
    return click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object per hit.")(f)


#: What parts the names of a list: a comma, as a Chinese input method types it too (，、).
_LIST_COMMAS = re.compile("[,，、]")


def _fields(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [v.strip().lower() for v in _LIST_COMMAS.split(value) if v.strip()]  # title，date as title,date
    unknown = [n for n in names if n not in output.HIT_FIELDS]
    if unknown or not names:
        raise click.BadParameter(f"unknown field(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(output.HIT_FIELDS)}")
    return names


def fields_option(f: Any) -> Any:
    return click.option("--fields", callback=_fields, metavar="F1,F2…",
                        help="Hit fields to show (parted by , ， or 、), as aligned columns (parted by tabs when piped) or in the JSON"
                             " (e.g. rank,title,file,score).")(f)


def one_format(as_json: bool, as_jsonl: bool) -> None:
    """--json and --jsonl ask for two different outputs: a usage error."""
    if as_json and as_jsonl:
        raise click.UsageError("give --json or --jsonl, not both")


def print_results(results: lawnews.SearchResults, as_json: bool, as_jsonl: bool,
                  fields: list[str] | None, page: int = 1, per_page: int = 0, group: str = "article",
                  scored: bool = True, copies: bool = False) -> None:
    if not results.hits and not (as_json or as_jsonl):
        say_past_last_page(page, per_page, results.total)
    data = results.to_dict()
    if fields:  # what --explain asked for stays
        data["hits"] = [{**{k: h[k] for k in fields}, **({"explanation": h["explanation"]} if "explanation" in h else {})}
                        for h in data["hits"]]
    if as_json:
        echo_json(data)
        return
    if not (as_jsonl or fields):
        echo(output.render_results(results, group, scored, copies))
        return
    # the hits on stdout (a table: its header alone when nothing matched), what to know of them on stderr
    said = output.notices(results) + ([f"did you mean: {results.suggestion}"] if results.suggestion else [])
    if said:
        echo("\n".join(said), err=True)
    if as_jsonl:
        for hit in data["hits"]:
            echo_utf8(json.dumps(hit, ensure_ascii=False))
        return
    # UTF-8 as the JSON and CSV are, for the tools that read it: aligned on a terminal, parted by tabs when piped
    table = output.render_table(data["hits"], fields or [], tabs=not sys.stdout.isatty())
    echo_utf8("\n".join([table, *output.explanations(results)]))
    if not data["hits"]:
        echo(output.render_results(replace(results, relaxed=False, expanded={}, question_bank=None,
                                           suggestion=None, parsed=None), group, scored, copies), err=True)


def say_past_last_page(page: int, per_page: int, total: int) -> None:
    """On stderr, when ``page`` (of ``per_page`` hits) comes after the last page of ``total``."""
    if total and page > 1 and per_page:
        click.echo(f"page {page} is past the last page, {(total + per_page - 1) // per_page}"
                   f" ({per_page} per page)", err=True)


def _writing(path: str, lazy: bool = False) -> Any:
    """``path`` (``-``: stdout) open for writing UTF-8 text; one error line if it cannot be.
    ``lazy``: a file is opened (and emptied) when first written to, so that an error
    before (a bad query or filter) leaves it as it was."""
    try:
        return click.open_file(path, "w", encoding="utf-8", lazy=lazy)
    except OSError as e:
        raise click.FileError(path, hint=e.strerror or str(e)) from None


def csv_options(f: Any) -> Any:
    """``-o FILE`` and ``--bom/--no-bom`` of a command that prints a CSV table (its ``--csv`` is its own)."""
    f = click.option("--bom/--no-bom", default=None,
                     help="Start the CSV with a byte order mark, so that Excel reads it as UTF-8"
                          " (default: with -o FILE yes, on stdout no).")(f)
    f = click.option("-o", "--output", "out", type=click.Path(dir_okay=False, writable=True),
                     help="Write the CSV to this file (implies --csv; with a byte order mark for Excel).")(f)
    return f


def write_csv(text: str, out: str | None, bom: bool | None) -> None:
    """A CSV table (``text``, from :mod:`.landscape`) on stdout, or into the file ``out``;
    a byte order mark first when ``bom`` says so, or by default in a file (for Excel),
    never by default on stdout (pipes into other tools); UTF-8 on stdout too, whatever the
    console's encoding."""
    from .csv_tables import BOM

    if bom if bom is not None else out not in (None, "-"):
        text = BOM + text
    if out in (None, "-"):
        echo_utf8(text, nl=False)
        return
    with _writing(out) as fh:
        fh.write(text)
    echo(f"wrote the CSV to {out}", err=True)


def taxonomy_option(f: Any) -> Any:
    return click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False),
                        help='Mechanism taxonomy (TOML) that extends (extends = "default") or replaces the shipped one.')(f)


def fail_if_nothing_read(articles: int, skipped: list[Any], paths: tuple[str, ...] = ()) -> None:
    """Exit 1 when inputs were given but none gave an article: every one skipped, or
    ``paths`` holding no file (an empty folder), as ``lawnews index`` says of them."""
    if articles == 0 and not skipped:
        raise click.ClickException(f"nothing to parse: no file found in {', '.join(paths)}")
    if articles == 0 and skipped:
        first = skipped[0]
        more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
        raise click.ClickException(f"nothing could be read: {first.path}: {first.reason}{more}")


def open_index(index_dir: str | None, quiet: bool = False) -> lawnews.NewsIndex:
    if index_dir:
        return lawnews.NewsIndex.open(index_dir)
    with progress_bar("building the default index", quiet) as update:
        return lawnews.NewsIndex.default(progress=update)


def date_range_options(after_from: str = "", after_to: str = "") -> Any:
    """``--from DATE``/``--to DATE`` (``start``, ``end``), checked by the library as trends checks them."""
    def add(f: Any) -> Any:
        f = click.option("--to", "end", metavar="DATE", help="Only articles up to this date (2024, 2024-12, 2024-12-31)"
                         + (f"; {after_to}." if after_to else "."))(f)
        return click.option("--from", "start", metavar="DATE", help="Only articles from this date (2020, 2020-01,"
                            " 2020-01-15) on" + (f"; {after_from}." if after_from else "."))(f)
    return add


def reading_options(f: Any) -> Any:
    """``--lenient``, ``--semantic/--no-semantic``, ``--strict`` and ``--no-expand``: the query
    read as ``lawnews search`` reads it, so that the stories counted are those it lists."""
    f = click.option("--no-expand", "no_expand", is_flag=True,
                     help="Match the words typed only, as search --no-expand does.")(f)
    f = click.option("--strict", is_flag=True,
                     help="When no article has every word, count nothing instead of the articles with any of them,"
                          " as search --strict does.")(f)
    f = click.option("--semantic/--no-semantic", default=None,
                     help="Read the query as search --semantic/--no-semantic does.")(f)
    return click.option("--lenient", is_flag=True, help="Repair syntax errors, as search --lenient does.")(f)


def filter_options(f: Any, leave_out: tuple[str, ...] = ()) -> Any:
    """The facet filter options shared by search, similar, facets and the counting commands
    (but those ``leave_out`` names: cited-by takes its statute as its argument, not --cites)."""
    for name, text in reversed((
        ("province", "Only articles about this province (湖北 or 湖北省); repeat for OR."),
        ("city", "Only articles about this city (荆州 or 荆州市)."),
        ("county", "Only articles about this county or district (浦东新区, 石门县 or 石门)."),
        ("court", "Only articles naming this court (荆州中院 or its full name)."),
        ("court-level", "Only articles naming a court of this level (最高, 高级, 中级, 基层, 专门; 中院, 高院, 基层法院 … too)."),
        ("mechanism", "Only articles discussing this mechanism (执转破 …)."),
        ("cites", "Only articles citing this statute article ('民事诉讼法 第二百三十七条', 民诉法第237条) or law (刑法)."),
        ("year", "Only articles published in this year (2024 or 2024年)."),
        ("source", "Only articles from this source."),
    )):
        if name not in leave_out:
            f = click.option(f"--{name}", multiple=True, help=text)(f)
    return f


@click.group(cls=LawNewsGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(lawnews.__version__, "-V", "--version", prog_name="lawnews")
def cli() -> None:
    """Search Chinese legal news by keyword, phrase, region, court and mechanism.

    \b
    Example:
        lawnews search 交叉执行 --province 湖北
    """


@cli.command(cls=QueryCommand)
@click.argument("query")
@filter_options
@click.option("-n", "--limit", "--per-page", default=10, show_default=True, type=click.IntRange(0), help="Hits per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1), help="Page of hits.")
@click.option("--group", type=click.Choice(["article", "section"]), default="article", show_default=True,
              help="One hit per article (best section shown) or per section.")
@click.option("--sort", type=click.Choice(["relevance", "date", "date-asc"]), default="relevance",
              show_default=True, help="Order of the hits.")
@click.option("--lenient", is_flag=True, help="Repair syntax errors (unbalanced quotes or brackets, unknown fields, an operator with nothing to act on: 执行 AND) instead of failing.")
@click.option("--explain", is_flag=True, help="Show the parsed query and each hit's score parts.")
@click.option("--semantic/--no-semantic", default=None,
              help="Rank by meaning as well as by words (index built with --vectors); default: for questions.")
@click.option("--strict", is_flag=True,
              help="When no article has every word, show nothing instead of the articles with any of them.")
@click.option("--no-expand", "no_expand", is_flag=True,
              help="Match the words typed only: no synonyms, no articles merely tagged with a named court, mechanism or region.")
@click.option("--all-copies", "all_copies", is_flag=True,
              help="List and count every copy of a reposted story (default: one hit per story).")
@date_range_options()
@click.option("--no-question-bank", "no_question_bank", is_flag=True,
              help="On a statute index, rank a question by its words (and meaning) only, not also by the questions already answered.")
@index_dir_option
@json_option
@jsonl_option
@fields_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def search(query: str, limit: int, page: int, group: str, sort: str, lenient: bool, explain: bool,
           semantic: bool | None, strict: bool, no_expand: bool, all_copies: bool, start: str | None,
           end: str | None, no_question_bank: bool, index_dir: str | None, as_json: bool,
           as_jsonl: bool, fields: list[str] | None, quiet: bool, **filters: tuple[str, ...]) -> None:
    """Rank articles matching QUERY, best first, with facet counts.

    QUERY takes words (all required), "exact phrases", AND/OR/NOT, -word
    (!word), parentheses, field:value (title, province, court, mechanism, date:[A TO B] …).
    A word also matches its synonyms and the articles tagged with a court,
    mechanism or region it names (said at the top; --no-expand for the words
    only). When no article has every word, the articles with any of them are
    shown, said at the top (--strict: none).

    \b
    Examples:
        lawnews search 交叉执行
        lawnews search 交叉执行 --no-expand --strict
        lawnews search '"执行到位" 湖南' --court 湖南高院 --json
    """
    one_format(as_json, as_jsonl)
    with open_index(index_dir, quiet) as ix:
        if outdated := ix.outdated_tags():
            echo(outdated, err=True)
        results = ix.search(query, limit=limit, offset=(page - 1) * limit, group=group, sort=sort,
                            lenient=lenient, explain=explain, semantic=semantic, strict=strict,
                            expand=not no_expand, all_copies=all_copies, start=start, end=end,
                            question_bank=not no_question_bank, **filters)
    print_results(results, as_json, as_jsonl, fields, page, limit, group, scored=sort == "relevance",
                  copies=all_copies)


@cli.command()
@click.argument("article_id")
@filter_options
@click.option("-n", "--limit", "--per-page", default=10, show_default=True, type=click.IntRange(0), help="Hits per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1), help="Page of hits.")
@date_range_options()
@index_dir_option
@json_option
@jsonl_option
@fields_option
def similar(article_id: str, limit: int, page: int, start: str | None, end: str | None, index_dir: str | None,
            as_json: bool, as_jsonl: bool, fields: list[str] | None, **filters: tuple[str, ...]) -> None:
    """Articles like the article ARTICLE_ID ("more like this"), narrowed by the
    same filters and date range (--from/--to) as search.

    \b
    Examples:
        lawnews similar '002_79b23406edc23697#1'
        lawnews similar '002_79b23406edc23697#1' --province 湖南
        lawnews similar '002_79b23406edc23697#1' --from 2024
        lawnews similar '002_79b23406edc23697#1' -n 5 --page 2
    """
    one_format(as_json, as_jsonl)
    with open_index(index_dir) as ix:
        results = ix.similar(article_id, limit=limit, offset=(page - 1) * limit, start=start, end=end, **filters)
    print_results(results, as_json, as_jsonl, fields, page, limit)


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@index_dir_option
@click.option("--rebuild", is_flag=True, help="Build the index anew instead of updating it.")
@click.option("--reread", is_flag=True,
              help="Read again the files unchanged since they were indexed (an update skips them).")
@click.option("--dry-run", is_flag=True, help="Read, parse and tag, print the account, write nothing.")
@click.option("--remove-id", multiple=True, metavar="ID", help="Remove the article with this id (repeatable).")
@click.option("--remove-file", multiple=True, metavar="FILE",
              help="Remove every article of this file, as results name it or by its path (repeatable); later updates"
                   " of its folder leave it out until it is indexed by name again.")
@taxonomy_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes that tag and segment (default: one per CPU for inputs of 4 MB or more, none for smaller ones).")
@click.option("--vectors", is_flag=True,
              help="Also give every section a sentence vector, to rank questions by meaning (downloads a 90 MB model once).")
@click.option("--wait", is_flag=True,
              help="Wait for another process building the same index to finish (default: say which and stop).")
@json_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def index_cmd(paths: tuple[str, ...], index_dir: str | None, rebuild: bool, reread: bool, dry_run: bool,
              remove_id: tuple[str, ...], remove_file: tuple[str, ...], taxonomy: str | None,
              jobs: int | None, vectors: bool, wait: bool, as_json: bool, quiet: bool) -> None:
    """Index page files, web pages, PDF e-papers, Word files, JSONL files and folders
    (default: those the index was built from).

    Without PATHS, an index of your own files is updated from the files and folders
    it was built from; a new index, or the default one, from the bundled corpus.

    Each file's articles replace the ones it gave before; a file unchanged since
    it was indexed is not read again (--reread reads it); the articles of files
    gone from a folder given are removed; --rebuild starts afresh. A file or an
    article removed (--remove-file, --remove-id) is left out of the updates of its
    folder until the file is named again. The account at the end lists every
    skipped input with its reason, every file gone and every one left out.

    \b
    Examples:
        lawnews index corpus/ --index-dir var/index --rebuild
        lawnews index statutes.jsonl.gz --dry-run
        lawnews index statutes.jsonl.gz --index-dir var/statutes --vectors
        lawnews index --remove-file 002_79b23406edc23697.txt
    """
    if remove_id or remove_file:
        if paths or rebuild or reread or dry_run:
            raise click.UsageError("--remove-id/--remove-file cannot be combined with PATHs, --rebuild, --reread"
                                   " or --dry-run")
        with open_index(index_dir, quiet) as ix:
            removed = ix.remove_all(article_ids=remove_id, files=remove_file,  # all or, if one is unknown, none
                                    count_articles=True)
        articles = {"articles": {i: 1 for i, n in removed["articles"].items() if n},
                    "files": removed.pop("file_articles")}
        kept = removed.pop("kept_out")
        if as_json:
            echo_json({"removed_articles": articles, "removed_sections": removed, "kept_out": kept})
        else:
            for kind, counts in removed.items():
                for key, n in counts.items():
                    if n:
                        echo(f"removed {output.plural(articles[kind][key], 'article')}"
                             f" ({output.plural(n, 'section')}) of {key}")
            if kept["files"] or kept["articles"]:
                echo(output.kept_out_note(kept))
        return
    with progress_bar("reading" if dry_run else "indexing", quiet) as update:
        report = lawnews.build_index(list(paths) or None, index_dir, rebuild=rebuild,
                                     progress=update, dry_run=dry_run, taxonomy=taxonomy, jobs=jobs,
                                     vectors=vectors, reread=reread, wait=wait)
    said = report.nothing_read(paths)  # files not read again, or gone, are no failure to read
    if said and not report.skipped:  # an update or dry run of folders holding no file: the index is as it was
        if not as_json:  # (the account in JSON says 0 files)
            echo(f"warning: {said}", err=True)
        said = None
    if as_json:
        echo_json({**report.to_dict(), "dry_run": dry_run})
    elif not said:
        echo(output.render_report(report, dry_run=dry_run, reread=reread))
    if said:  # one outcome: the error, listing every input skipped (and any earlier articles removed)
        raise click.ClickException(said)


@cli.command(cls=QueryCommand)
@click.argument("query", required=False, default="")
@filter_options
@click.option("--top", default=20, show_default=True, type=click.IntRange(1),
              help="Values shown per facet (in --json too when given; else --json has every value).")
@click.option("--all-copies", "all_copies", is_flag=True, help="Count every copy of a reposted story (default: stories).")
@date_range_options()
@reading_options
@click.option("--no-question-bank", "no_question_bank", is_flag=True,
              help="On a statute index, count only what a question's words match, not also the articles answering similar questions.")
@index_dir_option
@json_option
@click.pass_context
def facets(ctx: click.Context, query: str, top: int, all_copies: bool, start: str | None, end: str | None,
           lenient: bool, semantic: bool | None, strict: bool, no_expand: bool, no_question_bank: bool,
           index_dir: str | None, as_json: bool, **filters: tuple[str, ...]) -> None:
    """Count matching stories per region, court, mechanism, source and year.

    Reposts of one story count once (--all-copies: every copy).

    Without QUERY, counts over the whole index. Each facet's counts ignore that
    facet's own filter, so they show what else could be picked; a region level's
    also ignore the levels below it (--city leaves the province counts whole).

    \b
    Examples:
        lawnews facets
        lawnews facets 交叉执行 --province 湖南
    """
    given = ctx.get_parameter_source("top") is not click.core.ParameterSource.DEFAULT
    with open_index(index_dir) as ix:
        counts = ix.facets(query, all_copies=all_copies, question_bank=not no_question_bank, start=start, end=end,
                           lenient=lenient, semantic=semantic, strict=strict, expand=not no_expand,
                           top=top if as_json and given else None, **filters)
    if as_json:
        echo_json(counts)
    else:
        echo(output.render_facets(counts, top, all_copies))


#: The values of ``trends``/``first --by`` and ``trends --every`` (``lawnews.landscape.BY``,
#: ``lawnews.search.landscape.EVERY``; not imported here, to keep start-up short).
BY = ("mechanism", "province", "city", "county", "court", "court_level", "source", "statute", "cites")
EVERY = ("month", "quarter", "year")


class FieldChoice(click.Choice):
    """A choice of fields, each also by its Chinese name (``--by 省份``), as a query names it."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        named = field_name(value) if isinstance(value, str) else value
        return named if named in self.choices else super().convert(value, param, ctx)  # named as typed


def copies_option(f: Any) -> Any:
    return click.option("--copies", "--all-copies", "copies", is_flag=True,
                        help="Count every copy of a reposted story (default: stories).")(f)


@cli.command(cls=QueryCommand)
@click.argument("query", required=False, default="")
@filter_options
@click.option("--by", default="mechanism", show_default=True, type=FieldChoice(BY, case_sensitive=False),
              help="Count per value of mechanism, province, city, county, court, court_level, source,"
                   " statute (the law cited) or cites (the statute article cited).")
@click.option("--every", default="month", show_default=True, type=click.Choice((*EVERY, "auto"), case_sensitive=False),
              help="Period: month, quarter or year; auto: months over at most three years of dates,"
                   " quarters over at most nine, else years.")
@click.option("--top", type=click.IntRange(1), help="Only the N values with the most stories (the totals count all).")
@date_range_options("the periods start there", "the periods end there")
@copies_option
@reading_options
@index_dir_option
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: a row per period, one for the undated and the total, a column per value, then all.")
@csv_options
@click.option("--plot", type=click.Path(dir_okay=False), metavar="FILE.png|FILE.svg",
              help="Also draw a stacked bar chart into this file (needs lawnews[plot]).")
def trends(query: str, by: str, every: str, top: int | None, start: str | None, end: str | None, copies: bool,
           lenient: bool, semantic: bool | None, strict: bool, no_expand: bool, index_dir: str | None, as_json: bool, as_csv: bool, out: str | None, bom: bool | None, plot: str | None,
           **filters: tuple[str, ...]) -> None:
    """Count matching stories per value and period: where and when courts took something up.

    Rows are the values of --by, columns the periods from the first dated match
    to the last, or every period from --from to --to (0 where nothing matched);
    undated stories are counted apart. Without QUERY, every article.

    \b
    Examples:
        lawnews trends 交叉执行 --by province --every quarter
        lawnews trends --mechanism 诉源治理 --by province --csv
        lawnews trends 执转破 --by province --every year --plot 执转破.svg
        lawnews trends 交叉执行 --by province -o 交叉执行.csv
    """
    as_csv = as_csv or out is not None
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv (-o), not both")
    with open_index(index_dir) as ix:
        result = ix.trends(query, by=by, every=every, top=top, copies=copies, start=start, end=end,
                           lenient=lenient, semantic=semantic, strict=strict, expand=not no_expand, **filters)
    if plot:
        from .plot import trends_chart

        trends_chart(result, plot)
        echo(f"wrote the chart to {plot}", err=True)
    if as_json:
        echo_json(result.to_dict())
    elif as_csv:
        from .landscape import trends_csv

        if result.relaxed:  # beside the data, as the table says it above it
            echo(output.COUNTING_RELAXED, err=True)
        write_csv(trends_csv(result), out, bom)
    else:
        echo(output.render_trends(result))


@cli.command(cls=QueryCommand)
@click.argument("query", required=False, default="")
@filter_options
@click.option("--by", default="province", show_default=True, type=FieldChoice(BY, case_sensitive=False),
              help="First report of each province, city, county, court, court_level, mechanism, source,"
                   " statute (the law cited) or cites (the statute article cited).")
@date_range_options("the first report on or after it")
@copies_option
@reading_options
@index_dir_option
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: value,date,article_id,title,source,source_printed,count,same_day, by date.")
@csv_options
def first(query: str, by: str, start: str | None, end: str | None, copies: bool, lenient: bool,
          semantic: bool | None, strict: bool, no_expand: bool, index_dir: str | None,
          as_json: bool, as_csv: bool, out: str | None, bom: bool | None, **filters: tuple[str, ...]) -> None:
    """The first dated report of each value among the matching articles, by date
    (with --from/--to: the first within that range).

    \b
    Examples:
        lawnews first --mechanism 执转破 --by province
        lawnews first 交叉执行 --by court --province 湖南
        lawnews first --mechanism 执转破 --from 2023
        lawnews first --mechanism 执转破 -o 执转破.csv
    """
    as_csv = as_csv or out is not None
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv (-o), not both")
    mechanisms = filters.pop("mechanism", ())
    with open_index(index_dir) as ix:
        result = ix.first(query, by=by, mechanism=list(mechanisms) or None, copies=copies, start=start, end=end,
                          lenient=lenient, semantic=semantic, strict=strict, expand=not no_expand, **filters)
    if as_json:
        echo_json(result.to_dict())
    elif as_csv:
        from .landscape import first_csv

        if result.relaxed:  # beside the data, as the table says it above it
            echo(output.COUNTING_RELAXED, err=True)
        write_csv(first_csv(result), out, bom)
    else:
        echo(output.render_first(result))


@cli.command()
@click.argument("subject")
@click.option("--query", default="", metavar="QUERY",
              help="Profile the subject within the stories matching QUERY, read as trends and first read"
                   " theirs (default: every story of the subject).")
@filter_options
@click.option("--every", default="auto", show_default=True, type=click.Choice((*EVERY, "auto"), case_sensitive=False),
              help="Period: month, quarter or year; auto: months over at most three years of dates,"
                   " quarters over at most nine, else years.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1),
              help="Values listed per facet, sources and latest articles.")
@date_range_options("the periods start there", "the periods end there")
@copies_option
@reading_options
@index_dir_option
@json_option
@click.option("--csv", "as_csv", is_flag=True,
              help="Print the stories per period as CSV, as trends --csv and the web's /profile.csv do.")
@csv_options
def profile(subject: str, query: str, every: str, top: int, start: str | None, end: str | None, copies: bool,
            lenient: bool, semantic: bool | None, strict: bool, no_expand: bool,
            index_dir: str | None, as_json: bool, as_csv: bool = False, out: str | None = None,
            bom: bool | None = None, **filters: tuple[str, ...]) -> None:
    """What a court, region, mechanism, source or law has been reported for, and when.

    SUBJECT is kind:name, the kind one of court, province, city, county,
    mechanism, source, court_level, statute (a law cited), cites (one of its
    articles), or its Chinese field name as in a query (法院:荆州中院); the name as
    filters take it (荆州中院, 湖南, 民诉法).
    With --query and filters of other facets, only the stories of the subject
    that the search of that query with those filters lists are profiled.

    \b
    Examples:
        lawnews profile court:荆州中院
        lawnews profile province:湖南 --every quarter
        lawnews profile court:荆州中院 --from 2020 --to 2024 --every year
        lawnews profile mechanism:交叉执行 --json
        lawnews profile court:荆州中院 --every year -o 荆州中院.csv
        lawnews profile province:湖南 --query 执转破 --every year
        lawnews profile statute:民诉法
        lawnews profile 'cites:民事诉讼法 第二百三十七条'
    """
    as_csv = as_csv or out is not None
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv (-o), not both")
    with open_index(index_dir) as ix:
        result = ix.profile(subject, every=every, top=top, copies=copies, start=start, end=end, query=query,
                            lenient=lenient, semantic=semantic, strict=strict, expand=not no_expand, **filters)
    if as_json:
        echo_json(result.to_dict())
    elif as_csv:
        from .landscape import trends_csv

        if result.trend.relaxed:  # beside the data, as the table says it above it
            echo(output.COUNTING_RELAXED, err=True)
        write_csv(trends_csv(result.trend), out, bom)
    else:
        echo(output.render_profile(result))


@cli.command()
@click.argument("article_id")
@index_dir_option
@json_option
def show(article_id: str, index_dir: str | None, as_json: bool) -> None:
    """Print one article by its id (as given in search results), with the text of
    each statute article it cites.

    \b
    Example:
        lawnews show '002_79b23406edc23697#1'
    """
    with open_index(index_dir) as ix:
        page = ix.show(article_id)
    if as_json:
        echo_json(page.to_dict())
    else:
        echo(output.render_article(page.article, page.copies, page.citations, page.version_note))
        if page.rules_note:
            echo(f"\n{page.rules_note}")


@cli.command("cited-by")
@click.argument("statute")
@partial(filter_options, leave_out=("cites",))  # its statute is its argument
@click.option("-n", "--limit", "--per-page", default=10, show_default=True, type=click.IntRange(0), help="Hits per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1), help="Page of hits.")
@click.option("--sort", type=click.Choice(["date", "date-asc", "relevance"]), default="date", show_default=True,
              help="Order of the hits (date: newest first).")
@click.option("--all-copies", "all_copies", is_flag=True,
              help="List and count every copy of a reposted story (default: one hit per story).")
@date_range_options()
@index_dir_option
@json_option
def cited_by(statute: str, limit: int, page: int, sort: str, all_copies: bool, start: str | None, end: str | None,
             index_dir: str | None, as_json: bool, **filters: tuple[str, ...]) -> None:
    """List the news articles citing STATUTE: one article ('民事诉讼法 第二百三十七条') or a law.

    STATUTE is a law's full title or usual short name (民诉法, 刑法), then
    optionally one article (第二百三十七条, 第237条). Each hit shows the citations
    in it that name the statute; the statute's text heads the list. --from/--to
    and the filters of search (--province, --court, --year …) keep the articles
    dated within that range or tagged so, as in search.

    \b
    Examples:
        lawnews cited-by '民事诉讼法 第二百三十七条'
        lawnews cited-by 刑法第313条 --json
        lawnews cited-by 刑法第313条 --from 2023 --to 2024
        lawnews cited-by 刑法第313条 --province 湖南
    """
    with open_index(index_dir) as ix:
        found = ix.cited_by(statute, limit=limit, offset=(page - 1) * limit, sort=sort, all_copies=all_copies,
                            start=start, end=end, **filters)
    if not found.results.hits and not as_json:
        say_past_last_page(page, limit, found.results.total)
    if as_json:
        echo_json(found.to_dict())
    else:
        echo(output.render_cited_by(found, all_copies))


@cli.command()
@index_dir_option
@json_option
def stats(index_dir: str | None, as_json: bool) -> None:
    """Say which index is in use, what built it, and its counts.

    \b
    Example:
        lawnews stats --json
    """
    with open_index(index_dir) as ix:
        data = ix.stats()
    if as_json:
        echo_json(data)
    else:
        echo(output.render_stats(data))


@cli.command()
@index_dir_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine's own (127.0.0.1, ::1) lets others read the index.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the app in the web browser.")
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0, min_open=True),
              metavar="SECONDS", help="Stop a search that takes longer, with a message.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def serve(index_dir: str | None, host: str, port: int, open_browser: bool, time_limit: float, quiet: bool) -> None:
    """Search and browse the index in a web browser (read-only).

    Search with facets, articles, trends and first adoption, each page also as
    JSON (?format=json). Stop with Ctrl-C.

    \b
    Example:
        lawnews serve --open
    """
    from .web import server  # the web stack is loaded for this command only

    with open_index(index_dir, quiet) as ix:  # fails here, not in the browser, for a bad index
        path = ix.path

    def listening(url: str) -> None:  # once listening: a host that cannot be listened on is an error, not a warning
        if not server.is_loopback(host):
            echo(f"warning: listening on {host}: anyone who can reach this machine on port {urlsplit(url).port}"
                 " can read the index; use --host 127.0.0.1 to keep it to this machine", err=True)
        echo(f"serving {path} at {url} (Ctrl-C to stop)")

    server.run(str(path), host=host, port=port, open_browser=open_browser, time_limit=time_limit, announce=listening)


@cli.command(cls=QueryCommand)
@click.argument("query", required=False, default="")
@filter_options
@date_range_options()
@reading_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "es"]), default="jsonl", show_default=True,
              help="jsonl: articles in the input schema; es: Elasticsearch/OpenSearch _bulk body.")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write (default: stdout).")
@click.option("--index-name", default="lawnews", show_default=True, help="Target index name (es format).")
@click.option("--mapping", type=click.Path(dir_okay=False, writable=True),
              help="Also write the index mapping (JSON) for the es format here.")
@index_dir_option
def export(query: str, start: str | None, end: str | None, lenient: bool, semantic: bool | None, strict: bool,
           no_expand: bool, fmt: str, out: str, index_name: str, mapping: str | None, index_dir: str | None,
           **filters: tuple[str, ...]) -> None:
    """Export the index's articles as JSONL, or as an Elasticsearch bulk file.

    With QUERY, filters or --from/--to, only the articles search --all-copies
    counts for them: every copy of each matching story, each row naming its
    story, so that the rows counted by story give the search's total. With
    --from/--to or --year, each copy is in by its own date: the copies in the
    range, among them the later reposts of a story first printed before it,
    which the search does not count (search --all-copies lists them).

    The es format holds one document per section, each text field as the
    terms lawnews indexes for it (words and the words inside long ones) for
    a whitespace analyzer, facets as keywords; --mapping writes the matching
    index mapping.

    \b
    Examples:
        lawnews export -o articles.jsonl
        lawnews export 交叉执行 --province 湖南 --from 2024 -o hunan.jsonl
        lawnews export --format es -o bulk.ndjson --mapping mapping.json
        curl -XPUT localhost:9200/lawnews -H 'Content-Type: application/json' -d @mapping.json
        curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @bulk.ndjson
    """
    from .exporters import index_name_problem

    if mapping and fmt != "es":  # a mapping the JSONL rows do not fit: before anything is written
        raise click.UsageError("--mapping writes the Elasticsearch mapping of --format es: add --format es"
                               " (a JSONL export needs no mapping)")
    if fmt == "es" and (problem := index_name_problem(index_name)) is not None:
        raise lawnews.InvalidArgumentError(problem)  # before the output file is opened (and emptied)
    with open_index(index_dir) as ix, _writing(out, lazy=True) as fh:  # opened (and emptied) on the first row
        n = lawnews.export(ix, fh, format=fmt, index_name=index_name, query=query, start=start, end=end,
                           expand=not no_expand, strict=strict, lenient=lenient, semantic=semantic, **filters)
    if mapping:
        with _writing(mapping) as fh:
            json.dump(lawnews.export_mapping(), fh, ensure_ascii=False, indent=2)
    if out != "-":
        echo(f"wrote {output.plural(n, 'article' if fmt == 'jsonl' else 'section document')} to {out}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jsonl", is_flag=True, help="One JSON object per article (the default output).")
@taxonomy_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def parse(paths: tuple[str, ...], jsonl: bool, taxonomy: str | None, quiet: bool) -> None:
    """Parse and tag files without indexing: one JSON article per line.

    Skipped inputs are reported on stderr with their reason, as are records
    given all the same with a field that could not be used.

    \b
    Example:
        lawnews parse corpus/002_79b23406edc23697.txt --jsonl
    """
    skipped: list[Any] = []
    warnings: list[Any] = []
    n = 0
    with progress_bar("parsing", quiet) as update:
        for article in lawnews.parse(paths, skipped=skipped, taxonomy=taxonomy, progress=update, warnings=warnings):
            echo_utf8(json.dumps(article.to_dict(), ensure_ascii=False))
            n += 1
    for s in skipped:
        echo(f"skipped {s.path}: {s.reason}", err=True)
        for why in s.lines:  # the lines of a JSONL file skipped whole, each with its reason, as index lists them
            echo(f"  {why}", err=True)
    for w in warnings:
        echo(f"warning {w.path}: {w.reason}", err=True)
    fail_if_nothing_read(n, skipped, paths)


@cli.command("eval")
@click.argument("queries", type=click.Path(exists=True, dir_okay=False))
@click.argument("qrels", type=click.Path(exists=True, dir_okay=False))
@click.option("--corpus", multiple=True, type=click.Path(exists=True),
              help="Index these files into a temporary index and evaluate on it (repeatable).")
@click.option("-k", default=10, show_default=True, type=click.IntRange(1), help="Cut-off for nDCG, MRR and recall.")
@click.option("--depth", default=100, show_default=True, type=click.IntRange(1), help="Cut-off of the deep recall.")
@click.option("--misses/--no-misses", default=True, show_default=True, help="List each query's missed articles.")
@index_dir_option
@json_option
def eval_cmd(queries: str, qrels: str, corpus: tuple[str, ...], k: int, depth: int, misses: bool,
             index_dir: str | None, as_json: bool) -> None:
    """Score ranked results against judged queries: nDCG@k, MRR@k, Recall@k and @depth.

    QUERIES is JSON or JSONL of {"id", "query", "filters"?}; QRELS is a TSV of
    qid, doc_id, grade, or a gold JSON whose records carry judgments (articles named
    by id, or by file, ordinal and anchor).

    \b
    Examples:
        lawnews eval ../shared/gold/queries-dev.json ../shared/gold/queries-dev.json --corpus corpus
        lawnews eval queries.jsonl qrels.tsv --index-dir var/statutes --json
    """
    if corpus and index_dir:
        raise click.UsageError("give --corpus or --index-dir, not both")
    from .evaluation import evaluate_files, format_report  # only this command needs it

    report = evaluate_files(queries, qrels, index_dir=index_dir, corpus=list(corpus) or None,
                            k=k, depth=depth)
    if as_json:
        echo_json(report.to_dict())
    else:
        # the library names the files in its notes absolute; printed, those under the current folder are relative
        echo(format_report(replace(report, notes=tuple(output.shown_paths(n) for n in report.notes)), per_query=misses))


@cli.command("eval-tags")
@click.argument("annotations", type=click.Path(exists=True, dir_okay=False))
@click.option("--texts", type=click.Path(exists=True, file_okay=False),
              help="Folder of the annotated texts (default: the bundled corpus for a gold JSON array, "
                   "pages/tags beside a JSONL file).")
@click.option("--half", type=click.Choice(["dev", "test"]), help="Score only the records of this half.")
@click.option("--misses/--no-misses", default=True, show_default=True,
              help="List each article's missed and extra tags.")
@taxonomy_option
@json_option
def eval_tags_cmd(annotations: str, texts: str | None, half: str | None, misses: bool, taxonomy: str | None,
                  as_json: bool) -> None:
    """Score the region, court and mechanism tags against hand annotations: P/R per facet.

    ANNOTATIONS is the gold JSON of the bundled pages (records with file, anchor,
    provinces, cities, courts, mechanisms) or a JSONL of annotated pages (records
    with id, anchor, half and the same facets; texts in TEXTS/<id>.txt).

    \b
    Examples:
        lawnews eval-tags ../shared/gold/articles.json
        lawnews eval-tags eval/tag-pages.jsonl --half test
    """
    from .tag_evaluation import evaluate_tags, format_report  # only this command needs it

    report = evaluate_tags(annotations, texts=texts, half=half, taxonomy=taxonomy)
    if as_json:
        echo_json(report.to_dict())
    else:
        echo(format_report(report, misses=misses))


@cli.command()
@click.argument("text")
@taxonomy_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document (what tag always prints).")
def tag(text: str, taxonomy: str | None, as_json: bool) -> None:
    """Print the regions, courts and mechanisms found in TEXT (or stdin with -) as JSON.

    \b
    Example:
        lawnews tag '荆州中院组织交叉执行'
    """
    data: str | bytes = sys.stdin.buffer.read() if text == "-" else text  # decoded as a page file is
    echo_json(lawnews.tag(data, taxonomy=taxonomy).to_dict())
