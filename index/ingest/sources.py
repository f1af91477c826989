"""Outlet names as printed → one canonical name per outlet (the ``source`` facet).

In: a name as a page, a ``来源：`` line, a masthead, a byline or a URL gives it
(``《人民法院报》``, ``人民法院報``, ``rmfyb``, ``法制日报``, ``https://www.chinacourt.org/…``,
``最高人民法院官网``, ``湖南高院``, ``石门县人民法院网``).
Out: :func:`canonical_source` → the canonical outlet name (``人民法院报``,
``法治日报``, ``中国法院网``, ``最高人民法院``, ``湖南省高级人民法院``, ``石门县人民法院``).

The table is ``data/sources.tsv`` (built by ``scripts/build_sources.py``: national
papers, news sites and agencies with their former names and web domains, and the
high courts with their short forms). An address names the outlet of its domain or of the
nearest parent domain the table has, but a domain the table writes with ``www.`` is that site
alone: ``www.gov.cn`` is 中国政府网, a court's or a county's ``….gov.cn`` is not, nor are the
courts' sites hosted under ``….chinacourt.org`` (中国法院网's) or ``….court.gov.cn``. A court's own website or account is named
after the court (``石门县人民法院网`` → ``石门县人民法院``); a site whose name names no
court (``常德法院网``) keeps its name. A provincial media group's app glued before one of its
papers (``石榴云新疆法治报``, ``草原云内蒙古日报``: an app named ``…云``, or any app set apart by a
dot, ``新甘肃·甘肃法治报``; a paper named after its province, as the package's division table
names the provinces) is the paper (``新疆法治报``, ``甘肃法治报``): the app is how the story reached the page, the paper
who published it; an app alone (``石榴云``) keeps its name. Likewise names joined by a dash or a dot name one
outlet: a site and the paper it carries are the paper (``人民网-人民日报`` → ``人民日报``), a site and its
channel, app or account corner are the site (``人民网-宁夏频道``, ``华龙网-新重庆客户端`` → the site). 法制日报 is the former name of 法治日报 (renamed in 2020) and maps to
it whatever the date: one paper, one facet value. An unknown outlet keeps the
printed name, with book-title marks, quotes and white space taken out, in the
characters it is printed in (``人民政協網``); the index's ``source`` facet gives it its
simplified name (``人民政协网``: :mod:`..store.source_names`).
:func:`names_outlet` tells a printed source that names no outlet (``本站``, ``市法院``,
``执行工作二团队``, a person's name ``张娜``, a phone number): the readers keep no source for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..analysis.fold import fold, written_traditional
from ..divisions import place_names

_MARKS = re.compile(r"[《》〈〉「」『』“”\"'‘’【】\[\]\s\u3000\x00-\x1f\x7f-\x9f]+")
_LABEL = re.compile(r"^(?:来源|來源|稿件来源|文章来源|信息来源|source)\s*[:：]\s*", re.IGNORECASE)
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#].*)?$",
                  re.IGNORECASE)
#: The end of a court's name (石门县人民法院, 荆州中级法院, 皂市人民法庭), as a bare
#: ``…法院`` (常德法院, the courts of a city) is not.
_COURT_NAME = re.compile(r"(?:人民法院|中级法院|高级法院|法庭)$")
_COURT_SITE = re.compile(r"^(.{2,30}?(?:人民法院|法院|法庭))(?:官方)?(?:网|网站|官网|门户网站|微信公众号|公众号|微博|新闻网)$")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """``(name variant → canonical, web domain → canonical)``, keys folded and lowercased; a
    domain written with ``www.`` is the key ``=host`` (that host alone, see :func:`_domain`)."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    text = resources.files(__package__).joinpath("data", "sources.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        canonical, _, variants = line.partition("\t")
        names[_key(canonical)] = canonical
        for v in filter(None, variants.split("|")):
            if "." in v and not _MARKS.search(v) and _URL.match(v):
                host = v.lower()
                domains["=" + host.removeprefix("www.") if host.startswith("www.") else host] = canonical
            else:
                names[_key(v)] = canonical
    return names, domains


def _key(name: str) -> str:
    return fold(_MARKS.sub("", name)).lower()


def _domain(host: str, domains: dict[str, str]) -> str | None:
    """The outlet of ``host`` or of the nearest parent domain in the table. A domain the table
    writes with ``www.`` names that site alone, with or without ``www.``, never the sites under
    it: ``www.gov.cn`` is 中国政府网, a court's or a county's ``….gov.cn`` is not, nor is a
    court's site hosted under ``….chinacourt.org`` or ``….court.gov.cn`` the outlet of the
    platform's own site."""
    host = host.lower()
    exact = domains.get("=" + host.removeprefix("www."))
    if exact:
        return exact
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = domains.get(".".join(parts[i:]))
        if found:
            return found
    return None


def _printed(name: str) -> str:
    """``name`` without a ``来源：`` label, book-title marks, quotes and white space."""
    return _MARKS.sub("", _LABEL.sub("", name.strip()))


