"""Text cleaning of one raw newspaper page: pure functions, no I/O.

In: the decoded text of a page (possibly with a BOM, ``\r\n`` or ``\r`` line
endings). Out: its paragraphs (:func:`paragraphs`), hard wraps joined, PDF
doubled-glyph runs undone (:func:`undouble`), full-width ASCII narrowed
(:func:`normalize_chars`) and layout spaces removed (:func:`fix_spacing`); plus the
small helpers the page parser reads credits and layout with (:func:`clean_byline`,
:func:`cell_width`, sentence ends, name lists, credit and caption markers).

Wraps are found from layout alone: a line's width against its neighbours' (the
column), sentence-final punctuation, indentation, markers that open a block
(``□``, lead-ins such as ``本报讯（`` or ``新华社北京3月5日电``, ``▲``, ``图①``, ``#``,
credits), and whether the page shows that it wraps across blank lines. The short
lines just above a lead-in, or right after a tail credit, are a headline of their own
(:func:`lead_in` reads a lead-in's dateline and credit).
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left
from dataclasses import dataclass

from ..analysis.chars import CJK_PUNCT, HAN, normalize_chars
from ..analysis.fold import fold, strip_ruby

_HALF_CELL = "，。、；：？！“”‘’（）《》〈〉【】「」『』"
#: The characters :func:`cell_width` counts as half a cell.
_HALF_CELLS = re.compile(f"[\\x00-\\u1fff{_HALF_CELL}]")
_CJK = f"{HAN}{CJK_PUNCT}"

#: Characters after which a sentence (and possibly a paragraph) is complete.
SENTENCE_END = "。！？!?…"
_CLOSERS = "”’」』）)》〉】\"'"
#: Line endings that say the sentence goes on (a wrap follows, not a heading).
CONTINUING = "，、；：,;:“‘（(《〈【—-"

_TERMINAL = re.compile(f"[{re.escape(SENTENCE_END)}][{re.escape(_CLOSERS)}]*$")
_LETTER_GAP = re.compile(r" +")
_GAP_NEAR_CJK = re.compile(
    f"(?<=[{_CJK}]) +(?=[0-9{CJK_PUNCT}])|(?<=[0-9{CJK_PUNCT}]) +(?=[{_CJK}])"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_OR_DIGIT = re.compile(f"[{_CJK}0-9]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_ROLE = r"(?:本报)?(?:特约|见习|首席)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑)"
_ROLE_FIRST = re.compile(f"{_ROLE}\\s")
_NAME_TOKEN = re.compile(f"^(?:{_ROLE}|{_ROLE}?[{HAN}·]{{1,4}})$")
_NOT_NAMES = {"试行", "完", "待续", "未完待续", "续", "上", "下", "图", "摄",
              # labels a text's parts are printed under, letter-spaced as 引 言 (no reporter's name)
              "引言", "前言", "导读", "导语", "导言", "摘要", "按语", "编者按", "提要", "原创", "佚名"}


#: The longest headline or heading, in Han cells; a longer unfinished line is a wrap.
HEADING_MAX = 40.0
#: A line at least this share of its column's width is full (so it may be wrapped).
FULL = 0.8

#: A day of a dateline: ``3月5日``, ``5日``, ``三月五日`` (PDF text may space the digits).
_DAY = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日"
_SEPARATOR = r"(?=[\s（(【：:]|$)"
#: How a news item opens: ``本报讯``, ``本报北京3月5日讯``, ``本报长沙讯（``, a website's ``本网讯``,
#: ``本网四川宜宾讯（``, ``中国法院网讯（``, ``新华社北京3月5日电``,
#: ``中新网5日电``, ``人民网北京3月5日电``, ``新华社电``. Words such as 喜讯 or 电话 that
#: merely follow a name or a day are no dateline.
#: An outlet's own dateline (``湖南日报8月9日讯``, ``河北法制报讯``, ``湖南日报·新湖南客户端6月25日讯``,
#: the place after the day: ``某某网9月2日淮安讯``):
#: a dateline where a bracketed credit follows it, as a lead-in leaves it once the credit is taken.
_OUTLET_DATELINE = rf"[{HAN}·]{{1,16}}?(?:报|网|台|社|客户端|融媒体中心|新闻|在线)[{HAN}]{{0,8}}?\s*(?:{_DAY}\s*[{HAN}]{{0,6}}?)?\s*讯"
_DATELINE = (
    f"本[报网]讯|本[报网][{HAN}]{{0,8}}?\\s*{_DAY}\\s*讯|本[报网][{HAN}]{{2,6}}讯{_SEPARATOR}|[{HAN}]{{1,6}}?网讯{_SEPARATOR}"
    f"|(?:本报|新华社|中新社|[{HAN}]{{1,6}}?[网社台])[{HAN}]{{0,8}}?\\s*{_DAY}\\s*电(?![话视脑力影子商网动池信梯气站费器源线缆路])"
    f"|(?:新华社|中新社)[{HAN}]{{0,8}}?电{_SEPARATOR}"
    # an outlet's own dateline with its credit in brackets after it: 湖南日报8月9日讯（记者 …）,
    # 河北法制报讯 （记者 …）, 红网时刻张家界9月29日讯（…）, 湖南日报·新湖南客户端6月25日讯（…）
    f"|{_OUTLET_DATELINE}(?=\\s*[（(【])"
)
#: A lead-in: a dateline and the credit in brackets after it (``本报讯（记者 张三）``), or a
#: reporter's credit ending in 报道 (``本报记者 张三 报道``).
LEADIN = re.compile(
    f"^(?:(?P<dateline>{_DATELINE})\\s*(?:[（(【](?P<credit>[^（）()【】]{{0,40}})[）)】])?"
    f"|(?P<reporter>本报(?:特约|见习|首席)?记者\\s*[^\\s，。；：,;:！？“”（）()][^，。；：,;:！？“”（）()]{{0,24}}?)\\s*报道{_SEPARATOR})"
    "[\\s：:]*"
)
#: How much of a line's opening a lead-in may take (dateline and bracketed credit).
_LEAD_SPAN = 80
_LEADIN_INSIDE = re.compile(f"(?<=\\S)\\s+(?=(?:{_DATELINE})\\s*[（(【])")
#: How a photo caption starts: an arrow pointing at the photo (``▲`` above, ``▼`` below),
#: ``图①``, ``图为``, also in brackets (``（图为…）``). A right arrow (``▶``) opens a link or a
#: list item, not a caption.
CAPTION_MARK = re.compile(r"^(?:[▲△▼▽◀◁◆]|[（(]?(?:图\s*[①-⑳0-9]|图为|图：|图:))")
#: The arrow a link or a list item opens with: ``▶ 标题`` in a list of related stories.
LINK_ARROW = re.compile(r"^[▶▷►]\s*")
#: A jump line: where an article goes on (``（下转第4版）``, ``转第4版``) or comes from
#: (``（上接第1版）``), alone or after the last sentence of a paragraph.
JUMP = re.compile(r"[（(]?\s*(下转|转|上接|接)\s*第?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[）)]?$")
#: A mark a line of a list opens with: an arrow or a bullet (``▶``, ``·``, ``•``).
_LIST_MARK = re.compile(r"^[▶▷►·•▪]\s*(?=\S)")
#: The longest line a link to another story is.
_LINK_MAX = 40


def link_list(lines: list[str]) -> int:
    """How many of the last ``lines`` of a text are a list of links to other stories (a
    相关新闻 list whose heading was left out): two lines or more, each opened by an arrow or
    a bullet (``▶ 某县法院开展夜间执行``, ``· …``) and no sentence (no end mark, at most 40
    characters), after text and not under a line ending in a colon (the text's own list:
    ``主要措施：`` ⏎ ``· 查控财产``); 0 when they are none."""
    n = 0
    for line in reversed(lines):
        t = line.strip()
        if not _LIST_MARK.match(t) or len(t) > _LINK_MAX or re.search(r"[。！？!?；;]", t):
            break
        n += 1
    if n < 2 or n >= len(lines) or lines[-n - 1].rstrip().endswith(("：", ":")):
        return 0
    return n
_TAIL = re.compile(r"^[（(]([^（）()]{1,40})[）)]$")
_TAIL_AFTER_SENTENCE = re.compile(r"[。！？…”]\s*[（(]([^（）()]{1,40})[）)]$")


# ---------------------------------------------------------------- characters

def page_lines(text: str) -> list[str]:
    """The lines of a page: BOM dropped, any line ending accepted, trailing space removed.

    Leading white space is kept (it is layout: indentation marks paragraph starts).
    """
    return [normalize_chars(line).rstrip() for line in re.split(r"\r\n|\r|\n", text)]


def is_han(ch: str) -> bool:
    return bool(ch) and bool(re.match(f"[{HAN}]", ch))


def cell_width(text: str) -> float:
    """Printed width in Han cells: Han 1; ASCII, spaces and punctuation (which
    typesetting compresses) 1/2; dashes and ellipses 1."""
    return len(text) - 0.5 * _HALF_CELLS.subn("", text)[1]


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (closing quotes allowed)."""
    return bool(_TERMINAL.search(text.rstrip()))


