"""Web pages, line by line: boilerplate and metadata lines told from the article.

In: the blocks of one web page in reading order, either the lines of a page saved
as text (:func:`page_blocks`) or the blocks an HTML page gives (:mod:`.html`), each a
:class:`Block` (``line``, or ``head``/``caption`` where the markup says so).
Out: one :class:`~..documents.Article` (:func:`web_article`), or None when the page
holds no article text; for a page saved as text, which may hold several web articles
one after another, one Article each (:func:`web_articles`, cut by :func:`split_articles`).

What is recognised (:func:`kind_of`):

- navigation: breadcrumbs (``首页 > 新闻中心 > 法院动态``, ``当前位置：…``) and menu
  lines of short items separated by ``|`` or spaces;
- metadata lines: ``发布时间：2024-03-15 10:20:31 来源：XX法院 浏览次数：…``,
  ``作者：…``, ``转自：法治日报``; their date, source and author are kept; a publication
  label glued to its neighbours or behind a bullet (:func:`published_date`), a short
  dated line under the title (``2020-12-28 15:51:09``, ``2021-12-28张三``:
  :func:`dated_line`);
- toolbars and prompts: ``字号：大 中 小``, ``打印本页``, ``关闭窗口``, ``分享到``,
  ``打开APP``, ``查看更多图片`` …;
- the footer: ``上一篇``/``下一篇``, ``相关新闻``/``相关阅读`` and what follows them,
  ``责任编辑`` lines (kept as ``meta["editor"]``), copyright and ICP lines;
- WeChat articles: the account line under the title (``原创 张三 某某法院 2024年05月06日
  17:30 湖南``: date, account as source when it is an outlet or a court, author;
  :func:`wechat_line`), buttons, counters and prompts (``阅读 1.2万``, ``在看``,
  ``微信扫一扫关注该公众号`` …), and everything from ``写留言``, ``预览时标签不可点`` or
  ``继续滑动看下一个`` on; staff credits (``编辑：… 审核：…``, :func:`staff_line`) go to
  ``meta``.

The title is the first line that is none of these; body lines follow. A credit line
``□ 本报记者 张三 □ 本报通讯员 李四 近日，…`` gives the byline and the rest of the line stays
body text; a numbered heading glued to its paragraph (``一、坚持… 近日…``) is split.
Short unfinished lines inside the body are section headings, as on newspaper pages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Iterable, Mapping

from ..analysis.chars import normalize_chars
from ..analysis.fold import fold, strip_ruby
from ..documents import Article, Section, article_id
from .clean import (HEADING_MAX, affiliation, is_names, after_dateline, byline_text, cell_width, clean_byline, ends_sentence, is_dispatch, lead_in, link_list, photo_note,
                    reporter_credit, table_rows)
from .dates import PRINTED_DATE, iso_date, printed_date
from .sources import canonical_source, credit_outlet, known_source, names_outlet, person_or_phone

_SEP = r"[>＞»›→/|｜]"
#: A word an English site prints in its header or toolbar (``RSS``, ``Site Map``, ``Search This Site``,
#: ``E-mail``), alone or run together with others (``RSSNewsletterSiteMapFeedback``): never a title.
_EN_SITE_WORD = (r"(?i:RSS|Newsletters?|Site\s*Map|Feedback|Search(?:\s+(?:This|the)\s+Site)?|Contact\s*Us|About\s*Us"
                 r"|Log\s*in|Sign\s*(?:in|up)|Register|Subscribe|Advertise|Archives?|Print|E-?mail|Save|Share|Most\s+Read"
                 r"|Tools)")
#: An English site's toolbar after a breadcrumb on its line (``… News Tools: Save | Print | E-mail``).
_EN_TOOLS = re.compile(rf"\s+(?i:tools|share)\s*:\s*{_EN_SITE_WORD}(?:[\s|｜·•/]*{_EN_SITE_WORD})*\s*$")
#: An English breadcrumb: ``Home » Nation``, ``Home / China / Society``, ``HOME > Latest News``; each
#: item a few words (``Home / office rules for judges announced`` is a headline).
_CRUMB_ITEM = r"[^\s>＞»›→/|｜:：。，,.]+(?:\s[^\s>＞»›→/|｜:：。，,.]+){0,3}"
_BREADCRUMB = re.compile(rf"^(?:首页|主页|网站首页|返回首页)\s*{_SEP}|^\S{{1,10}}\s*(?:>|＞|»|›)\s*\S{{1,10}}\s*(?:>|＞|»|›)"
                         rf"|^(?i:home|homepage|home\s+page|main\s+page)(?:\s*{_SEP}\s*{_CRUMB_ITEM})+\s*{_SEP}?\s*$")
_WHERE = re.compile(r"^.{0,6}(?:当前位置|当前所在|您的位置|你的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]"
                    r"|^(?i:you\s+are\s+here|your\s+(?:current\s+)?(?:location|position)|current\s+(?:location|position))"
                    r"\s*[:：>»]")
_MENU_SPLIT = re.compile(r"\s*[|｜·•]\s*|\s{2,}|\u3000+")
_TOOL = re.compile(
    r"^(?:【?\s*字号\s*[:：]?|[大中小]字号$|【?\s*字体\s*[:：]\s*(?:打印本页|[大中小\s|｜【】]+)\s*】?$|【?\s*大\s+中\s+小\s*】?$|打印本页|【?\s*打印\s*】?|关闭窗口|【?\s*关闭\s*】?$|分享(?:到|至|给)|分享\s*[:：]"
    r"|打开APP|打开.{0,8}APP|打开网易新闻|查看更多图片|扫一扫|返回顶部|收藏本页|加入收藏|点击收藏|我要纠错|举报$"
    r"|\[?\s*责任编辑\s*[:：]?\s*\]?$|字号\s*[:：]?[\s|｜]*$|[大中小\s|｜【】]+$|打印$|星期[一二三四五六日天]$"
    r"|\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*星期.$|[•·▪]?\s*欢迎(?:访问|光临)[^。，,]{0,30}$"
    r"|[\d.,]+\s*[万wW]?\+?\s*(?:次|人)?(?:浏览|阅读)$|#[^#\s]{1,12}$"
    r"|(?:(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|豆瓣|人人网|Facebook|Twitter|WhatsApp|LINE|Telegram|复制链接)"
    r"[\s|｜·•、,，/]*)+$"  # a share bar's buttons, on one line or one a line under 分享：
    r"|字体(?:大小)?\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?[\s|｜]*){2,}$"  # 字体大小:【大】 【中】 【小】
    r"|(?i:adjust\s+font\s+size|font\s+size|text\s+size)\s*[:：]?[\s\w+\-|]{0,12}$"
    r"|以文本方式查看主题$|.{0,10}扫描二维码.{0,6}$|点击右上角.{0,30}$|请使用浏览器(?:的)?分享功能.{0,10}$"
    # how long the text is to read, on a line or on lines of their own: 本文大概 ⏎ 12000字 ⏎ 阅读需要 ⏎ 12分钟
    r"|(?:本文|全文)(?:大概|大约|约|共)\s*(?:[\d,.]+\s*万?\s*字)?\s*[,，]?\s*(?:(?:阅读|读完)[^\s，,。]{0,4}?\s*约?\s*[\d.]+\s*分钟)?$"
    # a toolbar's items as a list (• 打印 ⏎ • 收藏) and its prompts (收藏成功, 打开文本图片集)
    r"|(?:[•·▪◦]?\s*(?:收藏成功|已取消收藏|取消收藏|打印|收藏|分享|评论|纠错|关闭)\s*){1,6}$|打开文本图片集$"
    r"|(?:阅读|读完)(?:需要|约需|大约需要|大概需要|时间|时长)\s*约?\s*(?:[\d.]+\s*分钟)?$|[\d,.]+\s*万?\s*字$|[\d.]+\s*分钟$)", re.I)
_TOOL_WORDS = ("打印本页", "关闭窗口", "字号", "分享到", "打开APP", "查看更多图片", "扫一扫", "返回顶部")
#: A page's tags under its text: ``标签:法院|院史馆``, ``标签：房屋出租 违约金``, ``Tags: …`` (short, no sentence).
_TAGS = re.compile(r"^(?:标签|本文标签|文章标签|标籤|(?i:tags?))\s*[:：]\s*\S.{0,40}$")
_FOOTER_START = re.compile(
    r"^(?:[【\[«‹<]?\s*(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读|热点推荐|热门推荐"
    r"|热门文章|猜你喜欢|精彩推荐|网友评论|发表评论|我要评论|评论\s*[(（]?\d*[)）]?$|全部评论|评论区|查看(?:全部|更多)评论"
    r"|登录后(?:发表|参与)?评论|共\s*\d+\s*条评论"
    r"|小编最近文章|作者最近文章|推荐新闻|最热评论|最新评论|热门评论|热点新闻|新闻排行|排行榜|专题推荐|编辑推荐"
    r"|更多新闻|大家都在看|为您推荐|今日推荐|相关推荐$|已收藏|好文$))"
    # an English page's list of other stories under the text (Related Stories, More News, Most Read)
    r"|^(?i:related\s+(?:stories|news|articles|links|reading|content)|more\s+(?:stories|news)|you\s+may\s+also\s+like"
    r"|most\s+(?:read|viewed|popular))\s*[:：]?$")
_FOOTER_LINE = re.compile(r"(?:版权所有|Copyright|©|ICP备|ICP证|公网安备|主办单位|承办单位|技术支持|联系我们|网站地图"
                          r"|违法和不良信息举报|举报电话|举报邮箱|新闻热线|邮编\s*[:：]|邮政编码\s*[:：])", re.I)
_EDITOR = re.compile(r"^[【\[(（]?\s*(?:责任编辑|责编|编辑)\s*[:：]\s*([^】\])）]{1,30}?)\s*[】\])）]?$")
#: The labels of a page's metadata fields (``发布时间``, ``来源``, ``作者``, ``浏览次数``, ``字号`` …),
#: read before their colon on a metadata line, at a source's end and as a source field left empty.
_LABEL = (r"(?:(?:添加|发布|发表|更新|上传|录入|发稿|刊发)?(?:时间|日期)|稿件来源|文章来源|信息来源|来源|作者|文\s*/|撰稿"
          r"|浏览次数|浏览量|点击数|点击量|阅读数|阅读|访问量|字号|责编|编辑)")
_META_LABEL = re.compile(rf"(?:^|\s|　|【|\|)(?:本文|原文)?{_LABEL}\s*[:：]")
#: A date as pages print it: 2024-05-06, 2024年5月6日, 2024.5.6, 2024/5/6.
_DAY = PRINTED_DATE
_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?")
_SOURCE = re.compile(r"(?:稿件来源|文章来源|信息来源|来源|转自|转载自)\s*[:：]\s*(.+?)(?=\s+\S{1,6}\s*[:：]|\s{2,}|\s*[|｜【■□]|$)")
#: What a page prints for a source it does not know: no source.
_UNKNOWN_SOURCE = {"不详", "未知", "佚名", "无", "暂无"}
#: A byline printed after a mark at the end of a metadata line (来源：不详■某报记者张三).
_MARKED_BYLINE = re.compile(r"[■□]\s*(\S.*)$")
#: (an empty 作者： before the next label, ``作者：  日期：2023-10-17``, names no author)
_AUTHOR = re.compile(r"(?:作者|撰稿|文\s*/)(?>\s*[:：]?\s*)(?!\S{1,6}\s*[:：])(.+?)(?=\s+\S{1,6}\s*[:：]|\s{2,}|\s*[|｜【]"
                     r"|\s+(?:图|摄影?|视频|图片)\s*/|\s+[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}\s*[-月/.]|$)")  # (文/张三 图/李四 2024-03-06)
_PUBLISHED = re.compile(r"发布|发表|更新|上传|录入|发稿|刊发|来源|转自|转载|浏览|点击|阅读|访问|作者|撰稿|字号")
#: What may be glued to a source's end: the next label (``字号：``, ``浏览次数：``), a date, a
#: counter (``57人参与``), a journal's issue (``《法律适用》2018年第11期``: the journal is the
#: outlet).
_SOURCE_END = re.compile(rf"(?:责任)?{_LABEL}\s*[:：]|{_DAY}|[0-9]+\s*人?(?:参与|评论|浏览|阅读|点击)"
                         r"|[0-9]{4}\s*年?\s*(?:第\s*)?[0-9]{1,3}\s*期")
#: A date printed on the title's line, after it: ``(2008-3-30)``, `` 2018-06-13``.
_TITLE_DATE = re.compile(rf"\s*[(（\[]?\s*({_DAY}\s*日?)(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                         r"\s*[)）\]]?$")
#: What a site prints after a title: a comment count, a download label.
_TITLE_JUNK = re.compile(r"\s*(?:No Comments?|\d+\s*Comments?|(?:Word|PDF|DOC)?文档下载推荐\.\w{2,4}|文档下载推荐"
                         r"|\.(?:docx?|pdf|pptx?|xlsx?))$", re.I)
#: A full date as a dated line prints it (``2024-05-06``, ``2024/5/6``, ``2024年5月6日``), with
#: its time of day when it has one (``2024-05-06 17:27:07``).
_STAMP = re.compile(r"(?<![0-9])(?:(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
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
_YEAR = re.compile(r"[0-9]{4}")
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
    m = _STAMP.search(t)
    if m is None or _STAMP.search(t, m.end()) is not None:
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
    m = _TITLE_DATE.search(t)
    if m is None or m.start() < 6 or len(t) > 80:
        return None
    before = t[:m.start()]
    if _INTO_DATE.search(before) or ends_sentence(before) or _STAMP.search(before) or re.search(r"[,，；;|｜丨]\s*$", before):
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


#: A date with toolbar words only: ``2007年8月29日 星期三 放大 缩小 默认``.
_DATED_TOOLBAR = re.compile(rf"^{_DAY}\s*日?\s*(?:星期.?\s*)?"
                            r"(?:(?:放大|缩小|默认|字号|[大中小]|打印|关闭)\s*)+$")
_TRAILING_TOOL = re.compile(r"\s*(?:举报|分享|打印|收藏|纠错|评论)\s*$")
_REPOST = re.compile(r"^(?:转自|转载自|来源|稿件来源|文章来源|本文来源|本文转自|原文来源|新闻来源)\s*[:：]\s*(\S.{0,30})$")
#: A label set apart from its value by a bar instead of a colon (``来源丨某某法院``,
#: ``作者 | 张三``), as WeChat articles and portals print it.


def _labelled(text: str) -> str:
    """``text`` with a bar after a label read as its colon (``来源丨某某法院`` → ``来源：某某法院``),
    one character for one, so that a value's place holds in the line as printed."""
    return _BARRED_LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)}：", text)
