"""Terminal rendering for the CLI: results, articles, stats and ingest accounts.

Pure functions from library objects to text (with click styles; click strips them
when the output is not a terminal or colour is off). JSON output is not built
here: every library object has its own ``to_dict()``.
"""

from __future__ import annotations

import os

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence

import click

from .index.documents import Article
from .search.results import Copy, Hit, SearchResults, top_values

if TYPE_CHECKING:
    from .index.store.build import IngestReport
    from .statutes import CitationView, CitedBy


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 story``, ``2 stories`` (``words``: the plural, when it is not ``word`` + s)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def highlighted(hit: Hit) -> str:
    """The hit's snippet with its highlights in bold red."""
    return _styled(hit.snippet, hit.highlights)


def _styled(text: str, highlights: Sequence[tuple[int, int]], fg: str | None = None) -> str:
    """``text`` with its highlights in bold red (the rest in ``fg``, if given)."""
    out, last = [], 0
    for s, e in highlights:
        out.append(click.style(text[last:s], fg=fg) if fg else text[last:s])
        out.append(click.style(text[s:e], fg="red", bold=True))
        last = e
    out.append(click.style(text[last:], fg=fg) if fg else text[last:])
    return "".join(out)


def why_tagged(hit: Hit) -> str:
    """``why: 网络司法拍卖 → mechanism:司法拍卖`` for the highlights that show why a tag
    the query named matched (empty when none did)."""
    seen = hit.tagged_words()
    return "why: " + "; ".join(f"{words} → {tag}" for words, tag in seen) if seen else ""


#: The facets of a tag line, each labelled with the name of its filter option.
TAG_LABELS = ("province", "city", "county", "court", "court_level", "mechanism", "statute")


def tags_line(hit: Hit | Article) -> str:
    """``province: 湖北省 · city: 荆州市 · court: … · mechanism: 交叉执行、…`` (empty facets left out)."""
    if isinstance(hit, Article):
        t = hit.tags
        values = (t.provinces, t.cities, t.counties, t.courts, t.court_levels, t.mechanisms, t.statutes)
    else:
        values = (hit.provinces, hit.cities, hit.counties, hit.courts, hit.court_levels, hit.mechanisms,
                  hit.statutes)
    return " · ".join(f"{label}: {'、'.join(v)}" for label, v in zip(TAG_LABELS, values) if v)


_TAGGED = re.compile(r"^[a-z_]+:")


def expansion(values: Sequence[str]) -> str:
    """What a query word also matched, as notices print it: the statute article a citation
    typed names (``articles citing 中华人民共和国民事诉讼法 第二百三十七条``), the facet values
    (``articles tagged mechanism:终本管理``), then the other words, each in quotes, since
    a word may hold 、 (拒不执行判决、裁定罪) and may read like a tag's value."""
    cited = [v.removeprefix("cites:") for v in values if v.startswith("cites:")]  # 民诉法第237条 typed
    tags = [v for v in values if _TAGGED.match(v) and not v.startswith("cites:")]
    words = [v for v in values if not _TAGGED.match(v)]
    parts = (["articles citing " + ", ".join(cited)] if cited else []) + (
        ["articles tagged " + ", ".join(tags)] if tags else []) + (
        ["the words " + " ".join(f"“{w}”" for w in words)] if words else [])
    return " and ".join(parts)


def notices(results: SearchResults) -> list[str]:
    """What the reader must know before the hits: the query was relaxed, its words
    were expanded to others, or a question bank ranked it and added hits."""
    lines = []
    if results.relaxed:
        lines.append(click.style("no article has every word: showing articles with any of them; "
                                 "--strict for exact", fg="yellow"))
    if results.expanded:
        also = "; ".join(f"{w} → {expansion(v)}" for w, v in results.expanded.items())
        lines.append(click.style(f"also matching: {also} (--no-expand for the words only)", fg="yellow"))
    if results.question_bank and "similar questions" not in results.question_bank_parts:
        lines.append(click.style(f"also ranked by the share of the question bank's answers from each article's law"
                                 f" (question bank {results.question_bank}): no question already answered is like"
                                 " this one; --no-question-bank for words and meaning only", fg="yellow"))
    elif results.question_bank:
        lines.append(click.style(f"also ranked by the questions already answered (question bank {results.question_bank};"
                                 " --no-question-bank for words and meaning only)", fg="yellow"))
    return lines


