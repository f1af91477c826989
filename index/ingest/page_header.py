"""The lines a page prints about itself rather than as its text, read off the text.

In: the decoded text of one page. Out: the text without those lines, and what they say
of the page (``date``, ``page``, ``section``, ``source``; a title, a byline):

- edition lines and a paper's imprint (:func:`page_lines`, :func:`edition_line`):
  ``第A07版：城事`` printed by an article, ``国内统一刊号：…`` above it; with them the date
  the first lines print (a dated byline, a publication label, an e-paper's issue, a
  short dated line), those lines left as they are;
- a table of labelled fields heading a government page (:func:`field_table`), whose
  ``标题`` cell is the title;
- the header a mirror of WeChat articles prints over the headline, and the account line
  under it (:func:`mirror_header`).

Also two line tests the paragraph kinds (:mod:`.kinds`) share: whether a line reads as
text (:func:`reads_as_text`) and whether it ends in a date and clock time (:func:`timed_line`).
"""

from __future__ import annotations

import re
from typing import Any

from ..analysis.fold import fold, strip_ruby
from .clean import ends_sentence
from .dates import PRINTED_DATE, iso_date, printed_date
from .sources import canonical_source, known_source
from .web_fields import dated_line, published_date, title_date
from .web_lines import kind_of

_DAY = r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}"
#: An edition line a saved newspaper page prints by its article: ``第A07版：城事``,
#: ``《某某日报》(2025年2月14日) 05版``, ``7月28日 《人民法院报》第8版`` (and :data:`_CITED_EDITION`).
_EDITION = re.compile(
    rf"(?P<day>{_DAY})?\s*(?:《(?P<outlet>[^《》\s]{{2,16}})》)?\s*(?:[（(]\s*(?P<dated>{_DAY})\s*[）)])?\s*"
    r"(?P<no>第)?\s*(?P<page>[A-Za-z]?[0-9]{1,3})\s*版(?:\s*[:：·]\s*(?P<section>[\u4e00-\u9fff·]{1,12}))?")
#: An edition line naming the paper and, in brackets after it, the day and page: ``《某某都市报》(2025年09月27日第A4版:城事)``,
#: ``《 人民日报 》( 2024年03月25日 10 版)``, as a site reprinting the story prints it under the text.
_CITED_EDITION = re.compile(
    r"《\s*(?P<outlet>[^《》\s]{2,16})\s*》\s*[（(]\s*(?P<dated>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\s*"
    r"(?P<no>第)?\s*(?P<page>[A-Za-z]?[0-9]{1,3})\s*版(?:\s*[:：·]\s*(?P<section>[\u4e00-\u9fff·]{1,12}))?\s*[）)]")
#: A line ending in a date and a clock time, as a web page prints it under its title
#: (``某某报 2018-06-13 08:27``, ``2019年04月02日17:43``): a dated byline, never a headline.
_TIMED = re.compile(rf"(?P<date>{PRINTED_DATE})\s*日?\s*[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?$")

#: Words of a web page's toolbar: a dated toolbar line (``选择字号 … 更新时间：…``) is no byline.
_TOOLBAR = re.compile("字号|阅读|浏览|打印|收藏")


def timed_line(line: str) -> re.Match[str] | None:
    """The date and time a short line ends in (:data:`_TIMED`), when it is no toolbar line."""
    line = line.strip()
    return _TIMED.search(line) if len(line) <= 60 and not _TOOLBAR.search(line) else None


#: A paper's imprint: ``国内统一刊号：CN52-0013``, ``邮发代号``, ``主管主办：…``.
_IMPRINT = re.compile(r"国内统一刊号|邮发代号|CN\s?[0-9]{2}-[0-9]{4}|^主管主办[:：]")


# ---------------------------------------------------------------- page lines


def edition_line(line: str) -> dict[str, Any] | None:
    """What an edition line says of its page (``page``, ``section``, ``source``,
    ``date`` when it prints a full one), or None when ``line`` is no edition line.
    One only a number and 版 (``05版``) must name the paper, a date or a 版面, or read ``第…版``."""
    m = _EDITION.fullmatch(line.strip()) or _CITED_EDITION.fullmatch(line.strip())
    if m is None or not (m.group("no") or m.group("outlet") or m.groupdict().get("day") or m.group("dated")
                         or m.group("section")):
        return None
    page = m.group("page")
    found: dict[str, Any] = {"page": int(page) if page.isdigit() else page.upper()}
    if m.group("section"):
        found["section"] = m.group("section")
    if m.group("outlet"):  # a name in 《》 printed with a page of it is the paper's
        found["source"] = canonical_source(m.group("outlet")) or None
    for day in (m.group("dated"), m.groupdict().get("day")):
        try:
            found["date"] = iso_date(day)
            break
        except (TypeError, ValueError):
            pass
    return found


