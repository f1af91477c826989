"""Courts in a text: the court directory's names and forms, place names followed by a
court word, contextual short forms and tribunals.

In:  the whitespace-free text, its :class:`~.regions.RegionRef` list, the gazetteer, the
     text's main province and city (for 省高院, 自治区高院, 省法院, a bare 高院 or 中院, 市中院 or 市中级法院, a numbered
     intermediate court the directory has, 省二中院 in a 海南 text, 市一中院 in a 北京 one, and
     forms several courts share: 鼓楼区法院) and the :class:`~.directory.CourtDirectory`.
Out: :class:`CourtRef` per court mention, with its canonical full name and level:
     湖南高院 → 湖南省高级人民法院 (高级); 荆州中院, 商丘两级法院 → …市中级人民法院 (中级);
     石门法院 → 石门县人民法院, 芙蓉区法院 → 长沙市芙蓉区人民法院 (基层; districts carry
     their city); 长沙知识产权法庭 (专门); 最高人民法院 (最高; ``circuit`` where it is one of its circuit
     tribunals, 最高人民法院第一巡回法庭, which sits in a region). The courts of a city as a whole
     (荆州法院, 巴中市法院, 商丘两级法院) are led by its 中院 and named so (not in a story of
     its basic courts, named three times as often, where 深圳法院 or 沈阳市两级法院 is only their setting); a county's judges
     (寿光两法官, 石门执行法官) are its basic court's; those of a province
     (湖南法院, 全省法院, 我省法院) are no court. A bare 中院 is the intermediate court named
     last before it, else the text's city's; a 市中院 (市中级人民法院) in a text whose places tie is that of the
     city named last before it in its sentence (宁德市人大…听取了…市中级人民法院工作报告). A tribunal folds into the base court of the
     county whose town it is named after (石门县维新镇 … 维新法庭) or that it follows
     (通江县沙溪法庭; not one written right after its court, 扎鲁特旗人民法院巴彦芒哈人民法庭, whose
     town's name opens with another county's, 巴彦), and in a text that names one county and no basic court, into that
     county's court; so does the 我院 (本院) of such a text that names no court, unless another body that
     writes 我院 of itself is named nearest to it (石门县人民检察院…我院依法支持起诉); words holding 法庭 that
     name no town (告上法庭, 不用上法庭, 对簿法庭, 模拟法庭, 民警联动法庭, 道德法庭) are none. A list of one city's
     counties sharing one court word gives each its court (梁山、鱼台、金乡法院; its last item also the city's
     development zone, …、高新区法院). A city's bankruptcy
     tribunal (深圳破产法庭, 重庆破产法庭) folds into the intermediate court it is part of. A court
     written with its level word alone is the text's: 县法院 (区法院) in a text that names one
     county (district) is that county's court, 市法院 in a text about a prefecture that names
     no county-level city is the city's 中院 (各县法院, 全市法院, 某县法院 are none). A court only referred to (inside a document's title, 《最高人民法院关于
     …》, or printed as its issuer right before it, 最高人民法院《…》 (not before its own case's title on a list,
     中山第一法院《…》入选), 深圳市中级人民法院关于印发
     《…》的通知, with co-issuers unmarked or listed before a title without brackets, 最高人民法院审判委员会
     第…次会议; in the issuer field of a document site's record, 【发布部门】…, 发文机关：…; the source of a deployment or guidance, 按照省高院的统一部署, 在…指导下; a court
     commending another, 被省高院评为…, 荣立市中院集体三等功, 被…中院院长赞为…, 在省高院…评比活动中, or
     places its hopes in it, 被市委市政府、市高院寄以厚望; a court that passes on or approves what the text's court
     does, 接到…高级人民法院指令, 需要省高院批准, or that a court reports up to, 上报至河北高院,
     向省高院汇报; a court that comes to learn from the text's court, …都纷纷前来“取经”, 到我院考察学习; a court whose leaders attend a ceremony, 省、市法院领导参加了落成典礼 (a guest); a court that appoints a president or approves a new name, 省高院任命某某为院长 (it only approves);
     a court where someone in the story worked before, 之前是上海海事法院…的法官, 曾任…法院副院长;
     a court where a party of the story has other cases, 在贵州省荔波县人民法院有2件执行案件;
     a court that sentenced a party before, in the party's description at a judgment's head (上诉人（原审被告人）
     某，男，…出生，…。1986年…因犯…罪被…人民法院判处…; not a sentence a story tells, 近日张某因犯…罪被…法院判处…);
     a model court listed with its honour among the models a report names, 涌现出全国模范法院阳朔县法院、…等一批先进典型;
     the court another court was set up on, 依托北京铁路运输中级法院挂牌成立, 在…法院的基础上组建;
     the courts below a court that describes itself, 上海市高级人民法院下辖…、上海铁路运输法院等专门法院;
     a social-media account credited as a source, 来源：…、“湖南高院”(ID:hunangaoyuan), 来源：微信公众号“…法院”;
     three or more courts listed as receiving an honour in another court's story, 石门县人民法院、安乡县人民法院、
     临澧县人民法院考评结果为优秀，获省高院通报表扬; two or more courts an editor's note lists as an issue's
     contents, 本期推出张家界中院、郴州市北湖区法院…的改革经验做法;
     a court of another province the text's court only signs an agreement with, 与河北高院签订协作协议;
     a court whose deployment it carries out, 行动由桂林市中院统一部署; the organiser of a
     contest it enters, 在市中院组织的…擂台赛中; a court named for one of its rulings, cited by
     its number, 【…中级人民法院（2018）浙08刑终33号】, or carried out, 执行山西省高院的裁定, but
     not the lower court of an appeal, a case's source nor a ruling's own heading)
     is marked ``referred``, and so is an author's court (作者单位：…人民法院, （作者系…法院法官）; an
     affiliation line, …人民法院执行局，北京100872; a court alone in brackets after a name, 张某某（鲤城
     法院）; a paper's author block up to its abstract or author's note, and the courts of that
     note, 作者简介：…进入怀集法院工作), a court's website (新余法院网讯, 酒泉法院网版权所有:
     the page's source), a court in the page's list of other stories (相关文章：广东高院出台…)
     and a court in a credit line ((来源：西安市中级人民法院), (青海高院供图)), a court in the page's link to the
     previous or next story (下一篇：镇江中院副院长赴润州法院调研), the precedent a new court follows (继上海金融法院之后),
     a court named for a tool another uses (通过深圳法院鹰眼系统), a court's second plate in brackets right after it
     (杭州互联网法院（杭州铁路运输法院）: one court), a byline opening the body (宋某江苏省高级人民法院二级高级法官: the
     author's employer), the supreme court as the author of a document whose title follows it without brackets or
     that it signs (最高人民法院关于…的规定, 最高人民法院法释〔1998〕11号), and courts listed after the supreme court (最高法院、省法院、市法院
     采取的措施: the hierarchy above the text's courts), and a high or intermediate court that only directs the courts below
     it while one of them acts in the text (省高院在全省法院开展…行动, 省法院印发《…》, 扬州中院开设…专栏,
     北京市高级法院提出：“…”; or only publishes the typical cases one of theirs is picked for, 省高院发布…典型案例，
     睢宁法院一案入选). A court that issues a
     document in the text's words (河南高院出台《…》) acts.
     Every court of the directory is found by its name, aliases and short forms (北京二中院,
     黑龙江农垦中院, 石门县法院; a former district's, 江东法院, also one written after its city and 原 whose
     form the directory has for another city's district, 广州市原东山区人民法院; a former county's, 长岛法院; a district's whose name opens with the
     市 its city's name ends with, 青岛市南区法院), but not inside a word that holds a
     place's name without meaning it (江东区法院 holds no 东区法院; a form only former courts bear does not open
     with a word's last character where no place ends: 台北市法院 holds no 北市法院), and named as the directory names it; names made from
     places are mapped to the directory's name where it has the court (not 县政府和县法院,
     县政府会同县法院: the county government and the county court). A list sharing one
     court word gives each item its court (玉树、果洛中院; 渝中、大渡口区法院; with how many there
     are: 静海、武清、蓟州、宝坻4家法院, 河北、北京、天津三地高级人民法院). A court shaped
     like a development-zone court (XX经济技术开发区人民法院) that the directory lacks is
     still a court, of the province of the place it opens with, else of the text; one
     written with another zone word than the directory's (江宁开发区法院 for 南京江宁经济技术
     开发区人民法院) is the directory's when only one court fits (the directory's forms
     already hold the zone's short word, the city's full name and the zone's own name
     without the city: 三山经开区法院); a court written with its second name in brackets,
     两江新区（自贸区）法院, is the court its first name names (重庆两江新区人民法院); so is
     a railway court after a place name (满洲里铁路运输法院).
     Courts named in English after a place named in English (``Zhejiang High People's
     Court``, ``Zhejiang Provincial High Court``, ``Shenyang Intermediate People's Court``, ``Beijing No. 1 Intermediate
     People's Court``, ``Hangzhou Xiaoshan District People's Court``, ``Hangzhou Internet
     Court``, ``Supreme People's Court``; ``China's top court``, ``the highest court`` on a page
     naming China) are the directory's courts of those names; one the directory does not hold is no
     court, nor one said to sit right after its name in a place that does not hold the division its
     name was read as (``Jinzhou District People's Court of the city of Ningbo``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from .directory import Court, CourtDirectory, Found
from .english import COURT_AFTER, court_kind, level_fits
from .gazetteer import MUNICIPALITIES, Division, Gazetteer
from .regions import (AFFILIATION_AFTER, AUTHOR, CONJUNCTION_COUNTIES, PERSON_SURNAMES, RegionRef, conjunction_read,
                      furniture)

SUPREME = "最高人民法院"

#: How many places a court word after a list stands for: 公安县、沙市区两地法院, 静海、武清、蓟州、
#: 宝坻4家法院, 河北、北京、天津三地高级人民法院, 恩施、荆州等地中院.
_COUNT = r"(?:[两三四五六七八九十几等各]|\d{1,2})[地家个]?"
_SUFFIX = re.compile(
    r"(?P<special>知识产权法庭|知识产权法院|海事法院|互联网法院|金融法院|铁路运输(?:中级)?法院)"
    r"|(?P<high>高级人民法院|高级法院|高院)"
    r"|(?P<mid>(?P<nth>第[一二三四五六])?中级(?:人民)?法院|中院)"
    r"|(?P<two>[、]?(?:区|县|市县|县区)?两级法院)"
    r"|(?P<plural>" + _COUNT + r"(?:人民)?法院)"
    r"|(?P<highs>" + _COUNT + r"(?:高级人民法院|高级法院|高院))"
    r"|(?P<mids>" + _COUNT + r"(?:中级人民法院|中级法院|中院))"
    r"|(?P<base>(?:人民)?法院)"
)
#: Court words standing without a place: the province or city comes from the text.
#: (No groups, and 高院 and 中院 count bare only after a non-Han character, checked in
#: code: a pattern of plain alternatives is scanned several times faster.)
_BARE = re.compile(
    r"最高人民法院|最高法院|最高院|最高法(?![律规定])"
    r"|(?:省|自治区)(?:高院|高级人民法院|高级法院|法院(?![庭院]))|高院"
    r"|市中院|市中级人民法院|市中级法院|中院"
)
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: Before 省法院: the courts of the province as a whole (全省法院, 我省法院), not its high court.
_COLLECTIVE = frozenset("全我本该各外两三")
_ENUM_SEP = "、和与及"


@dataclass(frozen=True)
class CourtRef:
    name: str
    level: str  # 最高 | 高级 | 中级 | 基层 | 专门
    province: str | None  # division codes
    city: str | None
    start: int
    end: int
    county: str | None = None  # division code of a basic court's county or district
    bare: bool = False  # a court word without a place (中院, 省高院), placed from the text
    referred: bool = False  # only referred to here: a document's author, a deployment's source
    whole: bool = False  # a city's courts as a whole, written 巴中法院, 商丘两级法院 (led by its 中院)
    circuit: bool = False  # the supreme court as one of its circuit tribunals (最高人民法院第一巡回法庭)


#: A development-zone court the directory may not know yet.
_ZONE_TAIL = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|工业园区)人民法院")
_ZONE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}$")
#: A railway court the directory may not know, after a place name (满洲里铁路运输法院).
_RAIL_TAIL = re.compile(r"铁路运输(?P<mid>中级)?法院")


def find_courts(text: str, refs: list[RegionRef], gaz: Gazetteer,
                main_province: str | None = None, main_city: str | None = None,
                directory: CourtDirectory | None = None,
                links: list[tuple[int, int]] | None = None) -> list[CourtRef]:
    """Court mentions in ``text``, in text order; ``links``: :func:`.regions.furniture` of
    ``text``, when the caller has it (else it is found here)."""
    if directory is None:
        return _by_places(text, refs, gaz, main_province, main_city)
    heads = [r for r in refs if not r.absorbed]
    context: set[str] | None = None  # the text's places, made when a form is shared
    out: list[CourtRef] = []
    covered = bytearray(len(text) + 1)
    ref_at = {r.start: r for r in heads}
    ref_end = {r.end: r for r in heads}
    starts = [r.start for r in heads]
    ends = {r.end for r in refs}
    for f in directory.find(text):
        i = bisect_left(starts, f.start) - 1
        if i >= 0 and heads[i].end > f.start:  # the form starts inside a longer place name
            f = _sharing_city(text, f, heads[i], gaz)  # unless it is 青岛市南区法院: 青岛 + 市南区法院
            if f is None:
                continue
        if f.start and _in_blocker(text, f.start, gaz.blockers):  # 江东区法院 holds no 东区法院
            continue
        if f.start and _former_straddled(text, f, gaz, ends):  # 台北市法院 holds no 北市法院
            continue
        head = next((k for k in CONJUNCTION_COUNTIES if text.startswith(k, f.start)), None)
        if head and conjunction_read(head, text, f.start, f.start + len(head)):
            continue  # 县政府和县法院: the county government and the county court
        if len(f.courts) > 1 and context is None:
            context = {c for r in heads for c in (r.code[:2] + "0000", getattr(gaz.city(r.code), "code", None)) if c}
        court = _choose(f.courts, gaz, main_province, main_city, context or set())
        if court is None:
            continue
        covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        ref = _former_district(text, f, ref_end, gaz) or _from_directory(gaz, court, f.start, f.end)
        out.append(ref)
        if f.start - 1 >= 0 and text[f.start - 1] in _ENUM_SEP:
            out += _listed_before(text, heads, bisect_left(starts, f.start), f.start, court, gaz, directory, ref_at)
    if "）法院" in text or ")法院" in text or "）人民法院" in text or ")人民法院" in text:
        for c in _second_names(text, covered, gaz, main_province, directory):
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
            out.append(c)
    for c in _by_places(text, refs, gaz, main_province, main_city):
        if any(covered[c.start:c.end]):
            continue
        out.append(_canonical(c, gaz, directory))
    held = _Held(text, out)
    for tail in _ZONE_TAIL.finditer(text):
        head = _ZONE_HEAD.search(text, max(0, tail.start() - 6), tail.start())
        if head is None:
            continue
        name, start = text[head.start():tail.end()], head.start()
        i = bisect_left(starts, head.start())  # the first place named from the zone's name on
        ref = heads[i] if i < len(heads) and heads[i].start < tail.start() else None
        if ref is not None:  # the zone's name starts with a place: from there
            name, start = text[ref.start:tail.end()], ref.start
        if any(covered[start:tail.end()]):
            continue
        if held.at(start):
            continue
        code = ref.code if ref else main_province
        city = gaz.city(code) if code else None
        out.append(CourtRef(name, "基层", code[:2] + "0000" if code else None,
                            city.code if city else None, start, tail.end()))
        held.add(start, tail.end())
    if main_province and any(f"{n}中" in text for n in "一二三四五六"):
        out += _bare_numbered(text, covered, out, gaz, main_province, directory)
    if "区法院" in text or "区人民法院" in text:
        out += _zone_courts(text, covered, out, gaz, directory)
    ends = {r.end: r for r in heads}
    held = _Held(text, out)  # (courts were added since)
    for tail in _RAIL_TAIL.finditer(text):
        ref = ends.get(tail.start())
        if ref is None or any(covered[ref.start:tail.end()]):
            continue
        if held.at(ref.start):
            continue
        city = gaz.city(ref.code)
        out.append(CourtRef(text[ref.start:tail.end()], "中级" if tail["mid"] else "基层", ref.code[:2] + "0000",
                            city.code if city else None, ref.start, tail.end()))
        held.add(ref.start, tail.end())
    if "、" in text:
        out += _county_lists(text, heads, out, gaz, directory)
    out += _lone_tribunals(text, heads, out, gaz, directory)
    if "破产法庭" in text:
        out += _bankruptcy_tribunals(text, heads, out, gaz, directory)
    out += _own_court(text, heads, out, gaz, directory)
    if "县" in text or "区" in text or "市" in text:
        out += _level_word_courts(text, heads, out, gaz, main_city, directory)
    if "ourt" in text:
        out += _english_courts(text, heads, gaz, directory)
    out = _antecedents(sorted(out, key=lambda c: c.start))
    if links is None:
        links = furniture(text) if out else []
    return _contents(text, _honoured(text, _partners(text, _setting(_directing(text, _after_supreme(text, [replace(c, referred=True)
                                                                       if _referred(text, c.start, c.end)
                                                                       or any(a <= c.start < b for a, b in links)
                                                                       or c.name == SUPREME and _supreme_author(text, c.end)
                                                                       else _circuit(text, c) for c in out]))))))


#: A district court's form, its district's name and the court word (东山区人民法院, 东山区法院).
_DISTRICT_FORM = re.compile(r"([\u4e00-\u9fff]{1,6}区)(?:人民)?法院")


def _former_district(text: str, f: Found, ref_end: dict[int, RegionRef], gaz: Gazetteer) -> CourtRef | None:
    """The court of a former district of a city, written after the city and 原 (广州市原东山区人民法院:
    the 东山区 of 广州 until 2005), whose form the directory holds for a district of another city
    (鹤岗市东山区人民法院): that city's court of the district; else None."""
    if f.start < 2 or text[f.start - 1] != "原" or (head := ref_end.get(f.start - 1)) is None:
        return None
    d = gaz.divisions[head.code]
    m = _DISTRICT_FORM.fullmatch(text, f.start, f.end)
    if d.level != "prefecture" or m is None or any(_city_code(gaz, c) == d.code for c in f.courts):
        return None
    return _named(gaz, d, f"{d.name}{m[1]}人民法院", "基层", f.start, f.end)