def ends_continuing(text: str) -> bool:
    """Whether ``text`` ends with punctuation after which the sentence must go on."""
    text = text.rstrip()
    return bool(text) and text[-1] in CONTINUING


# ---------------------------------------------------------------- doubling

#: Longest segment checked for doubling: doubled runs come from narrow PDF columns,
#: and the check is quadratic in the segment's length.
MAX_DOUBLED_SEGMENT = 400


def _chain(segment: str) -> list[str] | None:
    """``segment`` as runs X1 X1 X2 X2 …, returned as [X1, X2, …], or None."""
    n = len(segment)
    if n % 2 or n > MAX_DOUBLED_SEGMENT:
        return None
    if any(count % 2 for count in Counter(segment).values()):
        return None  # a chain of doubled runs holds every character an even number of times
    best: list[list[str] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        for size in range(1, (n - i) // 2 + 1):
            rest = best[i + 2 * size]
            if rest is not None and segment[i:i + size] == segment[i + size:i + 2 * size]:
                best[i] = [segment[i:i + size], *rest]
                break
    return best[0]


def undouble(line: str) -> str | None:
    """``line`` with its doubled glyph runs undone, or None when it is not doubled.

    PDF extraction of bold text can print every run twice (``湖南湖南：：``). A line
    counts as doubled only when every space-separated segment is such a chain, and
    the chain is long enough (three runs, or one run of two or more characters) not
    to be an ordinary repeat such as 常常 or 谢谢.
    """
    segments = line.split()
    if not segments:
        return None
    runs: list[list[str]] = []
    for segment in segments:
        chain = _chain(segment)
        if chain is None:
            return None
        runs.append(chain)
    flat = [run for chain in runs for run in chain]
    if len(flat) < 3 and max(len(run) for run in flat) < 2:
        return None
    text = " ".join("".join(chain) for chain in runs)
    if not re.search(f"[{HAN}0-9A-Za-z]", text):
        return None
    lead = line[: len(line) - len(line.lstrip())]
    return lead + text


# ---------------------------------------------------------------- spacing

def join_wrapped(left: str, right: str) -> str:
    """Two pieces of one wrapped paragraph, joined: nothing between Han, a space between Latin
    words, and between a Latin sentence or clause and the word after it (``habits.`` ⏎ ``The``)."""
    left, right = left.rstrip(), right.lstrip()
    if left and right and _latin_gap(left, right[0]):
        return f"{left} {right}"
    return left + right


def _latin_gap(left: str, first: str) -> bool:
    """Whether a space goes between ``left`` and a piece opening with ``first``: both are Latin
    words, or ``left`` ends a Latin sentence or clause (``…habits.``, ``…in 2017,``)."""
    if not (first.isascii() and first.isalpha()):
        return False
    last = left[-1]
    if last.isascii() and last.isalpha():
        return True
    return last in _LATIN_STOPS and len(left) > 1 and left[-2].isascii() and left[-2].isalnum()


_LATIN_STOPS = ".,;:!?"


def join_all_wrapped(pieces: list[str]) -> str:
    """``join_wrapped`` applied from left to right over ``pieces``, in linear time."""
    if len(pieces) < 2:
        return "".join(pieces)
    kept = [pieces[0].rstrip(), *(piece.strip() for piece in pieces[1:-1]), pieces[-1].lstrip()]
    out: list[str] = []
    last = ""
    for piece in kept:
        if not piece:
            continue
        if last and _latin_gap(last, piece[0]):
            out.append(" ")
        out.append(piece)
        last = piece[-2:]
    return "".join(out)


def is_letter_spaced(text: str) -> bool:
    """Whether ``text`` is justified by spaces between single characters (``常 态 化 开 展``)."""
    tokens = text.split()
    singles = sum(1 for t in tokens if _is_single_cjk(t))
    return len(tokens) >= 4 and singles * 2 >= len(tokens)


def fix_spacing(text: str, *, pauses: bool = False) -> str:
    """Paragraph text with layout spaces removed.

    Removed: spaces of letter-spaced justification (a space next to a single Han
    character or Chinese punctuation mark standing between spaces), and spaces between
    a Han character or Chinese punctuation and a digit or another Han character when
    one side is punctuation or a digit (``2024 年``, ``万人 （次）``). Kept: spaces
    between Latin words and numbers, and a single space between two Han words
    (``执行局长在执行 代表委员看执行``), which is how Chinese prints a pause. With
    ``pauses`` (headlines), spaces next to punctuation are kept too.
    """
    text = _SPACES.sub(" ", text).strip()
    parts = _LETTER_GAP.split(text)
    out = parts[:1]
    for prev, token in zip(parts, parts[1:]):
        spaced = _is_single_cjk(prev) or _is_single_cjk(token)
        both_cjk = bool(_CJK_OR_DIGIT.match(prev[-1]) and _CJK_OR_DIGIT.match(token[0]))
        out.append(token if spaced and both_cjk else " " + token)
    text = "".join(out)
    return text if pauses else _GAP_NEAR_CJK.sub("", text)


def _is_single_cjk(token: str) -> bool:
    return len(token) == 1 and bool(_CJK_CHAR.match(token))


# ---------------------------------------------------------------- credits

def _names(tokens: list[str]) -> list[str]:
    """Padded two-character names rejoined: ``卓 萌 张 展`` → ``卓萌 张展``."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            i + 1 < len(tokens)
            and len(tokens[i]) == 1
            and len(tokens[i + 1]) == 1
            and is_han(tokens[i])
            and is_han(tokens[i + 1])
        ):
            out.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


#: A role word glued to the name before it, as a wrap inside a credit leaves it (``张三通讯员``).
_GLUED_ROLE = re.compile(
    f"(?<=[{HAN}])(?<!本报)(?<!特约)(?<!见习)(?<!首席)(?<!摄影)(?=(?:本报)?(?:特约|见习|首席)?(?:记者|通讯员|实习生))"
)


def clean_byline(text: str) -> str:
    """A credit as a reader writes it: no □, no brackets, no 摄, padded names rejoined,
    role words parted from the name before them."""
    text = _GLUED_ROLE.sub(" ", re.sub(r"[□■]", " ", text))
    text = text.strip().strip("（）() ")
    text = re.sub(r"\s*摄$", "", text)
    return " ".join(_names(text.split()))


#: A note of where a photo comes from, standing for its caption: ``图片来源：图虫``, ``（资料图片）``,
#: ``【资料图】``, ``网络图片``, ``（图片仅供参考）``, or an image's file name (``群众咨询.jpg``).
_PHOTO_NOTE = re.compile(
    r"^[【\[(（]?\s*(?:(?:图片|题图|配图|图源|照片|图)\s*(?:来源|来自|提供|作者)\s*[:：丨|]?\s*[^。，；！？]{0,24}"
    r"|(?:相关)?(?:资料|网络|示意|新闻|配)(?:图片|照片|图)(?:\s*[,，]?\s*(?:仅供参考|与本文无关))?"
    r"|图片(?:仅供参考|与本文无关))\s*[】\])）]?$"
    r"|^[^\s。，]{1,40}\.(?:jpe?g|png|gif|webp|bmp)$", re.I)


def photo_note(text: str) -> bool:
    """Whether a line only notes a photo's origin (:data:`_PHOTO_NOTE`), in either script:
    a caption's credit, never a title nor a reporter's name."""
    return bool(_PHOTO_NOTE.match(fold(text.strip())))


#: A reporter's role word, with what a paper prints before it (``本报记者``, ``全媒体记者``).
_CREDIT_ROLE = re.compile(r"((?:本报|本刊|本台|本网)?(?:特约|见习|首席|实习|驻站)?(?:摄影记者|记者|通讯员|实习生))")
_CREDIT_NAME = re.compile(f"[{HAN}·]{{2,4}}")


def reporter_credit(raw: str) -> bool:
    """Whether a line is reporters' credits only, in either script: role words (记者, 通讯员,
    实习生) each followed by names, an outlet glued to a role (``法治日报全媒体记者 马利民``,
    ``河南日报客户端记者 张萌萌``, ``刘文君 四川法治报全媒体记者 郝飞``), marks and bars
    (``□``, ``记者：``, ``记者 | 张三``, ``张三/文 李四/图``). Names glued together
    (``本报记者张三通讯员李四王五``) are read only where two roles or more show the
    line is a credit. Such a line is a byline wherever it stands, never a headline."""
    text = fold(strip_ruby(raw)[0])
    text = re.sub(r"[□■]", " ", text)
    text = re.sub(r"\s*/\s*(?:文|图|摄)(?=\s|$)", " ", text)
    text = re.sub(r"\s*[|丨｜:：·]\s*", " ", text).strip()
    if not text or len(text) > 48 or re.search(f"[^{HAN}·\\s]", text):
        return False
    pieces = _CREDIT_ROLE.split(text)
    others = pieces[0::2]
    if len(others) < 2:
        return False
    glued = len(others) >= 3 and not re.search(r"\s", text)
    for k, piece in enumerate(others):
        tokens = piece.split()
        if k == len(others) - 1 and not tokens:
            return False  # a role with no name after it (记者节); 记者 | 实习记者 张三 stacks two
        if k < len(others) - 1 and tokens and not piece[-1].isspace():
            tokens.pop()  # an outlet glued to the role after it (法治日报全媒体记者), or a glued name
        # (before the first role an outlet may stand apart: 内蒙古日报·草原云记者)
        for token in _names(tokens):
            if not (_CREDIT_NAME.fullmatch(token) or ((glued or k == 0) and len(token) <= 12)):
                return False
    return True


#: What a byline holds besides names: a date with its time and label (``2023-02-27 08:34:40``,
#: ``更新时间：2023-10-31``, ``添加时间：…``), a toolbar's or player's label (``字号：[ ]``, ``时长：00:00``).
_BYLINE_DATE = re.compile(r"(?:(?:(?:更新|发布|添加|上传|发表|录入)?(?:时间|日期)|Updated)\s*[:：]\s*)?[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}"
                          r"\s*[-月/.]\s*[0-9]{1,2}\s*[日号]?(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
                          r"|(?:字号|时长)\s*[:：]\s*(?:[\[【(（]\s*[\]】)）]|[大中小\s]+|[0-9:]+)?")
#: What sites print for an author they do not name: no byline.
_NO_AUTHOR = {"原创", "佚名", "未知", "不详", "admin", "管理员", "本站", "小编", "网站编辑", "目录"}


def byline_text(byline: str | None) -> str | None:
    """A byline as a reader wants it: names and roles, without a date printed with them
    (``湖南日报·新湖南客户端2025-06-25 16:02:59``, ``时长：00:00更新时间：2023-10-31``) or a
    toolbar's label (``字号：[ ]``); None when nothing but those or a placeholder
    (``原创``, ``佚名``, ``admin``) is left."""
    if not byline:
        return None
    text = strip_ruby(byline)[0]
    folded = fold(text)
    spans = [m.span() for m in _BYLINE_DATE.finditer(folded)] if len(folded) == len(text) else []
    for start, end in reversed(spans):
        text = f"{text[:start]} {text[end:]}"
    text = re.sub(r"\s+", " ", text).strip(" |｜·•,，:：;；、-—")
    if not re.search(f"[{HAN}A-Za-z]", text) or fold(text) in _NO_AUTHOR:
        return None
    return text if spans else byline


def is_name_list(text: str, *, min_tokens: int = 1) -> bool:
    """Whether ``text`` is only person names and role words (a credit, not a headline)."""
    if photo_note(text):
        return False  # （资料图片） is a photo's note, not a credit
    text = _GLUED_ROLE.sub(" ", re.sub(r"[□■]", " ", text))
    tokens = re.sub(r"\s*摄$", "", text.strip()).split()
    if len(tokens) < min_tokens or not tokens:
        return False
    names = _names(tokens)
    if any(not _NAME_TOKEN.match(t) or t in _NOT_NAMES or len(t) < 2 for t in names):
        return False
    return sum(len(re.findall(f"[{HAN}]", t)) for t in tokens) >= 2


# ---------------------------------------------------------------- paragraphs


@dataclass
class _Line:
    no: int
    text: str
    indent: bool = False
    doubled: bool = False
    gap: int = 0
    width: float = 0.0
    full: bool = True
    over: bool = False
    short: bool = False  # narrower than half its column: a paragraph's last line, never a wrap
    opens: bool | None = None  # whether it opens a block by its own text (worked out once)
    closes: bool | None = None  # whether it ends a block (worked out once)
    row: bool = False  # a row of a table in the text (cells joined with " | ")


@dataclass
class Paragraph:
    """Joined lines of a page. ``first`` is the 0-based line where it starts; ``kind``,
    ``level`` (Markdown) and ``extra`` (a lead-in's credit) are set by the page parser.
    """

    text: str
    first: int
    lines: int = 1
    kind: str = "body"
    level: int = 0
    extra: str | None = None
    row: bool = False  # a row of a table in the text: body text, a paragraph of its own
    wraps: int = 0  # its lines broken inside a phrase (a full line ending in a word, the next going on)


#: Cells set apart by tabs, or by bars (``|``, full-width ``｜``).
_TAB_CELLS = re.compile(r"\s*\t\s*")
_BAR_CELLS = re.compile(r"\s*[|｜]\s*")


def bar_cells(text: str) -> list[str]:
    """The cells of a line set apart by bars (``|``, full-width ``｜``), empty ones left out:
    ``| 一月 | 120 |`` → 一月, 120."""
    return [c.strip() for c in _BAR_CELLS.split(text) if c.strip()]


#: Cells set apart by any of a bar, tabs or three spaces or more (full-width ones too), as
#: a table typed with spaces is.
_ANY_CELLS = re.compile(r"\s*[|｜]\s*|\t+|[ \u3000]{3,}")


def cells(line: str, *, pairs: bool = False, spaces: bool = False) -> list[str]:
    """The cells of a line of a table, [] for any other line: set apart by tabs, else by
    bars in three cells or more, or in two framed by bars (``| 一月 | 120 |``, or a bar
    closing the row alone, ``定义 | 调解员是… |``, as a table saved from a web page is
    written) — two cells set apart by a bar are a label and its value (``记者 | 张三``)
    or a caption's parts, unless ``pairs`` (a web page's table, known by a row of as many
    cells beside it). With ``spaces``, two cells or more set apart by any of a bar, tabs
    or wide spaces (a whole file's table, a booking sheet typed with spaces)."""
    text = line.strip()
    if spaces:
        found = [c.strip() for c in _ANY_CELLS.split(text.strip("|｜ ")) if c.strip()]
        return found if len(found) >= 2 else []
    if "\t" in text:
        split = [c.strip() for c in _TAB_CELLS.split(text) if c.strip()]
        return split if len(split) >= 2 else []
    if "|" in text or "｜" in text:
        split = bar_cells(text)
        framed = pairs or text.endswith(("|", "｜"))
        return split if len(split) >= 3 or (framed and len(split) >= 2) else []
    return []


def table_rows(lines: list[str], *, pairs: bool = False) -> dict[int, str]:
    """The lines that are rows of a table in a text, by their index, each as its cells
    joined with `` | ``: a run of two lines or more (blank lines between them allowed)
    of cells set apart by tabs, or by bars in as many cells as a row next to it (three
    or more, or framed by bars: ``记者 | 张三`` over ``编辑 | 李四`` is no table, unless
    ``pairs``: :func:`cells`). A line of tabs alone is no table; nor is a lone line of
    cells (a menu, a heading spaced out)."""
    row_cells = [cells(line, pairs=pairs) for line in lines]
    out: dict[int, str] = {}
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            for k in run:
                out[k] = " | ".join(row_cells[k])

    for k, line in enumerate(lines):
        if not line.strip():
            continue
        row = row_cells[k]
        tabbed = "\t" in line
        if row and run and (tabbed or len(row) == len(row_cells[run[-1]])) and (tabbed == ("\t" in lines[run[-1]])):
            run.append(k)
        else:
            flush()
            run = [k] if row else []
    flush()
    return out


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    raws = page_lines(text)
    rows = table_rows(raws)
    for no, raw in enumerate(raws):
        stripped = raw.strip()
        if not stripped:
            if out:
                out[-1].gap += 1
            continue
        if no in rows:
            out.append(_Line(no, rows[no], row=True))
            continue
        indent = raw.startswith(("\u3000", "  ", "\t"))
        doubled = undouble(stripped)
        pieces = [doubled or stripped]
        if not doubled:
            pieces = _LEADIN_INSIDE.split(stripped)
        for k, piece in enumerate(pieces):
            out.append(_Line(no, piece.strip(), indent and k == 0, bool(doubled)))
    return out


def _starts_block(line: _Line, prev: _Line) -> bool:
    """Whether ``line`` must open a new paragraph whatever came before."""
    text = line.text
    if line.opens is None:
        line.opens = bool(
            line.row or text.startswith(("#", "□", "■")) or match_lead_in(text) or CAPTION_MARK.match(text)
            or LINK_ARROW.match(text)
            or is_tail(text) or is_credit(text) or is_byline_line(text) or is_dispatch(text)
            or JUMP.match(text)  # a jump line alone on its line (（上接第1版）) is a paragraph of its own
        )
    if line.opens:
        return True
    return text.startswith("——") and (prev.gap > 0 or ends_sentence(prev.text))


def _ends_block(line: _Line) -> bool:
    """Whether nothing may be joined after ``line``."""
    if line.closes is None:
        text = line.text
        line.closes = (
            line.row or text.startswith(("#", "□", "■"))
            or is_tail(text)
            or is_credit(text)
            or bool(re.search(r"\s摄$", text))
            or ends_with_tail(text)
            or is_byline_line(text)
            or is_dispatch(text)
            or bool(JUMP.match(text))  # （上接第1版） ⏎ （三）…: the line under a jump line is none of it
        )
    return line.closes


@dataclass(frozen=True)
class LeadIn:
    """What a lead-in says: ``dateline`` as printed (empty for a bare 本报讯, which names
    nothing), the ``credit`` (``记者 张三``) or None, and the ``rest`` of the paragraph."""

    dateline: str
    credit: str | None
    rest: str


def match_lead_in(text: str) -> "re.Match[str] | None":
    """:data:`LEADIN` matched at the start of ``text``, in simplified or traditional
    characters (``本報訊（記者 張三）``): the match is on the folded opening, whose
    offsets are the printed text's."""
    m = LEADIN.match(text)
    if m is None and text:
        opening = text[:_LEAD_SPAN]
        folded = fold(opening)
        if folded != opening:
            m = LEADIN.match(folded)
    return m


def after_dateline(text: str) -> str:
    """``text`` without the lead-in or the dateline it opens with (``新华社北京3月5日电``,
    ``湖南日报8月9日讯 …`` as a lead-in leaves it), for a title taken from it; ``text`` when
    nothing is left after it."""
    opening = lead_in(text)
    if opening is not None and opening.rest.strip():
        return opening.rest.strip()
    folded = fold(text[:_LEAD_SPAN])
    m = re.match(rf"{_OUTLET_DATELINE}\s*(?=[\s0-9“\"「《（(])", folded) if len(folded) == len(text[:_LEAD_SPAN]) else None
    return text[m.end():].strip() or text if m else text


def lead_in(text: str) -> LeadIn | None:
    """The lead-in that opens ``text`` (``本报讯（记者 张三）``, ``新华社北京3月5日电``,
    ``本报记者 张三 报道``, and the same in traditional characters), or None."""
    m = match_lead_in(text)
    if not m:
        return None

    def printed(group: str) -> str | None:
        return text[m.start(group):m.end(group)] if m.group(group) is not None else None

    dateline = printed("dateline") or ""
    credit = printed("credit") if m.group("dateline") else printed("reporter")
    rest = text[m.end():]
    if m.group("dateline") and credit is None:
        credit, rest = _bare_credit(rest)
    return LeadIn("" if m.group("dateline") in ("本报讯", "本网讯") else dateline, credit, rest)


#: A role word opening a credit printed without brackets after a dateline (``记者赵某``, ``记者 王某 通讯员 李某``).
_BARE_ROLE = re.compile(r"(?:本报|本网)?(?:特约|见习|首席|实习|驻站)?(?:全媒体)?(?:摄影记者|记者|通讯员|实习生)")


def _bare_credit(rest: str) -> tuple[str | None, str]:
    """``(credit, rest)`` for a credit printed without brackets after a dateline, before a space
    (``新华社北京3月5日电 记者张三 近日，…``, ``本报讯 记者 张三 通讯员 李四报道 近日，…``): the longest run of
    words from a role word on that is reporters' credits (:func:`reporter_credit`) with text after
    it, a 报道 closing it left out; ``(None, rest)`` when there is none (``…电 记者从省司法厅获悉，…`` is the text)."""
    stripped = rest.lstrip()
    if not _BARE_ROLE.match(stripped):
        return None, rest
    words = list(re.finditer(r"\S+", stripped[:_LEAD_SPAN]))
    for k in range(min(len(words), 8) - 1, 0, -1):
        credit = stripped[:words[k - 1].end()]
        if credit.endswith("报道"):  # 记者 张三报道, 记者 张三 报道: the credit is the names
            credit = credit[:-2].rstrip()
        if credit and reporter_credit(credit):
            return credit, stripped[words[k].start():]
    return None, rest


def is_names(text: str) -> bool:
    """A line of short names only (a byline such as ``卓 萌 张 展``)."""
    tokens = text.split()
    return len(tokens) >= 2 and max(map(len, tokens)) <= 5 and is_name_list(text)


def is_tail(text: str) -> bool:
    """A bracketed credit closing an article: ``（吴洁琼 邓 陶）``."""
    tail = _TAIL.match(text)
    return bool(tail) and is_name_list(tail.group(1))


def ends_with_tail(text: str) -> bool:
    """A sentence end and then a bracketed credit: the last line of an article
    (``…依法退出。（记者 张三 通讯员 李四）``)."""
    if not text.endswith(("）", ")")):
        return False
    tail = _TAIL_AFTER_SENTENCE.search(text)
    return bool(tail) and is_name_list(tail.group(1))


def is_byline_line(text: str) -> bool:
    """A line of reporters' names opening with their role: ``本报记者 张三 通讯员 李四``
    (under a headline, a line of its own, never part of it)."""
    return bool(_ROLE_FIRST.match(text)) and is_names(text)


#: A line of staff credits closing a text: ``文字:张三 通讯员李四``, ``图片:李四``, ``编辑:王五``,
#: ``责任编辑：赵六``, ``审核丨孙七`` (a label, a colon or a bar, names).
_STAFF_CREDIT = re.compile(r"^[【\[(（]?\s*(?:责任编辑|責任編輯|责编|編輯|编辑|审核|審核|初审|复审|终审|文字|撰稿|图片|圖片|摄影"
                           r"|校对|排版|美编|监制|统筹)\s*[:：丨|｜]\s*[^\s，。；！？,;!?:：]")


def is_staff_credit(text: str) -> bool:
    """A line of staff credits (``文字:张三 通讯员李四``, ``编辑:王五``, ``审核丨孙七``)."""
    t = text.strip()
    return len(t) <= 60 and bool(_STAFF_CREDIT.match(t)) and not re.search(r"[，。；！？,;!?]", t)


#: A reporter's dispatch line: where the story was filed from (``发自:山西朔州``, ``发自 北京``).
_DISPATCH = re.compile(rf"^[(（【\[]?\s*(?:发自|發自)\s*[:：]?\s*[{HAN}·]{{2,12}}\s*[)）】\]]?$")


def is_dispatch(text: str) -> bool:
    """A reporter's dispatch line, alone on its line (``发自:山西朔州``): a credit of the story,
    never its text nor its headline; a sentence opening with the words (``发自内心…``) is none."""
    return bool(_DISPATCH.match(text.strip()))


#: A site's notice that the text it shows is cut, closing the text or its last paragraph:
#: ``因篇幅问题不能全部显示，请点此查看更多更全内容``.
_CUT_NOTICE = re.compile(r"[ \t\u3000]*因篇幅(?:问题|原因|所限|限制)?(?:不能|无法)全部显示[，,。]?\s*"
                         r"(?:请)?点(?:此|击)查看更多(?:更全)?内容[。!！]?[ \t\u3000]*$", re.M)


def without_cut_notice(text: str) -> str:
    """``text`` without a site's notice that the text is cut (``因篇幅问题不能全部显示，请点此查看更多更全内容``),
    on a line of its own or glued to the last sentence: a prompt to open the site, no text."""
    return _CUT_NOTICE.sub("", text) if "篇幅" in text else text


def is_credit(text: str) -> bool:
    """A photographer's credit on its own: ``陶 琛 摄``."""
    return text.endswith("摄") and len(text) <= 16 and is_name_list(text[:-1])


#: A photographer's credit printed at the end of a caption's sentence: …欢度“六一”。 记者 王明 摄,
#: …调解员在了解情况。组图均由某报记者 张三 摄. The names are spaced or follow 记者/通讯员, so
#: that a sentence ending in 拍摄 (…他们一起拍摄) is not read as one.
_CREDIT_AFTER_SENTENCE = re.compile(r"[。！？…”]\s*((?:[" + HAN + r"]{1,4}\s*){1,4}摄)$")


def ends_with_credit(text: str) -> bool:
    """Whether a line ends with a photographer's credit after a finished sentence."""
    m = _CREDIT_AFTER_SENTENCE.search(text.rstrip())
    return bool(m) and (re.search(r"\s摄$", m.group(1)) is not None or re.search("记者|通讯员", m.group(1)) is not None)


def _measure(lines: list[_Line]) -> None:
    """Set each line's width and whether it fills (or overflows) its column."""
    for line in lines:
        line.width = cell_width(line.text)
    usable = [
        i for i, line in enumerate(lines)
        if not is_letter_spaced(line.text) and not _ends_block(line) and not _starts_block(line, line)
    ]
    for i, line in enumerate(lines):
        if is_letter_spaced(line.text) and not is_names(line.text):
            continue  # justified to the column by its spaces: full
        k = bisect_left(usable, i)
        after = k + 1 if k < len(usable) and usable[k] == i else k
        window = usable[max(0, k - 4):k] + usable[after:after + 4]
        widths = sorted(lines[j].width for j in window if lines[j].doubled == line.doubled)
        if not widths:
            continue
        column = widths[int(0.75 * (len(widths) - 1))]
        line.full = line.width >= FULL * column
        line.over = line.width > column + 1.25
        line.short = line.width < column / 2


@dataclass
class _Layout:
    """Page-wide habits: indented paragraph starts, blank lines between all wrapped
    lines (``blank_wrapped``), some wraps across blank lines (``wraps_blanks``)."""

    indented: bool
    blank_wrapped: bool
    wraps_blanks: bool


def _layout(lines: list[_Line]) -> _Layout:
    """The page's habits, from lines whose reading is unambiguous (a full unfinished
    line inside a long paragraph, or one ending in a comma, then a blank line)."""
    indented = sum(line.indent for line in lines) >= 3
    wraps = [
        a for a, b in zip(lines, lines[1:])
        if a.full and not ends_sentence(a.text) and not _ends_block(a) and not _starts_block(b, a)
        and not b.indent and a.gap <= 1
    ]
    blank_wrapped = len(wraps) >= 10 and sum(a.gap for a in wraps) >= 0.6 * len(wraps)
    evidence = 0
    for i, (a, b) in enumerate(zip(lines, lines[1:])):
        if a.gap and not ends_sentence(a.text) and not _starts_block(b, a) and not _ends_block(a):
            run, j = a.width, i - 1
            while j >= 0 and lines[j].gap == 0 and not ends_sentence(lines[j].text) and not _ends_block(lines[j]):
                run, j = run + lines[j].width, j - 1
            if ends_continuing(a.text) or (a.full and run > HEADING_MAX):
                evidence += 1
    return _Layout(indented, blank_wrapped, evidence >= 1)


def _standalone_runs(lines: list[_Line], layout: _Layout) -> list[bool]:
    """In an indented page, for each line: whether, unindented, it would stand alone (a heading).

    It does when the lines that would follow it never reach the end of a sentence
    before the next indented line or marker. One pass from the last line, each
    line's answer read from the next one's.
    """
    out = [True] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ends_sentence(line.text) or ends_continuing(line.text):
            out[i] = False
        elif _ends_block(line) or line.gap > (1 if layout.blank_wrapped else 0):
            out[i] = True
        elif nxt is None or nxt.indent or _starts_block(nxt, line):
            out[i] = True
        else:
            out[i] = out[i + 1]
    return out


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a page in page order: doubled runs undone, hard wraps joined.

    Spaces are left as printed (a byline's or headline's spaces mean something); the
    parser fixes them per kind of paragraph with :func:`fix_spacing`.
    """
    lines = _lines(text)
    if not lines:
        return []
    _measure(lines)
    layout = _layout(lines)
    stands = _standalone_runs(lines, layout) if layout.indented else [False] * len(lines)
    heads = _item_headlines(lines)
    out: list[Paragraph] = []
    group: list[_Line] = []
    headingish = standalone = False

    def flush() -> None:
        if group:
            out.append(_paragraph(group))

    for i, line in enumerate(lines):
        if (
            group and _joins(lines, i, group, layout, headingish, standalone, stands)
            and heads[i] == heads[i - 1] and not (heads[i] and line.text.startswith("——"))
        ):
            group.append(line)
            continue
        flush()
        group = [line]
        plain = not ends_sentence(line.text) and not ends_continuing(line.text)
        headingish = plain and not line.indent and (not line.full or line.over)
        standalone = (
            layout.indented and not line.indent and plain and not _starts_block(line, line)
            and stands[i]
        )
    flush()
    return out


def _joins(lines: list[_Line], j: int, group: list[_Line], layout: _Layout, headingish: bool, standalone: bool,
           stands: list[bool]) -> bool:
    """Whether line ``j`` continues the paragraph made of ``group``.

    Never across a marker, a byline, an indented start or a change of doubling. After
    a sentence end: only a full line with no blank after it. Otherwise a wrap when the
    line ends in a comma, the paragraph is longer than a headline or is an indented
    one, or there is no blank line; across a blank line only a full line that does
    not open like a heading (short or overlong), on a page that wraps across blanks.
    """
    a, b = group[-1], lines[j]
    if standalone or _ends_block(a) or _starts_block(b, a) or a.doubled != b.doubled:
        return False
    if len(group) > 1 and a.text.endswith(("）", ")")) and _wrapped_tail(group[-2].text, a.text):
        return False
    if len(group) == 1 and is_names(a.text):
        return False  # a byline of padded names: 卓 萌 张 展
    if layout.indented and b.indent:
        return False
    gap = max(0, a.gap - 1) if layout.blank_wrapped else a.gap
    if ends_sentence(a.text):
        # a caption with its credit after a finished paragraph is the caption of a photo
        # printed there, not more of the paragraph
        return gap == 0 and a.full and not (layout.indented and stands[j]) and not ends_with_credit(b.text)
    if ends_continuing(a.text):
        return True
    if CAPTION_MARK.match(group[0].text) or LINK_ARROW.match(group[0].text):
        return not a.short  # a caption's or a link's line narrower than half the column is its last
    if layout.indented and group[0].indent:
        return True  # an indented paragraph runs to its sentence end
    if _wider(group, HEADING_MAX):
        return True
    if gap == 0:
        return a.gap == 0 or not headingish
    return not headingish and a.full and not a.over and layout.wraps_blanks


def _headline_like(line: _Line) -> bool:
    """A line that could be (part of) a headline: short, unfinished, no marker."""
    return (
        line.width <= HEADING_MAX and not ends_sentence(line.text) and not ends_continuing(line.text)
        and not _starts_block(line, line) and not _ends_block(line)
    )


def _item_headlines(lines: list[_Line]) -> list[bool]:
    """For each line: whether it is the headline of a news item, wherever blank lines fall.

    A headline is a run of up to three short unfinished lines: the run just above a
    lead-in (``本报讯（…）``, ``新华社北京3月5日电``), which opens an item, and the run
    that opens the page or follows a tail credit (``（记者 张三）``), which closes one, or a
    jump line alone (``（上接第1版）``), which opens the text going on from another page,
    when its lines are narrower than the text line after it.
    """
    out = [False] * len(lines)
    width, count = 0.0, 0  # the run of headline lines above the next lead-in
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not _headline_like(line):
            count = 0
        elif i + 1 < len(lines) and match_lead_in(lines[i + 1].text):
            width, count = line.width, 1
        elif count and count < 3 and width + line.width <= HEADING_MAX:
            width, count = width + line.width, count + 1
        else:
            count = 0
        out[i] = count > 0
    i = 0
    while i < len(lines):  # the run that opens the page or follows a tail credit
        k, width = i, 0.0
        if i == 0 or is_tail(lines[i - 1].text) or ends_with_tail(lines[i - 1].text) or JUMP.match(lines[i - 1].text):
            while k < len(lines) and k - i < 3 and _headline_like(lines[k]) and width + lines[k].width <= HEADING_MAX:
                width, k = width + lines[k].width, k + 1
        if k > i and k < len(lines) and all(line.width < FULL * lines[k].width for line in lines[i:k]):
            out[i:k] = [True] * (k - i)
        i = max(k, i + 1)
    return out


def _wrapped_tail(before: str, last: str) -> bool:
    """Whether a tail credit ends on ``last``, begun on the line ``before`` (a narrow column)."""
    return any(ends_with_tail(join) or is_tail(join) for join in (f"{before} {last}", before + last))


def _paragraph(group: list[_Line]) -> Paragraph:
    """The lines joined; a headline's lines keep a space where the first line is the shorter
    (a break the designer chose, not a wrap)."""
    if group[0].row:
        return Paragraph(group[0].text, group[0].no, row=True)
    wraps = sum(line.full and _IN_PHRASE.search(line.text) is not None for line in group[:-1])
    short = not ends_sentence(group[-1].text) and not _wider(group, HEADING_MAX)
    if not short:
        return Paragraph(join_all_wrapped([line.text for line in group]), group[0].no, len(group), wraps=wraps)
    text = group[0].text
    for a, b in zip(group, group[1:]):
        if a.width < b.width and not ends_continuing(a.text):
            text = f"{text} {b.text}"
        else:
            text = join_wrapped(text, b.text)
    return Paragraph(text, group[0].no, len(group), wraps=wraps)


#: A line's end inside a phrase: a letter, a digit or a Han character, no mark after it.
_IN_PHRASE = re.compile(rf"[{HAN}0-9A-Za-z]$")


def in_columns(paras: list[Paragraph]) -> bool:
    """Whether a page's lines are laid out in columns, as a printed page's are: its paragraphs
    are wrapped at the column's width, some lines broken inside a phrase (two or more). A page
    saved from a screen (a web page, a WeChat article) prints each paragraph on one line."""
    return sum(p.wraps for p in paras) >= 2


def _wider(group: list[_Line], limit: float) -> bool:
    """Whether the lines of ``group`` are wider than ``limit`` together (read only as
    far as needed: a paragraph can run to thousands of lines)."""
    total = 0.0
    for line in group:
        total += line.width
        if total > limit:
            return True
    return False


#: What a unit's name ends with (a university, a school, a court, an office, a firm).
_UNIT = (r"(?:大学|学院|党校|学校|研究院|研究所|研究中心|中心|法院|法庭|检察院|公安局|派出所|司法局|律师事务所|事务所|公司|局|厅|委员会"
         r"|政府|医院|学会|协会|法学会|研究会)")
#: A unit in brackets after its author's names, as papers print it: ``(湖南警察学院,湖南 长沙 410138)``,
#: ``（某某大学 法学院，湖北 宜昌 443002）``, ``（某某县人民法院）``.
_UNIT_BRACKET = re.compile(rf"[（(]\s*(?P<unit>[^（）()，,;；。]{{2,30}}?{_UNIT}[^（）()，,;；。]{{0,12}}?)\s*"
                           r"(?:[，,;；]\s*[^（）()。]{0,30}?)?(?:[0-9]{6})?\s*[）)]")
_AUTHOR_NAMES = re.compile(rf"^(?P<names>[{HAN}·]{{2,5}}(?:\s*[,，、\s]\s*[{HAN}·]{{2,5}}){{0,5}})\s*")
#: ``作者单位：某某县人民法院``, ``（作者系某某县人民法院法官）``, ``作者为某某大学教授``.
_AUTHOR_OF = re.compile(r"^[（(【\[]?\s*作者(?:单位\s*[:：]|系|为|是|简介\s*[:：])\s*(?P<unit>[^（）()。]{2,50}?)\s*[。]?\s*[）)】\]]?$")


def affiliation(text: str) -> str | None:
    """The credit a line giving an author's unit makes, or None for any other line: names
    and the unit in brackets with its place's postcode (``成某某 (某某警察学院,湖南 长沙 410138)`` →
    ``成某某（某某警察学院）``; two names or more need no postcode), the unit alone so
    (``(某某大学 法学院, 湖北 宜昌 443002)``), names and a labelled unit (``王某 作者单位：某某县人民法院``
    → ``王某（某某县人民法院）``), a labelled unit alone (``作者单位：…``) or a note of the author's post
    (``（作者系某某县人民法院法官）`` → ``作者系某某县人民法院法官``). Such a line is a byline or an
    article's closing credit, never its headline."""
    printed = text.strip()
    t = fold(printed)
    if not t or len(t) > 80:
        return None
    if len(t) != len(printed):
        printed = t
    labelled = re.match(rf"^(?P<names>[{HAN}·]{{2,4}}(?:\s*[,，、\s]\s*[{HAN}·]{{2,4}}){{0,5}})\s+作者单位\s*[:：]\s*"
                        r"(?P<unit>[^（）()。：:]{2,50})$", t)
    if labelled:
        return f"{_names_of(labelled.group('names'))}（{printed[labelled.start('unit'):].strip()}）"
    names = _AUTHOR_NAMES.match(t)
    who = _names_of(names.group("names")) if names else ""
    rest = t[names.end():] if names else t
    bracket = _UNIT_BRACKET.fullmatch(rest)
    postcode = re.search(r"[0-9]{6}\s*[）)]$", rest) is not None
    if bracket and (postcode or len(who.split()) >= 2):
        offset = len(t) - len(rest)
        unit = printed[offset + bracket.start("unit"):offset + bracket.end("unit")].strip()
        return f"{who}（{unit}）" if who else unit
    if _AUTHOR_OF.match(t):
        return printed.strip("（）()【】[] 。")
    return None


def _names_of(names: str) -> str:
    return " ".join(n for n in re.split(r"\s*[,，、\s]\s*", names) if n)