_YEAR = re.compile(r"[0-9]{4}")
#: The issue an e-paper shows: ``日期查询：2022年06月24日``.
_ISSUE = re.compile(r"^日期查询\s*[:：]\s*([0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$")


#: How many non-blank lines from the top may print the page's dated line.
HEAD_LINES = 15


def _nonblank(lines: list[str]) -> list[int]:
    """For each line, how many non-blank lines there are up to it."""
    out, n = [], 0
    for line in lines:
        n += bool(line.strip())
        out.append(n)
    return out


def reads_as_text(line: str) -> bool:
    """A line of the text, below which no dated line is the page's: a sentence (not a
    headline that asks, nor a lone ``?``), or a long line holding one."""
    if len(line) < 8:
        return False
    if ends_sentence(line):
        return len(line) > 60 or line.rstrip("”’」』）)》】\"'")[-1:] not in "？！?!"
    return len(line) > 100 and "。" in line


def _issue_date(text: str) -> str | None:
    m = _ISSUE.match(text)
    if m is None:
        return None
    try:
        return printed_date(m.group(1))
    except ValueError:
        return None


def page_lines(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without its edition and imprint lines, what they say of the page)``.

    A page saved from a paper's web edition prints the edition of each article beside
    its headline (:func:`edition_line`) and the paper's imprint (``国内统一刊号：…``,
    ``主管主办：…``) above it. Neither is a headline nor text: both are taken out, as
    mastheads are (a line that ends a sentence is kept). A dated byline among the first
    lines (``某某报 2018-06-13 08:27``) gives the page's date and stays, as a byline.
    Above the first sentence, a publication label (``上传时间：…``: :func:`.web_fields.published_date`),
    an e-paper's ``日期查询：…`` or a short dated line (``2021-12-28张三``, ``标题 2025年05月08日``:
    :func:`.web_fields.dated_line`, :func:`.web_fields.title_date`) gives the date; the line stays as it is."""
    meta: dict[str, Any] = {}
    head = text[:1200].splitlines(keepends=True)
    head = head[:next((k for k, n in enumerate(_nonblank(head)) if n > HEAD_LINES), len(head))]
    labelled = None  # the date of a publication label above the text (发布时间：…, 上传时间：…)
    above = True  # no line of text (a sentence, a long line) yet
    for k, line in enumerate(head):
        stripped = line.strip()
        timed = timed_line(stripped)
        if timed is None:
            above = above and not reads_as_text(stripped)
            if not above or not _YEAR.search(stripped):
                continue
            folded = fold(strip_ruby(stripped)[0])
            labelled = labelled or published_date(folded) or _issue_date(folded)
            if not labelled and "date" not in meta:
                dated = dated_line(folded) or title_date(folded)  # 2021-12-28董建功, 2025-07-04, 标题 2025年05月08日
                if dated:
                    meta["date"] = dated  # the line is read as before
            continue
        # a dated byline under the title dates the page; it stays, a paragraph of its own
        try:
            meta.setdefault("date", printed_date(timed.group("date")))
        except ValueError:
            pass
        at = sum(map(len, head[:k]))
        text = f"{text[:at]}\n{line.rstrip()}\n\n{text[at + len(line):]}"
        break
    if labelled:
        meta["date"] = labelled
    if "版" not in text and "刊号" not in text and "主管主办" not in text and "邮发代号" not in text:
        return text, meta
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= 160 and not ends_sentence(stripped):
            found = edition_line(stripped) if len(stripped) <= 40 else None
            if found is not None or _IMPRINT.search(stripped):
                for k, v in (found or {}).items():
                    meta.setdefault(k, v)
                continue
        kept.append(line)
    if len(kept) == len(lines):
        return text, meta
    return "".join(kept), meta


#: A cell of a table of labelled fields: ``索引号:000014349/2025-29439``, ``主题词:``.
_FIELD_CELL = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.*)$")


def field_table(text: str) -> tuple[str, str | None]:
    """``(text without the table of labelled fields heading it, the title its 标题 cell gives)``.

    A government page of public information prints a table of fields above its text, a row a
    line and its cells set apart by bars (``| 索引号:… | |``, ``| 发文机关:… | 主题词: |``,
    ``| 标题:… | |``, ``| 发布日期:… |``): two rows or more among the first lines, every cell
    a field (a label and a colon) or empty. Such rows are the page's record, no text; its
    ``标题`` (``题目``) cell is the title, and a toolbar line above them (``字体大小:【大】…``)
    goes with them. The dates they give are read before (:func:`page_lines`). A table of other cells, or one under a line of text, is kept."""
    lines = text.splitlines(keepends=True)
    rows: list[int] = []
    seen = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > HEAD_LINES or reads_as_text(stripped):
            break
        cells = [c.strip() for c in re.split(r"[|｜]", stripped)]
        if "|" in stripped or "｜" in stripped:
            filled = [c for c in cells if c]
            if filled and all(_FIELD_CELL.match(c) for c in filled):
                rows.append(k)
                continue
        if rows:
            break
    if len(rows) < 2 or rows[-1] - rows[0] + 1 != len(rows) + sum(not lines[k].strip() for k in range(rows[0], rows[-1])):
        return text, None
    title = None
    for k in rows:
        for cell in re.split(r"[|｜]", lines[k]):
            m = _FIELD_CELL.match(cell.strip())
            if m and fold(m.group(1)) in ("标题", "题目") and m.group(2).strip():
                title = title or m.group(2).strip()
    tools = {k for k in range(rows[0]) if lines[k].strip() and kind_of(lines[k].strip()) == "tool"}  # 字体大小:【大】…
    return "".join(line for k, line in enumerate(lines) if k not in rows and k not in tools), title


# ---------------------------------------------------------------- a WeChat article as mirror sites print it
#
# Sites that mirror WeChat articles print the app's header over the headline (查看原文 ⏎ 其他)
# and the account line under it: the authors, the account and the day (桑林 容才杰 新则 2023-05-18;
# the day may stand on the next line, and the account's name may be printed again under it).
# The header is no title and no text, the line under it the title; the account line is the
# article's date and byline (every name before the account's), the account its source when it
# is an outlet or a court.

#: The header a mirror prints over a WeChat article, a line each.
MIRROR_HEADER = ("查看原文", "其他")
#: A WeChat account line: up to five names, then the day (and time) it was posted.
_MIRROR_ACCOUNT = re.compile(r"^(?:(?:原创|转载)\s+)?(?P<names>(?:(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20}\s+){0,4}(?!\d{4})[^\s，。；！？,;!?：:|｜]{1,20})"
                      r"(?:\s*(?P<date>\d{4}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)))?"
                      r"(?:\s+\d{1,2}:\d{2})?$")
_MIRROR_DAY = re.compile(r"^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?$")
_MIRROR_COURT = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民法院|法院|中院|高院|法庭|人民检察院|检察院)$")


def _mirror_day(text: str) -> str | None:
    try:
        return iso_date(re.sub(r"\s+", "", text))
    except ValueError:
        return None


def mirror_header(text: str) -> tuple[str, dict[str, Any]]:
    """``(text without a WeChat mirror's header, headline and account line, what they say)``;
    ``(text, {})`` for a page that does not open with the header (:data:`MIRROR_HEADER`)."""
    lines = text.splitlines(keepends=True)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or tuple(lines[k].strip() for k in filled[:2]) != MIRROR_HEADER:
        return text, {}
    dropped = set(filled[:3])
    said: dict[str, Any] = {"title": lines[filled[2]].strip()}
    at = 3  # filled[2] is the headline; the account line is printed under it
    m = _MIRROR_ACCOUNT.match(lines[filled[at]].strip()) if at < len(filled) else None
    date = m and (_mirror_day(m.group("date")) if m.group("date") else None)
    if m and not date and at + 1 < len(filled) and _MIRROR_DAY.match(lines[filled[at + 1]].strip()):
        date = _mirror_day(lines[filled[at + 1]].strip().split()[0])  # 孙政 王夏 法务之家 ⏎ 2024-09-19
        if date:
            dropped.add(filled[at + 1])
    if m and date:
        dropped.add(filled[at])
        said["date"] = date
        names = m.group("names").split()
        account = names[-1]
        if len(names) >= 2:
            said["byline"] = " ".join(names[:-1])
        if known_source(account) or _MIRROR_COURT.match(account):
            said["source"] = canonical_source(account)
        after = max(dropped) + 1
        nxt = next((k for k in filled if k >= after), None)
        if nxt is not None and lines[nxt].strip() == account:
            dropped.add(nxt)  # the account's name printed again under its line
    return "".join(line for k, line in enumerate(lines) if k not in dropped), said


#: A day printed right after a news lead-in (``本网淮安讯:2008年2月27日,…``, ``本报讯（记者 张三）
