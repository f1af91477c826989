"""The ``source`` facet's value of an article's printed source: one value per court.

In: an article's source as ingest gives it (already the outlet's canonical name where
the outlet table knows it: ``人民法院报``, ``湖南省高级人民法院``), or a source filter
as typed. Out: :func:`source_facet`, the value the ``source`` facet indexes: the court's
name as the court directory writes it when the source is one court's full name, alias
or short form, alone or with its site or account named after it (``株洲中院``,
``株洲中院微信公众号`` → ``株洲市中级人民法院``); any other source as it is, in simplified
characters when it is written in traditional ones (``青山聯合報`` → ``青山联合报``: one
value for an outlet however a page prints it).

Ingest (:mod:`..ingest`) reads no court directory (it does not depend on the tagging
layer), so a WeChat account named by a court's short name arrives as that name; the
index names the court once here, at indexing time, while the stored record keeps the
printed name (what ``show`` prints, and hits and exports give as ``source_printed``), in
traditional characters too.
:func:`with_printed_source`: an article read from a lawnews JSONL export, which gives
``source`` as the facet's value and the printed name as ``source_printed`` (kept by
ingest in the article's metadata), with its printed name as its source again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis.fold import fold, written_traditional

if TYPE_CHECKING:
    from ..documents import Article

#: A court's site or account after its name (株洲中院微信公众号, 株洲中院官方微博).
_SITE = re.compile(r"(?:官方)?(?:网|网站|官网|门户网站|微信公众号|公众号|官方微信|微信|微博|新闻网)$")


def source_facet(source: str) -> str:
    """The ``source`` facet's value of ``source`` (see the module docstring)."""
    if not source:
        return source
    name = _simplified(source)
    return _court(name) or name


@lru_cache(maxsize=4096)
def _simplified(source: str) -> str:
    """``source`` in simplified characters when it is written in traditional ones (青山聯合報
    → 青山联合报; 乾县人民法院 stays as it is)."""
    return fold(source) if written_traditional(source) else source


@lru_cache(maxsize=4096)
def _court(source: str) -> str | None:
    from ..tagging.directory import CourtDirectory

    directory = CourtDirectory.load()
    for name in dict.fromkeys((source, _SITE.sub("", source))):
        courts = {c.facet for c in directory.lookup(name)}
        if len(courts) == 1:  # a form several courts share names none of them
            return courts.pop()
    return None


def with_printed_source(article: "Article") -> "Article":
    """``article`` as it was exported: where its metadata holds ``source_printed`` (a row of
    ``lawnews export``) naming the same source as its ``source`` (the facet's value), that
    name is its source and leaves the metadata; the ``story`` an export names leaves it too
    (the story store keeps it as links: :func:`.stories.named_story`); else ``article`` as it is."""
    printed = article.meta.get("source_printed")
    restored = isinstance(printed, str) and printed and article.source \
        and source_facet(printed) == source_facet(article.source)
    if not restored and "story" not in article.meta:
        return article
    drop = {"story", "source_printed"} if restored else {"story"}
    return replace(article, source=printed if restored else article.source,
                   meta={k: v for k, v in article.meta.items() if k not in drop})