def _sharing_city(text: str, f: Found, ref: RegionRef, gaz: Gazetteer) -> Found | None:
    """A district court whose name opens with 市 (市南区法院, 市中区人民法院) found inside the name of
    the city it lies in, the two sharing that 市 (青岛市南区法院, 济南市中区法院): ``f`` with that
    city's court alone; else None (the form starts inside a place name that does not mean it)."""
    if text[f.start] != "市" or ref.end != f.start + 1 or gaz.divisions[ref.code].level != "prefecture":
        return None
    courts = tuple(c for c in f.courts if _city_code(gaz, c) == ref.code)
    return replace(f, courts=courts) if courts else None


def _in_blocker(text: str, pos: int, blockers: frozenset[str]) -> bool:
    """Whether ``pos`` lies inside a word that holds a place name without meaning it (a former
    name several places share, 江东区, holding 东区): a court form starting there is no court."""
    return any(text[a:b] in blockers for a in range(max(0, pos - 6), pos)
               for b in range(pos + 1, min(len(text), a + 7) + 1))


class _Held:
    """Where in ``text`` the courts found so far stand: whether a match starts inside one of
    them, asked of each match at once. The positions are marked when first asked (most texts
    never ask), from ``courts`` as they are then, and by :meth:`add` for each court found after."""

    def __init__(self, text: str, courts: list[CourtRef]) -> None:
        self._text, self._courts = text, courts
        self._marks: bytearray | None = None

    def _marked(self) -> bytearray:
        if self._marks is None:
            self._marks = bytearray(len(self._text) + 1)
            for c in self._courts:
                self._marks[c.start:c.end] = b"\x01" * (c.end - c.start)
        return self._marks

    def at(self, pos: int) -> bool:
        """Whether a court found so far stands on ``pos``."""
        return bool(self._marked()[pos])

    def add(self, start: int, end: int) -> None:
        """Mark a court found at ``[start, end)``."""
        self._marked()[start:end] = b"\x01" * (end - start)


#: After the supreme court, perhaps with the offices publishing with it (最高法等联合发布…, 最高人民法院、国家金融
#: 监督管理总局分两批发布…): it publishes cases, rules or figures, the work of the courts and bodies they tell of.
_PUBLISHES = re.compile(r"(?:等|[、和与及][\u4e00-\u9fff]{2,16}?)?(?:近日|日前|今天|今日|再次|首次|又)?"
                        r"(?:分[两三四五六]批|联合|共同)?(?:发布|公布)(?!会)")


#: After the supreme court: one of its circuit tribunals (最高人民法院第一巡回法庭, 最高法院第二巡回法庭), which
#: sits in a region and hears its cases there.
_CIRCUIT = re.compile(r"法?第[一二三四五六]巡回(?:法庭|庭)")


def _circuit(text: str, c: CourtRef) -> CourtRef:
    """``c``, marked as the supreme court's circuit tribunal when it is one (see :data:`_CIRCUIT`)."""
    return replace(c, circuit=True) if c.name == SUPREME and _CIRCUIT.match(text, c.end) else c


def _supreme_author(text: str, end: int) -> bool:
    """Whether the supreme court ending at ``end`` publishes cases, rules or figures
    (:data:`_PUBLISHES`) or is printed as the author of a document whose title follows without
    brackets (最高人民法院关于…的规定 heading a rules page) or signs it with its number (最高人民法院
    法释〔1998〕11号): the work of others, or rules, not the supreme court acting."""
    return _PUBLISHES.match(text, end) is not None or _SUPREME_DOCUMENT.match(text, end) is not None


