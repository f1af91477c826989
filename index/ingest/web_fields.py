"""What a web page's labelled lines say: its date, source, author and staff.

In:  one line of a web page (its text as printed).
Out: :func:`meta_of`, the fields a metadata line prints (``date``, ``source``, ``author``,
     ``editor`` …: ``发布时间：2024-03-15 10:20:31 来源：XX法院 浏览次数：…``, ``作者：…``,
     ``转自：法治日报``); :func:`published_date` (a publication label, also glued to its
     neighbours or behind a bullet); :func:`dated_line` and :func:`title_date` (a short dated
     line under a title, ``2020-12-28 15:51:09``, ``2021-12-28张三``, and a headline with its
     date); :func:`wechat_line` (a WeChat account line, ``原创 张三 某某法院 2024年05月06日 17:30
     湖南``: date, account, author); :func:`staff_line` (``编辑：… 审核：…``);
     :func:`split_credit` (a ``□ 本报记者 张三 □ …`` credit's byline and the text after it);
     :func:`labelled` (a label set apart by a bar read as by a colon), and the patterns of
     labelled fields that :mod:`.web_lines` and :mod:`.webpage` share.
"""

from __future__ import annotations

import re

from ..analysis.fold import fold, strip_ruby
from .clean import clean_byline, ends_sentence, reporter_credit
from .dates import PRINTED_DATE, iso_date, printed_date
from .sources import canonical_source, known_source, names_outlet


#: The labels of a page's metadata fields (``发布时间``, ``来源``, ``作者``, ``浏览次数``, ``字号`` …),
#: read before their colon on a metadata line, at a source's end and as a source field left empty.
_LABEL = (r"(?:(?:添加|发布|发表|更新|上传|录入|发稿|刊发)?(?:时间|日期)|稿件来源|文章来源|信息来源|来源|作者|文\s*/|撰稿"
          r"|浏览次数|浏览量|点击数|点击量|阅读数|阅读|访问量|字号|责编|编辑)")
META_LABEL = re.compile(rf"(?:^|\s|　|【|\|)(?:本文|原文)?{_LABEL}\s*[:：]")
#: A date as pages print it: 2024-05-06, 2024年5月6日, 2024.5.6, 2024/5/6.
DAY = PRINTED_DATE
DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?")
#: (an empty 来源： before the next label, ``文章来源：    查看：9525次``, names no source)
SOURCE_FIELD = re.compile(rf"(?:稿件来源|文章来源|信息来源|来源|转自|转载自)\s*[:：](?>\s*)(?!(?:{_LABEL}|查看\S{{0,2}})\s*[:：])(.+?)(?=\s+\S{{1,6}}\s*[:：]|\s{{2,}}|\s*[|｜【■□]|$)")
#: What a page prints for a source it does not know: no source.
_UNKNOWN_SOURCE = {"不详", "未知", "佚名", "无", "暂无"}
#: A byline printed after a mark at the end of a metadata line (来源：不详■某报记者张三).
_MARKED_BYLINE = re.compile(r"[■□]\s*(\S.*)$")
#: (an empty 作者： before the next label, ``作者：  日期：2023-10-17``, names no author)
AUTHOR_FIELD = re.compile(r"(?:作者|撰稿|文\s*/)(?>\s*[:：]?\s*)(?!\S{1,6}\s*[:：])(.+?)(?=\s+\S{1,6}\s*[:：]|\s{2,}|\s*[|｜【]"
                     r"|\s+(?:图|摄影?|视频|图片)\s*/|\s+[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}\s*[-月/.]|$)")  # (文/张三 图/李四 2024-03-06)