_CREDIT = re.compile(r"^[□■]\s*")
_ROLE = re.compile(r"^(?:本报|本网|本台)?(?:特约|见习|首席|实习)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑)$")
_NUMBERED = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，。；：！？\s]{2,20})[\s\u3000]+(\S.*)$")
_CAPTION = re.compile(r"^(?:图为|图[:：]|图\s*[①-⑳0-9]|[▲△]|（?图片来源)|(?:摄|供图)[）)]?$")

#: A WeChat article's account line under its title: ``原创 张三 某某法院 2024年05月06日 17:30 湖南``,
#: ``某某中院 2023-11-02 09:15`` (mark, author, account, date, time, where it was posted from).
_WECHAT_LINE = re.compile(
    r"^(?:(?P<mark>原创|转载)\s+)?(?P<names>(?:[^\s，。；！？,;!?：:]{1,20}\s+){0,4}?)"
    r"(?P<date>\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}))"
    r"(?:\s+(?P<time>\d{1,2}:\d{2}))?(?:\s+(?P<place>(?!星期|周|礼拜)[\u4e00-\u9fff]{2,8}))?$")
#: WeChat's buttons, prompts and counters, on lines of their own.
_WECHAT_TOOL = re.compile(
    r"^(?:微信扫一扫(?:关注该公众号|使用小程序|可打开此内容.*)?|关注该公众号|使用完整服务|预览时标签不可点|知道了|取消|允许|×|分析"
    r"|视频|小程序|赞|点赞|在看|分享|收藏|听过|不喜欢|修改于.*|原创|阅读原文|轻触阅读原文|去阅读"
    r"|在小说阅读器(?:中沉浸阅读|读本章)|(?:阅读|在看|赞|点赞|分享|留言)\s*[\d.,]+\s*[万wW]?\+?"
    r"|[：:，,。\s]*视频\s*小程序\s*赞.*|[，,]?\s*轻点两下取消(?:赞|在看))$")