def _after_supreme(text: str, courts: list[CourtRef]) -> list[CourtRef]:
    """Courts listed after the supreme court (最高法院、省法院、市法院采取的措施; 最高人民法院、
    安徽省高级人民法院依次宣布…) name the hierarchy above the text's courts: referred to, as
    the supreme court in the body is."""
    out: list[CourtRef] = []
    chain_end = -1  # where the last court of a list opened by the supreme court ends
    for c in courts:
        if c.name == SUPREME:
            chain_end = c.end
        elif chain_end >= 0 and c.start == chain_end + 1 and text[chain_end] in _ENUM_SEP:
            chain_end = c.end
            c = replace(c, referred=True)
        out.append(c)
    return out


#: After a higher court: what it does to the courts below it rather than in the text's story,
#: perhaps after a date (2009年，省法院印发《…》): it publishes or sends down guidance (印发, 下发,
#: 发文指示), publishes a notice they carry out (今年1月，某中院发布了执行公告; not cases it only
#: publishes, 发布十大典型案例, which may be its own story), opens a column for their
#: news (开设…专栏), deploys them (部署, 在全省法院开展…行动) or sets them a line (提出：“…”).
_DIRECTS = re.compile(r"(?:于?[0-9一二三四五六七八九十〇零年月日上下午近今同前]{0,12})?"
                      r"(?:[^，。；：]{0,4}?(?:印发|下发|发文|开设|发布[^，。；：]{0,12}?(?:公告|通告|通知|令))|部署|提出[:：“]"
                      r"|在全(?:省|区|市)(?:法院|范围)?[^，。；：]{0,4}?(?:开展|部署|组织))")
#: After a court: it publishes typical cases (省高院召开…会，会议公布了…十大执行典型案例), which, in a text where a
#: case of a court below it is picked (入选), is the court picking, not one acting in the story.
_PICKS = re.compile(r"[^。；！？]{0,60}?(?:发布|公布|评选|评出|选出|通报)[^。；！？]{0,30}?典型案例")
_PICKED = re.compile(r"入选|获评|评为|选为")
_RANK = {"高级": 2, "中级": 1, "基层": 0, "专门": 0}


def _directing(text: str, courts: list[CourtRef]) -> list[CourtRef]:
    """A high or intermediate court that only directs the courts below it (省高院在全省法院开展
    “春雷”行动, 省法院印发《…》, 扬州中院开设…专栏, 北京市高级法院提出：“…”) or only publishes the
    typical cases a case of theirs is picked for (省高院发布…典型案例，睢宁法院一案入选), in a text where a
    court below it acts (of its province; for an intermediate court, of its city), is the
    hierarchy above the text's court: referred to. A court that also acts otherwise, or
    whose own work the text tells, is not touched."""
    acting = [c for c in courts if not c.referred and c.level in ("高级", "中级")]
    if not acting:
        return courts
    picked = _PICKED.search(text) is not None
    above: set[str] = set()
    for name in dict.fromkeys(c.name for c in acting):
        mine = [c for c in courts if c.name == name and not c.referred]
        top = mine[0]
        if not all(_DIRECTS.match(text, c.end) or picked and _PICKS.match(text, c.end) for c in mine):
            continue
        if any(not c.referred and c.name != name and c.province == top.province and c.province
               and _RANK[c.level] < _RANK[top.level] and (top.level == "高级" or c.city == top.city)
               for c in courts):
            above.add(name)
    return _referred_names(courts, above)


#: How many times as often as a city's courts as a whole its basic courts are named in a text
#: where the whole is only their setting.
SETTING_RATIO = 3


def _setting(courts: list[CourtRef]) -> list[CourtRef]:
    """A city's courts as a whole (深圳法院, 南京法院系统, 沈阳市两级法院), in a text that tells of its basic
    courts (named at least :data:`SETTING_RATIO` times as often) and names its intermediate
    court no other way, are those courts' setting (这是深圳法院系统发出的首份… in a story of 龙岗
    法院): referred to, not the 中院 acting. Where the whole is named as often as its basic courts
    (红河州法院深入践行…，其中，红河县法院…), it is the 中院, as it leads them."""
    wholes = {c.name for c in courts if c.whole and not c.referred}
    if not wholes:
        return courts
    setting = set()
    for name in wholes:
        mine = [c for c in courts if c.name == name and not c.referred]
        city = mine[0].city
        basic = sum(1 for c in courts if c.level == "基层" and c.city == city and not c.referred)
        if city and all(c.whole for c in mine) and basic >= SETTING_RATIO * len(mine):
            setting.add(name)
    return _referred_names(courts, setting)


#: After a partner court: the agreement the text's court signs with it (与河北高院签订协作协议,
#: 同…中院共同签署…备忘录).
_SIGNS = re.compile(r"[^，。；！？]{0,8}?(?:签订|签署|会签|签约|签下|缔结)")
#: How many times the text's own court is named, at least, in a story where a court of another
#: province is only its partner.
PARTNER_FLOOR = 2


def _partners(text: str, courts: list[CourtRef]) -> list[CourtRef]:
    """A court of another province named only as the partner the text's court signs an
    agreement with (通州法院与河北高院签订执行协作协议, the partners listed: 与河北高院、天津高院签署…),
    in a story of a court named at least :data:`PARTNER_FLOOR` times, is the story's partner:
    referred to. Courts signing as equals (青海高院、甘肃高院联合召开…签署…) each act."""
    acting = [c for c in courts if not c.referred]
    if len(acting) < PARTNER_FLOOR + 1 or not any(s in text for s in ("签", "缔结")):
        return courts
    partner: set[str] = set()
    for name in dict.fromkeys(c.name for c in acting):
        mine = [c for c in acting if c.name == name]
        if not all(_partnered(text, c, acting) for c in mine):
            continue
        own = [c for c in acting if c.name != name and c.province and c.province != mine[0].province]
        if mine[0].province and any(sum(1 for d in own if d.name == o.name) >= PARTNER_FLOOR for o in own):
            partner.add(name)
    return _referred_names(courts, partner)


#: After a list of courts, in its sentence: the honour they receive (…考评结果为优秀，获省高院通报表扬; 受到表彰,
#: 荣获…称号, 被评为…).
_HONOURED = re.compile(r"[^。；！？]{0,16}?(?:表彰|表扬|称号|嘉奖|评为|获评|荣获|授予|荣立)")
#: How many courts, at least, make a list of honoured courts.
HONOURED_FLOOR = 3


def _honoured(text: str, courts: list[CourtRef]) -> list[CourtRef]:
    """Courts listed as receiving an honour (石门县人民法院、安乡县人民法院、临澧县人民法院…考评结果为优秀，获
    省高院通报表扬), at least :data:`HONOURED_FLOOR` of them, in the story of another court that acts
    in the text, are an honour list: referred to there. Where the text names them otherwise, they act."""
    if len(courts) <= HONOURED_FLOOR:
        return courts
    runs = _runs(text, courts, acting_only=True)
    listed = {i for run in runs if len(run) >= HONOURED_FLOOR and _HONOURED.match(text, courts[run[-1]].end)
              for i in run}
    if not listed:
        return courts
    names = {courts[i].name for i in listed}
    if not any(not c.referred and c.name != SUPREME and c.name not in names for c in courts):
        return courts  # the list is the story
    return [replace(c, referred=True) if i in listed else c for i, c in enumerate(courts)]


#: Before a list of courts, in its sentence: an editor's note giving an issue's contents (本期推出…、…、…
#: 的改革经验做法，供交流学习).
_ISSUE = re.compile(r"本期(?:特别|集中|重点)?(?:推出|刊发|刊登|刊载|编发|选登|选编|介绍|推送|分享|展示|聚焦)")
_SENTENCE_OPEN = re.compile(r"[^。！？；\x00]*$")


def _contents(text: str, courts: list[CourtRef]) -> list[CourtRef]:
    """Two or more courts listed in an editor's note as an issue's contents (本期推出张家界中院、郴州市北湖区法院、
    株洲市荷塘区法院的改革经验做法) are only listed there: referred to. The items the page carries name the
    courts that act in it (张家界中院：…)."""
    if "本期" not in text or len(courts) < 2:
        return courts
    listed: set[int] = set()
    for run in _runs(text, courts):
        first = courts[run[0]].start
        if len(run) >= 2 and (opened := _SENTENCE_OPEN.search(text, max(0, first - _CLAUSE_REACH), first)) \
                and _ISSUE.search(text, opened.start(), first):
            listed.update(run)
    return [replace(c, referred=True) if i in listed else c for i, c in enumerate(courts)] if listed else courts


def _runs(text: str, courts: list[CourtRef], acting_only: bool = False) -> list[list[int]]:
    """The indices of ``courts`` (in text order) in runs of a list: each court of a run right after
    the one before it and a list mark (石门县人民法院、安乡县人民法院); a court listed with none is a run of
    its own. With ``acting_only``, the courts only referred to are in none."""
    runs: list[list[int]] = []
    for i, c in enumerate(courts):
        if acting_only and c.referred:
            continue
        prev = courts[runs[-1][-1]] if runs else None
        if prev is not None and c.start == prev.end + 1 and text[prev.end] in _ENUM_SEP:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _partnered(text: str, court: CourtRef, courts: list[CourtRef]) -> bool:
    """Whether ``court`` stands after 与 (同), or after 、 and such a partner, and before the
    agreement signed with it."""
    k = court.start - 1
    while k >= 0 and text[k] == "、":
        prev = next((c for c in courts if c.end == k), None)
        if prev is None:
            return False
        k = prev.start - 1
    if k < 0 or text[k] not in "与同":
        return False
    end = court.end
    while end < len(text) and text[end] == "、":
        nxt = next((c for c in courts if c.start == end + 1), None)
        if nxt is None:
            break
        end = nxt.end
    return _SIGNS.match(text, end) is not None


def _referred_names(courts: list[CourtRef], names: set[str]) -> list[CourtRef]:
    """``courts`` with every mention of the courts ``names`` names marked referred to."""
    return [replace(c, referred=True) if c.name in names else c for c in courts] if names else courts


#: A people's tribunal named after its town (沙溪法庭, 乌尔禾人民法庭), not a special one.
_TRIBUNAL = re.compile(r"([\u4e00-\u9fff]{2,3})(?:人民)?法庭")
_NOT_TOWNS = frozenset("知识产权 少年 家事 巡回 互联网 金融 破产 环境资源 环资 旅游 交通 速裁 数字 共享 国际商事 "
                       "商事 行政 刑事 民事 审判 基层 派出 人民 专业 该院 本院 法院 "
                       "联动 对簿 模拟 道德 舆论 良心".split())  # 民警联动法庭, 模拟法庭, 道德法庭: no town's


#: Characters no town's name holds: particles (打破了传统人民法庭, 决定把法庭设在
#: 牧场, 群众身边的人民法庭 name no town). A name ending in 上 is a verb's (告上法庭, 走上法庭, 不用上法庭).
_NOT_IN_NAMES = frozenset("的了把被是")


