"""What one line of a web page is: navigation, metadata, a toolbar, the footer, or text.

In:  one line of a web page (its text as printed), or the text of a page saved as text.
Out: :func:`kind_of` → ``nav``, ``meta``, ``staff``, ``editor``, ``tool``, ``footer`` or
     ``line`` (to be read as the article's); :func:`looks_like_webpage` (a page saved as text
     that opens as a web page does); :func:`line_credits` and :func:`credits_of` (the staff a
     line credits); :func:`never_title` and the small tests of a line its callers share
     (:func:`is_menu`, :func:`menu_item`, :func:`part_label`, :func:`site_address_line`,
     :func:`contact_line`, :func:`counter_line`, :func:`is_chinese`).

What is recognised (:func:`kind_of`; what metadata lines say is :mod:`.web_fields`):

- navigation: breadcrumbs (``首页 > 新闻中心 > 法院动态``, ``当前位置：…``) and menu
  lines of short items separated by ``|`` or spaces;
- metadata lines: ``发布时间：2024-03-15 10:20:31 来源：XX法院 浏览次数：…``,
  ``作者：…``, ``转自：法治日报``, a publication label glued to its neighbours or behind a
  bullet, a short dated line under the title (``2020-12-28 15:51:09``, ``2021-12-28张三``);
- toolbars and prompts: ``字号：大 中 小``, ``打印本页``, ``关闭窗口``, ``分享到``,
  ``打开APP``, ``查看更多图片``, a counter's label (``浏览量：``, ``点击数: 56次``) … (a sentence of
  clauses opening with such words, ``扫一扫二维码，即可查询…。``, is text);
- the footer: ``上一篇``/``下一篇``, ``相关新闻``/``相关阅读`` and what follows them,
  ``责任编辑`` lines (and a newspaper page's editors' lines, ``本版编辑：张三``,
  ``责任编辑 张三 美术编辑 李四``), copyright and ICP lines (``版权所有``, ``技术支持：…``, ``联系我们``:
  a line naming such a word among the words of its sentence, ``拨打举报电话反映线索``, is text);
- WeChat articles: the account line under the title, buttons, counters and prompts
  (``阅读 1.2万``, ``在看``, ``微信扫一扫关注该公众号`` …), and everything from ``写留言``,
  ``预览时标签不可点`` or ``继续滑动看下一个`` on; staff credits (``编辑：… 审核：…``).
"""

from __future__ import annotations

import re
from itertools import islice

from ..analysis.fold import fold, strip_ruby
from .clean import ends_sentence, is_dispatch, lead_in
from .web_fields import (AUTHOR_FIELD, CREDIT_MARK, DATE, DAY, META_LABEL, SOURCE_FIELD, STAFF_LABEL, STAMP, YEAR, dated_line,
                         labelled, meta_of, published_date, staff_line, wechat_line)


#: What separates a breadcrumb's items (``首页 > 新闻中心``, ``首页 | 法院动态``).
NAV_SEP = r"[>＞»›→/|｜]"
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
BREADCRUMB = re.compile(rf"^(?:首页|主页|网站首页|返回首页)\s*{NAV_SEP}|^\S{{1,10}}\s*(?:>|＞|»|›)\s*\S{{1,10}}\s*(?:>|＞|»|›)"
                         rf"|^(?i:home|homepage|home\s+page|main\s+page)(?:\s*{NAV_SEP}\s*{_CRUMB_ITEM})+\s*{NAV_SEP}?\s*$")
LOCATION_LINE = re.compile(r"^.{0,6}(?:当前位置|当前所在|您的位置|你的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]"
                    r"|^(?i:you\s+are\s+here|your\s+(?:current\s+)?(?:location|position)|current\s+(?:location|position))"
                    r"\s*[:：>»]")