def known_source(name: str) -> str | None:
    """The canonical name of an outlet the table knows (or a court's website), else None."""
    printed = _printed(name)
    found = canonical_source(printed) if printed else ""
    if not found:
        return None
    names, domains = _table()
    if found in names.values() or found in domains.values() or found not in (printed, _simplified(printed)):
        return found
    return None


def canonical_source(name: str) -> str:
    """The canonical outlet name of ``name`` (see the module docstring); "" for a blank name."""
    printed = _printed(name)
    if not printed:
        return ""
    names, domains = _table()
    key = fold(printed).lower()
    found = names.get(key)
    if found:
        return found
    url = _URL.match(printed)
    if url:
        return _domain(url.group(1), domains) or printed
    site = _COURT_SITE.match(fold(printed))
    if site:
        court = site.group(1)
        if court.lower() in names:
            return names[court.lower()]
        if _COURT_NAME.search(court):  # 常德法院网: 常德法院 names no court, the site keeps its name
            return court
    paper = _app_paper().match(printed)
    if paper:  # 石榴云新疆法治报, 新甘肃·甘肃法治报: the paper, published through the app
        return canonical_source(paper.group("paper"))
    joined = _joined_outlet(printed)
    if joined:  # 人民网-人民日报, 人民网-宁夏频道, 华龙网-新重庆客户端: the one outlet they name
        return canonical_source(joined)
    return printed  # 人民政協網 as printed (the source facet is 人民政协网)


#: Where a source printed as a site and what it carries sets the names apart: 人民网-人民日报,
#: 法制网——法制日报, 青海新闻网·大美青海客户端.
_JOINER = re.compile(r"\s*(?:[-－–—―]+|[·・])\s*")
#: What a site carries, never the outlet itself: its channel (宁夏频道), its app (新重庆客户端),
#: its accounts' corner (澎湃号, 百家号).
_CARRIED = re.compile(r"(?:频道|客户端|APP|号)$", re.IGNORECASE)
#: A paper's name (某某日报, 三秦都市报), not a bulletin's (工作简报, 情况通报).
_PAPER = re.compile(r"报$")
_NO_PAPER = re.compile(r"(?:简报|公报|通报|情报|汇报|举报|预报|电报|捷报|喜报|海报)$")
_SITE = re.compile(r"(?:网|在线|新闻)$")


def _joined_outlet(printed: str) -> str | None:
    """The outlet a source printed as names joined by dashes or dots names (``人民网-人民日报``
    → 人民日报: the paper, carried on the site; ``人民网-宁夏频道``, ``华龙网-新重庆客户端`` → the
    site, not its channel or app; ``第1眼TV-华龙网`` → 华龙网): of the names that are no channel,
    app or account corner, the last that is a paper's, else the first that the table knows or
    that is shaped as a site's; None when none is, or unless two names or more, each of two Han
    characters or Latin letters, are joined so (``中国-东盟博览会`` is one name)."""
    parts = [p for p in _JOINER.split(printed) if p]
    if len(parts) < 2 or any(len(re.findall(r"[\u4e00-\u9fff]", p)) < 2 and not re.search(r"[A-Za-z]{2}", p)
                             for p in parts):
        return None
    named = [p for p in parts if not _CARRIED.search(fold(p))]
    if not named:
        return None
    papers = [p for p in named if _PAPER.search(fold(p)) and not _NO_PAPER.search(fold(p))]
    if papers:
        return papers[-1]
    return next((p for p in named if _key(p) in _table()[0] or _SITE.search(fold(p))), None)


@lru_cache(maxsize=1)
def _app_paper() -> "re.Pattern[str]":
    """A provincial media group's app glued before the name of one of its papers, which opens
    with its province's name (the division table's): an app named …云 (石榴云新疆法治报,
    草原云内蒙古日报), or any app set apart by a dot (新甘肃·甘肃法治报)."""
    provinces = "|".join(sorted(place_names()[0], key=len, reverse=True))
    paper = rf"(?P<paper>(?:{provinces})[\u4e00-\u9fff]{{1,10}}报)"
    return re.compile(rf"^(?:[\u4e00-\u9fff]{{1,3}}云(?:客户端|APP)?[·・\s]*|[\u4e00-\u9fff]{{2,6}}?(?:客户端|APP)?\s*[·・]\s*){paper}$")


def _simplified(name: str) -> str:
    """``name`` in simplified characters when it is written in traditional ones."""
    return fold(name) if written_traditional(name) else name


#: A placeholder printed where a source should be: this site, the web, unknown.
_PLACEHOLDER = re.compile(r"^(?:本站|本网|本台|本院|我院|该院|(?:网络|互联网)(?:转载)?(?:或?整理)?|网友投稿|转载|综合|原创|未知|不详|佚名|其他|无)$")
#: An office named by its level alone (市法院, 省高院, 区编办, 县委宣传部: which city, which county?).
_LEVEL_ONLY = re.compile(r"^[市省区县州](?!场|中区|域)[\u4e00-\u9fff]{0,10}"
                         r"(?:法院|高院|中院|检察院|局|厅|办|委|部|政府|中心|所|处|科|室|队|庭|台)$")