def _town_tribunal(name: str) -> bool:
    """Whether a tribunal's name is a town's (沙溪), not a kind of tribunal (少年, 共享) nor
    words of a sentence (了传统, 决定把)."""
    return (name not in _NOT_TOWNS and name[-2:] not in _NOT_TOWNS and not name.endswith(("产权", "商事", "上"))
            and not _NOT_IN_NAMES.intersection(name))


#: A numbered intermediate court without its province or municipality (省二中院, 市一中院,
#: 省第二中级人民法院), as 省高院 is written, or as 三中院 with no place word at all (经三中院二审).
_BARE_NTH = re.compile(r"(省|市)?第?([一二三四五六])中(?:级人民法院|级法院|院)")
#: What may stand right before a numbered court written with no place word: a sentence's
#: start or a particle (由一中院审理, 经三中院二审, 向二中院上诉), not a word ending in a numeral
#: (统一, 之一, 周一) nor a place (广州一中院 is no court of the text's municipality).
_BEFORE_BARE_NTH = frozenset("由经向在和与及被将把对至到是为据了的从等赴往请即")


def _bare_numbered(text: str, covered: bytearray, found: list[CourtRef], gaz: Gazetteer, main_province: str,
                   directory: CourtDirectory) -> list[CourtRef]:
    """A numbered intermediate court written without its place (省二中院 in a 海南 text, 市一中院
    or 一中院 in a 北京 one): the directory's court of that number in the text's province, if it
    has one."""
    out = []
    d = gaz.divisions[main_province]
    held = _Held(text, found)
    for m in _BARE_NTH.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        if held.at(m.start()):
            continue
        if m[1] is None:  # only the news form, 三中院 (第三中级人民法院 alone ends a list: 第一、第二、第三中级人民法院)
            before = text[m.start() - 1] if m.start() else ""
            if len(m[0]) != 3 or _HAN_CHAR.match(before) and before not in _BEFORE_BARE_NTH:
                continue
        elif (m[1] == "市") != (main_province in MUNICIPALITIES):
            continue
        courts = directory.lookup(f"{d.name}第{m[2]}中级人民法院")
        if len(courts) == 1:
            out.append(replace(_from_directory(gaz, courts[0], m.start(), m.end()), bare=True))
    return out


#: A development-zone court written with another of the zone words people use for it
#: (江宁开发区法院 for 南京江宁经济技术开发区人民法院), and those words.
_ZONE_COURT = re.compile(r"(经济技术开发区|经济开发区|经开区|开发区|高新技术产业开发区|高新区)(?:人民)?法院")
_ZONE_WORDS = {"经济技术开发区": ("经济开发区", "经开区"), "经济开发区": ("经济技术开发区", "经开区"),
               "经开区": ("经济技术开发区", "经济开发区"), "开发区": ("经济技术开发区", "经济开发区", "经开区"),
               "高新技术产业开发区": ("高新区",), "高新区": ("高新技术产业开发区",)}


def _zone_courts(text: str, covered: bytearray, found: list[CourtRef], gaz: Gazetteer,
                 directory: CourtDirectory) -> list[CourtRef]:
    """A development-zone court the directory knows under another zone word (江宁开发区法院):
    the one court the place before it and any of the other words name."""
    out = []
    held = _Held(text, found)
    for m in _ZONE_COURT.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        if held.at(m.start()):
            continue
        for k in (4, 3, 2):
            head = text[max(0, m.start() - k):m.start()]
            courts = {c for z in _ZONE_WORDS[m[1]] for tail in ("人民法院", "法院")
                      for c in directory.lookup(f"{head}{z}{tail}")}
            if len(head) == k and len(courts) == 1:
                out.append(_from_directory(gaz, courts.pop(), m.start() - k, m.end()))
                break
    return out


#: The court word after the last item of a list of one city's counties and districts, the last item
#: being a place or a development zone of that city (梁山、鱼台、金乡法院; 梁山、鱼台、金乡、高新区法院).
_LIST_COURT = re.compile(r"(?:人民)?法院")
_LIST_ZONE = re.compile(r"[、和及与](高新区|经开区|开发区|经济开发区|经济技术开发区)(?:人民)?法院")


def _county_lists(text: str, heads: list[RegionRef], found: list[CourtRef], gaz: Gazetteer,
                  directory: CourtDirectory) -> list[CourtRef]:
    """The courts of a list of counties and districts that share one court word, every item a
    county-level place of one city (梁山、鱼台、金乡法院: three base courts, not 金乡's alone), the
    last item also a development zone, which is that city's zone court where the directory has one
    court by that word (梁山、鱼台、金乡、高新区法院 in 济宁: 济宁高新区法院). Items already read as
    courts are left as they are."""
    out: list[CourtRef] = []
    have = {c.start for c in found}
    i = 0
    while i < len(heads):
        run = [heads[i]]
        while i + len(run) < len(heads):
            nxt = heads[i + len(run)]
            if nxt.chain_start != run[-1].end + 1 or text[run[-1].end] not in _ENUM_SEP:
                break
            run.append(nxt)
        i += len(run)
        last = run[-1]
        zone = _LIST_ZONE.match(text, last.end)
        word = zone or _LIST_COURT.match(text, last.end)  # what ends the list: the zone's court, or the court word
        if word is None:
            continue
        divs = [gaz.divisions[r.code] for r in run]
        if len(run) + (zone is not None) < 2 or any(d.level != "county" for d in divs):
            continue
        cities = {getattr(gaz.city(d.code), "code", None) for d in divs}
        if len(cities) != 1 or None in cities:
            continue
        end = word.end()
        for r, d in zip(run, divs):
            if r.chain_start not in have and r.start not in have:
                out.append(_canonical(_base(gaz, d, r.chain_start, end), gaz, directory))
        if zone and zone.start(1) not in have:
            city = gaz.city(divs[0].code)
            courts = {c for n in (city.name, *city.shorts) for w in ("法院", "人民法院")
                      for c in directory.lookup(f"{n}{zone[1]}{w}")}
            if len(courts) == 1:
                out.append(_from_directory(gaz, courts.pop(), zone.start(1), zone.end()))
    return out


#: A court written with its second name in brackets before the court word (两江新区（自贸区）法院: 重庆两江新区
#: 人民法院, which is also 重庆自由贸易试验区人民法院).
_SECOND_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,14}[）)](?:人民)?法院")
_NAME_HEAD = 10  # the longest first name looked for before the brackets


def _second_names(text: str, covered: bytearray, gaz: Gazetteer, main_province: str | None,
                  directory: CourtDirectory) -> list[CourtRef]:
    """Courts written with their second name in brackets (重庆两江新区（自贸区）法院, 两江新区（自贸区）法院 in a
    重庆 text), as news writes a court that carries two names: the court the name before the brackets
    names with the court word, the longest such name the directory knows (also after the text's
    province, 重庆 for 两江新区)."""
    out: list[CourtRef] = []
    prefixes = [""]
    if main_province:
        d = gaz.divisions[main_province]
        prefixes += [d.name, *d.shorts]
    for m in _SECOND_NAME.finditer(text):
        at = m.start()
        if covered[at - 1 if at else 0]:
            continue
        for k in range(min(_NAME_HEAD, at), 1, -1):
            head = text[at - k:at]
            if not _HAN_ONLY.fullmatch(head) or any(covered[at - k:at]):
                continue
            found = {c for p in prefixes for tail in ("法院", "人民法院") for c in directory.lookup(f"{p}{head}{tail}")}
            if len(found) == 1:
                out.append(_from_directory(gaz, found.pop(), at - k, m.end()))
                break
    return out


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _lone_tribunals(text: str, heads: list[RegionRef], courts: list[CourtRef], gaz: Gazetteer,
                    directory: CourtDirectory) -> list[CourtRef]:
    """A people's tribunal whose base court the text does not name, in a text that names
    one county and no basic court: the county's court (沙溪法庭 in a 通江县 article)."""
    if "法庭" not in text or any(c.level == "基层" for c in courts):
        return []
    counties = {r.code for r in heads if not r.in_list and not r.aside and gaz.divisions[r.code].level == "county"}
    if len(counties) != 1:
        return []
    d = gaz.divisions[counties.pop()]
    out = []
    held = _Held(text, courts)
    for m in _TRIBUNAL.finditer(text):
        if not _town_tribunal(m[1]):
            continue
        if held.at(m.start()):
            continue
        out.append(_canonical(_base(gaz, d, m.start(), m.end()), gaz, directory))
    return out


#: The intermediate court each municipality's bankruptcy tribunal sits in (北京破产法庭 is a division of
#: 北京市第一中级人民法院); a prefecture's (深圳破产法庭) sits in the city's intermediate court.
BANKRUPTCY_HOSTS = {"110000": "北京市第一中级人民法院", "120000": "天津市第二中级人民法院",
                    "310000": "上海市第三中级人民法院", "500000": "重庆市第五中级人民法院"}


def _bankruptcy_tribunals(text: str, heads: list[RegionRef], courts: list[CourtRef], gaz: Gazetteer,
                          directory: CourtDirectory) -> list[CourtRef]:
    """A city's bankruptcy tribunal (重庆破产法庭, 深圳破产法庭) folds into the intermediate court it is a
    division of, as a people's tribunal folds into its base court: the city's 中院, in a municipality the
    numbered one of :data:`BANKRUPTCY_HOSTS`."""
    out = []
    held = _Held(text, courts)
    for ref in heads:
        if not text.startswith("破产法庭", ref.end) or held.at(ref.start):
            continue
        d = gaz.divisions[ref.code]
        if ref.code in BANKRUPTCY_HOSTS:
            found = directory.lookup(BANKRUPTCY_HOSTS[ref.code])
            if len(found) != 1:
                continue
            court = _from_directory(gaz, found[0], ref.chain_start, ref.end + 4)
        elif d.level == "prefecture":
            court = _canonical(_named(gaz, d, f"{d.name}中级人民法院", "中级", ref.chain_start, ref.end + 4),
                               gaz, directory)
        else:
            continue
        out.append(court)
        held.add(court.start, court.end)
    return out


_OWN = re.compile(r"我院|本院")
#: The bodies that write 我院 of themselves; the one named nearest before the first 我院 (else the first
#: after it) is the writer: a court word, or another body, whose 我院 is no court.
_WRITER = re.compile(r"法院|法官|法庭|检察院|检察官|医院|卫生院|学院|研究院|科学院|设计院")
_COURT_WORDS = frozenset(("法院", "法官", "法庭"))