def reposts_note(hit: Hit) -> str:
    """What a hit's line says of its story's other copies: ``2 reposts`` when the hit is
    the story's lead, ``repost of ID`` (its lead) when it is a copy, with the story's
    other reposts counted after (``repost of ID, 1 more repost``)."""
    if not hit.story or hit.story == hit.article_id:
        return plural(hit.copies - 1, "repost")
    more = hit.copies - 2
    return f"repost of {hit.story}" + (f", {plural(more, 'more repost')}" if more else "")


def render_results(results: SearchResults, group: str = "article", scored: bool = True,
                   copies: bool = False) -> str:
    """The hits as text, with a footer counting what the total counts and the hits'
    sections: stories (an article and its reposts, counted once), or articles when
    ``copies`` (every copy listed and counted, ``--all-copies``), or sections alone
    when the hits are sections (``group="section"``); ``scored=False`` (hits sorted
    by date, which gives no score) leaves the score out."""
    lines: list[str] = notices(results)
    width = len(str(results.hits[-1].rank)) if results.hits else 1
    for hit in results.hits:
        title = click.style(hit.title, bold=True)
        score = f"  {click.style(f'{hit.score:.2f}', dim=True)}" if scored else ""
        lines.append(f"{hit.rank:>{width}}. {title}{score}")
        pad = " " * (width + 2)
        where = [hit.file, hit.article_id] + [v for v in (hit.date, source_said(hit)) if v]
        where = [click.style(w, fg="cyan") for w in where]
        if hit.section:  # the heading's matched words in red
            where.append(click.style("§ ", fg="cyan") + _styled(hit.section, hit.section_highlights, "cyan"))
        if hit.matched_sections > 1:
            where.append(click.style(f"{hit.matched_sections} sections match", fg="cyan"))
        if hit.copies > 1:
            where.append(click.style(reposts_note(hit), fg="cyan"))
        lines.append(pad + click.style(" · ", fg="cyan").join(where))
        if hit.version_note:
            lines.append(pad + click.style(hit.version_note, fg="yellow"))
        tags = tags_line(hit)
        if tags:
            lines.append(pad + click.style(tags, fg="green"))
        if hit.snippet:
            lines.append(pad + highlighted(hit))
        if hit.tag_highlights:
            lines.append(pad + click.style(why_tagged(hit), dim=True))
        lines.extend(pad + line for line in _score_parts(hit))
        lines.append("")
    lines.extend(_parsed(results))
    if results.total == 0:  # within the date range asked, said, so that it is not taken for none at all
        span = _range(results.start or "", results.end or "")
        lines.append(f"no results for {results.query!r}" + (f" {span}" if span else ""))
    else:
        shown = f"{results.hits[0].rank}–{results.hits[-1].rank} of " if results.hits else ""
        counted = (plural(results.total, "section") if group == "section" else
                   f"{_units(copies, results.total)} ({plural(results.total_sections, 'section')})")
        lines.append(click.style(f"{shown}{counted} in {results.took_ms:.0f} ms", dim=True))
    if results.suggestion:
        lines.append(f"did you mean: {results.suggestion}")
    return "\n".join(lines)


def render_citation(c: CitationView, pad: str = "  ") -> list[str]:
    """A citation: what the article prints, the statute article(s) it resolves to and
    their text, or why it was not resolved."""
    where = c.resolved_law or c.law or " or ".join(c.candidates) or "?"  # the law whose text is shown
    version = f" ({c.version} version)" if c.version else ""
    lines = [pad + click.style(c.text, bold=True) + click.style(f"  → {where}{version}", fg="cyan")]
    if c.note:
        lines.append(pad + "  " + click.style(c.note, dim=True))
    if c.reason:
        lines.append(pad + "  " + click.style(f"not resolved: {c.reason}", fg="yellow"))
    for a in c.articles:
        if a.text is not None:
            body = a.text.replace("\n", "\n" + pad + "    ")  # its later paragraphs under the first
            lines.append(pad + "  " + click.style(f"{a.article} [{a.id}]", fg="green") + f" {body}")
        elif a.reason and not c.reason:
            lines.append(pad + "  " + click.style(f"{a.article}: not resolved: {a.reason}", fg="yellow"))
    return lines