PUBLISHED_WORDS = re.compile(r"发布|发表|更新|上传|录入|发稿|刊发|来源|转自|转载|浏览|点击|阅读|访问|作者|撰稿|字号")
#: What may be glued to a source's end: the next label (``字号：``, ``浏览次数：``), a date, a
#: counter (``57人参与``), a journal's issue (``《法律适用》2018年第11期``: the journal is the
#: outlet).
_SOURCE_END = re.compile(rf"(?:责任)?{_LABEL}\s*[:：]|{DAY}|[0-9]+\s*人?(?:参与|评论|浏览|阅读|点击)"
                         r"|[0-9]{4}\s*年?\s*(?:第\s*)?[0-9]{1,3}\s*期")
#: A date printed on the title's line, after it: ``(2008-3-30)``, `` 2018-06-13``.
TITLE_DATE = re.compile(rf"\s*[(（\[]?\s*({DAY}\s*日?)(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                         r"\s*[)）\]]?$")
#: A full date as a dated line prints it (``2024-05-06``, ``2024/5/6``, ``2024年5月6日``), with
#: its time of day when it has one (``2024-05-06 17:27:07``).
STAMP = re.compile(r"(?<![0-9])(?:(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
                    r"|(?P<cy>[0-9]{4})\s*年\s*(?P<cm>[0-9]{1,2})\s*月\s*(?P<cd>[0-9]{1,2})\s*[日号])"
                    r"(?:\s*(?P<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![0-9]))?")
#: What makes a date an event's, not the line's: a word leading into it (``自``, ``于``,
#: ``截至``, a label ``…：``) or out of it (``起``, ``在…会议上``, ``前``).
_INTO_DATE = re.compile(r"(?:[:：]|自|于|在|至|到|从|截至|截止|即|为|是|和|与|及|、|第)\s*$")
_OUT_OF_DATE = re.compile(r"^\s*(?:在|于|起|至|到|前|后|以|止|左右|召开|举行|开始|发布|印发|通过|施行|生效|上午|下午|晚|凌晨"
                          r"|期间|之|的|[，,、~～—－-])")
#: What a few words beside a date never hold: sentence punctuation, quotes, a rule's or a
#: meeting's words.
_NOT_WORDS = re.compile(r"[。，；！？,;!?、“”\"《》]|会议|会上|施行|实施|通过|修订|修正|公布|印发"
                        r"|第[一二三四五六七八九十百零〇0-9]+条|本(?:规定|办法|条例|决定|意见|法)")
_WORD_SPLIT = re.compile(r"[\s|｜丨·•/]+")
#: A paper's or a news site's name (某某都市报, 某某快报, 某某警察网), not a bulletin's or a report's (工作简报, 公报).
_PAPER_OR_SITE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:报|网|新闻网)$")
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_NO_PAPER = re.compile(r"(?:简报|公报|通报|情报|汇报|举报|预报|电报|捷报|喜报|海报|网网)$")


def outlets_by_date(text: str) -> list[str]:
    """The outlets the words printed beside a page's date and time name: ones the table knows,
    else, beside a time of day or a web address, a paper's or a news site's name set apart from the date
    (``某某都市报·2025-07-25 19:39``, ``某某快报 2022-04-11 08:33``, a site with its own address,
    ``某某长安网 http://www.….gov.cn 2020/10/26``; one glued to it, ``某某天津政法报2018-06-13``, may run
    a writer's name into the paper's)."""
    known = [name for w in _WORD_SPLIT.split(STAMP.sub(" ", text)) if w and (name := known_source(w))]
    if known or not (_CLOCK.search(text) or _ADDRESS.search(text)):
        return known  # a masthead's date (某某日报 2024年3月15日 星期五) prints no time
    return [canonical_source(w) for w in _WORD_SPLIT.split(text) if _paper_or_site(w)]


def _paper_or_site(word: str) -> bool:
    """Whether ``word`` is shaped as a paper's or a news site's name (:data:`_PAPER_OR_SITE`)."""
    return bool(_PAPER_OR_SITE.match(word)) and not _NO_PAPER.search(word) and names_outlet(word)
YEAR = re.compile(r"[0-9]{4}")
_ASIDE = re.compile(r"https?://\S+|www\.\S+|[(（][^()（）]{0,30}[)）]|[【】\[\]]")


