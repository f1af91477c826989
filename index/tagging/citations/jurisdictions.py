"""Laws of other jurisdictions than the mainland's: Taiwan's codes (民法第184條 on a page about the law
of Taiwan, 台湾地区“民法”第1052条, 其《著作权法》 after a sentence naming 台湾地区) and other countries'
(德国民法典第823条, 日本民法第709条). Their citations are kept under one naming convention and resolve to
no statute of the collection, which holds the mainland's laws.

In:  the text (simplified characters), a law it names (:class:`~.records.Law`) and where; for
     :func:`elsewhere`, the law of a citation.
Out: :func:`of_taiwan` (whether a text is about the law of Taiwan); :func:`of_elsewhere` (a law named as
     Taiwan's code, ``民法（台湾地区）``, or as another country's, ``德国民法典``; left out when it is a code
     of Hong Kong or Macau, or of no one country; None for the mainland's); :func:`codes_named` (the
     names of such codes the law-name table lacks, before article numbers: 民法, 劳动基准法);
     :func:`elsewhere` (why a citation of a law resolves to nothing: a law of Taiwan, a foreign law);
     :data:`TAIWAN` (the note ending the name of a code of Taiwan).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import judicial
from .records import Law
from .text import compiled

#: The note ending the name of a code of Taiwan: 民法（台湾地区）, 劳动基准法（台湾地区）.
TAIWAN = "（台湾地区）"
#: Other countries, by the names the news gives them.
_STATES = (r"美国|日本|德国|法国|英国|巴西|西班牙|葡萄牙|意大利|奥地利|瑞典|挪威|丹麦|芬兰|波兰|希腊"
           r"|比利时|爱尔兰|俄罗斯|苏联|韩国|朝鲜|瑞士|荷兰|加拿大|墨西哥|阿根廷|智利|澳大利亚"
           r"|新西兰|新加坡|印度|越南|泰国")
_COUNTRIES = rf"{_STATES}|台湾|香港|澳门|欧盟|外国|国外|域外|各国|他国"
#: Names of other countries and regions before a law (日本刑法, 俄罗斯联邦民法典, 台湾地区“民法”): their codes
#: are not the statutes of the collection.
_FOREIGN = compiled(rf"(?P<country>(?:{_COUNTRIES})(?:地区|联邦|王国|共和国)?)"
                     r"[^，。；、\s《》]{0,8}$")
#: A law named as that of a country or region its sentence names before it (我国台湾地区亦采用类似的规定，
#: 比如其《著作权法》第八十八条): 其 right before the law, the country earlier in the sentence.
_ITS = compiled(r"其\s*$")
_COUNTRY = compiled(rf"(?<!我)(?<!中)(?P<country>{_COUNTRIES})")
#: ... of which these name no one code (各国刑法) or are regions whose codes the news names unevenly.
_NO_CODE = frozenset({"香港", "澳门", "欧盟", "外国", "国外", "域外", "各国", "他国"})
#: The name of another country's code, as the extractor names it (the country first): a foreign law.
_FOREIGN_NAME = compiled(rf"^(?:{_STATES})")
#: What shows a text is about the law of Taiwan, whose codes go by the mainland's short names (民法, 刑法,
#: 著作权法): a court of Taiwan (臺灣臺北地方法院, 臺灣高等法院, 橋頭地方法院: what stands before 地方法院 or
#: 高等法院), a case number of its courts (108年度台上字第12號, the year of the Republic), a year of the
#: Republic after 1949 (民國110年).
_TAIWAN_COURT = compiled(r"(?:台湾[\u4e00-\u9fff]{0,2}|台北|新北|士林|桃园|新竹|苗栗|台中|彰化|南投|云林|嘉义|台南|高雄"
                         r"|桥头|屏东|台东|花莲|宜兰|基隆|澎湖|金门|连江)$")
_TAIWAN_CASE = compiled(r"(?<!\d)\d{2,3}\s*年度\s*[\u4e00-\u9fff]{1,4}字\s*第\s*\d+\s*号")
_CASE_YEAR = compiled(r"(?<!\d)\d{2,3}\s*$")
_TAIWAN_YEAR = compiled(r"民国\s*(?:(?:39|[4-9]\d|1\d\d)\s*年|(?:[四五六七八九]十|一百)[一二三四五六七八九十]{0,2}\s*年)")
#: ... or prices fines and damages in Taiwan's currency (新台币50万元), or says it explains the law of Taiwan
#: (解析台湾法律, 台湾地区的法律): the codes such a page names by short names are Taiwan's too.
_TAIWAN_WORDS = compiled(r"新台币|台湾(?:地区)?(?:的)?法律")
#: ... and what shows it is about the mainland's all the same (a mainland court recognising a Taiwan judgment).
_MAINLAND = compiled(r"人民法院|人民检察院|中级法院|大陆|内地")
#: Mainland laws a page about Taiwan may still cite by name: titles with 中华人民共和国, the 民法典, the rules
#: of the mainland's courts.
_MAINLAND_LAW = compiled(r"中华人民共和国|民法典|最高人民法院|最高人民检察院")
#: The codes of Taiwan the law-name table has no name for (the mainland has no law of that name): on a page
#: about the law of Taiwan, or after 台湾地区, they are named before article numbers as the table's are.
_TAIWAN_CODES = compiled("|".join(sorted((
    "民法", "劳动基准法", "公平交易法", "消费者保护法", "个人资料保护法", "公害纠纷处理法", "强制执行法", "非讼事件法",
    "家事事件法", "少年事件处理法", "社会秩序维护法", "道路交通管理处罚条例", "证券交易法", "性别工作平等法",
    "性别平等工作法", "就业服务法", "劳工保险条例", "劳工退休金条例", "公寓大厦管理条例", "毒品危害防制条例",
    "贪污治罪条例", "洗钱防制法", "组织犯罪防制条例", "枪炮弹药刀械管制条例", "家庭暴力防治法", "性骚扰防治法",
    "性侵害犯罪防治法", "食品安全卫生管理法", "药事法", "医疗法", "行政程序法", "行政执行法", "诉愿法",
    "陆海空军刑法", "刑事妥速审判法", "国民法官法", "智慧财产案件审理法"), key=len, reverse=True)))
#: A code's name a country's name comes right before that the table lacks: 日本民法, 德国商法.
_FOREIGN_CODES = ("民法", "商法")
#: Article numbers right after such a name (民法第184條, 民法”第1052条, 民法184条).
_NUMBERED = compiled(r"[”\"」』]?\s*(?:第|[0-9０-９])")
#: A closing quotation mark, and the opening one it closes.
_CLOSING = {"”": "“", "\"": "\"", "」": "「", "』": "『"}
#: Marks around a code's name as printed: 《民法》, “民法”.
_MARKS = compiled(r"[《》“”\"「」『』\s]")
#: The common abbreviations of codes of Taiwan, and the short titles they stand for (消保法第19條 on a page
#: about the law of Taiwan: 消费者保护法（台湾地区）).
_TAIWAN_SHORT = {"消保法": "消费者保护法", "民诉法": "民事诉讼法", "刑诉法": "刑事诉讼法", "劳基法": "劳动基准法",
                 "个资法": "个人资料保护法", "公平法": "公平交易法", "道交条例": "道路交通管理处罚条例"}
#: How a page may print the state before a code of Taiwan: 中华民国刑法, 台湾地区民法.
_STATE = compiled(r"^(?:中华民国|台湾地区|台湾)")


def of_taiwan(text: str) -> bool:
    """Whether ``text`` (simplified characters) is about the law of Taiwan (a court, case number or year of
    its own: :data:`_TAIWAN_COURT`, :data:`_TAIWAN_CASE`, :data:`_TAIWAN_YEAR`; its currency or the words
    台湾法律: :data:`_TAIWAN_WORDS`) and not
    the mainland's: the codes it names by short names (民法第184條, 刑法第339條) are Taiwan's."""
    if not (_taiwan_court(text) or _taiwan_case(text) or "民国" in text and _TAIWAN_YEAR.search(text)
            or _TAIWAN_WORDS.search(text)):
        return False
    return _MAINLAND.search(text) is None


def _taiwan_court(text: str) -> bool:
    """Whether ``text`` names a court of Taiwan (:data:`_TAIWAN_COURT` before 地方法院 or 高等法院)."""
    for word in ("地方法院", "高等法院", "高等行政法院"):
        at = text.find(word)
        while at >= 0:
            if _TAIWAN_COURT.search(text, max(0, at - 4), at):
                return True
            at = text.find(word, at + 1)
    return False


def _taiwan_case(text: str) -> bool:
    """Whether ``text`` prints a case number of the courts of Taiwan (:data:`_TAIWAN_CASE`)."""
    at = text.find("年度")
    while at >= 0:
        year = _CASE_YEAR.search(text, max(0, at - 5), at)
        if year is not None and _TAIWAN_CASE.match(text, year.start()):
            return True
        at = text.find("年度", at + 1)
    return False


def _its_country(text: str, start: int, before: str) -> re.Match[str] | None:
    """The country or region the sentence names before a law printed right after 其 (its code), or None."""
    its = _ITS.search(before)
    if its is None:
        return None
    stop = start - len(before) + its.start()
    opening = max(text.rfind(mark, 0, stop) for mark in "。；;！!？?\n") + 1
    return _COUNTRY.search(text, opening, stop)


def taiwan_name(written: str) -> str:
    """The name of the code of Taiwan printed as ``written`` (simplified characters): its short title
    without marks or the state printed before it, an abbreviation (:data:`_TAIWAN_SHORT`) spelt out, and
    :data:`TAIWAN` (《勞動基準法》 → 劳动基准法（台湾地区）, 消保法 → 消费者保护法（台湾地区）,
    “民法” → 民法（台湾地区）, 中华民国刑法 → 刑法（台湾地区））."""
    name = _STATE.sub("", _MARKS.sub("", written))
    name = _TAIWAN_SHORT.get(name, name)  # 消保法 → 消费者保护法
    return name if name.endswith(TAIWAN) else name + TAIWAN


def of_elsewhere(text: str, law: Law, taiwan: bool = False) -> Law | None:
    """``law`` (named at ``law.start``) as the code of another jurisdiction than the mainland, or None when
    it is the mainland's: after the name of a country (巴西刑法典, 日本刑法: kept by that name, which a
    mention opening with the country takes in) or after 其 in a sentence naming one; a code of Taiwan (after
    台湾地区, or any law a text about the law of Taiwan names — ``taiwan``: :func:`of_taiwan` —, unless its
    name is the mainland's only: 民法典, a title with 中华人民共和国, a rule of the Supreme People's Court),
    named by :func:`taiwan_name`; a code of Hong Kong or Macau, or of no one country (各国刑法), is left out
    (``lawlike`` false)."""
    start, end = law.start, law.end
    before = text[max(0, start - 24):start]
    near = _FOREIGN.search(before)
    foreign = near or _its_country(text, start, before)
    region = foreign.group("country") if foreign else ""
    if foreign and not region.startswith("台湾"):
        if any(region.startswith(word) for word in _NO_CODE):
            return replace(law, lawlike=False)
        # 巴西刑法典第48条, 日本刑法第208条之二: that country's code, kept by its name (no statute of the collection)
        if text.startswith("典", end) and not law.written.endswith("典"):
            end += 1
        name = re.sub(r"\s+", "", text[start:end].strip("《》"))
        name = name if name.startswith(region) or _FOREIGN_NAME.match(name) else region + name
        if near is not None and near.end() == len(before) and not law.written.startswith("《"):
            start -= len(before) - foreign.start()  # the mention begins with the country: 西班牙1944年刑法典
        return replace(law, start=start, end=end, written=text[start:end], law=name, form="unknown", candidates=(),
                       lawlike=True, as_of=None, year=None)
    if not (foreign or taiwan) or _mainland_only(law):
        return None  # a mainland law (台湾同胞适用《中华人民共和国民法典》…: the mainland's all the same)
    if not law.lawlike or law.law is None and not law.candidates or _FOREIGN_NAME.match(law.written.strip("《")):
        return None  # no law (《人民法院报》), or another country's code named on a page about Taiwan (《德国刑法典》)
    # 臺灣臺北地方法院…民法第184條, 台湾地区“民法”第1052条, 其《著作权法》: Taiwan's code, not the mainland's law
    return replace(law, law=taiwan_name(law.written), form="unknown", candidates=(), lawlike=True, as_of=None,
                   year=None)


def _mainland_only(law: Law) -> bool:
    """Whether ``law``'s name is the mainland's only (:data:`_MAINLAND_LAW`, a judicial interpretation, the
    民法典): a page about the law of Taiwan citing it cites the mainland's law."""
    return bool(_MAINLAND_LAW.search(law.written)) or judicial(law.law or "") or (law.law or "").endswith("民法典")