def render_citations(cited: Sequence[CitationView]) -> list[str]:
    """The ``statutes cited`` block of ``lawnews show``."""
    if not cited:
        return []
    lines = ["", click.style(f"statutes cited ({len(cited)}):", bold=True)]
    for c in cited:
        lines += render_citation(c)
    return lines


def render_cited_by(found: CitedBy, copies: bool = False) -> str:
    """``lawnews cited-by``: the statute (with its text), then the articles citing it,
    counted as stories (reposts once), or as articles when ``copies``."""
    ref = found.statute
    head = ref.law + (f" {ref.article}" if ref.article else "")
    counted = head + (f" ({ref.version} version)" if ref.pinned else "")  # only the citations of that version
    heading = next((v for v in found.versions if v.id == ref.id and ref.id), None)
    which = f"{ref.version or 'undated'} version" + (", the latest" if heading is not None and heading.latest else "")
    lines = [click.style(head, bold=True) + (click.style(f"  [{ref.id}, {which}]", fg="cyan") if ref.id else "")]
    if ref.note:
        lines.append(click.style(ref.note, fg="yellow"))
    if ref.text:
        lines.append(ref.text)
    for v in found.versions:  # one number, another provision
        if v.id == ref.id or v.text is None or v.text == ref.text:
            continue
        if v.articles:
            lines.append(click.style(f"articles below cite its {v.version or 'undated'} version, whose text differs:",
                                     fg="yellow"))
        else:
            lines.append(click.style(f"its {v.version or 'undated'} version holds another provision under"
                                     f" {ref.article}:", fg="yellow"))
        lines.append(v.text)
    if found.untied and found.versions:  # (no version holds the number at all: the note says so)
        differ = any(v.text != ref.text for v in found.versions if v.text is not None)
        lines.append(click.style(f"{plural(len(found.untied), 'article')} below {'cites' if len(found.untied) == 1 else 'cite'}"
                                 f" {ref.article} with no version it"
                                 " could be tied to (the reason is under each, after \"not resolved\")"
                                 + (": they may mean any text above, or an older numbering the collection does not hold"
                                    if differ else ""), fg="yellow"))
    lines.append("")
    results = found.results
    width = len(str(results.hits[-1].rank)) if results.hits else 1
    for hit in results.hits:
        lines.append(f"{hit.rank:>{width}}. {click.style(hit.title, bold=True)}")
        pad = " " * (width + 2)
        where = [hit.article_id] + [v for v in (hit.date, source_said(hit)) if v]
        if hit.copies > 1:
            where.append(reposts_note(hit))
        lines.append(pad + click.style(" · ".join(where), fg="cyan"))
        for c in found.mentions.get(hit.article_id, ()):
            why = (c.reason or next((a.reason for a in c.articles if a.reason), None)
                   if c.status == "unresolved" else None)
            if why:  # no version was found to hold what it cites
                lines.append(pad + f"{c.text}" + click.style(f"  not resolved: {why}", fg="yellow"))
                continue
            version = f" ({c.version} version)" if c.version else ""
            lines.append(pad + f"{c.text}" + click.style(version, dim=True))
        lines.append("")
    span = _range(results.start or "", results.end or "")
    counted += f" {span}" if span else ""
    narrowed = " and ".join(f"{facet} is {' or '.join(values)}" for facet, values in (results.filters or {}).items()
                            if values and facet not in ("cites", "statute"))  # the statute is named already
    counted += f" where {narrowed}" if narrowed else ""
    if results.total == 0:
        lines.append(f"no article in this index cites {counted}")
    else:
        shown = f"{results.hits[0].rank}–{results.hits[-1].rank} of " if results.hits else ""
        lines.append(click.style(f"{shown}{_units(copies, results.total)} citing {counted}", dim=True))
    return "\n".join(lines)