def dated_line(text: str) -> str | None:
    """The date (ISO) of a short dated line as pages print it under a title: a full date
    alone, or with a time of day, or beside a few words (a name, a site, a count):
    ``2020-12-28 15:51:09``, ``2021-12-28董建功``, ``2020-12-20 10:09张世君李雨芊``,
    ``桑林 容才杰 新则 2023-05-18``, ``东方头条 2019-11-19 11:56:56 新闻``,
    ``2025-12-08 17:27:07 来源：某某网 点击：0`` (a date and time may lead labelled
    fields). None for anything else: a sentence, a subtitle (``——2019年5月29日在…会议上``),
    a rule (``本规定自2011年6月16日起施行``), a labelled date (``成文日期：…``, read by
    :func:`published_date`), a line of two dates. ``text`` is folded (:func:`..analysis.fold.fold`)."""
    t = text.strip()
    if len(t) > 80 or t.startswith(("——", "--", "—")):
        return None
    m = STAMP.search(t)
    if m is None or STAMP.search(t, m.end()) is not None:
        return None
    before, after = t[:m.start()], t[m.end():]
    if _INTO_DATE.search(before) or _OUT_OF_DATE.match(after):
        return None
    timed = m.group("time") is not None
    words = _ASIDE.sub(" ", before + " " + (after.split("：")[0].split(":")[0] if timed else after))
    if _NOT_WORDS.search(words) or (not timed and (":" in words or "：" in words)):
        return None
    tokens = [w for w in _WORD_SPLIT.split(words) if w]
    if len(tokens) > 6 or any(len(w) > 10 for w in tokens):
        return None
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("cy"), m.group("cm"), m.group("cd"))
    try:
        return iso_date(f"{y}-{mo}-{d}")
    except ValueError:
        return None


def title_date(text: str) -> str | None:
    """The date (ISO) printed after a headline on its line: ``某某活动助力反诈 2025年05月08日``,
    ``某某局健全法律援助体系 (2026-02-09)``; None when the words before it lead into it
    (``…自2024年5月6日``, ``成文日期：2020-01-15``) or end a sentence. ``text`` is folded."""
    t = text.strip()
    m = TITLE_DATE.search(t)
    if m is None or m.start() < 6 or len(t) > 80:
        return None
    before = t[:m.start()]
    if _INTO_DATE.search(before) or ends_sentence(before) or STAMP.search(before) or re.search(r"[,，；;|｜丨]\s*$", before):
        return None
    try:
        return printed_date(m.group(1))
    except ValueError:
        return None


#: A date under a publication label, glued to its neighbours or not: ``发布时间：``,
#: ``公开发布日期：``, ``上传时间``, ``更新时间``, ``网络出版时间``, ``发文日期``, ``公开日期``,
#: ``发布于``, ``Updated:``, ``Published:``, Korean ``발표시간:``, a bare ``时间：``/``日期：``.
_LABELLED = re.compile(
    r"(?P<label>时间|日期|发布于|发表于|Published(?:\s+on)?|Updated(?:\s+on)?|Posted(?:\s+on)?|발표시간|발표일)"
    rf"\s*[:：]?\s*[\[【(（]?\s*(?P<date>{PRINTED_DATE})", re.I)
#: The words that make ``时间``/``日期`` a publication label (``发布时间``, ``公开日期``) …
_PUBLISHING = re.compile(r"(?:发布|发表|发稿|刊发|刊登|更新|上传|录入|出版|发文|公开|公开发布|网络出版)$")
#: … and those that make it another date of the page (``成文日期``, ``收稿日期``, ``裁判日期``,
#: ``实施时间``, ``开庭时间`` …): never the page's.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{0,6}$")
_GLUED = re.compile(r"[:：]\s*[^\s:：]{1,8}$")
_OTHER_WORDS = (r"成文|收稿|录用|裁判|判决|实施|施行|失效|生效|开庭|出生|立案|结案|截止|开始|结束|报名|活动"
                r"|会议|举报|到期|成立|修订|修改|通过|签订|受理|审结|申请|接收|完成|印发")