def codes_named(text: str, taiwan: bool) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the names of codes of Taiwan or of other countries that the law-name table
    lacks, right before article numbers: those of :data:`_TAIWAN_CODES` on a page about the law of Taiwan
    (``taiwan``) or after 台湾地区 (台湾地区劳动基准法第24条); anywhere, 民法 and 商法 with the name of a
    country or region right before them (日本民法第709条, 台湾地区“民法”第1052条: :func:`of_elsewhere`
    names them). The quotation marks
    around the name are part of it (“民法”)."""
    found: list[tuple[int, int, str]] = []
    if taiwan or "台湾" in text:
        for m in _TAIWAN_CODES.finditer(text):
            country = None if taiwan else _FOREIGN.search(text, max(0, m.start() - 24), m.start())
            if taiwan or country is not None and country.group("country").startswith("台湾"):
                found.append((m.start(), m.end(), m.group()))
    if not taiwan:
        for word in _FOREIGN_CODES:
            at = text.find(word)
            while at >= 0:
                if _FOREIGN.search(text, max(0, at - 24), at) is not None and not any(s <= at < e for s, e, _n in found):
                    found.append((at, at + len(word), word))
                at = text.find(word, at + 1)
    out = []
    for start, end, name in found:
        after = _NUMBERED.match(text, end)
        if after is None:
            continue
        if text[end:end + 1] in _CLOSING:  # “民法”第1052条: the name in its quotation marks
            if text[start - 1:start] == _CLOSING[text[end]]:
                start -= 1
            end += 1
        out.append((start, end, name))
    return out


def elsewhere(law: str | None) -> str | None:
    """Why a citation of ``law`` resolves to no statute of the collection, when it is a code of Taiwan
    (民法（台湾地区）) or of another country (德国民法典); None for any other law."""
    if not law:
        return None
    if law.endswith(TAIWAN):
        return f"{law} is a law of Taiwan; the statute collection holds the mainland's laws"
    if _FOREIGN_NAME.match(law):
        return f"{law} is a foreign law; the statute collection holds the mainland's laws"
    return None