def _own_court(text: str, heads: list[RegionRef], courts: list[CourtRef], gaz: Gazetteer,
               directory: CourtDirectory) -> list[CourtRef]:
    """The court that writes 我院 in a text that names no court and one county: the county's
    court (近日，我院执结一起… in a 郁南县 text), unless the body named nearest before the first
    我院 (else first after it) is another that writes 我院 of itself (a 检察院, 医院, 学院 …)."""
    if courts or "院" not in text:
        return []
    m = _OWN.search(text)
    if m is None:
        return []
    before = None
    for before in _WRITER.finditer(text, 0, m.start()):
        pass
    writer = before or _WRITER.search(text, m.end())
    if writer is not None and writer[0] not in _COURT_WORDS:
        return []  # 石门县人民检察院…我院依法支持起诉: the procuratorate writes
    counties = {r.code for r in heads if not r.in_list and not r.aside and gaz.divisions[r.code].level == "county"}
    if len(counties) != 1:
        return []
    return [_canonical(_base(gaz, gaz.divisions[counties.pop()], m.start(), m.end()), gaz, directory)]


#: A court word after a level word alone: 县法院, 区人民法院, 市法院 (县政府与县法院, 市法院院长).
_LEVEL_COURT = re.compile(r"([县区市])(?:人民)?法院")
#: Before the level word: the courts of several places or of all of them (各县法院, 两区法院,
#: 全市法院), a level word of a wider place (市区法院, 省市县法院), or a place that is no
#: one's (某县法院).
_NOT_ONE_BEFORE = frozenset("全我本该各外两三几多每某省市县区城郊矿")
#: Before 区: the end of an area that is no district (林区法院 a forestry court's, 工业园区法院,
#: 新区法院, 开发区法院, 辖区法院 the courts of a jurisdiction, 山区法院, 社区, 景区, 港区 …).
_AREA_BEFORE = frozenset("林园新发辖山地社景港垦牧库片小街特湾验范税贸校灾")


def _level_word_courts(text: str, heads: list[RegionRef], courts: list[CourtRef], gaz: Gazetteer,
                       main_city: str | None, directory: CourtDirectory) -> list[CourtRef]:
    """A court written with its level word alone (县法院, 区法院, 市法院), where the text says
    which place it is: 县法院 (区法院) in a text that names one county (district) is that
    county's court (县政府与县法院 in a 将乐县 text); 市法院 in a text about a prefecture that
    names no county-level city is the city's intermediate court (市法院院长 in a 莆田 text).
    A level word that ends a place's name (石门县法院, 桥西区法院, 莆田市法院) is that place's."""
    out: list[CourtRef] = []
    held: _Held | None = None
    places = [r for r in heads if not r.in_list and not r.aside and gaz.divisions[r.code].level == "county"]
    for m in _LEVEL_COURT.finditer(text):
        s = m.start()
        if s and (text[s - 1] in _NOT_ONE_BEFORE or any(text[s - k:s + 1] in gaz.keys for k in range(1, min(s, 6) + 1))
                  or m[1] == "区" and text[s - 1] in _AREA_BEFORE):
            continue
        if held is None:
            held = _Held(text, courts)
        if held.at(s):
            continue
        word = m[1]
        if word == "市":
            if main_city is None or gaz.divisions[main_city].level != "prefecture" or \
                    any(gaz.divisions[r.code].name.endswith("市") for r in places):
                continue
            d = gaz.divisions[main_city]
            court = replace(_named(gaz, d, f"{d.name}中级人民法院", "中级", s, m.end()), bare=True)
        else:
            codes = {r.code for r in places if gaz.divisions[r.code].name.endswith(word)}
            if len(codes) != 1:
                continue
            court = replace(_canonical(_base(gaz, gaz.divisions[codes.pop()], s, m.end()), gaz, directory), bare=True)
        out.append(court)
        held.add(s, m.end())
    return out


def _antecedents(courts: list[CourtRef]) -> list[CourtRef]:
    """A bare 中院 names the intermediate court named last before it (长春林区中级法院 … 中院),
    else the text's city's."""
    last: CourtRef | None = None
    out = []
    for c in courts:
        if c.level == "中级" and not c.bare:
            last = c
        elif c.bare and c.level == "中级" and last is not None and last.name != c.name:
            c = replace(last, start=c.start, end=c.end, bare=True)
        out.append(c)
    return out


#: A court named as the source of what others do: 按照省高院的统一部署, 贯彻落实最高人民法院
#: 工作部署 (an opener before it and a closer after it in one clause), 在最高人民法院正确指导下.
_SOURCE_OPEN = re.compile(r"按照|根据|依据|依照|遵照|落实|贯彻|响应|紧扣")
_SOURCE_CLOSE = re.compile(r"部署|要求|安排|精神|指示|批示|号召")
_GUIDE_CLOSE = re.compile(r"(?:指导|领导|监督|支持|督导|部署)下")
#: A court that commends another (被省高院评为…, 被德州市中级人民法院授予…, 受到市中院表彰,
#: 荣立市中院集体三等功, 被宁德中院院长赞为…, 在省高院…评比活动中), perhaps with others before it
#: (被市委政法委、市中院评为…), or that places its hopes in it (被市委市政府、市高院寄以厚望).
_AWARD_OPEN = re.compile(r"(?:(?:被|受到)(?:[^，。；被]{1,20}?[、和与及])?|获得?|荣立|荣获|在)$")
_AWARD_CLOSE = re.compile(r"(?:[^，。；]{0,4}?)(?:评为|授予|表彰|命名为|评选为|通报表扬|嘉奖"
                          r"|(?:寄予|寄以|给予)了?(?:厚望|殷切期望|期望|厚爱|重托))"
                          r"|[^，。；]{0,14}?(?:赞为|誉为|评比|集体[一二三]等功)"
                          r"|组织的[^，。；]{0,20}?(?:擂台赛|竞赛|比赛|大赛|比武)")
#: A court whose deployment the text's court carries out (行动由桂林市中院统一部署).
_BY_OPEN = re.compile(r"由$")
_BY_CLOSE = re.compile(r"(?:统一)?部署")
#: A court the writer reports to (向省高院及单位领导汇报, 向市中院请示).
_TO_OPEN = re.compile(r"向$")
_TO_CLOSE = re.compile(r"[^，。；]{0,12}?(?:汇报|请示)")
#: After a court, in its clause: it comes to learn from the text's court (…合肥市中级人民法院、合肥市
#: 瑶海区人民法院都纷纷前来“取经”, 某法院先后到我院考察学习): a visitor, not the story's court.
_VISITS = re.compile(r"[^，。；！？]{0,40}?(?:前来|莅临|(?:来到?|到)(?:我院|本院))[^，。；！？]{0,8}?[“\"‘]?"
                     r"(?:取经|学习|考察学习|参观学习|观摩学习|交流学习)")
#: After a court, in its clause: its leaders attend a ceremony (省、市法院领导参加了落成典礼, 市中院相关领导出席
#: 揭牌仪式): guests at another's event, not a court of the story.
_GUESTS = re.compile(r"(?:的|相关|有关|主要|分管)?(?:院)?领导(?:同志)?[^，。；！？]{0,10}?(?:参加|出席|见证)了?"
                     r"[^，。；！？]{0,14}?(?:仪式|典礼|庆典|揭牌|落成|开工|启用)")
#: Right after a court, in its clause: it appoints a court's president or approves its name (黑龙江省高级人民法院
#: 任命某某为院长, 经省高院批准更名为…): the court above approves, the court appointed to is the story's.
_APPOINTS = re.compile(r"(?:任命|批准|核准)[^，。；！？]{0,12}?(?:为[^，。；！？]{0,14}?(?:代理)?(?:副?院长|审判委员会委员)|更名|改名)")
#: Before and after a court, in its clause: a person's former post there (王某之前是上海海事法院自贸区法庭的
#: 法官, 曾任某县人民法院副院长, 曾在某区法院执行局工作): the person's past employer, not a court of the story.
_FORMER_OPEN = re.compile(r"(?:之前|此前|以前|先前|早先|早年|曾经?|原)(?:是|任|系|为|在|担任|就职于|任职于)$")
_FORMER_CLOSE = re.compile(r"[^，。；！？]{0,10}?(?:副?院长|副?庭长|法官|审判员|书记员|执行员|法警|法官助理|执行局长|工作|任职)")
#: Before and after a court, in its clause: a party's other cases there, in a court that is not the
#: story's (被执行人在贵州省荔波县人民法院有2件执行案件, 在某区法院、某县法院共有5起案件).
_CASES_BEFORE = re.compile(r"在(?:[^在]{0,30}?[、和及与])?(?:[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|州|盟))?$")
_CASES_AFTER = re.compile(r"(?:[、和及与][^在]{0,30}?)?(?:共|分别|尚|还|另|仍|也|均|各)?(?:有|存在|涉及)"
                          r"[0-9一二两三四五六七八九十几多数百余]+[件起宗个笔][\u4e00-\u9fff]{0,6}?案")
#: Before and after a court: the court another one was set up on (北京四中院依托北京铁路运输中级法院挂牌
#: 成立, 在某铁路运输法院的基础上组建): the new court is the story's, the one it stands on only its seat.
_UPON_CLOSE = re.compile(r"(?:挂牌)?(?:成立|组建|设立|建立|设置)")
_BASIS_CLOSE = re.compile(r"的?基础上(?:挂牌)?(?:成立|组建|设立|建立|改建)")
#: Before and after a court: the name of a tool that is used (通过深圳法院鹰眼系统, 登录北京法院审判信息平台).
_TOOL_OPEN = ("通过", "利用", "依托", "借助", "运用", "使用", "登录", "登陆")
_TOOL_CLOSE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:系统|平台)")
#: Before and after a court: the precedent another court follows (北京金融法院是继上海金融法院之后的第二家
#: 金融法院, 继2018年上海金融法院设立之后): a comparison, the court that follows it is the story's.
_PRECEDENT_OPEN = re.compile(r"继(?:\d{2,4}年(?:\d{1,2}月)?)?$")
_PRECEDENT_CLOSE = re.compile(r"(?:正式)?(?:挂牌)?(?:设立|成立|组建|建立|揭牌)?(?:之后|以后|后)")
#: Before and after a court: a byline opening the body (or the text), a person's name, the court and
#: the person's rank as a judge (宋某江苏省高级人民法院二级高级法官): the author's employer.
_BYLINE_BEFORE = re.compile("(?:^|\x00)[" + "".join(sorted(PERSON_SURNAMES)) + "][\u4e00-\u9fff]{1,2}$")
_BYLINE_AFTER = re.compile(r"(?:[一二三四五]级(?:高级)?法官|高级法官|法官助理|助理审判员|审判员)")
#: Before a court: a page's link to the previous or next story, in its title (上一篇：…, 下一篇：…).
_NEIGHBOUR_LINK = re.compile(r"[上下]一[篇条][:：][^。！？；]*$")
_LINK_REACH = 60
#: After a court: its website's name (新余法院网讯, 酒泉法院网版权所有, 欢迎访问甘南法院网): the
#: source of the page, as a newspaper's name is, not a court acting in it.
_SITE_AFTER = re.compile(r"网(?:讯|站|版权|首页|[^\u4e00-\u9fff]|$)")
#: Before a court: the page's credit line in brackets (（来源：西安市中级人民法院）; not 案例来源：,
#: a case's court).
_SOURCE_BEFORE = re.compile(r"[（(](?:来源|转自|稿源)[:：]$")
#: Before a court: an author's byline or employer, perhaps with the province or city the
#: court's name leaves out (作者单位：四川省江安县人民法院).
_AUTHOR_COURT = re.compile(AUTHOR + r"(?:均?[系为是])?(?:[\u4e00-\u9fff]{2,3}[省市])?$")
#: After a court: the rest of a paper's author block up to its abstract or the author's note
#: (…人民法院 邱某某 二〇一四年六月十日 作者简介：…, 2.福建省宁德市中级人民法院 3 摘要：…).
_ABSTRACT_AFTER = re.compile(r"[^。！？；]{0,30}?(?:(?<![\u4e00-\u9fff])[【\[]?(?:内容)?(?:摘要|提要)|作者简介)")
#: Before and after a court: brackets holding only it, right after a person's name (蒋某某（鲤城法院）):
#: the person's employer, as in an author line.
_NAME_BEFORE_BRACKET = re.compile(r"[\u4e00-\u9fff](?<![院庭局])[（(]$")
_BRACKET_AFTER = re.compile(r"[）)]")
#: Before a court: an author's note it belongs to (作者简介：某某，女，…2004年进入怀集法院工作), up
#: to the abstract or keywords after it.
_BIO = "作者简介"
_BIO_REACH = 150
_BIO_END = re.compile(r"摘要|提要|关键词|关键字|正文")
#: A court that passes on or approves what the text's court does: 接到…高级人民法院指令, 收到了
#: 天津高院审核通过的…手续, 需要省高院执行局批准, 再经陕西高院逐级下达指令; or that a court
#: reports up to (层层上报至河北高院).
_ORDER_OPEN = re.compile(r"(?:(?:接到?|收到|接受|经|需要?|需经|须经)了?)$")
_ORDER_CLOSE = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,4}?(?:指令|指示|批准|审批|审核)")
_REPORTED_TO = re.compile(r"(?:上报至|上报到|报请|呈报)$")
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:\x00]")
_CLAUSE_REACH = 80  # how far a clause is looked at on either side of a court