def render_article(a: Article, copies: Sequence[Copy] = (), cited: Sequence[CitationView] = (),
                   version_note: str | None = None) -> str:
    lines = [click.style(a.title, bold=True) + (click.style("  (title from lead sentence)", dim=True) if a.title_is_fallback else "")]
    if a.subtitle:
        lines.append(a.subtitle)
    meta = [a.id, a.file or "no file (added from Python)"] + [v for v in (a.byline, a.date, a.source) if v]
    lines.append(click.style(" · ".join(meta), fg="cyan"))
    if version_note:  # a statute article of a superseded version
        lines.append(click.style(version_note, fg="yellow"))
    tags = tags_line(a)
    if tags:
        lines.append(click.style(tags, fg="green"))
    for s in a.sections:
        lines.append("")
        if s.heading:
            lines.append(click.style(s.heading, bold=True))
        lines.append(s.text)
    for c in a.captions:
        lines.append(click.style(f"[图] {c}", dim=True))
    if len(copies) > 1:
        lines += ["", click.style(f"{len(copies)} copies of this story (lead first):", bold=True)]
        for c in copies:
            mark = "*" if c.article_id == a.id else " "
            where = " · ".join(v for v in (c.date or "undated", source_said(c), c.file) if v)
            lines.append(f"{mark} {c.article_id}  {c.title}  " + click.style(where, fg="cyan"))
    lines += render_citations(cited)
    return "\n".join(lines)