#: Where a WeChat article's text ends: what follows is the next article's prompt and the account's card.
_WECHAT_END = re.compile(r"^(?:预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|写留言|精选留言|留言)$")
#: Lines only WeChat prints: one of them anywhere makes a page saved as text a WeChat article.
_WECHAT_MARK = re.compile(r"(?m)^\s*(?:微信扫一扫\s*关注该公众号|关注该公众号|预览时标签不可点|继续滑动看下一个|轻触阅读原文"
                          r"|微信扫一扫可打开此内容|[，,]?\s*轻点两下取消赞)")
#: An outlet or a court as an account names itself (``某某法院``, ``某某中院``, ``湖南高院``).
_COURT_ACCOUNT = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民法院|法院|中院|高院|法庭|人民检察院|检察院)$")
#: A line of staff credits closing an article: ``审核：王五``, ``文字：张三 图片：李四 编辑：王五``.
_STAFF_LABELS = {"审核": "reviewer", "初审": "reviewer", "复审": "reviewer", "终审": "reviewer",
                 "编辑": "editor", "责任编辑": "editor", "责编": "editor",
                 "作者": "author", "文字": "author", "撰稿": "author", "文": "author",
                 "来源": "source", "校对": None, "图片": None, "摄影": None, "视频": None, "排版": None,
                 "美编": None, "监制": None, "统筹": None, "供稿": None, "出品": None}