_OTHER_DATE = re.compile(rf"(?:{_OTHER_WORDS})$")


#: A label of another date than the page's, just before a date.
_OTHER_LABEL = re.compile(rf"(?:{_OTHER_WORDS})(?:日期|时间)\s*[:：]?\s*[\[【(（]?\s*$")


def published_date(text: str) -> str | None:
    """The date (ISO) a publication label prints on a line: ``发布时间：2025-09-19``,
    ``公开发布日期：…``, ``上传时间：…``, ``• 更新时间2015-10-22``, ``网络出版时间：…``,
    ``发文日期：…``, ``公开日期：…``, ``Updated: 2020-01-02``, a bare ``时间：…``, also
    glued to the field before it (``发布者：张三发布时间：…``, ``作者：佚名时间：…``).
    Other labelled dates (``成文日期``, ``收稿日期``, ``录用日期``, ``裁判日期``,
    ``开始实施时间`` …) are not the page's: a line of them only gives None; of
    ``收稿日期：…；录用日期：…；发布日期：…`` the 发布日期 is read. ``text`` is folded
    and without pinyin annotations."""
    for m in _LABELLED.finditer(text):
        label = m.group("label")
        if label in ("时间", "日期"):
            start = m.start()
            run = _HAN_RUN.search(text, 0, start).group()  # type: ignore[union-attr]
            if run and not _PUBLISHING.search(run):
                glued = _GLUED.search(text, 0, start)  # 作者：佚名时间：
                if glued is None or _OTHER_DATE.search(run) or len(run) > 4:
                    continue
        try:
            return printed_date(m.group("date"))
        except ValueError:
            continue
    return None
_TRAILING_TOOL = re.compile(r"\s*(?:举报|分享|打印|收藏|纠错|评论)\s*$")
#: A label set apart from its value by a bar instead of a colon (``来源丨某某法院``,
#: ``作者 | 张三``), as WeChat articles and portals print it.


def labelled(text: str) -> str:
    """``text`` with a bar after a label read as its colon (``来源丨某某法院`` → ``来源：某某法院``),
    one character for one, so that a value's place holds in the line as printed."""
    return _BARRED_LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)}：", text)
CREDIT_MARK = re.compile(r"^[□■]\s*")
_ROLE = re.compile(r"^(?:本报|本网|本台)?(?:特约|见习|首席|实习)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑)$")

#: A WeChat article's account line under its title: ``原创 张三 某某法院 2024年05月06日 17:30 湖南``,
#: ``某某中院 2023-11-02 09:15`` (mark, author, account, date, time, where it was posted from).
_WECHAT_LINE = re.compile(
    r"^(?:(?P<mark>原创|转载)\s+)?(?P<names>(?:[^\s，。；！？,;!?：:]{1,20}\s+){0,4}?)"
    r"(?P<date>\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}))"
    r"(?:\s+(?P<time>\d{1,2}:\d{2}))?(?:\s+(?P<place>(?!星期|周|礼拜)[\u4e00-\u9fff]{2,8}))?$")
#: An outlet or a court as an account names itself (``某某法院``, ``某某中院``, ``湖南高院``).
_COURT_ACCOUNT = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民法院|法院|中院|高院|法庭|人民检察院|检察院)$")
#: A line of staff credits closing an article: ``审核：王五``, ``文字：张三 图片：李四 编辑：王五``.
_STAFF_LABELS = {"审核": "reviewer", "初审": "reviewer", "复审": "reviewer", "终审": "reviewer",
                 "编辑": "editor", "责任编辑": "editor", "责编": "editor",
                 "作者": "author", "文字": "author", "撰稿": "author", "文": "author",
                 "来源": "source", "校对": None, "图片": None, "摄影": None, "视频": None, "排版": None,
                 "美编": None, "监制": None, "统筹": None, "供稿": None, "出品": None}