#: A court printed as the issuer right before a document's title: 最高人民法院《关于…》, 最高人民法院、
#: 最高人民检察院《…》, 最高人民法院审判委员会第…次会议 (a verb between them, 河南高院出台《…》, is the
#: court acting); or before the title of a notice passing a document on, 深圳市中级人民法院关于印发《…》
#: 的通知, 广东省高级人民法院印发《…》的通知.
_ISSUER = re.compile(
    r"(?:(?:、|和|与|及)[\u4e00-\u9fff]{1,14}?(?:院|部|厅|局|委员会|委|办公室|办|政府|总工会|妇联))*"
    r"(?:[《〈]|关于(?:联合)?(?:印发|转发)|(?:联合)?(?:印发|转发)《[^》]{1,60}》的通知)"
    r"|审判委员会第[0-9一二三四五六七八九十百千零〇]+次(?:全体)?会议")
#: The same, a title without brackets, for a court listed with others or as a numbered item
#: (以及最高人民法院、中央综治办和省高院、省综治办关于…的规定; 2、某中级人民法院关于…的意见).
_LISTED_ISSUER = re.compile(
    r"(?:(?:、|和|与|及)[\u4e00-\u9fff]{1,14}?(?:院|部|厅|局|委员会|委|办公室|办|政府|总工会|妇联))*"
    r"关于[^，。；：《》]{1,50}?的(?:若干)?(?:规定|通知|意见|办法|解释|批复|指引|纪要|决定|细则|规则|答复|复函|公告|方案)")
#: After the opening of a title: the rest of it, then its place on a list (…》入选, 》一案获评): the title of
#: one of the court's cases picked, not of a document it issued.
_PICKED_TITLE = re.compile(r"[^》〉]{1,60}[》〉](?:一案|案例|案)?(?:成功)?(?:入选|获评|被评为|荣获|获得)")
_LIST_BEFORE = re.compile(r"(?:[、和与及]|[0-9一二三四五六七八九十][、.．]|以及)$")
#: After the supreme court: the title of a document it wrote, printed without brackets, or the
#: document's number it signs (法释〔1998〕11号, 法发〔2015〕9号).
_SUPREME_DOCUMENT = re.compile(r"(?:" + _LISTED_ISSUER.pattern + r")|法[释发]?[〔\[［(（]\d{4}")
#: Another office issuing a document with the court, printed right after it without a mark
#: (广东省高级人民法院广东省人民检察院广东省公安厅关于印发…): it opens with the court's place.
_CO_ISSUER = r"[\u4e00-\u9fff]{0,8}?(?:人民检察院|检察院|公安厅|公安局|司法厅|司法局|人民政府|办公厅|办公室)"


#: Before a court: a field of a law-text or document site's record naming the document's issuer
#: (【发布部门】…, 发布机关：…, 制定机关：…, 发文机关：…), perhaps after co-issuers printed in it.
_ISSUER_FIELD = re.compile(r"(?:发布|制定|发文|颁布|公布)(?:部门|机关|单位)(?:】|\]|[:：])"
                           r"[^【】\[\]:：|，。；！？\x00]{0,40}$")
_FIELD_REACH = 50


def _issuer(text: str, start: int, end: int) -> bool:
    """Whether the court at ``[start, end)`` is printed as a document's issuer (see :data:`_ISSUER`)."""
    head = text[start:start + 2]
    while text.startswith(head, end):  # co-issuers of the court's place, printed without a mark
        m = re.compile(re.escape(head) + _CO_ISSUER).match(text, end)
        if m is None:
            break
        end = m.end()
    m = _ISSUER.match(text, end)
    if m:  # not a case's title followed by its place on a list: 中山第一法院《…》入选
        return not (m[0].endswith(("《", "〈")) and _PICKED_TITLE.match(text, m.end()))
    return _LIST_BEFORE.search(text, max(0, start - 2), start) is not None and _LISTED_ISSUER.match(text, end) is not None


#: After a court: a picture's credit in brackets (（青海高院供图）).
_CREDIT_AFTER = re.compile(r"(?:供图|供稿)[）)]")
#: After a court: an honour it awards, also without 荣立 before it in a list of honours (荣立市中院
#: 集体三等功，省高院集体二等功); or its request for instructions that another court answers
#: (最高法院在回答重庆市高级法院的…请示时, …高级法院关于…的请示).
_AWARDED_AFTER = re.compile(r"集体[一二三]等功|(?:的|关于)[^，。；]{0,16}?请示")
#: After a court: the number of one of its rulings, cited (…刑事裁定书【浙江省衢州市中级人民法院
#: (2018)浙08刑终33号】), or one of its rulings as a thing the text's parties carry out or rely on
#: (执行山西省高院的裁定): a ruling cited, its court only referred to. Not the lower court of an
#: appeal (不服…人民法院(2014)…号民事判决) nor a case's source (案例来源：…), nor a ruling's own
#: heading (…人民法院民事判决书(2015)…号).
_RULING_AFTER = re.compile(r"[（(〔\[]\d{4}[）)〕\]][\u4e00-\u9fff\d]{1,12}?\d+号"
                           r"|的(?:生效)?(?:民事|刑事|行政|执行)?(?:判决|裁定|调解书|裁决)")
_RULING_NOT_BEFORE = re.compile(r"(?:不服|来源[:：])[\u4e00-\u9fff]{0,8}$")
#: Before a court: a conviction in a party's record (1986年7月20日因犯破坏电力设备罪被…人民法院判处…,
#: 曾因盗窃罪于2010年被…法院判处…).
_RECORD_BEFORE = re.compile(r"(?:曾|[年月日])因(?:犯|涉嫌)?[^，。；！？,;]{1,24}?罪[,，]?(?:于[0-9年月日]{4,12})?被"
                            r"(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区))?$")
#: Earlier in the paragraph: the party the record is of, described by role, sex and birth
#: (上诉人（原审被告人）翁某，男，1963年7月17日出生，…).
_PARTY = re.compile(r"(?:被告人|罪犯|上诉人|被上诉人|申诉人|申请人|被申请人|被执行人|服刑人员)[^。\x00]{0,40}?[男女][，,]"
                    r"[^\x00]{0,80}?出生")
_PARTY_REACH = 300

#: Before a court: its honour's title in a list of the models a report says have come forth (涌现出全国模范法院
#: 阳朔县法院、…成绩突出个人易颖等一批先进典型).
_MODEL_BEFORE = re.compile(r"涌现(?:出了?|了)[^。；！？]{0,60}?(?:模范|优秀|先进|示范)(?:法院|集体|单位)[”\"」』]?$")

#: Before a court, and a ruling of it after: a ruling the text's parties rely on (根据广西高级法院
#: 民事裁定书取得…).
_RELY_BEFORE = re.compile(r"(?:根据|依据|依照|按照)$")
_RELY_AFTER = re.compile(r"(?:民事|刑事|行政|执行)?(?:判决|裁定|调解|裁决)书")