#: An office with no name at all (执行局, 中院执行局, 保卫处, 电视台).
_BARE_OFFICE = re.compile(r"^(?:本院|我院|该院|院|中院|高院)?(?:执行局|执行庭|司法局|公安局|公安分局|检察院|法院|政治部|办公室"
                          r"|研究室|宣传科|宣传部|宣传处|信息科|保卫处|电视台|新闻办|新闻中心)$")
#: A team or a group inside an office (执行工作二团队, 调研小组), a user id (sp20241115), a counter (阅读9251次).
_NO_OUTLET = re.compile(r"(?:团队|小组)$|^[A-Za-z]{1,8}[0-9]{6,}$|^(?:阅读|浏览|点击)\s*[0-9.]+\s*[万wW]?\s*次?$")


#: Common surnames, single and compound: a short source opening with one and ending in no
#: outlet's word (``张娜``, ``欧阳明``) is a person's name.
_SURNAME = ("王李张刘陈杨赵吴徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜吕丁沈姚卢姜崔谭陆汪廖贾韦邹熊"
            "邱尹薛闫侯陶郝龚邵覃戴莫孔黄高马田万方石白龙余任钟黎夏傅段雷叶魏程严乔金常康付顾孟秦江尚牛武蒙聂")
_PERSON = re.compile(rf"^(?:欧阳|司马|诸葛|上官|司徒|慕容|令狐|皇甫|[{_SURNAME}])[\u4e00-\u9fff]{{1,2}}$")
#: What ends an outlet's or an office's name, never a person's (新华社, 某某报, 某某网, 某某台, 某某中心).
_OUTLET_WORD = re.compile(r"(?:报|网|社|台|刊|志|院|局|所|厅|委|办|部|站|馆|会|处|科|室|队|庭|中心|频道|新闻|在线|政府|之声|检察|法院|公安|司法|号|端)$")
#: A phone number or a run of digits as a contact prints it (``0731-88888888``, ``13812345678``).
_PHONE_DIGITS = re.compile(r"(?<![0-9])(?:0[0-9]{2,3}-?[0-9]{7,8}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4})(?![0-9])")


def person_or_phone(name: str) -> bool:
    """Whether a printed source is a person's name (``张娜``, ``欧阳明``: a common surname and one
    or two characters, no outlet's word at its end, no place of the division table, no outlet the
    table knows) or holds a phone
    number (``0731-88888888``, ``律师张某 13812345678``): no outlet either way."""
    printed = fold(_printed(name))
    if _PHONE_DIGITS.search(printed):
        return True
    return (bool(_PERSON.match(printed)) and not _OUTLET_WORD.search(printed) and printed not in place_names()[1]
            and known_source(printed) is None)


def names_outlet(name: str) -> bool:
    """False when a printed source names no outlet one could tell from another: a
    placeholder (``本站``, ``网络``, ``未知``), an office named by its level alone
    (``市法院``, ``省高院``, ``区编办``), a bare office (``执行局``, ``保卫处``), a team
    inside one (``执行工作二团队``), a user id or a counter, a person's name or a phone
    number (:func:`person_or_phone`); True otherwise."""
    printed = fold(_printed(name))
    if not printed:
        return False
    if known_source(printed):
        return True
    return not (_PLACEHOLDER.match(printed) or _LEVEL_ONLY.match(printed) or _BARE_OFFICE.match(printed)
                or _NO_OUTLET.search(printed) or person_or_phone(printed))


#: An outlet printed before its reporters' role (``法治日报全媒体记者``, ``河南日报客户端 记者``,
#: ``新甘肃·甘肃法制报 记者``), or alone as a byline (``湖南日报·新湖南客户端``).
_CREDIT_OUTLET = re.compile(r"^(?P<outlet>[\u4e00-\u9fff·・]{2,24}?)(?:全媒体|全媒|融媒体|融媒)?\s*[:：]?\s*"
                            r"(?:(?:本报|特约|见习|首席|实习|驻站)?(?:记者|通讯员)|$)")
_OUTLET_END = re.compile(r"(?:报|网|电视台|广播电台|通讯社|新闻)$")
_APP = re.compile(r"(?:客户端|APP)$")


def credit_outlet(byline: str | None) -> tuple[str | None, bool]:
    """``(outlet, names)``: the outlet a byline opens with, to be the article's source where the
    page prints none, and whether the byline names anyone after it. ``法治日报全媒体记者 张三`` →
    ``法治日报``. A client app is its paper's: ``河南日报客户端`` → ``河南日报``, ``湖南日报·新湖南客户端``
    and ``内蒙古日报·草原云 记者`` → the paper (of names joined by ``·``, the last that is a paper's,
    a site's or a station's); an app named after no paper (``新湖南客户端``) names no outlet."""
    text = (byline or "").strip()
    m = _CREDIT_OUTLET.match(text)
    if not m:
        return None, bool(text)
    names = m.end() < len(text)
    outlets = [_APP.sub("", p) for p in re.split(r"[·・]", m.group("outlet")) if p]
    outlets = [p for p in outlets if _OUTLET_END.search(p) and not p.startswith("本") and names_outlet(p)]
    return (canonical_source(outlets[-1]) if outlets else None), names