STAFF_LABEL = re.compile(r"(?:^|\s+|[|｜])(" + "|".join(sorted(_STAFF_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*")
#: A label set apart from its value by a bar instead of a colon (``来源丨某某法院``,
#: ``编辑 | 张三``), as WeChat articles and portals print it.
_BARRED_LABEL = re.compile(r"(?:^|(?<=[\s|｜丨]))((?:本文|原文)?(?:" + "|".join(sorted(
    [*_STAFF_LABELS, "转自", "发布时间", "发布日期"], key=len, reverse=True)) + r"))(\s*)[|｜丨](?=\s*\S)")


_ADDRESS = re.compile(r"(?:https?://|www\.)|[A-Za-z0-9-]+\.(?:com|cn|net|org)\b", re.I)


def wechat_line(text: str) -> dict[str, str] | None:
    """The date (ISO), account (as ``source``, when it is an outlet, one shaped as a paper's or a
    news site's name, or a court) and author of a WeChat article's account line, or None when ``text`` is none. The line
    must print a time or the ``原创`` mark: ``人民法院报 2024年3月15日`` is a masthead."""
    m = _WECHAT_LINE.match(text.strip())
    if m is None or not (m.group("time") or m.group("mark")):
        return None
    try:
        out = {"date": iso_date(m.group("date"))}
    except ValueError:
        return None
    names = m.group("names").split()
    for n in (1, 2):
        account = "".join(names[-n:]) if len(names) >= n else ""
        if account and (known_source(account) or _COURT_ACCOUNT.match(account) or n == 1 and _paper_or_site(account)):
            out["source"] = canonical_source(account)
            if names[:-n] and not _ADDRESS.search(" ".join(names[:-n])):  # a site's web address is no author
                out["author"] = " ".join(names[:-n])
            break
    return out


def staff_line(text: str) -> dict[str, str] | None:
    """The editor, reviewer, author and source a line of staff credits names
    (``编辑：李四 审核：王五``, ``文字：张三 图片：李四``), or None when ``text`` is
    anything else; credits of other staff (图片, 校对 …) are not kept. Labels are read in
    simplified or traditional characters (``審核：``), and with a bar for their colon
    (``审核丨王五``); names are kept as printed."""
    t = text.strip().strip("【】[]（）()")
    fields = list(STAFF_LABEL.finditer(labelled(fold(t))))  # one character for one: positions hold in t
    if not fields or fields[0].start() != 0:
        return None
    out: dict[str, str] = {}
    for k, m in enumerate(fields):
        value = t[m.end(): fields[k + 1].start() if k + 1 < len(fields) else len(t)].strip()
        if not value or len(value) > 16 or re.search(r"[，。；！？,;!?：:]", value):
            return None
        key = _STAFF_LABELS[m.group(1)]
        if key:
            out.setdefault(key, value)
    return out


def meta_of(text: str) -> dict[str, str]:
    """The date (ISO), source and author a metadata line prints (a source ends
    where a label or a date is printed against it: ``来源：某某日报字号：``)."""
    printed = strip_ruby(text)[0]  # 發(fā)布時間 → 發布時間
    text = labelled(fold(printed))  # matched folded, a bar after a label a colon; values as printed (one character for one)
    wechat = wechat_line(text)
    if wechat is not None:
        return wechat
    out: dict[str, str] = {}
    date = published_date(text) or dated_line(text)
    d = DATE.search(text) if date is None else None
    if d and not _OTHER_LABEL.search(text[:d.start()]):  # 成文日期：… dates no page
        try:
            date = iso_date("-".join(d.groups()))
        except ValueError:
            pass
    if date:
        out["date"] = date
    s = SOURCE_FIELD.search(text)
    if s is None and date and dated_line(text):  # 南方都市报·2025-07-25 19:39: the outlet by the date
        outlets = outlets_by_date(text)
        if outlets:
            out["source"] = outlets[0]
    if s:
        start = s.start(1)
        lead = re.match(rf"{DAY}\s*日?[\s|｜·,，]*", s.group(1))
        if lead and lead.end() < len(s.group(1)):  # 来源：2024年3月2日人民法院报: the outlet after the date
            start += lead.end()
        rest = text[start:s.end(1)]
        end = _SOURCE_END.search(rest)
        value = printed[start: start + end.start() if end else s.end(1)]
        credit = _SOURCE_CREDIT.search(value)
        if credit:  # 来源：浙江在线-浙江日报 记者 张三 通讯员 李四: the outlet, then its reporters
            out.setdefault("author", value[credit.end():].strip())
            value = value[:credit.start()]
        if _NEXT_LABEL.match(rest):
            value = ""  # 来源： 添加时间：2017/03/14: an empty field before the next label
        value = _closed(_TRAILING_TOOL.sub("", value).strip().strip("【】[]()（）|｜·•,，:：、 "), value)
        if reporter_credit(value):  # 来源：本报记者 张三, 来源：记者王明远: a reporter, no outlet
            out.setdefault("author", value.strip())
        elif re.search(r"\w", value) and value not in _UNKNOWN_SOURCE:
            out["source"] = value
    a = AUTHOR_FIELD.search(text)
    by = _ENGLISH_BY.match(text)
    if by:  # By CAO YIN | China Daily | Updated: 2013-04-01 02:18
        out["author"] = printed[by.start(1):by.end(1)].strip()
    elif a and a.group(1).strip():
        out["author"] = printed[a.start(1):a.end(1)].strip()  # a labelled author wins over reporters by the source
    elif s and (marked := _MARKED_BYLINE.search(text)):
        out["author"] = printed[marked.start(1):marked.end(1)].strip()
    return out


#: An English story's writer credit before its date label (``By CAO YIN | China Daily | Updated: …``).
_ENGLISH_BY = re.compile(r"^(By\s+[A-Z][\w.' -]{1,30}?(?:\s*[|｜]\s*[A-Z][\w.' -]{1,30}?)?)\s*[|｜]?\s*"
                         r"(?:Updated|Published|Posted)\b")
#: The reporters' credit after the outlet on a 来源 line (``某某日报 记者 张三 通讯员 李四``).
_SOURCE_CREDIT = re.compile(r"\s+(?=(?:本报|本台|本网)?(?:特约|见习|首席|实习)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2})")
#: A label opening a source's value: the field is empty (``来源： 添加时间：…``, ``来源： 作者：…``).
_NEXT_LABEL = re.compile(rf"{_LABEL}\s*[:：]")
_BRACKETS = {"(": ")", "（": "）"}


def _closed(value: str, printed: str) -> str:
    """``value`` with the closing bracket the printed source gave it back, where it opens one
    and the marks taken off its end took its closing one (``荆楚网(湖北日报网)``, ``人民司法(应用)``)."""
    for opening, closing in _BRACKETS.items():
        if value.count(opening) > value.count(closing) and printed.strip().startswith(value):
            rest = printed.strip()[len(value):]
            if rest.lstrip().startswith(closing):
                return value + closing
    return value


def split_credit(text: str) -> tuple[str | None, str]:
    """``(byline, rest)`` of a line opening with ``□ 本报记者 张三 □ 本报通讯员 李四``:
    the credit and the body text after it (None when the line opens with no credit)."""
    if not CREDIT_MARK.match(text):
        return None, text
    tokens = re.split(r"([\s\u3000]+|[□■])", text)
    names = 0
    cut = 0
    pos = 0
    for tok in tokens:
        end = pos + len(tok)
        word = tok.strip()
        if not word or word in "□■":
            pos = end
            continue
        if _ROLE.match(word):
            names = 0
        elif re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", word) and names < 3:
            names += 1
        else:
            break
        cut = end
        pos = end
    credit, rest = text[:cut], text[cut:].strip()
    return (clean_byline(credit.replace("■", "□")) or None), rest
