"""Articles → files other tools read: JSONL, and Elasticsearch/OpenSearch bulk.

:func:`write_jsonl` writes one article per line in the input schema (``id``,
``title``, ``text`` with ``## `` headings, ``date``, ``source`` (the source facet's
value, a court named once by its full name) and ``source_printed`` (the name the
article printed), ``subtitle``, ``byline``, ``captions``, ``file``, ``ordinal``,
``story`` (the id of the article leading its reposts), ``title_is_fallback``, the tags,
the metadata), so that indexing an export gives the same articles (the printed source
read back from ``source_printed``; the stories kept as ``story`` names them), tags and hits.
:func:`write_bulk` writes the ``_bulk`` format, one document per section, with
each text field as the terms lawnews indexes for it (:func:`segmented`: its words and the
dictionary words inside long ones, joined by spaces) for a ``whitespace`` analyzer, the raw text kept for display, the facets as keywords (``source``
the source facet's value, a court named once by its full name, ``source_printed`` the
name the article printed) and each article's ``story`` (the id of the article leading
its reposts; its own id when none);
:func:`es_mapping` is the matching index mapping, so a user who outgrows one
machine gets the same tokens in a cluster.
"""

from __future__ import annotations

import json
from typing import IO, Any, Callable, Iterable

from .index.analysis.chinese import tokenize
from .index.documents import Article
from .index.store.source_names import source_facet

FACET_KEYWORDS = ("provinces", "cities", "courts", "mechanisms", "counties", "court_levels", "statutes", "cites")


def article_record(a: Article, story: str | None = None) -> dict[str, Any]:
    """An article as a JSONL record of the input schema (re-indexable), with ``story``, the
    id of the article leading its reposts (its own id when None)."""
    parts = []
    for s in a.sections:
        if s.heading:
            parts.append(f"## {s.heading}")
        if s.text:
            parts.append(s.text)
    rec: dict[str, Any] = {"id": a.id, "title": a.title, "text": "\n\n".join(parts)}
    if a.date:
        rec["date"] = a.date
    if a.source:  # the facet's value (株洲中院 → 株洲市中级人民法院), as lawnews counts and filters it
        rec["source"], rec["source_printed"] = source_facet(a.source), a.source
    for key in ("subtitle", "byline"):
        if getattr(a, key):
            rec[key] = getattr(a, key)
    if a.captions:
        rec["captions"] = list(a.captions)
    rec["file"] = a.file
    rec["ordinal"] = a.ordinal
    rec["story"] = story or a.id
    if a.title_is_fallback:
        rec["title_is_fallback"] = True
    rec.update({k: v for k, v in a.tags.to_dict().items() if v})
    rec.update({k: v for k, v in a.meta.items() if k not in rec})
    return rec


def write_jsonl(articles: Iterable[Article], out: IO[str], story_of: Callable[[str], str] | None = None) -> int:
    """One :func:`article_record` a line, each of the story ``story_of(article id)`` names (its
    own id without it); returns the articles written."""
    n = 0
    for a in articles:
        out.write(json.dumps(article_record(a, story_of(a.id) if story_of is not None else None),
                             ensure_ascii=False) + "\n")
        n += 1
    return n


def segmented(text: str) -> str:
    """The terms lawnews indexes for ``text`` (its index analyzer's: each word, lowercased,
    stop words and punctuation left out, then the dictionary words inside a long word,
    ``强制执行 强制 执行``), joined by single spaces for a ``whitespace`` analyzer."""
    return " ".join(tokenize(text, subtokens=True))


def es_mapping() -> dict[str, Any]:
    """The index mapping for :func:`write_bulk` documents."""
    seg = {"type": "text", "analyzer": "whitespace"}
    raw = {"type": "text", "index": False}
    kw = {"type": "keyword"}
    return {
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "article_id": kw, "story": kw, "file": kw, "section_no": {"type": "integer"},
                "title": seg, "heading": seg, "text": seg, "caption": seg,
                "title_raw": raw, "heading_raw": raw, "text_raw": raw, "caption_raw": raw,
                "date": {"type": "date", "format": "strict_date_optional_time||yyyy-MM-dd||yyyy"},
                "year": kw, "source": kw, "source_printed": kw,
                **{name: kw for name in FACET_KEYWORDS},
            },
        }
    }


def bulk_docs(a: Article, story: str | None = None) -> Iterable[tuple[str, dict[str, Any]]]:
    """``(_id, source)`` of each section document of an article, of the story ``story``
    (the id of the article leading its copies; the article's own id when None)."""
    tags = {k: v for k, v in a.tags.to_dict().items() if v}
    for no, s in enumerate(a.sections or ()):
        doc: dict[str, Any] = {
            "article_id": a.id, "story": story or a.id, "file": a.file, "section_no": no,
            "title": segmented(a.title), "title_raw": a.title,
            "text": segmented(s.text), "text_raw": s.text, **tags,
        }
        if s.heading:
            doc["heading"], doc["heading_raw"] = segmented(s.heading), s.heading
        if no == 0 and a.captions:
            caption = "\n".join(a.captions)
            doc["caption"], doc["caption_raw"] = segmented(caption), caption
        if a.date:
            doc["date"] = a.date
            if a.date[:4].isdigit():
                doc["year"] = a.date[:4]
        if a.source:  # the facet's value (株洲中院 → 株洲市中级人民法院), as lawnews counts and filters it
            doc["source"], doc["source_printed"] = source_facet(a.source), a.source
        yield f"{a.id}/{no}", doc


#: Characters an Elasticsearch/OpenSearch index name may not hold.
_NOT_IN_INDEX_NAME = set('\\/*?"<>|,#: ')


def index_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name an Elasticsearch/OpenSearch index (the server refuses
    every line of a bulk body that names it), or None when it can."""
    if not name:
        return "an index name cannot be empty"
    if name != name.lower():
        return f"index name {name!r} must be lowercase"
    if bad := sorted({c for c in name if c in _NOT_IN_INDEX_NAME or not c.isprintable()}):
        return f"index name {name!r} cannot hold {', '.join(repr(c) for c in bad)}"
    if name[0] in "-_+" or name in (".", ".."):
        return f"index name {name!r} cannot start with '-', '_' or '+', nor be '.' or '..'"
    if len(name.encode("utf-8")) > 255:
        return f"index name {name[:20]!r}… is longer than 255 bytes"
    return None


def write_bulk(articles: Iterable[Article], out: IO[str], index_name: str = "lawnews",
               story_of: Callable[[str], str] | None = None) -> int:
    """Write the ``_bulk`` body (action line + document line per section), each article of the
    story ``story_of(article id)`` names (its own id without it); returns documents written."""
    n = 0
    for a in articles:
        for _id, doc in bulk_docs(a, story_of(a.id) if story_of is not None else None):
            out.write(json.dumps({"index": {"_index": index_name, "_id": _id}}, ensure_ascii=False) + "\n")
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n