_STAFF = re.compile(r"(?:^|\s+|[|｜])(" + "|".join(sorted(_STAFF_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*")
#: A label set apart from its value by a bar instead of a colon (``来源丨某某法院``,
#: ``编辑 | 张三``), as WeChat articles and portals print it.
_BARRED_LABEL = re.compile(r"(?:^|(?<=[\s|｜丨]))((?:本文|原文)?(?:" + "|".join(sorted(
    [*_STAFF_LABELS, "转自", "发布时间", "发布日期"], key=len, reverse=True)) + r"))(\s*)[|｜丨](?=\s*\S)")

@dataclass(frozen=True)
class Block:
    """One block of a web page: ``kind`` is ``line`` (to be recognised), ``head``
    (a heading the markup marks), ``caption`` (an image's caption) or ``row`` (a
    table row, its cells joined by `` | ``: text)."""

    text: str
    kind: str = "line"


@dataclass
class WebPage:
    """What one web page says: its article and the metadata its lines print."""

    title: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    parts: list[tuple[str | None, list[str]]] = field(default_factory=lambda: [(None, [])])
    captions: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # boilerplate lines, for the account

    @property
    def has_body(self) -> bool:
        return any(paras for _, paras in self.parts)


#: A menu's item in English, a few words (``Travel/Living in China``, ``Books & Magazines``).
_LATIN_ITEM = re.compile(r"[A-Za-z][A-Za-z'&/.-]*(?:\s+[A-Za-z&][A-Za-z'&/.-]*){0,3}")


def is_menu(text: str) -> bool:
    """A navigation line: three or more short items separated by ``|`` or spaces,
    none of them a sentence (set apart by bars, an English item may be a few words:
    ``Travel/Living in China``)."""
    text = text.strip()
    if _CREDIT.match(text) or re.search(r"记者|通讯员|实习生|摄", text):
        return False
    items = [t for t in _MENU_SPLIT.split(text) if t]
    barred = bool(re.search(r"[|｜·•]", text))
    return (len(items) >= (3 if barred else 4) and all(len(t) <= (16 if barred else 8) or barred and _LATIN_ITEM.fullmatch(t)
                                                       for t in items)
            and (barred or all(len(t) >= 2 for t in items))
            and not any(ch in text for ch in "，。；！？,"))


def kind_of(text: str) -> str:
    """The kind of one line of a web page: ``nav``, ``meta``, ``tool``, ``footer``
    (the start of the footer), ``editor`` or ``line`` (title or body); a site's name and web
    address (:func:`site_address_line`) is a ``tool`` line. Labels are
    read in simplified or traditional characters (``來源：``, ``發布時間：``), with pinyin
    printed inside them left out (``發(fā)布時間：``); a line dated by a publication
    label (:func:`published_date`) or a short dated line (:func:`dated_line`) is ``meta``."""
    t = text.strip()
    t = _labelled(fold(strip_ruby(t)[0] if "(" in t or "（" in t else t))
    if not t:
        return "tool"
    crumb = _EN_TOOLS.sub("", t)  # Home / Government / News Tools: Save | Print: a breadcrumb, its toolbar after it
    if _WHERE.match(t) or (_BREADCRUMB.match(crumb) and len(crumb) <= 80 and not ends_sentence(crumb)):
        return "nav"
    label = _STAFF.match(t)
    if label and staff_line(t) is not None and (
            label.group(1) not in ("编辑", "责任编辑", "责编", "作者", "来源") or len(_STAFF.findall(t)) >= 2):
        return "staff"  # 审核：… (a lone 编辑：/作者：/来源： line is read as before)
    if _EDITOR.match(t):
        return "editor"
    if _FOOTER_START.match(t) or _WECHAT_END.match(t) or (_TAGS.match(t) and not ends_sentence(t)):
        return "footer"
    if _TOOL.match(t) or (len(t) <= 60 and sum(w in t for w in _TOOL_WORDS) >= 2
                          and not (_SOURCE.search(t) or _YEAR.search(t) and published_date(t))):
        return "tool"  # (an info line ending in the toolbar, 发布时间：… 来源：… 字号：大 中 小 打印本页, is meta)
    if _WECHAT_TOOL.match(t) or not re.search(r"\w", t):
        return "tool"
    if wechat_line(t) is not None or _DATED_TOOLBAR.match(t):
        return "meta"
    if len(t) <= 160 and _YEAR.search(t) and not ends_sentence(t) and (published_date(t) or dated_line(t)):
        return "meta"
    if len(t) <= 160 and _META_LABEL.search(" " + t) and not ends_sentence(t) and (
            _DATE.search(t) or len(_META_LABEL.findall(" " + t)) >= 2 or _REPOST.match(t) or _AUTHOR.match(t)):
        return "meta"
    if _REPOST.match(t):
        return "meta"
    if len(t) <= 120 and _FOOTER_LINE.search(t) and not ends_sentence(t):
        return "footer"
    if is_menu(t):
        return "nav"
    if t in ("号外", "【号外】"):
        return "tool"  # a WeChat account's label over an article: no title and no text
    if _EXCERPT_LABEL.match(t):
        return "tool"  # 论文部分内容阅读: a paper site's label over the part it shows, no title and no text
    if is_dispatch(t):
        return "tool"  # 发自:山西朔州, a reporter's dispatch line: no title and no text
    if site_address_line(t):
        return "tool"  # 某某市人民政府门户网站 www.….gov.cn: the site's line, no title and no text
    return "line"


def looks_like_webpage(text: str, lines: int = 12) -> bool:
    """True when a page saved as text opens as a web page does: a breadcrumb, a
    ``当前位置：`` line or a menu line among its first lines, a ``发布时间/来源``
    line or a WeChat account line (``原创 张三 某某法院 2024年05月06日 17:30``) right
    under its title, a dated byline of several labels (or two lines: date, then
    ``来源：``) further down, or a line only WeChat prints (``微信扫一扫关注该公众号``,
    ``预览时标签不可点`` …) anywhere. Newspaper pages hold none of these."""
    head = list(islice((fold(m.group().strip()) for m in _LINE.finditer(text) if m.group().strip()), lines))
    kinds = [kind_of(ln) for ln in head]
    if "nav" in kinds:
        return True
    if any(k == "meta" and (_DATE.search(head[i]) and re.search(r"发布|来源|浏览|点击", head[i])
                            or wechat_line(head[i]) is not None)
           for i, k in enumerate(kinds[:4])):
        return True
    for i, k in enumerate(kinds):  # 时间：… 来源：… 浏览次数：… under a title, below the site's own lines
        byline = " ".join(head[i:i + 2]) if kinds[i + 1:i + 2] == ["meta"] else head[i]
        if k == "meta" and _DATE.search(byline) and re.search(r"发布|来源|浏览|点击", byline) and (
                byline != head[i] or len(_META_LABEL.findall(" " + byline)) >= 2):
            return True
        if (k == "meta" and i > 0 and _stamped(head[i]) and _headline(head[i - 1], kinds[i - 1])
                and not any(kinds[j] == "line" and (ends_sentence(head[j]) or len(head[j]) > 80) for j in range(i - 1))):
            return True  # a headline, and under it the time it was posted (南方都市报·2025-07-25 19:39), no text above
    return any(w in text for w in _WECHAT_WORDS) and bool(_WECHAT_MARK.search(text))


def _stamped(text: str) -> bool:
    """A line dated as a site dates a post: a full date with its time of day
    (``2021-07-26 12:24 张三``, ``某某报 | 2026-01-07 15:07:12``) or under a publication
    label (``发布日期：2006-10-08``, ``时间：2018-12-24``); a newspaper's masthead
    (``人民法院报 2024年3月15日 星期五``) prints neither."""
    m = _STAMP.search(text)
    return bool(m and m.group("time")) and dated_line(text) is not None or published_date(text) is not None


def _headline(text: str, kind: str) -> bool:
    """A line that reads as a headline: short, no sentence, no label (``作者：…``)."""
    return (kind == "line" and 6 <= len(text) <= 80 and not ends_sentence(text) and not _FIELD.match(text)
            and _STAMP.search(text) is None and not never_title(text))


#: A labelled field (``裁判日期: …``, ``| 索引号:…``, ``当前版:1版``, ``法治导读:``).
_FIELD = re.compile(r"^[|｜\s]*[^\s:：|｜]{1,8}\s*[:：]")


_LINE = re.compile("[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")  # a line, as str.splitlines cuts them
_WECHAT_WORDS = ("关注该公众号", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "微信扫一扫可打开此内容", "轻点两下取消赞")


def wechat_line(text: str) -> dict[str, str] | None:
    """The date (ISO), account (as ``source``, when it is an outlet or a court) and
    author of a WeChat article's account line, or None when ``text`` is none. The line
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
        if account and (known_source(account) or _COURT_ACCOUNT.match(account)):
            out["source"] = canonical_source(account)
            if names[:-n]:
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
    fields = list(_STAFF.finditer(_labelled(fold(t))))  # one character for one: positions hold in t
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


def credits_of(text: str) -> dict[str, str]:
    """What an editor's or staff credit line says (``责任编辑：李四`` → ``{"editor": "李四"}``,
    ``编辑：李四 审核：王五``), ``{}`` for any other line."""
    return _credits(text, kind_of(text))


def _credits(text: str, kind: str) -> dict[str, str]:
    """What a line of ``kind`` ``editor`` or ``staff`` credits, its label read in simplified
    or traditional characters (``責任編輯：周敏``) and the name kept as printed."""
    if kind == "editor":
        t = text.strip()
        m = _EDITOR.match(_labelled(fold(t)))  # one character for one: the name's place holds in t
        return {"editor": t[m.start(1):m.end(1)].strip()} if m else {}
    if kind == "staff":
        return dict(staff_line(text) or {})
    return {}


def meta_of(text: str) -> dict[str, str]:
    """The date (ISO), source and author a metadata line prints (a source ends
    where a label or a date is printed against it: ``来源：某某日报字号：``)."""
    printed = strip_ruby(text)[0]  # 發(fā)布時間 → 發布時間
    text = _labelled(fold(printed))  # matched folded, a bar after a label a colon; values as printed (one character for one)
    wechat = wechat_line(text)
    if wechat is not None:
        return wechat
    out: dict[str, str] = {}
    date = published_date(text) or dated_line(text)
    d = _DATE.search(text) if date is None else None
    if d and not _OTHER_LABEL.search(text[:d.start()]):  # 成文日期：… dates no page
        try:
            date = iso_date("-".join(d.groups()))
        except ValueError:
            pass
    if date:
        out["date"] = date
    s = _SOURCE.search(text)
    if s is None and date and dated_line(text):  # 南方都市报·2025-07-25 19:39: the outlet by the date
        outlets = [name for w in _WORD_SPLIT.split(_STAMP.sub(" ", text)) if w and (name := known_source(w))]
        if outlets:
            out["source"] = outlets[0]
    if s:
        start = s.start(1)
        lead = re.match(rf"{_DAY}\s*日?[\s|｜·,，]*", s.group(1))
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
    a = _AUTHOR.search(text)
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
    if not _CREDIT.match(text):
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


#: A question mark opening a title: a character the save could not encode (``?2021年…``).
_LOST_MARK = re.compile(r"^[?？]+(?=[\u3400-\u9fff0-9“《【])")
#: A list item's mark (``- 最新文件``, ``• 打印``).
#: A paper site's label over the part of a paper it shows (``论文部分内容阅读``, ``全文阅读``).
_EXCERPT_LABEL = re.compile(r"^(?:论文|文章|期刊)?(?:部分内容|全文)(?:阅读|预览)$")
LIST_ITEM = re.compile(r"^[-•*▪◦]")
_BULLETS = re.compile(r"[•▪◦]|^[-*]")


def menu_item(text: str) -> bool:
    """A menu's item: a list item of a few characters (``- 最新文件``) or a line of
    several (``• 打印 • 收藏``); ``• 某某市物业管理条例`` may be a page's title."""
    t = text.strip()
    return bool(LIST_ITEM.match(t)) and (len(t) <= 10 or len(_BULLETS.findall(t)) >= 2)
#: A label a text's parts are printed under (``编者按``, ``【基本案情】``, ``1. 引言``, ``摘要``),
#: never the title of the text.
_PART_LABEL = re.compile(
    r"^[【\[(（]?\s*(?:[0-9一二三四五六七八九十]{1,2}\s*[、.．]\s*)?(?:编者按|编者的话|编辑按|引言|前言|导言|导读|导语"
    r"|摘要|内容摘要|内容提要|提要|关键词|基本案情|案情简介|案情回顾|裁判要旨|裁判结果|法律依据|法官说法|典型意义|正文|目录"
    r"|总则)\s*[】\])）]?\s*[:：]?$")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


def part_label(text: str) -> bool:
    """A label a text's parts are printed under (``编者按``, ``【基本案情】``, ``1. 引言``)."""
    return bool(_PART_LABEL.match(fold(text.strip())))


#: A phone number as sites print them: ``13916800902``, ``138 2749 7856``, ``0591-22368999``, ``400-123-4567``.
_PHONE = re.compile(r"(?<![0-9])(?:1[3-9][0-9](?:[- ]?[0-9]{4}){2}|0[0-9]{2,3}-[0-9]{7,8}|400-?[0-9]{3}-?[0-9]{4})(?![0-9])")
_CONTACT = re.compile(r"电话|热线|手机|微信|咨询|联系|QQ|扫码", re.I)
#: A site's own words above or beside a text, never its title: ``正文复制``, ``网站首页``, ``简体中文``, ``字体：``.
_SITE_WORDS = re.compile(r"^(?:正文复制|复制正文|网站首页|首页|更多|更多>+|搜索|简体中文|繁体中文|繁體中文|字体\s*[:：]?|关闭\s*→?"
                         r"|新闻推荐|返回列表|返回首页|上一页|下一页|阅读全文|展开全文)$"
                         rf"|^{_EN_SITE_WORD}(?:[\s|｜·•/]*{_EN_SITE_WORD})*$")


#: A web address as a site prints its own: ``www.qingshi.gov.cn``, ``http://…``, ``qingshi-law.com``.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\w.\-/]+|(?<![\w.@])[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*"
                          r"\.(?:com|cn|net|org)(?:\.cn)?(?![\w.])", re.I)


def site_address_line(text: str) -> bool:
    """A site's line giving its web address beside its name at most (``某某市人民政府门户网站
    www.….gov.cn``, ``www.….com 某某法律顾问``): never a title. A headline naming a site
    without its address (``某某政务网上线…``), or a sentence, is none."""
    t = text.strip()
    m = _WEB_ADDRESS.search(t)
    if m is None or ends_sentence(t):
        return False
    rest = re.sub(r"[\s|｜丨·•\-—:：]+", "", t[:m.start()] + t[m.end():])
    return len(rest) <= 16


def contact_line(text: str) -> bool:
    """A line giving a phone number to call (``热线电话：021-…``, ``微信：138 2749 7856``, two numbers):
    a site's or a firm's contact line, never a title."""
    phones = _PHONE.findall(text)
    return bool(phones) and (len(phones) >= 2 or bool(_CONTACT.search(text)))


def never_title(text: str, chinese: bool = True, kinds: tuple[str, ...] = ("line",)) -> bool:
    """True for a line that is no page's title whatever its place: a line of another kind
    than ``kinds`` (:func:`kind_of`: navigation, a toolbar, a footer, metadata …), a menu
    item (:func:`menu_item`), a label a text's parts are printed under (``编者按``,
    ``引言``, ``【基本案情】``), a site's own words (``正文复制``, ``简体中文``), a line giving a
    phone number to call (:func:`contact_line`), a lead-in with nothing after it (``本网讯（记者 张三）``: the
    text's opening, not its title) or, on a ``chinese`` page, a line without a Chinese
    character (``Workflow``, ``|``, ``1/8``)."""
    t = fold(text.strip())
    lead = lead_in(t)
    return ((chinese and not _HAN_CHAR.search(t)) or menu_item(t) or bool(_PART_LABEL.match(t))
            or bool(_SITE_WORDS.match(t)) or contact_line(t)
            or kind_of(t) not in kinds or (lead is not None and not lead.rest.strip()))


def is_chinese(text: str) -> bool:
    """Whether a text is written in Chinese: of its first 200 characters, one in four or
    more of the letters is a Han character."""
    sample = text[:200]
    han = len(_HAN_CHAR.findall(sample))
    return han > 0 and 4 * han >= han + len(_LATIN.findall(sample))


_LATIN = re.compile(r"[A-Za-z]")


#: A Markdown heading line (``# 标题``, ``## 一、…``): its level's marks and its text.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+)?$")


def page_blocks(text: str) -> list[Block]:
    """The lines of a page saved as text, as blocks. A Markdown heading (a web page
    clipped as Markdown) is read without its ``#`` marks: ``# 标题`` is a line like the
    title of a page saved as text, ``## 小标题`` and lower a heading."""
    blocks: list[Block] = []
    for ln in normalize_chars(text).splitlines():
        ln = ln.strip()
        md = _MD_HEADING.match(ln)
        if md:
            blocks.append(Block(md.group(2), "line" if len(md.group(1)) == 1 else "head"))
        elif ln:
            blocks.append(Block(ln))
    return blocks


def _is_heading(text: str) -> bool:
    return (not ends_sentence(text) and cell_width(text) <= HEADING_MAX / 2 and not re.search(r"[，,；]", text)
            and not re.search(r"[：:]\s*\S", text))  # 开庭时间：… is a line of text


def read_blocks(blocks: Iterable[Block], *, title: str | None = None) -> WebPage:
    """The article of a web page from its blocks in reading order.

    ``title``: the title the markup gives (``<h1>``, ``og:title`` …); the first
    line equal to it is taken as the title line, and lines before it are chrome."""
    page = WebPage(title=None)
    blocks = [b for b in blocks if b.text.strip()]
    chinese = is_chinese(" ".join(b.text for b in blocks[:20]))
    headline: Block | None = None  # the title line found above the dated line
    if title:
        norm = squash(title)
        for i, b in enumerate(blocks):
            if squash(b.text) == norm:
                # what comes before the title is chrome, unless no text follows the
                # title: then the text the extractor put first is the article's
                before = [x for x in blocks[:i] if _reads_as_text(x)]
                if any(_reads_as_text(x) for x in blocks[i + 1:]):
                    before = []
                page.dropped.extend(x.text for x in blocks[:i] if x not in before)
                blocks = before + blocks[i + 1:]
                break
        page.title = title.strip()
    else:
        at = _title_line(blocks, chinese=chinese)
        if at is not None:
            top = _stacked_above(blocks, at)
            headline = blocks[at] if top == at else Block(" ".join(_LOST_MARK.sub("", b.text.strip())
                                                                    for b in blocks[top:at + 1]))
            blocks = [*blocks[:top], headline, *blocks[at + 1:]]
            at = top
            crumb = max((k for k in range(at) if _crumb(blocks[k].text) and kind_of(blocks[k].text) == "nav"), default=-1)
            # the lines above the headline that are no chrome, and the site's date above its breadcrumb
            gone = [k for k in range(at) if kind_of(blocks[k].text) == "line" or k < crumb and kind_of(blocks[k].text) == "meta"]
            page.dropped.extend(blocks[k].text for k in gone)
            blocks = [x for k, x in enumerate(blocks[:at]) if k not in gone] + blocks[at:]
    footer = False
    links = _related_links(blocks)
    rows = _text_table_rows(blocks)
    for k, b in enumerate(blocks):
        text = b.text.strip()
        if footer or k in links:
            page.dropped.append(text)
            continue
        if b is headline:
            page.title = _trimmed_title(text, page.meta)
            continue
        kind = kind_of(text)
        if kind == "tool" and page.title is not None and not page.has_body and "date" not in page.meta:
            date = dated_line(fold(text))  # a date alone under the title (2021-06-02, 2024年5月6日 星期一)
            if date:
                page.meta["date"] = date
        if k in rows and kind in ("nav", "tool") and page.has_body:
            page.parts[-1][1].append(rows[k])  # a row of a table in the text, not a menu
            continue
        if b.kind == "row" and (kind in ("line", "head") or kind == "nav" and _table_row(text, page)):
            page.parts[-1][1].append(text)  # a table row is text, never a title or heading
            continue
        if b.kind not in ("line", "row") and kind == "line":
            kind = b.kind
        if kind == "meta" and page.has_body and not _PUBLISHED.search(text):
            kind = b.kind  # 开庭时间：… in the text is text
        if kind == "footer" and not page.has_body and _FOOTER_LINE.search(text):
            kind = "nav"  # a site header line (主办单位 …) above the article
        if kind in ("nav", "tool"):
            page.dropped.append(text)
        elif kind == "meta":
            for key, value in meta_of(text).items():
                page.meta.setdefault(key, value)
        elif kind in ("editor", "staff"):
            for key, value in _credits(text, kind).items():
                page.meta.setdefault(key, value)
        elif kind == "footer":
            if page.has_body:
                footer = True
            page.dropped.append(text)
        elif kind == "caption":
            page.captions.append(text)
        elif not page.has_body and len(text) <= 40 and photo_note(text):
            page.captions.append(text)  # 图片来源：图虫, （资料图片） above the text: a photo's, no title
        elif not page.has_body and (credit := affiliation(text)) is not None:
            page.bylines.append(credit)  # 王某 作者单位：某某县人民法院 above the text: no title
        elif not page.has_body and reporter_credit(text):
            page.bylines.append(clean_byline(text))  # 本报记者 张三 通讯员 李四 above the text: no title
        elif page.title is not None and not page.has_body and not page.bylines and _authors(text):
            page.bylines.append(clean_byline(text))  # 刘某某 林 某 under the headline, above the text: its authors
        elif page.title is None and not page.has_body and len(text) <= 80 and not ends_sentence(text):
            if never_title(text, chinese):
                page.dropped.append(text)  # a menu item or a label above the text (- 最新文件, 编者按)
            else:
                page.title = _trimmed_title(text, page.meta)
        elif not page.has_body and page.subtitle is None and text.startswith("——") and not page.bylines:
            page.subtitle = text
        elif page.title is not None and not page.has_body and squash(text) == squash(page.title):
            page.dropped.append(text)  # the title printed again above the text
        elif kind == "head":
            page.parts.append((text, []))
        else:
            _body_line(page, text, blocks[k + 1:k + 2])
    return page


def _related_links(blocks: list[Block]) -> set[int]:
    """The blocks that are a list of links to other stories under the text, its 相关新闻
    heading left out by the extractor or the save (:func:`.clean.link_list`), by index;
    chrome after them (a copyright line) is left aside."""
    lines = [k for k, b in enumerate(blocks) if b.kind in ("line", "head") and kind_of(b.text) == "line"]
    n = link_list([blocks[k].text for k in lines])
    return set(lines[len(lines) - n:]) if n else set()


def _rule_row(text: str) -> bool:
    """A Markdown table's rule under its header (``| --- | :---: |``)."""
    return "|" in text and re.fullmatch(r"[\s|:\-－—]+", text) is not None


def _text_table_rows(blocks: list[Block]) -> dict[int, str]:
    """The lines of a text (not a markup table) that are rows of a table, by index, each
    as its cells joined with `` | ``: cells set apart by ``|``, as in a row next to it (a
    Markdown table's rule between them left aside), two cells a row enough
    (:func:`.clean.table_rows` with ``pairs``). A menu is one line, or lines of other
    cell counts."""
    return table_rows(["" if _rule_row(b.text) else b.text.replace("\t", " ")  # cells set apart by bars alone
                       if b.kind == "line" and re.search(r"[|｜]", b.text)
                       else "-" for b in blocks], pairs=True)


def _table_row(text: str, page: WebPage) -> bool:
    """Whether a table row that reads like a menu (three or more short cells joined by
    `` | ``: ``某甲县人民法院 | 45件 | 1200万元``) is a row of the article's table: it
    comes under the headline or the text, and is no breadcrumb (``首页 > 新闻``) or
    ``当前位置：`` line."""
    folded = fold(text)
    return (page.title is not None or page.has_body) and not (
        _WHERE.match(folded) or _BREADCRUMB.match(folded))


#: A toolbar's button as sites print it after a title: ``分享到：``, ``打印``, ``【关闭】``, ``字号：大 中 小``.
_TOOL_BUTTON = (r"(?:分享(?:到|至|给)\s*[:：]?|打印本页|关闭窗口|收藏本页|加入收藏|字号\s*[:：]?(?:\s*[大中小](?=\s|[】\]]|$))*"
                r"|打印|关闭|收藏|纠错|推荐)")
_TITLE_TOOLBAR = re.compile(rf"(?:(?:^|\s+|(?=[【\[]))[【\[]?\s*{_TOOL_BUTTON}\s*[】\]]?)+\s*$")
#: A button no title ends with, alone after it: ``分享到：``, ``打印本页``, ``【打印】``.
_PLAIN_BUTTON = re.compile(r"分享(?:到|至|给)|打印本页|关闭窗口|收藏本页|字号|[【\[]")


def without_toolbar(title: str) -> str:
    """``title`` without the toolbar a site prints after it on its line (``…执行难 分享到： 打印 关闭``,
    ``…执行难【打印】【关闭】``, ``… [打印本页]``): two buttons or more, or one no title ends with
    (``分享到：``, ``打印本页``, a bracketed one); a headline ending in a word such as 关闭
    (``违规企业被责令关闭``) keeps it."""
    m = _TITLE_TOOLBAR.search(title)
    if m is None or m.start() < 4:
        return title
    tail = m.group()
    if len(re.findall(_TOOL_BUTTON, tail)) < 2 and not _PLAIN_BUTTON.search(tail):
        return title
    return title[:m.start()].rstrip()


def _trimmed_title(text: str, meta: dict[str, Any]) -> str:
    """A title line without what sites print after the title: a comment count or a
    download label (dropped) and a date (kept as the page's date when it has none); and
    without a ``?`` before it, a character the save could not encode, nor a list item's
    mark (``• 标题``: the page printed its title as an item of a list)."""
    title = _LOST_MARK.sub("", _TITLE_JUNK.sub("", without_toolbar(_MD_ITEM.sub("", text.strip()))))
    m = _TITLE_DATE.search(title)
    if m and m.start() > 0:
        try:
            date = printed_date(m.group(1))
        except ValueError:
            return title.strip() or text
        meta.setdefault("date", date)
        title = title[:m.start()]
    return title.strip() or text


def _reads_as_text(block: Block) -> bool:
    return (block.kind == "line" and len(block.text) > 40 and bool(re.search("[。！？]", block.text))
            and kind_of(block.text) == "line")


def _title_line(blocks: list[Block], within: int = 20, *, chinese: bool = True) -> int | None:
    """Where the title is when a page names none: the headline-like line just above
    the first dated or credited metadata line (a ``——`` subtitle may lie between), the
    first under the page's breadcrumb when there is one there (a date printed above the
    breadcrumb, under the site's name, is the site's); on a page not ``chinese`` a headline
    without a Chinese character is one."""
    kinds = [kind_of(b.text) for b in blocks[:within]]
    crumb = max((k for k, kind in enumerate(kinds) if kind == "nav" and _crumb(blocks[k].text)), default=-1)
    dated = [k for k, kind in enumerate(kinds)
             if kind == "meta" and (_DATE.search(blocks[k].text) or _AUTHOR.search(blocks[k].text))]
    if any(k > crumb for k in dated):
        dated = [k for k in dated if k > crumb]  # a date above the breadcrumb is the site header's (today's)
    named = _crumb_named(blocks, crumb, dated[0] if dated else None)
    if named is not None:
        return named  # 首页 > 法律知识 > 标题 ⏎ 标题: the breadcrumb names the headline
    for k in dated[:1]:
            for j in range(k - 1, -1, -1):
                text = blocks[j].text.strip()
                if kinds[j] != "line" or text.startswith("——") or never_title(text, chinese):
                    continue
                if _FIELD_ITEM.match(text):
                    return None  # a list of fields (• 成文日期：…) above the date, not a title
                return j if len(text) <= 80 and (not ends_sentence(text) or _ASKS.search(text)) else None
            return None
    return None


_FIELD_ITEM = re.compile(r"^[•·▪◦\-]\s*[^:：\s]{1,10}\s*[:：]")


#: Where a breadcrumb's crumbs part: ``>``, ``->>``, ``»``, ``›``, ``→``.
_CRUMB_SEP = re.compile(r"\s*(?:-?>>|[>＞»›→])\s*")


def _crumb_named(blocks: list[Block], crumb: int, dated: int | None) -> int | None:
    """The line under the breadcrumb at ``crumb`` (and above the ``dated`` line) that its last
    crumb names (``首页 > 法律知识 > 被执行人申请变更执行法院怎么办`` ⏎ that headline): the
    headline, alone, whatever lines stand between it and the dated line; None when there is none."""
    if crumb < 0 or dated is None:
        return None
    crumbs = _CRUMB_SEP.split(fold(blocks[crumb].text.strip()))
    last = squash(crumbs[-1]) if len(crumbs) >= 3 else ""
    if len(last) < 6:
        return None
    return next((j for j in range(crumb + 1, dated) if squash(fold(blocks[j].text)) == last), None)


def _crumb(text: str) -> bool:
    """A breadcrumb or a ``当前位置：`` line (not a menu)."""
    t = fold(text.strip())
    return bool(_WHERE.match(t) or _BREADCRUMB.match(t))


def _stacked_above(blocks: list[Block], at: int) -> int:
    """Where a headline found at ``at`` begins: the line above it when the page prints its
    headline on two lines right under the breadcrumb (``首页 > 新闻`` ⏎ 引题 or 主题 ⏎ 主题 ⏎ the
    dated line; they make the title in the order printed, as on a page file), else ``at``.
    A line of under eight characters there is a column's name, not a headline's."""
    if at < 2 or not _crumb(blocks[at - 2].text) or kind_of(blocks[at - 2].text) != "nav":
        return at
    above, headline = blocks[at - 1].text.strip(), blocks[at].text.strip()
    if (kind_of(above) != "line" or never_title(above) or ends_sentence(above) or not 8 <= len(above) <= 40
            or len(above) + len(headline) > 60 or _FIELD.match(above) or squash(above) == squash(headline)
            or re.search(rf"{_SEP}|[|｜]", above) or _SHORT_WORDS.fullmatch(above)):
        return at  # a column's name (法治聚焦), a crumb's rest (> 司法调研 > 法官论坛), a menu's words
    return at - 1


#: Three short words or more set apart by spaces: a menu's items (新闻动态 行业动态 常见问题).
_SHORT_WORDS = re.compile(r"\S{1,4}(?:\s+\S{1,4}){2,}")
_ASKS = re.compile(r"[？！?!][”’」』）)》〉】\"']*$")  # a headline may ask or exclaim


#: A list item's mark and the space after it (``- ``, ``* ``, ``+ ``, ``• ``).
_MD_ITEM = re.compile(r"^[-*+•▪◦]\s+(?=\S)")


def _body_line(page: WebPage, text: str, after: list[Block]) -> None:
    byline, text = split_credit(text)
    if byline:
        page.bylines.append(byline)
    if not page.has_body and (lead := lead_in(text)) is not None and lead.credit:
        # 本报讯（记者 张三 李四）… opening the text: its credit is the byline, as on a newspaper page
        page.bylines.append(clean_byline(lead.credit))
        text = f"{lead.dateline} {lead.rest}" if lead.dateline and lead.rest else lead.dateline or lead.rest
    if not text:
        return
    glued = _NUMBERED.match(text)
    if glued and not ends_sentence(glued.group(1)):
        page.parts.append((glued.group(1), [glued.group(2)]))
        return
    if _CAPTION.search(text) and len(text) <= 80:
        page.captions.append(text)
        return
    numbered = bool(re.match(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", text))
    item = _MD_ITEM.match(text)
    if item:  # a list item (- 查控财产) is text, never a heading; its mark is no text
        text = text[item.end():]
    elif (page.has_body or numbered) and _is_heading(text) and after and kind_of(after[0].text) == "line":
        page.parts.append((text, []))
        return
    page.parts[-1][1].append(text)


def _authors(text: str) -> bool:
    """A line of authors' names alone (``刘某某 林 某``, ``祁某 楼某某 管某某``, ``某某法院 刘某``):
    names (:func:`.clean.is_names`), half of them or more a common surname's, none a photo's credit."""
    if not is_names(text) or re.search(r"摄|记者|記者", text):
        return False
    names = clean_byline(text).split()
    return 2 * sum(person_or_phone(n) and not re.search(r"\d", n) for n in names) >= len(names)


def squash(text: str) -> str:
    """``text`` with its characters normalised (:func:`normalize_chars`) and no white
    space: the form in which a title and the lines of a page are compared."""
    return re.sub(r"\s+", "", normalize_chars(text))


def _lead_title(text: str) -> str:
    """The title of an article printed without one: the opening of its first line, a dateline
    opening it passed over (``本报银川3月24日电 “…`` → ``“…``; the text keeps it)."""
    return after_dateline(text.split("\n", 1)[0])[:30]


def web_article(page: WebPage, source: str, meta: Mapping[str, Any] | None = None, *,
                ordinal: int = 1, headline: bool = False) -> Article | None:
    """The article of ``page`` as the index stores it (None without body text), the
    ``ordinal``-th of its file. With ``headline``, a page with a title and no body
    text gives its headline alone (an article with no sections).

    ``meta`` is what the container says (``<meta>`` tags, the URL): its ``date`` and
    ``source`` win over the page's printed lines, which win over a date in the URL
    (``url_date``), which wins over a date found elsewhere in the page (``found_date``).
    A source that names no outlet (``来源：市法院``, :func:`.sources.names_outlet`) is not kept."""
    if not page.has_body and not (headline and (page.title or "").strip()):
        return None
    meta = dict(meta or {})
    printed = page.meta
    date = meta.pop("date", None) or printed.get("date") or meta.pop("url_date", None) or meta.pop("found_date", None)
    meta.pop("url_date", None)
    meta.pop("found_date", None)
    outlet = meta.pop("source", None) or printed.get("source")
    author = meta.pop("author", None) or printed.get("author")
    bylines = list(page.bylines) or ([author] if author else [])
    byline = byline_text(" ".join(bylines))
    extra = {k: v for k, v in {**printed, **meta}.items()
             if k not in ("date", "source", "author") and v not in (None, "")}
    sections = tuple(Section(h, "\n".join(p)) for h, p in page.parts if h is not None or p)
    title = (page.title or "").strip()
    return Article(
        id=article_id(source, ordinal),
        file=source,
        title=normalize_chars(title) or _lead_title(sections[0].text),
        sections=sections,
        ordinal=ordinal,
        title_is_fallback=not title,
        subtitle=normalize_chars(page.subtitle) if page.subtitle else None,
        byline=byline,
        captions=tuple(page.captions),
        date=date or None,
        source=canonical_source(outlet) if outlet and names_outlet(outlet) else credit_outlet(byline)[0],
        meta=extra,
    )


# ---------------------------------------------------------------- several articles in one file


def web_articles(text: str, source: str) -> list[Article]:
    """The articles of a page saved as text that holds one web article or several one
    after another (:func:`split_articles`), numbered in file order."""
    out: list[Article] = []
    for blocks in split_articles(page_blocks(text)):
        article = web_article(read_blocks(blocks), source, ordinal=len(out) + 1)
        if article is not None:
            out.append(article)
    return out


def split_articles(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of saved web articles cut where each begins.

    An article begins, once the one before it has text, at a breadcrumb
    (``当前位置：…``, ``首页 > …``) or at the title above a dated line that a page
    prints under its title (``发布时间：…``, ``来源：… 2024-03-15``, a WeChat account
    line), together with the navigation, toolbar and footer lines just above: the
    previous article's footer (``上一篇``, ``相关新闻`` and its list) stays with it,
    where it is dropped as chrome. A title is a short line that ends no sentence
    (or asks or exclaims), at most a toolbar or a ``——`` subtitle above the dated line;
    text is a line ending a sentence or longer than a headline."""
    kinds = [kind_of(b.text) for b in blocks]
    starts = [0]
    texts: list[int] = []  # the lines of text so far
    for i, b in enumerate(blocks):
        kind = kinds[i]
        t = b.text.strip()
        if kind == "line" and (ends_sentence(t) or len(t) > 80):
            texts.append(i)  # (a title that asks is counted, and passed over below)
            continue
        at = None
        if kind == "nav" and (_WHERE.match(t) or _BREADCRUMB.match(t)):
            at = i
        elif kind == "meta" and _dated_head(t):
            at = _title_above(blocks, kinds, i, starts[-1])
        if at is None:
            continue
        k = bisect_left(texts, at)
        if k == 0 or texts[k - 1] < starts[-1]:
            continue  # the current article has no text above: this is its own head
        while at - 1 > texts[k - 1] and kinds[at - 1] in ("nav", "tool", "footer"):
            at -= 1
        starts.append(at)
    return [blocks[a:b] for a, b in zip(starts, [*starts[1:], len(blocks)])]


def _dated_head(text: str) -> bool:
    """A dated line as pages print it under their title (not a date in the text)."""
    text = fold(text)
    if wechat_line(text) is not None:
        return True
    if not _PUBLISHED.search(text) and dated_line(text):
        return False  # a date and time alone, or by a name, under a title: no article starts there
    return bool(_DATE.search(text)) and bool(_PUBLISHED.search(text) or re.search(r"\d{1,2}:\d{2}", text))


def _title_above(blocks: list[Block], kinds: list[str], i: int, start: int) -> int | None:
    """The title line just above the dated line ``i`` (not above line ``start``)."""
    for j in range(i - 1, max(start - 1, i - 4), -1):
        t = blocks[j].text.strip()
        if kinds[j] == "tool" or t.startswith("——"):
            continue
        if kinds[j] == "line" and len(t) <= 80 and (not ends_sentence(t) or _ASKS.search(t)):
            return j
        return None
    return None