_MENU_SPLIT = re.compile(r"\s*[|｜·•]\s*|\s{2,}|\u3000+")
_TOOL = re.compile(
    r"^(?:【?\s*字号\s*[:：]?|[大中小]字号$|【?\s*字体\s*[:：]\s*(?:打印本页|[大中小\s|｜【】]+)\s*】?$|【?\s*大\s+中\s+小\s*】?$|打印本页|【?\s*打印\s*】?|关闭窗口|【?\s*关闭\s*】?$|分享(?:到|至|给)|分享\s*[:：]"
    r"|打开APP|打开.{0,8}APP|打开网易新闻|查看更多图片|扫一扫|返回顶部|收藏本页|加入收藏|点击收藏|我要纠错|举报$"
    r"|\[?\s*责任编辑\s*[:：]?\s*\]?$|字号\s*[:：]?[\s|｜]*$|[大中小\s|｜【】]+$|打印$|星期[一二三四五六日天]$"
    r"|\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*星期.$|[•·▪]?\s*欢迎(?:访问|光临)[^。，,]{0,30}$"
    r"|[\d.,]+\s*[万wW]?\+?\s*(?:次|人)?(?:浏览|阅读)$|#[^#\s]{1,12}$"
    # a counter's label, empty or with its count (浏览:, 浏览量：, 点击数: 56次, 阅读：1.2万), an empty 字体:
    r"|(?:浏览|点击|阅读|访问)(?:量|数|次数|人数)?\s*[:：]\s*(?:[\d.,]+\s*[万wW]?\+?\s*[次人]?)?$|字体\s*[:：]\s*$"
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
#: A clause mark: a line holding one and ending a sentence is text, though it opens as a
#: toolbar's button does (``扫一扫二维码即可查询案件进度，方便快捷。``, ``打开…APP，即可…。``).
_CLAUSE = re.compile(r"[，,；;]")
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
FOOTER_LINE = re.compile(r"(?:版权所有|Copyright|©|ICP备|ICP证|公网安备|主办单位|承办单位|技术支持|联系我们|网站地图"
                          r"|违法和不良信息举报|举报电话|举报邮箱|新闻热线|邮编\s*[:：]|邮政编码\s*[:：])", re.I)
_EDITOR = re.compile(r"^[【\[(（]?\s*(?:责任编辑|责编|编辑)\s*[:：]\s*([^】\])）]{1,30}?)\s*[】\])）]?$")
#: A newspaper page's editors' line, labels set apart from the names by a colon or by spaces
#: alone: ``本版编辑：张三``, ``责任编辑 张三 美术编辑 李四``, ``本版责编：张三 版式设计：李四``
#: (``group(1)`` the first names: the editor's where the first label is an editor's).
_PAGE_EDITOR_LABEL = r"(?:本版|本期|本刊)?(?:责任编辑|责编|值班编辑|美术编辑|美编|编辑|版式设计|版式|排版|组版|校对|制图)"
_PAGE_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*?"
_EDITOR_FIRST = re.compile(r"(?:本版|本期|本刊)?(?:责任编辑|责编|值班编辑|编辑)")
_PAGE_EDITORS = re.compile(rf"^{_PAGE_EDITOR_LABEL}\s*(?:[:：]\s*|\s+)({_PAGE_NAMES})"
                           rf"(?:\s+{_PAGE_EDITOR_LABEL}\s*(?:[:：]\s*|\s+){_PAGE_NAMES})*\s*$")


#: A date with toolbar words only: ``2007年8月29日 星期三 放大 缩小 默认``.
_DATED_TOOLBAR = re.compile(rf"^{DAY}\s*日?\s*(?:星期.?\s*)?"
                            r"(?:(?:放大|缩小|默认|字号|[大中小]|打印|关闭)\s*)+$")
_REPOST = re.compile(r"^(?:转自|转载自|来源|稿件来源|文章来源|本文来源|本文转自|原文来源|新闻来源)\s*[:：]\s*(\S.{0,30})$")
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


#: A menu's item in English, a few words (``Travel/Living in China``, ``Books & Magazines``).
_LATIN_ITEM = re.compile(r"[A-Za-z][A-Za-z'&/.-]*(?:\s+[A-Za-z&][A-Za-z'&/.-]*){0,3}")


def is_menu(text: str) -> bool:
    """A navigation line: three or more short items separated by ``|`` or spaces,
    none of them a sentence (set apart by bars, an English item may be a few words:
    ``Travel/Living in China``)."""
    text = text.strip()
    if CREDIT_MARK.match(text) or re.search(r"记者|通讯员|实习生|摄", text):
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
    t = labelled(fold(strip_ruby(t)[0] if "(" in t or "（" in t else t))
    if not t:
        return "tool"
    crumb = _EN_TOOLS.sub("", t)  # Home / Government / News Tools: Save | Print: a breadcrumb, its toolbar after it
    if LOCATION_LINE.match(t) or (BREADCRUMB.match(crumb) and len(crumb) <= 80 and not ends_sentence(crumb)):
        return "nav"
    label = STAFF_LABEL.match(t)
    if label and staff_line(t) is not None and (
            label.group(1) not in ("编辑", "责任编辑", "责编", "作者", "来源") or len(STAFF_LABEL.findall(t)) >= 2):
        return "staff"  # 审核：… (a lone 编辑：/作者：/来源： line is read as before)
    if _EDITOR.match(t) or _PAGE_EDITORS.match(t):
        return "editor"
    if _FOOTER_START.match(t) or _WECHAT_END.match(t) or (_TAGS.match(t) and not ends_sentence(t)):
        return "footer"
    if (_TOOL.match(t) or (len(t) <= 60 and sum(w in t for w in _TOOL_WORDS) >= 2
                           and not (SOURCE_FIELD.search(t) or YEAR.search(t) and published_date(t)))) \
            and not (ends_sentence(t) and _CLAUSE.search(t)):  # 扫一扫二维码即可查询，…。 is a sentence of text
        return "tool"  # (an info line ending in the toolbar, 发布时间：… 来源：… 字号：大 中 小 打印本页, is meta)
    if _WECHAT_TOOL.match(t) or not re.search(r"\w", t):
        return "tool"
    if wechat_line(t) is not None or _DATED_TOOLBAR.match(t):
        return "meta"
    if len(t) <= 160 and YEAR.search(t) and not ends_sentence(t) and (published_date(t) or dated_line(t)):
        return "meta"
    if len(t) <= 160 and META_LABEL.search(" " + t) and not ends_sentence(t) and (
            DATE.search(t) or len(META_LABEL.findall(" " + t)) >= 2 or _REPOST.match(t) or AUTHOR_FIELD.match(t)):
        return "meta"
    if _REPOST.match(t):
        return "meta"
    if len(t) <= 120 and not ends_sentence(t) and any(not _inside_words(t, m) for m in FOOTER_LINE.finditer(t)):
        return "footer"  # (a sentence cut off or ending in a quote may name 技术支持 or 举报电话 among its words)
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


def _inside_words(text: str, m: re.Match[str]) -> bool:
    """Whether the footer's word ``m`` stands among the words of a sentence (``…为诈骗分子提供技术支持”属于…``,
    ``拨打举报电话反映线索``): a Chinese character before it and one or a quote after it, where a
    footer prints it as an entry of its own (``版权所有：…``, ``某某法院版权所有,未经许可…``,
    ``| 联系我们 |``)."""
    before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
    return bool(_HAN_CHAR.match(before)) and after != "" and bool(_HAN_CHAR.match(after) or after in "“”\"'‘’《》「」")


def looks_like_webpage(text: str, lines: int = 12) -> bool:
    """True when a page saved as text opens as a web page does: a breadcrumb, a
    ``当前位置：`` line or a menu line among its first lines, a ``发布时间/来源``
    line or a WeChat account line (``原创 张三 某某法院 2024年05月06日 17:30``) right
    under its title, the time or day in figures it was posted under a headline
    (:func:`_stamped`), a dated byline of several labels (or two lines: date, then
    ``来源：``) further down, or a line only WeChat prints (``微信扫一扫关注该公众号``,
    ``预览时标签不可点`` …) anywhere. Newspaper pages hold none of these."""
    head = list(islice((fold(m.group().strip()) for m in _LINE.finditer(text) if m.group().strip()), lines))
    kinds = [kind_of(ln) for ln in head]
    if "nav" in kinds:
        return True
    if any(k == "meta" and (DATE.search(head[i]) and re.search(r"发布|来源|浏览|点击", head[i])
                            or wechat_line(head[i]) is not None)
           for i, k in enumerate(kinds[:4])):
        return True
    for i, k in enumerate(kinds):  # 时间：… 来源：… 浏览次数：… under a title, below the site's own lines
        byline = " ".join(head[i:i + 2]) if kinds[i + 1:i + 2] == ["meta"] else head[i]
        if k == "meta" and DATE.search(byline) and re.search(r"发布|来源|浏览|点击", byline) and (
                byline != head[i] or len(META_LABEL.findall(" " + byline)) >= 2):
            return True
        if (k == "meta" and i > 0 and _headline(head[i - 1], kinds[i - 1]) and _stamped(head[i])
                and not any(kinds[j] == "line" and (ends_sentence(head[j]) or len(head[j]) > 80) for j in range(i - 1))):
            return True  # a headline, and under it when it was posted (南方都市报·2025-07-25 19:39), no text above
    return any(w in text for w in _WECHAT_WORDS) and bool(_WECHAT_MARK.search(text))


def _stamped(text: str) -> bool:
    """A line dated as a site dates a post: a full date with its time of day
    (``2021-07-26 12:24 张三``, ``某某报 | 2026-01-07 15:07:12``), a date in figures and
    dashes, slashes or dots beside a few words (``某某网整理 案例解读 2021-08-03 0``) or under
    a publication label (``发布日期：2006-10-08``, ``时间：2018-12-24``), or a full date
    beside an author's or a source's label (``2015年06月25日 作者:张三``); a newspaper's
    masthead (``人民法院报 2024年3月15日 星期五``) prints none of these."""
    m = STAMP.search(text)
    if m and (m.group("time") or m.group("sep")) and dated_line(text) is not None or published_date(text) is not None:
        return True
    fields = meta_of(text)
    return "date" in fields and ("author" in fields or "source" in fields)


def _headline(text: str, kind: str) -> bool:
    """A line that reads as a headline: short, no sentence (it may ask or exclaim:
    ``…该怎么办?``), no label (``作者：…``)."""
    return (kind == "line" and 6 <= len(text) <= 80 and (not ends_sentence(text) or _ASKS.search(text) is not None)
            and not FIELD_LABEL.match(text) and STAMP.search(text) is None and not never_title(text))


#: A headline's end that asks or exclaims (``…该怎么办?``, ``…吗？”``), closing marks after it allowed.
_ASKS = re.compile(r"[？！?!][”’」』）)》〉】\"']*$")


#: A labelled field (``裁判日期: …``, ``| 索引号:…``, ``当前版:1版``, ``法治导读:``).
FIELD_LABEL = re.compile(r"^[|｜\s]*[^\s:：|｜]{1,8}\s*[:：]")


_LINE = re.compile("[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")  # a line, as str.splitlines cuts them
_WECHAT_WORDS = ("关注该公众号", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "微信扫一扫可打开此内容", "轻点两下取消赞")


def credits_of(text: str) -> dict[str, str]:
    """What an editor's or staff credit line says (``责任编辑：李四`` → ``{"editor": "李四"}``,
    ``编辑：李四 审核：王五``), ``{}`` for any other line."""
    return line_credits(text, kind_of(text))


def line_credits(text: str, kind: str) -> dict[str, str]:
    """What a line of ``kind`` ``editor`` or ``staff`` credits, its label read in simplified
    or traditional characters (``責任編輯：周敏``) and the name kept as printed."""
    if kind == "editor":
        t = text.strip()
        folded = labelled(fold(t))  # one character for one: the name's place holds in t
        m = _EDITOR.match(folded) or (_PAGE_EDITORS.match(folded) if _EDITOR_FIRST.match(folded) else None)
        return {"editor": t[m.start(1):m.end(1)].strip()} if m else {}
    if kind == "staff":
        return dict(staff_line(text) or {})
    return {}
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


#: Figures alone on a line: a counter a page prints by its title (views, comments), or a piece
#: of its date or time printed apart (``—2022—``, ``09/22``, ``07:42:18``).
_COUNTER_LINE = re.compile(r"[0-9]{1,7}|[—–-]*[0-9]{1,4}(?:[/:.][0-9]{1,2}){0,2}[—–-]*")


def counter_line(text: str) -> bool:
    """A line of figures alone: a count (``0``, ``620``), as a site prints a view or comment
    count under a title, or a piece of the day or time it was posted printed apart (``—2022—``
    ⏎ ``09/22`` ⏎ ``07:42:18``): above the text it is no title, no part of one and no text."""
    return _COUNTER_LINE.fullmatch(text.strip()) is not None


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