def _referred(text: str, start: int, end: int) -> bool:
    """Whether the court at ``[start, end)`` is only referred to: inside a document's title
    (《最高人民法院关于…的规定》) or printed as its issuer right before it (最高人民法院《关于…》),
    as an author's employer, the page's website or credit line, the source of a deployment
    or guidance, a court passing on or approving an instruction or reported up to, or the
    court commending another (被省高院评为…, 被市中院授予…, 省高院集体二等功) or asking for
    instructions (…高级法院的…请示)."""
    if _AUTHOR_COURT.search(text, max(0, start - 12), start) or AFFILIATION_AFTER.match(text, end):
        return True  # an author's employer: 作者单位：…人民法院, …人民法院执行局，北京100872, 作者系…法院法官
    if _ABSTRACT_AFTER.match(text, end) or (_BRACKET_AFTER.match(text, end)
                                            and _NAME_BEFORE_BRACKET.search(text, max(0, start - 2), start)):
        return True  # a paper's author block (…人民法院 3 摘要：), a person's employer (蒋某某（鲤城法院）)
    if start >= 3 and text[start - 1] in "（(" and text[start - 3:start - 1] in _COURT_WORDS \
            and _BRACKET_AFTER.match(text, end):
        return True  # a court's second plate: 杭州互联网法院（杭州铁路运输法院）
    bio = text.rfind(_BIO, max(0, start - _BIO_REACH), start)
    if bio >= 0 and not _BIO_END.search(text, bio, start):
        return True  # an author's note: the courts of the author's career
    if _SITE_AFTER.match(text, end) or _SOURCE_BEFORE.search(text, max(0, start - 5), start):
        return True
    if _BYLINE_BEFORE.search(text, max(0, start - 4), start) and _BYLINE_AFTER.match(text, end):
        return True  # a byline opening the body: 宋某 江苏省高级人民法院二级高级法官
    if _NEIGHBOUR_LINK.search(text, max(0, start - _LINK_REACH), start):
        return True  # the link to the previous or next story: 下一篇：镇江中院副院长赴润州法院调研
    if _subordinate(text, start) or start and text[start - 1] in _QUOTES and _account(text, start, end):
        return True
    opened = text.rfind("《", max(0, start - 60), start)
    if opened >= 0 and text.rfind("》", opened, start) < 0:
        return True
    if _ISSUER_FIELD.search(text, max(0, start - _FIELD_REACH), start):
        return True  # the issuer field of a document site's record: 【发布部门】…, 发文机关：…
    if _issuer(text, start, end) or _CREDIT_AFTER.match(text, end) or _AWARDED_AFTER.match(text, end) \
            or _ruling(text, start, end) or _record(text, start):
        return True
    if _MODEL_BEFORE.search(text, max(0, start - 80), start):
        return True  # a model listed with its honour: 涌现出全国模范法院阳朔县法院、…等一批先进典型
    m = _CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    stop = m.start() if m else min(len(text), end + _CLAUSE_REACH)
    before = _CLAUSE_END.split(text[max(0, start - _CLAUSE_REACH):start])[-1]
    after = text[end:stop]
    if _SOURCE_OPEN.search(before) and _SOURCE_CLOSE.search(after):
        return True
    if "在" in before and _GUIDE_CLOSE.search(after) is not None:
        return True
    if _REPORTED_TO.search(before) or (_ORDER_OPEN.search(before) and _ORDER_CLOSE.match(after)):
        return True
    if (_BY_OPEN.search(before) and _BY_CLOSE.match(after)) or (_TO_OPEN.search(before) and _TO_CLOSE.match(after)):
        return True
    if ("学习" in after or "取经" in after) and _VISITS.match(after):
        return True
    if "领导" in after and _GUESTS.match(after):
        return True
    if _APPOINTS.match(after):
        return True
    if _FORMER_OPEN.search(before, max(0, len(before) - 6)) and _FORMER_CLOSE.match(after):
        return True
    if "在" in before and _CASES_BEFORE.search(before) and _CASES_AFTER.match(after):
        return True
    if (before.endswith(("依托", "依托于")) and _UPON_CLOSE.match(after)) or (before.endswith("在") and _BASIS_CLOSE.match(after)):
        return True
    if before.endswith(_TOOL_OPEN) and _TOOL_CLOSE.match(after):
        return True  # the name of a tool another court uses: 通过深圳法院鹰眼系统查询
    if "继" in before and _PRECEDENT_OPEN.search(before) and _PRECEDENT_CLOSE.match(after):
        return True  # the precedent a court follows: 继上海金融法院之后全国第二家金融法院
    return _AWARD_OPEN.search(before) is not None and _AWARD_CLOSE.match(after) is not None


#: A social-media account in a credit line: its name in quotes, its ID after it (“湖南高院”(ID:hunangaoyuan))
#: or its kind before it after the credit's opener (来源：微信公众号“某某法院”).
_QUOTES = "“\"「『"
_ACCOUNT_ID = re.compile(r"[”\"」』][（(](?:微信)?(?:ID|id|Id|微信号|公众号)[:：]")
_ACCOUNT_KIND = re.compile(r"(?:公众号|微信号|微博|头条号|抖音号?)[“\"「『]$")
_CREDIT_OPEN = re.compile(r"来源|转自|转载自|整理自|摘自|综合自|选自")
_CREDIT_REACH = 150


def _account(text: str, start: int, end: int) -> bool:
    """Whether the court at ``[start, end)``, in quotes, names a social-media account credited as
    a source (来源：…、“湖南高院”(ID:hunangaoyuan)、…; 来源：微信公众号“某某法院”): the page's source, not a
    court acting. An account the text's court publishes on in its story (佛山中院官方微信公众号“佛山中院”
    发布…) is its court acting."""
    if _ACCOUNT_ID.match(text, end):
        return True
    if not _ACCOUNT_KIND.search(text, max(0, start - 4), start):
        return False
    opened = max(0, start - _CREDIT_REACH)
    m = None
    for m in _SENTENCE_END.finditer(text, opened, start):
        pass
    return _CREDIT_OPEN.search(text, m.end() if m else opened, start) is not None


#: How far before a court the 下辖 of a list of subordinate courts it is in may stand.
_SUBORDINATE_REACH = 100
_SENTENCE_END = re.compile(r"[。；！？;!?\x00]")


def _subordinate(text: str, start: int) -> bool:
    """Whether the court at ``start`` is in a list of the courts below a court, in the sentence
    where it describes itself (上海市高级人民法院下辖第一、第二、第三中级人民法院，海事法院、金融法院、
    上海铁路运输法院等专门法院以及16个区法院): named as part of that court, not acting. 下辖的
    (某中院下辖的某法庭开展…) names the court that acts."""
    k = text.rfind("下辖", max(0, start - _SUBORDINATE_REACH), start)
    return k > 0 and text[k - 1] == "院" and not text.startswith("的", k + 2) \
        and _SENTENCE_END.search(text, k, start) is None


def _record(text: str, start: int) -> bool:
    """Whether the court at ``start`` sentenced a party earlier, as the party's description at the head of a
    judgment records (上诉人（原审被告人）翁某，男，1963年7月17日出生，…。1986年7月20日因犯…罪被…人民法院
    判处有期徒刑七年): the party's past, not a court of the case. A sentence a story tells, without the
    party's birth before it (近日，张某因犯危险驾驶罪被某县法院判处拘役), is the court acting."""
    if not _RECORD_BEFORE.search(text, max(0, start - 50), start):
        return False
    party = None
    for party in _PARTY.finditer(text, max(0, start - _PARTY_REACH), start):
        pass
    return party is not None and "\x00" not in text[party.end():start]


def _ruling(text: str, start: int, end: int) -> bool:
    """Whether the court at ``[start, end)`` is named for one of its rulings, cited or relied on
    (see :data:`_RULING_AFTER`, :data:`_RELY_BEFORE`)."""
    if _RULING_AFTER.match(text, end):
        return _RULING_NOT_BEFORE.search(text, max(0, start - 12), start) is None
    return _RELY_BEFORE.search(text, max(0, start - 2), start) is not None and _RELY_AFTER.match(text, end) is not None


def _choose(courts: tuple[Court, ...], gaz: Gazetteer, main_province: str | None, main_city: str | None,
            context: set[str]) -> Court | None:
    """The court a form stands for: the only one, else the one in the text's city, its
    province, or the one place the text names; else none (abstain)."""
    if len(courts) == 1:
        return courts[0]
    for keep in (lambda c: main_city is not None and _city_code(gaz, c) == main_city,
                 lambda c: main_province is not None and c.province == main_province,
                 lambda c: _city_code(gaz, c) in context):
        chosen = [c for c in courts if keep(c)]
        if len(chosen) == 1:
            return chosen[0]
    return None


def _city_code(gaz: Gazetteer, court: Court) -> str | None:
    """The city a court counts for: that of its division, when its name names the division
    or the city (慈利县人民法院 → 张家界市; 黑龙江省林区中级人民法院 sits in 哈尔滨 but is not
    a 哈尔滨 court). A renamed court's name is also its present one's (横县人民法院, now
    横州市人民法院, is a 南宁 court)."""
    if court.division and court.division in gaz.divisions:
        city = gaz.city(court.division)
        named = _names(court, city) or _names(court, gaz.divisions[court.division]) if city else False
        return city.code if city is not None and named else None
    return None


def _names(court: Court, d: Division) -> bool:
    """Whether the court's name, or the present name of a renamed court, names division ``d``."""
    return any(d.name in name or any(s in name for s in d.shorts if len(s) >= 2)
               for name in dict.fromkeys((court.name, court.facet)))


def _from_directory(gaz: Gazetteer, court: Court, start: int, end: int) -> CourtRef:
    city, county = _places(gaz, court)
    return CourtRef(court.facet, court.level, court.province, city, start, end, county)


@lru_cache(maxsize=8192)
def _places(gaz: Gazetteer, court: Court) -> tuple[str | None, ...]:
    """A directory court's city and county codes (see :func:`_city_code`, :func:`_county_code`)."""
    return _city_code(gaz, court), _county_code(gaz, court)


def _county_code(gaz: Gazetteer, court: Court) -> str | None:
    """The county of a basic court named after or seated in one."""
    d = gaz.divisions.get(court.division or "")
    return d.code if d is not None and d.level == "county" and court.level == "基层" and _names(court, d) else None


def _former_straddled(text: str, f: Found, gaz: Gazetteer, ends: set[int]) -> bool:
    """Whether a form only former courts bear opens where the character before it and its first
    make a word, with no place ending there (台北|北市法院 is no 保定市北市区人民法院; 烟台市长岛法院 is
    长岛县人民法院 after its city, though 市长 is a word)."""
    return (all(c.status == "former" for c in f.courts) and text[f.start - 1: f.start + 1] in gaz.words
            and f.start not in ends and text[f.start - 1] != "原")  # 原宜宾县人民法院: the former court


def _canonical(c: CourtRef, gaz: Gazetteer, directory: CourtDirectory) -> CourtRef:
    """A court named from places, under the directory's name for it where it has one."""
    found = directory.lookup(c.name)
    if len(found) != 1:
        return c
    court = found[0]
    return CourtRef(court.facet, court.level, court.province or c.province, _city_code(gaz, court) or c.city,
                    c.start, c.end, _county_code(gaz, court) or c.county, c.bare, whole=c.whole)


def _listed_before(text: str, heads: list[RegionRef], before: int, start: int, court: Court, gaz: Gazetteer,
                   directory: CourtDirectory, ref_at: dict[int, RegionRef]) -> list[CourtRef]:
    """The courts of places listed before a court that shares its court word with them:
    玉树、果洛中院 (玉树州中院 too), 渝中、大渡口区法院 (``heads[:before]``: the places named before it)."""
    out: list[CourtRef] = []
    head = ref_at.get(start)
    if head is None or court.level not in ("中级", "基层"):
        return out
    level = gaz.divisions[head.code].level
    pos = head.chain_start
    for k in range(before - 1, -1, -1):
        prev = heads[k]
        if prev.end != pos - 1 or text[pos - 1] not in _ENUM_SEP or gaz.divisions[prev.code].level != level:
            break
        d = gaz.divisions[prev.code]
        made = (_named(gaz, d, f"{d.name}中级人民法院", "中级", prev.chain_start, prev.end)
                if court.level == "中级" else _base(gaz, d, prev.chain_start, prev.end))
        out.append(_canonical(made, gaz, directory))
        pos = prev.chain_start
    return out


