"""The article labels of statute records.

In:  a statute record (an :class:`~lawnews.index.documents.Article` whose metadata has a
     ``law`` and whose id after ``#`` or last title word is an article label), or a label.
Out: :func:`statute_label` (``第一条``, ``第一百零二条之一``, or None for no statute record)
     and :func:`article_number` (a label's number: 第二百三十七条 → 237).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...documents import Article
from ...tagging.citations import cn_number

_LABEL = re.compile(r"第([零〇一二三四五六七八九十百千两]+)条(?:之([一二三四五六七八九十]+))?$")


def statute_label(article: Article) -> str | None:
    """The article label of a statute record (``第一条``, ``第一百零二条之一``): from its id
    after ``#``, else the last word of its title; None when it is no statute record."""
    law = article.meta.get("law") if article.meta else None
    if not isinstance(law, str) or not law.strip():
        return None
    tail = article.id.rsplit("#", 1)[1].strip() if "#" in article.id else ""
    if _LABEL.fullmatch(tail):
        return tail
    words = article.title.split()
    return words[-1] if words and _LABEL.fullmatch(words[-1]) else None


@lru_cache(maxsize=4096)
def article_number(label: str) -> int:
    """An article label's number: 第二百三十七条 → 237, 第二百九十一条之一 → 291; 0 for none."""
    m = _LABEL.fullmatch(label)
    return cn_number(m.group(1)) or 0 if m else 0