def shown_path(path: str) -> str:
    """An input's path as the account prints it: relative to the current folder when it
    lies under it, else as given (absolute), so that it reads the same on every run."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if rel == ".." or rel.startswith(".." + os.sep) else rel


def shown_paths(text: str) -> str:
    """``text`` (a skip's reason, which names paths absolute) with each path under the current
    folder in it named relative to it, as :func:`shown_path` names an input (the current
    folder itself ``.``), so that a reason names a file as the line it is on does."""
    here = os.getcwd()
    if os.path.dirname(here) == here:  # the filesystem's root: paths stay absolute
        return text
    name = r"[\w.\-~]"  # a character a path goes on with (CJK names too)
    under = re.compile(rf"(?<!{name}|/){re.escape(here)}(?:{re.escape(os.sep)}|(?!{name}|/))")
    return under.sub(lambda m: "" if m.group().endswith(os.sep) else ".", text)


def kept_out_line(kept: dict[str, Any]) -> str:
    """What an index keeps out of its updates, for ``lawnews stats``: the files and the
    articles by name (a few of each), and how to take one back."""
    parts = []
    for items, what in ((list(kept.get("files") or ()), "file"), (list(kept.get("articles") or ()), "article")):
        if items:
            parts.append(f"{plural(len(items), what)}: {_first_few(items, '、')}")
    return "; ".join(parts) + " (removed; lawnews index PATH takes a file back)"


def kept_out_note(kept: dict[str, dict[str, str]]) -> str:
    """What ``lawnews index --remove-file/--remove-id`` says of the files and articles it
    removed that later updates keep out (``kept``: ``files`` and ``articles``, each with
    its file's path), and how to take each back (a command to copy: a path with spaces quoted)."""
    from .index.store.storage import command_word

    return "\n".join(f"{key} is kept out of later updates while {'its file' if kind == 'articles' else 'it'}"
                     f" is there (`lawnews index {command_word(shown_path(path))}` takes it back)"
                     for kind in ("files", "articles") for key, path in kept[kind].items())


def render_report(report: IngestReport, dry_run: bool = False, reread: bool = False) -> str:
    """The account ``lawnews index`` prints of a build (``dry_run``: of what it would do;
    ``reread``: a build told to read every file, whose files are read again, changed or not)."""
    lines = [
        f"{'would index' if dry_run else 'indexed'} {plural(report.articles, 'article')}"
        f" ({plural(report.sections, 'section')}) from {plural(report.files, 'file')}"
        + (f" into {report.index_dir}" if report.index_dir and not dry_run else "")
        + f" in {report.took_s:.1f} s"
    ]
    if report.updated:
        new = report.files - report.updated
        statute = 0 if reread else report.statute_files  # read every time: not said to have changed
        why = "read again (--reread)" if reread else "changed since indexed"  # --reread: read, whether changed or not
        replaced = f"earlier articles {'would be ' if dry_run else ''}replaced"
        said = [f"{plural(n, kind)} {reason}, {'its' if n == 1 else 'their'} {replaced}" for n, kind, reason in
                [(report.updated - statute, "file", why),
                 (statute, "statute file", "read again, as every update reads them (they fill the statute collection)")]
                if n]
        lines.append("; ".join(said) + (f"; {plural(new, 'file')} new to the index" if new else ""))
    elif report.files and (report.unchanged or report.gone):  # an update that read new files alone
        lines.append(f"{plural(report.files, 'file')} new to the index")
    if report.unchanged:
        lines.append(f"{plural(report.unchanged, 'file')} unchanged since indexed, not read again (--reread reads them)")
    if report.gone:
        lines.append(f"{'would remove' if dry_run else 'removed'} the articles of {plural(len(report.gone), 'file')}"
                     " gone from the folders read:")
        lines.extend(f"  {f}: {plural(n, 'article')}" for f, n in report.gone.items())
    for kept, what in ((report.kept_out, "file"), (report.kept_out_articles, "article")):
        if kept:
            lines.append(f"{plural(len(kept), what)} kept out, removed from the index: {', '.join(kept)}"
                         f" (to take {'it' if len(kept) == 1 else 'one'} back, name {'its file' if what == 'article' else 'it'}:"
                         " lawnews index PATH)")
    if report.skipped:
        lines.append(f"skipped {len(report.skipped)}:")
        for s in report.skipped:
            lines.append(f"  {shown_path(s.path)}: {shown_paths(s.reason)}")
            lines.extend(f"    {shown_paths(why)}" for why in s.lines)  # the lines of a JSONL file skipped whole
    else:
        lines.append("skipped 0")
    if report.warnings:
        lines.append(f"{plural(len(report.warnings), 'warning')} (indexed all the same):")
        lines.extend(f"  {shown_path(w.path)}: {shown_paths(w.reason)}" for w in report.warnings)
    return "\n".join(lines)


#: Values of each facet that ``lawnews stats`` lists.
STATS_TOP = 8


def _first_few(items: list[str], sep: str = ", ") -> str:
    """The first :data:`STATS_TOP` of ``items`` joined by ``sep``, and how many more there are."""
    more = len(items) - STATS_TOP
    return sep.join(items[:STATS_TOP]) + (f"{sep}… {more} more" if more > 0 else "")


def render_stats(stats: dict[str, Any]) -> str:
    """``lawnews stats``: one line per label (index, counts, what built it, each facet's
    values), the values in one column after the longest label."""
    built = stats.get("built_by") or {}
    rows = [
        ("index", f"{stats['index_dir']}"),
        ("articles", f"{stats['articles']}"),
        ("sections", f"{stats['sections']}"),
        ("built by", f"lawnews {built.get('lawnews_version')} · schema {built.get('schema_version')}"
                     f" · {built.get('segmenter')} {built.get('dictionary')} · {built.get('built_at')}"),
    ]
    if stats.get("question_bank"):
        rows.append(("questions", f"also ranked by the question bank {stats['question_bank']}"))
    if stats.get("tags_outdated"):
        rows.append(("tags", f"{stats['tags_outdated']}"))
    if stats.get("statutes"):
        from .statutes import describe_collection

        rows.append(("citations", describe_collection(stats["statutes"])))
    if stats.get("citations_outdated"):
        rows.append(("rules", f"{stats['citations_outdated']}"))
    kept = stats.get("kept_out") or {}
    if kept.get("files") or kept.get("articles"):
        rows.append(("kept out", kept_out_line(kept)))
    for name, counts in stats.get("facets", {}).items():
        top = _first_few([f"{v} {n}" for v, n in counts.items()])
        rows.append((name, f"{plural(len(counts), 'value')}" + (f": {top}" if top else "")))
    width = max(10, *(len(label) for label, _ in rows))
    return "\n".join(f"{label:<{width}} {value}" for label, value in rows)


#: Hit fields that ``--fields`` may name (the keys of ``Hit.to_dict()``).
HIT_FIELDS = ("rank", "article_id", "score", "title", "file", "section", "section_no", "snippet",
              "highlights", "snippet_html", "tag_highlights", "section_highlights", "provinces", "cities", "courts", "mechanisms", "counties",
              "court_levels", "date", "source", "source_printed", "matched_sections", "story", "copies", "statutes", "cites", "version_note")


def source_said(hit: Any) -> str | None:
    """A hit's source as the ``source`` facet names it, the name the article printed
    after it in brackets where that differs: ``株洲市中级人民法院 (株洲中院)``."""
    if not hit.source:
        return None
    printed = getattr(hit, "source_printed", None)
    return hit.source if not printed or printed == hit.source else f"{hit.source} ({printed})"


def width(text: str) -> int:
    """Terminal columns ``text`` takes (wide and full-width characters count 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else _LINE_BREAKS.sub(" ", str(value))


#: What would break a table's line or its columns: line breaks, tabs, carriage returns,
#: vertical tabs, form feeds, Unicode line and paragraph separators.
_LINE_BREAKS = re.compile("[\n\r\t\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def explanations(results: SearchResults) -> list[str]:
    """With ``explain``: each hit's score parts under its rank and id, then the query as parsed."""
    lines: list[str] = []
    for hit in results.hits:
        if hit.explanation:
            lines.append(f"{hit.rank}. {hit.article_id}")
            lines.extend(_score_parts(hit))
    lines.extend(_parsed(results))
    return [""] + lines if lines else []


def _score_parts(hit: Hit) -> list[str]:
    """A hit's score parts (``explain``), a line each."""
    return [click.style(f"  {score:8.3f}  {field}:{term}", dim=True) for field, term, score in hit.explanation]


def _parsed(results: SearchResults) -> list[str]:
    """The query as the engine ran it (``explain``), or nothing."""
    return [click.style(f"parsed: {results.parsed}", dim=True)] if results.parsed is not None else []


def render_table(rows: Sequence[dict[str, Any]], fields: Sequence[str], tabs: bool = False) -> str:
    """``rows`` as aligned columns (CJK-aware), one line per row, with a header; with
    ``tabs``, each line's cells parted by a tab, unpadded (a tab in a cell is a space), so
    that a program splits the columns whatever the cells hold (a title with spaces)."""
    table = [list(fields)] + [[cell(r.get(f)) for f in fields] for r in rows]
    if tabs:
        return "\n".join("\t".join(row) for row in table)
    widths = [max(width(row[i]) for row in table) for i in range(len(fields))]
    lines = []
    for n, row in enumerate(table):
        text = "  ".join(v + " " * (w - width(v)) for v, w in zip(row, widths)).rstrip()
        lines.append(click.style(text, bold=True) if n == 0 else text)
    return "\n".join(lines)


def more(n: int, shown: int, indent: str) -> list[str]:
    """The ``… N more`` line closing a list of ``n`` values cut at ``shown``."""
    return [click.style(f"{indent}… {n - shown} more", dim=True)] if n > shown else []


#: What trends and facet counts say when they count a plain query's stories with any of its
#: words, none having every one.
COUNTING_RELAXED = "no article has every word: counting articles with any of them"


def render_facets(data: dict[str, Any], top: int = 20, copies: bool = False) -> str:
    """Facet counts under the number of stories counted (articles when ``copies``):
    regions as a province → city tree, then one block per other facet. With nothing
    counted, a line saying so with the query, filters and range, and only the facets
    still holding values (those whose own filter leaves other values to pick)."""
    span = _range(data.get("from") or "", data.get("to") or "")
    none = not data["total"]
    if none:
        head = [_nothing(data.get("query") or "", data.get("filters")) + (f" {span}" if span else "")]
    else:
        head = [click.style(_units(copies, data["total"]) + (f" {span}" if span else ""), dim=True)]
    if data.get("relaxed"):
        head.append(click.style(COUNTING_RELAXED, fg="yellow"))
    blocks = ["\n".join(head)]
    regions = data.get("regions", {})
    selected = data.get("filters") or {}
    if regions or not none:
        lines = [click.style(f"region ({plural(len(regions), 'province')})", bold=True)]
        provinces = top_values(regions, top, selected.get("province", ()))
        for province, node in provinces.items():
            lines.append(f"  {province}  {node['count']}")
            cities = top_values(node["cities"], top, selected.get("city", ()))
            for city, n in cities.items():
                lines.append(f"      {city}  {n}")
            lines.extend(more(len(node["cities"]), len(cities), "      "))
        lines.extend(more(len(regions), len(provinces), "  "))
        blocks.append("\n".join(lines))
    for name, values in data["facets"].items():
        if name in ("province", "city") or (none and not values):
            continue
        lines = [click.style(f"{name} ({len(values)})", bold=True)]
        listed = list(top_values(values, top, selected.get(name, ())).items())
        pad = max((width(v) for v, _n in listed), default=0)
        for value, n in listed:
            lines.append(f"  {value}{' ' * (pad - width(value))}  {n:>5}")
        lines.extend(more(len(values), len(listed), "  "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# -- trends, first reports, profiles (lawnews.landscape) ---------------------------

def _units(copies: bool, n: int) -> str:
    """``n stories`` (reposts counted once), or ``n articles`` when every copy counts."""
    return f"{n} " + (("article" if n == 1 else "articles") if copies else ("story" if n == 1 else "stories"))


def render_trends(t: Any) -> str:
    """A :class:`~lawnews.landscape.Trends` as a table: a row per value, a column per
    period, the undated count and the total, then a row of the totals over every
    matching story; the undated ones said apart. With a date range asked, every period
    of it is listed, 0 where nothing matched, also when nothing did."""
    if not t.total and not t.periods:
        return _nothing(t.query, t.filters)
    lines: list[str] = []
    if t.relaxed:
        lines.append(click.style(COUNTING_RELAXED, fg="yellow"))
    undated = t.undated or any(s.undated for s in t.series)
    head = [t.by, *t.periods] + (["undated"] if undated else []) + ["total"]
    rows = [[s.value, *map(str, s.counts)] + ([str(s.undated)] if undated else []) + [str(s.total)] for s in t.series]
    rows.append(["all", *map(str, t.totals)] + ([str(t.undated)] if undated else []) + [str(t.total)])
    widths = [max(width(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def line(row: list[str]) -> str:
        first = row[0] + " " * (widths[0] - width(row[0]))
        return "  ".join([first] + [v.rjust(w) for v, w in zip(row[1:], widths[1:])]).rstrip()

    lines.append(click.style(line(head), bold=True))
    lines += [line(r) for r in rows[:-1]]
    if t.values > len(t.series):
        left = t.values - len(t.series)
        lines.append(click.style(f"… {left} more value{'' if left == 1 else 's'} (--top)", dim=True))
    lines.append(click.style(line(rows[-1]), bold=True))
    lines.append("")
    note = f"{_units(t.copies, t.total)}, counted per {t.every}"
    if t.undated:
        note += f"; {t.undated} undated: counted in the undated column, in no {t.every}"
    lines.append(click.style(note, dim=True))
    if t.cut():
        lines.append(click.style(_cut(t), dim=True))
    return "\n".join(lines)


def _cut(t: Any) -> str:
    """``2024-Q1 counts from 2024-02-15 on, 2025-Q1 up to 2025-03-10: part of the quarter``:
    the periods the range asked cuts (:meth:`~lawnews.landscape.Trends.cut`)."""
    from .landscape import period_dates

    parts = []
    for period, lo, hi in t.cut():
        full_lo, full_hi = period_dates(period)
        said = [f"from {lo}" if lo != full_lo else "", f"up to {hi}" if hi != full_hi else ""]
        parts.append(f"{period} counts {' '.join(x for x in said if x)}")
    return ", ".join(parts) + f": the dates asked hold part of the {t.every}" + ("s" if len(parts) > 1 else "")


def render_first(a: Any) -> str:
    """A :class:`~lawnews.landscape.Adoption` as a table by date, a value the filters chose
    with no report in the range after the others, said so. With no row reported, its
    ``matched`` (the matching stories, or articles with ``copies``) tells "nothing
    matches" from "what matches has no value of ``--by``"."""
    span = _range(a.start, a.end)
    matched = a.matched
    if a.relaxed and matched:  # counted over the stories with any of the words, as trends says it
        return "\n".join([click.style(COUNTING_RELAXED, fg="yellow"), render_first(replace(a, relaxed=False))])
    if not a.reported and not a.undated_values:
        if matched:
            return (f"{_units(a.copies, matched)} {'matches' if matched == 1 else 'match'}" + (f" {a.query!r}" if a.query else "")
                    + (f" {span}" if span else "") + f", none with a {a.by}: try another --by")
        return _nothing(a.query, a.filters) + (f" {span}" if span else "")
    none = "no report in the range" if span else "no report"  # a chosen value no matching story has
    rows = [{a.by: r.value, "first date": r.date if r.reported else none, "title": r.title, "source": r.source,
             "article_id": r.id, "count": r.count, "same day": f"+{r.same_day}" if r.same_day else ""}
            for r in a.rows]
    columns = [a.by, "first date", "title", "source", "article_id", "count"]
    if any(r.same_day for r in a.rows):  # other stories with the value on its first date
        columns.append("same day")
    lines = [render_table(rows, columns)] if rows else []
    if a.undated_values:
        lines.append(click.style(f"undated only: {'、'.join(a.undated_values)}", dim=True))
    undated = matched - a.dated
    if undated > 0:  # counted in no first report (nor in count), said how many
        lines.append(click.style(f"{undated} of the {_units(a.copies, matched)} matching"
                                 f" {'is' if undated == 1 else 'are'} undated: in no first report and no count", dim=True))
    if span:
        lines.append(click.style(f"the first report of each {a.by} {span}", dim=True))
    return "\n".join(lines)


def _nothing(query: str, filters: Any) -> str:
    """``no matching articles for '执转破' where court is 荆州市中级人民法院``: what was asked, the
    filters as the index resolved them, so that a name read as another is seen."""
    where = " and ".join(f"{facet} is {' or '.join(values)}" for facet, values in (filters or {}).items() if values)
    return ("no matching articles" + (f" for {query!r}" if query else "")
            + (f" where {where}" if where else ""))


def _within(query: str, filters: Any) -> str:
    """``among the stories matching '执转破' where court is 荆州市中级人民法院``: the search a
    profile is taken within, "" when it is of every story of its subject."""
    from .search.syntax import is_everything

    where = " and ".join(f"{facet} is {' or '.join(values)}" for facet, values in (filters or {}).items() if values)
    matching = f" matching {query!r}" if query and not is_everything(query) else ""
    return f"among the stories{matching}" + (f" where {where}" if where else "") if matching or where else ""


def _range(start: str, end: str) -> str:
    """``from 2020 to 2024``, ``from 2020``, ``up to 2024``, or "" (no range asked)."""
    if start and end:
        return f"from {start} to {end}"
    return f"from {start}" if start else (f"up to {end}" if end else "")


def _bar(n: int, most: int, room: int = 30) -> str:
    return "█" * max(1 if n else 0, round(room * n / most)) if most else ""


def render_profile(p: Any) -> str:
    """A :class:`~lawnews.landscape.Profile`: counts per period as bars (none of its stories
    dated: how many, and no period), the values reported with it, its sources and its latest
    articles."""
    t = p.trend
    span = _range(t.start, t.end)
    within = _within(p.query, p.filters)
    lines = [click.style(f"{p.kind} {p.value}", bold=True) + (f" · {within}" if within else "")
             + f" · {_units(t.copies, p.total)}" + (f" · {span}" if span else ""), ""]
    if t.relaxed and p.total:
        lines.insert(0, click.style(COUNTING_RELAXED, fg="yellow"))
    if not p.total:
        said = (f"no article of the index is tagged with {p.kind} {p.value}" if not within
                else f"no story of {p.kind} {p.value} is {within}")
        return "\n".join(lines + [said + (f" {span}" if span else "")])
    if not t.periods:  # nothing dated: no period to list, the count of undated ones said
        unit = "article" if t.copies else "story"
        lines.append(f"its one {unit} is undated" if p.total == 1 else f"none of its {_units(t.copies, p.total)} is dated")
        return "\n".join(lines + _profile_lists(p))
    most = max(t.totals, default=0)
    pad = max((width(x) for x in t.periods), default=0)
    lines.append(click.style(f"per {t.every}", bold=True))
    for period, n in zip(t.periods, t.totals):
        lines.append(f"  {period:<{pad}}  {click.style(_bar(n, most), fg='cyan')} {n}")
    if t.undated:
        lines.append(f"  undated  {t.undated}")
    if t.cut():
        lines.append(click.style("  " + _cut(t), dim=True))
    return "\n".join(lines + _profile_lists(p))


def _profile_lists(p: Any) -> list[str]:
    """The lines under a profile's periods: the values reported with it, its sources and its
    latest articles, after an empty line."""
    lines = [""]
    lines.append(click.style("reported with", bold=True))
    for facet, pairs in p.cooccurring.items():
        if pairs:
            lines.append(f"  {facet}: " + " · ".join(f"{v} {n}" for v, n in pairs))
    if p.sources:
        lines += ["", click.style("sources", bold=True), "  " + " · ".join(f"{v} {n}" for v, n in p.sources)]
    if p.latest:
        lines += ["", click.style("latest", bold=True)]
        for h in p.latest:
            where = " · ".join(v for v in (source_said(h), h.article_id) if v)
            lines.append(f"  {h.date or 'undated':<10}  {h.title}  " + click.style(where, fg="cyan"))
    return lines