def _by_places(text: str, refs: list[RegionRef], gaz: Gazetteer,
               main_province: str | None = None, main_city: str | None = None) -> list[CourtRef]:
    """Courts made from place names followed by a court word, bare court words and tribunals."""
    out: list[CourtRef] = []
    taken: set[int] = set()
    heads = [r for r in refs if not r.absorbed]
    for i, ref in enumerate(heads):
        m = _SUFFIX.match(text, ref.end)
        if not m:
            continue
        taken.update(range(ref.end, m.end()))
        if any(k.weak == "c" and k.code == ref.code for k in gaz.keys.get(ref.key, ())):
            continue  # 南海市人民法院: a split county's former court, not its city's 中院
        kind = m.lastgroup
        d = gaz.divisions[ref.code]
        if kind == "plural" and d.level == "county":
            for r in _enumerated(heads, i, text):
                out.append(_base(gaz, gaz.divisions[r.code], r.chain_start, m.end()))
            continue
        if kind in ("highs", "mids"):  # 河北、北京、天津三地高级人民法院: each place's court of the level
            level, word = ("province", "高级") if kind == "highs" else ("prefecture", "中级")
            for r in _enumerated(heads, i, text):
                e = gaz.divisions[r.code]
                if e.level == level:
                    out.append(_named(gaz, e, f"{e.name}{word}人民法院", word, r.chain_start, m.end()))
            continue
        court = _court(gaz, d, kind, m, ref.chain_start)
        if court:
            out.append(court)
    ref_ends = {r.end for r in refs}
    starts = [r.start for r in refs]
    for m in _BARE.finditer(text):
        word = m.group()
        kind = ("supreme" if word.startswith("最高") else "prov" if word[0] in "省自" else "high" if word == "高院"
                else "mid" if word == "中院" else "city")
        if kind in ("high", "mid"):
            if m.start() and _HAN_CHAR.match(text, m.start() - 1):
                continue
            kind = "prov" if kind == "high" else "city"
        i = bisect_left(starts, m.start() + 1) - 1  # the place name the word may start inside
        inside = i >= 0 and refs[i].end > m.start()
        if m.start() in taken or m.start() + 1 in ref_ends or inside:  # 湖南省高院: done above
            continue
        if kind == "prov" and word.endswith("省法院") and m.start() and text[m.start() - 1] in _COLLECTIVE:
            continue  # 全省法院, 我省法院: all the courts of the province
        if kind == "supreme":
            out.append(CourtRef(SUPREME, "最高", None, None, m.start(), m.end(), bare=True))
        elif kind == "prov" and main_province:
            d = gaz.divisions[main_province]
            out.append(replace(_named(gaz, d, f"{d.name}高级人民法院", "高级", m.start(), m.end()), bare=True))
        elif kind == "city" and main_city and gaz.divisions[main_city].level == "prefecture":
            d = gaz.divisions[main_city]
            out.append(replace(_named(gaz, d, f"{d.name}中级人民法院", "中级", m.start(), m.end()), bare=True))
        elif kind == "city" and main_city is None and word.startswith("市"):
            d = _sentence_city(text, refs, starts, m.start(), gaz)
            if d is not None:
                out.append(replace(_named(gaz, d, f"{d.name}中级人民法院", "中级", m.start(), m.end()), bare=True))
    for ref in heads:  # 寿光两法官, 石门执行法官: the county court's judges
        if _JUDGES_AFTER.match(text, ref.end) and gaz.divisions[ref.code].level == "county" and ref.end not in taken:
            out.append(_base(gaz, gaz.divisions[ref.code], ref.chain_start, ref.end))
    out += _tribunals(text, heads, gaz)
    return sorted(out, key=lambda c: c.start)


def _sentence_city(text: str, refs: list[RegionRef], starts: list[int], pos: int, gaz: Gazetteer) -> Division | None:
    """The prefecture-level city named last before ``pos`` in its sentence, for a 市中院 (市中级人民法院)
    in a text that has no one city (宁德市人大…听取了…市中级人民法院工作报告, where other places the
    text names tie with 宁德): the 市 of the court word is that city. None where the sentence names
    none before it, or the place named last is no city's."""
    opened = max(0, pos - _CITY_REACH)
    for m in _SENTENCE_END.finditer(text, opened, pos):
        opened = m.end()
    i = bisect_left(starts, pos) - 1
    while i >= 0 and refs[i].start >= opened:
        r = refs[i]
        if r.end <= pos and not r.absorbed and not r.aside:
            city = gaz.city(r.code)
            return city if city is not None and city.level == "prefecture" else None
        i -= 1
    return None


#: How far before a 市中院 the city its 市 stands for is looked for, in its sentence.
_CITY_REACH = 120


#: After a county-level place: its court's judges (寿光两法官, 石门执行法官).
_JUDGES_AFTER = re.compile(r"(?:[两三几多]名?|一名)?(?:执行)?法官")


def _court(gaz: Gazetteer, d: Division, kind: str, m: re.Match[str], start: int) -> CourtRef | None:
    end = m.end()
    municipality = d.code in MUNICIPALITIES
    if kind == "special" and d.level != "county":
        short = d.shorts[0] if d.shorts else d.name
        return _named(gaz, d, short + m["special"], "专门", start, end)
    if d.level == "province":
        if kind == "high":
            return _named(gaz, d, f"{d.name}高级人民法院", "高级", start, end)
        if kind == "mid" and municipality and m["nth"]:
            return _named(gaz, d, f"{d.name}{m['nth']}中级人民法院", "中级", start, end)
        return None
    if d.level == "prefecture":  # 荆州中院; 商丘两级法院, 巴中法院: the city's courts, led by its 中院
        if kind in ("mid", "two", "base"):
            return replace(_named(gaz, d, f"{d.name}中级人民法院", "中级", start, end), whole=kind in ("base", "two"))
        return None
    if kind in ("base", "plural"):
        return _base(gaz, d, start, end)
    return None


def _base(gaz: Gazetteer, d: Division, start: int, end: int) -> CourtRef:
    """The base court of a county-level division (a district's name carries its city)."""
    city = gaz.city(d.code)
    prefix = city.name if d.is_district and city is not None and city.code != d.code else ""
    return _named(gaz, d, f"{prefix}{d.name}人民法院", "基层", start, end)


def _named(gaz: Gazetteer, d: Division, name: str, level: str, start: int, end: int) -> CourtRef:
    city = gaz.city(d.code)
    return CourtRef(name, level, d.province_code, city.code if city else None, start, end,
                    d.code if d.level == "county" and level == "基层" else None)


def _enumerated(heads: list[RegionRef], i: int, text: str) -> list[RegionRef]:
    """The county-level places enumerated up to ``heads[i]`` (公安县、沙市区两地法院)."""
    items = [heads[i]]
    for k in range(i - 1, -1, -1):
        prev = heads[k]
        gap = text[prev.end: items[-1].chain_start]
        if len(gap) != 1 or gap not in _ENUM_SEP:
            break
        items.append(prev)
    return items[::-1]


_TRIBUNAL_AFTER = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:人民)?法庭")


def _tribunals(text: str, heads: list[RegionRef], gaz: Gazetteer) -> list[CourtRef]:
    """Tribunals named after a town the text places in a county (石门县维新镇 … 维新法庭), or
    named right after their county (通江县沙溪法庭): the county's base court."""
    towns: dict[str, Division] = {}
    for ref in heads:
        d = gaz.divisions[ref.code]
        if d.level != "county":
            continue
        m = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)").match(text, ref.end)
        if m:
            towns.setdefault(m[1], d)
    out = []
    for town, d in towns.items():
        for m in re.finditer(re.escape(town) + r"(?:人民)?法庭", text):
            out.append(_base(gaz, d, m.start(), m.end()))
    for ref in heads:  # 通江县沙溪法庭: a tribunal of the county's court
        d = gaz.divisions[ref.code]
        if d.level != "county" or text.endswith("法院", 0, ref.chain_start):
            continue  # 扎鲁特旗人民法院巴彦芒哈人民法庭: the court before it is the tribunal's
        m = _TRIBUNAL_AFTER.match(text, ref.end)
        if m and _town_tribunal(m[1]):
            out.append(_base(gaz, d, ref.chain_start, m.end()))
    return out


#: The supreme court in English: its name, or what English reports call it (China's top court, the
#: country's highest court; whitespace removed), which counts, as its Chinese names do, where a title names it.
_SUPREME_EN = re.compile(r"(?i)SupremePeople['’`]sCourt"
                         r"|(?:China|[Tt]henation|[Tt]hecountry)['’`]s(?:top|highest)court(?!s)"
                         r"|(?<![A-Za-z])(?:[Tt]he)?(?:top|highest)court")
#: After a court named in English: where it sits (…People'sCourtofthecityofNingbo, …People'sCourtinZhejiang).
_SEAT_EN = re.compile(r",?(?:of|in)(?:the(?:city|municipality|province)of)?")
_ORDINALS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
             "First": "一", "Second": "二", "Third": "三", "Fourth": "四", "Fifth": "五"}
_SPECIAL_EN = {"Internet": "互联网法院", "Maritime": "海事法院", "IntellectualProperty": "知识产权法院",
               "Financial": "金融法院", "RailwayTransport": "铁路运输法院"}


def _english_courts(text: str, heads: list[RegionRef], gaz: Gazetteer, directory: CourtDirectory) -> list[CourtRef]:
    """Courts named in English after a place named in English (see the module docstring):
    the directory's court of the Chinese name they translate, or none."""
    chinese = "China" in text or "Chinese" in text  # another country's top court is none of these
    out = [CourtRef(SUPREME, "最高", None, None, m.start(), m.end()) for m in _SUPREME_EN.finditer(text)
           if chinese or m[0][0] == "S"]
    for ref in heads:
        if not ref.key.isascii():
            continue
        m = COURT_AFTER.match(text, ref.end)
        if m is None:
            continue
        kind = court_kind(m)
        if not level_fits(gaz, ref.code, kind):  # a High court of a province, an Intermediate one of a city …
            continue
        d = gaz.divisions[ref.code]
        if not _seat_fits(text, m.end(), ref.code, heads):
            continue
        if kind == "high":
            names = [f"{d.name}高级人民法院"]
        elif kind == "mid":
            nth = _ORDINALS.get(m["no"] or m["ord"] or "", "")
            names = [f"{d.name}第{nth}中级人民法院" if nth else f"{d.name}中级人民法院"]
        elif kind == "special":
            word = next(v for k, v in _SPECIAL_EN.items() if m["special"].startswith(k))
            if m["railmid"]:
                word = "铁路运输中级法院"
            names = [f"{s}{word}" for s in (*d.shorts, d.name)]
        else:
            names = [_base(gaz, d, 0, 0).name]
        for name in names:
            found = directory.lookup(name)
            if len(found) == 1:
                out.append(_from_directory(gaz, found[0], ref.chain_start, m.end()))
                break
    return out


def _seat_fits(text: str, end: int, code: str, heads: list[RegionRef]) -> bool:
    """Whether the place a court named in English is said to sit in right after its name (…of the
    city of Ningbo, …in Zhejiang province) holds the division ``code`` its name was read as, or
    none is said. Romanised names merge places (Jinzhou: 锦州, 金州, 晋州), so a district court
    said to sit in another city is not that district's court."""
    m = _SEAT_EN.match(text, end)
    if m is None or m.end() == end:
        return True
    seat = next((h for h in heads if h.start == m.end()), None)
    if seat is None or seat.code == code:
        return True
    prefix = seat.code[:2] if seat.code.endswith("0000") else seat.code[:4] if seat.code.endswith("00") else seat.code
    return code.startswith(prefix)
