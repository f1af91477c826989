"""What the words of a text show, as the resolver measures them.

In:  a news text (and its citations), a quoted wording or gloss, an article's text.
Out: :func:`printed_year` (the latest year an undated text prints); :func:`likeness` (the
     share of a wording's three-character runs an article's text holds, optionally weighted);
     :func:`said_by` (the version whose article a wording clearly says); :func:`_shares_pairs`
     (two texts holding one provision); :func:`_parts` (an article's paragraphs and items);
     and the thresholds they are read with (:data:`QUOTE_MATCH` … :data:`GLOSS_PLAIN`).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...tagging.citations import Citation, cn_number

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)")
#: A court case number ((2023)沪02民终123号, （2015）民申字第5号): its year dates the text as a printed year does.
_CASE_YEAR = re.compile(r"[（(]((?:19|20)\d{2})[）)]\s*[\u4e00-\u9fff]{1,12}\d{0,6}[\u4e00-\u9fff]{0,4}(?:第\s*)?\d{1,6}\s*号")


def printed_year(text: str, cited: Iterable[Citation] = ()) -> int | None:
    """The latest year an undated text prints (2019年, 2019-05-01, a case number's (2019)京01民终5号),
    not after this year; None if none. Years its citations read as the version of a law
    (1996年《行政处罚法》: ``as_of``) do not date the text."""
    import time

    now = time.localtime().tm_year
    named = {int(c.as_of[:4]) for c in cited if c.as_of}
    found = _YEAR.findall(text) + _CASE_YEAR.findall(text)
    years = [int(y) for y in found if int(y) <= now and int(y) not in named and int(y) - 1 not in named]
    return max(years) if years else None


#: A quoted wording sharing fewer of its three-character runs with the article resolved is another provision ...
QUOTE_MATCH = 0.2
#: ... (runs weighted by their rarity in the law, unless this share of them is there as they are) ...
QUOTE_PLAIN = 0.5
#: ... and one sharing this many with the same article of another version is that version's.
QUOTE_SAME = 0.8
#: An undated article's law holding other provisions under its number in its versions: words the text gives
#: for it without quotation marks (a paraphrase after 规定，, the rest of its sentence) sharing this many of
#: their runs with one version's article ...
PARAPHRASE_MATCH = 0.5
#: ... and this many more than with every other version's tell that version (the paraphrase of an older
#: numbering shares the law's common phrases with the article now under the number: 0.77 against 0.59).
PARAPHRASE_MARGIN = 0.3
#: Words a text gives for an article without quoting it are read only if some version's article holds this
#: share of their runs as they are (most of the dev pages' remarks on an undated article hold less; the few
#: holding more, 0.4 at most, through the law's common phrases, weigh a tenth or less rarity-weighted).
GLOSS_PLAIN = 0.25


def said_by(scores: dict[str, float]) -> str | None:
    """The version whose article the words a text gives for it clearly say (``scores``: version →
    :func:`likeness`): at least :data:`PARAPHRASE_MATCH`, and :data:`PARAPHRASE_MARGIN` above every
    other version; else None."""
    if len(scores) < 2:
        return None
    best = max(scores, key=lambda v: (scores[v], v))
    if scores[best] < PARAPHRASE_MATCH:
        return None
    return best if all(scores[v] <= scores[best] - PARAPHRASE_MARGIN for v in scores if v != best) else None


def likeness(quote: str, text: str, weights: dict[str, float] | None = None) -> float:
    """The share of the three-character runs of ``quote`` found in ``text`` (punctuation aside),
    each run counting its weight when ``weights`` are given (else 1)."""
    runs = {quote[i:i + 3] for i in range(len(quote) - 2)}
    text = "".join(_HAN.findall(text))
    if weights is None:
        return sum(r in text for r in runs) / len(runs) if runs else 1.0
    total = sum(weights[r] for r in runs)
    return sum(weights[r] for r in runs if r in text) / total if total else 1.0


def _shares_pairs(a: str, b: str) -> bool:
    """Whether two article texts hold one provision: they share half their character pairs or more."""
    x, y = ({t[i:i + 2] for i in range(len(t) - 1)} for t in (a, b))
    return len(x & y) >= 0.5 * len(x | y)


#: An item marker in an article's text: （一）, (二), 三、 opening a line or after ；.
_ITEM = re.compile(r"[（(]([一二三四五六七八九十]+)[)）]|(?:^|[；;])\s*([一二三四五六七八九十]+)、", re.M)


def _parts(text: str) -> tuple[int, set[int]]:
    """``(paragraphs, items)`` of an article's text: its lines that open with no item marker, and
    the numbers of its items."""
    items = {cn_number(a or b) or 0 for a, b in _ITEM.findall(text)}
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(1 for line in lines if not _ITEM.match(line.strip())), items
