"""Character normalisation shared by cleaning (index time) and exact phrases (query time).

In: text as decoded. Out: the same text with full-width ASCII forms narrowed
(NFKC), Chinese punctuation kept as printed, odd spaces unified, invisible
marks dropped and control characters (ESC, BEL, NUL …) made spaces. A leaf module, cheap to import: the query path needs it without
the page cleaner.
"""

from __future__ import annotations

import re
import unicodedata

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese punctuation kept as printed (NFKC would narrow some of it).
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·～"
_KEEP_WIDE = set("，：；！？（）～")

_NARROW = {
    **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_WIDE},
    **{ord(ch): " " for ch in "\u00a0\u2002\u2003\u2009\u200a"},
    **{ord(ch): None for ch in "\ufeff\u200b\u200c\u200d"},
    # control characters (a terminal would obey ESC, BEL …) are no text: each a space;
    # the line breaks str.splitlines knows (\x0b \x0c \x1c-\x1e \x85) are kept
    **{code: " " for code in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0x85), *range(0x86, 0xA0)]},
}


#: Any character :data:`_NARROW` changes: most texts have none, and looking is cheaper than translating.
_ODD = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_NARROW)) + "]")


def normalize_chars(text: str) -> str:
    """Full-width ASCII forms narrowed (NFKC), Chinese punctuation kept, odd spaces unified."""
    return text.translate(_NARROW) if _ODD.search(text) else text
