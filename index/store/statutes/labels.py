"""The article labels of statute records.

In:  a statute record (an :class:`~lawnews.index.documents.Article` whose metadata has a
     ``law`` and whose id after ``#`` or last title word is an article label), or a label.
Out: :func:`statute_label` (``第一条``, ``第一百零二条之一``, a label written in digits, ``第2条``,
     as ``第二条``; or None for no statute record)
     and :func:`article_number` (a label's number: 第二百三十七条 → 237).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...documents import Article
from ...tagging.citations import WIDE_DIGITS, article_label, cn_number

_LABEL = re.compile(r"第([零〇一二三四五六七八九十百千两]+)条(?:之([一二三四五六七八九十]+))?$")
#: A label written in digits, ASCII or full-width: 第2条, 第２条, 第133条之1.
_DIGIT_LABEL = re.compile(r"第\s*([0-9０-９]{1,4})\s*条(?:之\s*([0-9０-９]{1,2}|[一二三四五六七八九十]+))?$")


def statute_label(article: Article) -> str | None:
    """The article label of a statute record (``第一条``, ``第一百零二条之一``): from its id
    after ``#``, else the last word of its title; None when it is no statute record. A label
    written in digits (``第2条``, ``第２条``, ``第133条之1``) is given in Chinese numerals
    (``第二条``), as citations name the article."""
    law = article.meta.get("law") if article.meta else None
    if not isinstance(law, str) or not law.strip():
        return None
    tail = article.id.rsplit("#", 1)[1].strip() if "#" in article.id else ""
    words = article.title.split()
    for typed in (tail, words[-1] if words else ""):
        if (label := _label(typed)) is not None:
            return label
    return None


def _label(typed: str) -> str | None:
    """``typed`` as an article label in Chinese numerals, or None when it is none."""
    if _LABEL.fullmatch(typed):
        return typed
    m = _DIGIT_LABEL.fullmatch(typed)
    if m is None:
        return None
    number = int(m.group(1).translate(WIDE_DIGITS))
    after = m.group(2)
    suffix = int(after.translate(WIDE_DIGITS)) if after and after.translate(WIDE_DIGITS).isdigit() else \
        cn_number(after) if after else None
    return article_label(number, suffix) if number > 0 and suffix != 0 else None


@lru_cache(maxsize=4096)
def article_number(label: str) -> int:
    """An article label's number: 第二百三十七条 → 237, 第二百九十一条之一 → 291; 0 for none."""
    m = _LABEL.fullmatch(label)
    return cn_number(m.group(1)) or 0 if m else 0
