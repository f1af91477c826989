"""Statute citations in news text: 《民事诉讼法》第二百三十七条, 刑法第三百一十三条, 该法第十条.

In:  a text (one section of an article: paragraphs separated by line breaks) and the
     law-name table ``data/law_aliases.tsv`` (:class:`LawNames`).
Out: :func:`extract` → :class:`Citation` per mention, in text order: its character span,
     the law as written, the law's full title (the table's, else the title as printed),
     how the law is named (:data:`FORMS`) and the articles cited (:class:`Cited`, ranges
     and lists expanded, with 款 and 项), each labelled as the statute corpus labels its
     articles (第二百三十七条, 第一百零二条之一).

A mention is a law followed by article numbers. The law is a bracketed title that is a
law (its name is in the table, or it ends as laws do: 法, 条例, 规定, 解释 …; 《人民法院报》,
a book or a film is not; a short name the table lacks may abbreviate one judicial
interpretation: :meth:`LawNames.abbreviation`), a name of the table written without
brackets (刑法, 民诉法), a back-reference (该法, 本法, 同法, 上述规定, or a bare 《规定》) to the
last law of its kind named in the same paragraph, or a name the text defines
(``（以下简称《规定》）``). A year before the law names its version (``as_of``). A bare
``第X条`` cites a law when that law is clear (``continuation``): right after a citation in
the same sentence, or in a paragraph naming that law alone, or the last law named in the
same sentence; a paragraph naming no law (article headings under a title, the quoted text
of an article) refers, with its bare articles and back-references, to the one law of the
paragraphs just before (within :data:`CARRY_REACH`; under an article heading, the heading's
law, not the laws its text names); in a text that has named one law only, a bare article a
sentence speaks of (从第八十二条的表述来看) is that law's. Precision comes first: numbers with no law in reach, a
back-reference whose law is not clear (none of its kind before it, or a list of laws),
the codes of other countries and the articles of other documents (合同第五条) are no
citation. docs/statutes.md gives the examples.

Cost: a text without 条 is returned at once; otherwise one pass of one compiled regular
expression and, over the paragraphs holding article numbers, one of an Aho-Corasick
automaton (names written without brackets), then a loop over the few mentions found.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

import ahocorasick

from ..analysis.fold import cut as cut_spans, simplified, strip_ruby

class _compiled:
    """A regular expression compiled when first used, not when the module is imported
    (``import lawnews`` and a search that cites no statute need none of these)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)  # found directly from now on
        return value


DEFAULT_ALIASES = Path(__file__).with_name("data") / "law_aliases.tsv"
#: Bump when the rules change, so that indexes built by an older tagger are rebuilt.
RULES_VERSION = "20"

#: How a citation names its law.
FORMS = ("title", "short", "abbreviation", "interpretation", "unbracketed", "backref", "defined",
         "continuation", "unknown")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9,
              # the capitals of accounts (第六十壹條: converters that write 一 as 壹 everywhere)
              "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CN = "零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟"
_NUM = rf"(?:[{_CN}]+|[0-9０-９]+)"
_SUB = rf"(?:第\s*{_NUM}\s*款|(?:第\s*)?[（(]\s*{_NUM}\s*[)）]\s*项|第\s*{_NUM}\s*项)"
_JOIN = r"(?:[、，,]|和|及|与|或)"
_DASH = r"(?:至|到|[—－~～-])"
#: 之一 of an article added between two (第一百三十三条之一), also printed 之1.
_ZHI = rf"(?:[{_CN}]+|[0-9０-９]{{1,2}}(?![0-9０-９]))"
_UNIT_TAIL = (rf"{_NUM}(?:\s*(?:{_JOIN}|{_DASH})\s*(?:第\s*)?{_NUM})*\s*条(?:\s*之\s*{_ZHI})?"
              rf"(?:\s*(?:[、和及或]\s*)?{_SUB})*")
_CONN = rf"(?:\[\d{{1,3}}\])?\s*(?:[、，,]|以及|或者|和|及|与|或|{_DASH})\s*"  # [2]: a footnote mark
#: Article numbers: one or more 第…条 (lists, ranges, 款, 项) joined by 、 和 及 至 …; after
#: the first, 第 may be left out (第二百零七条至二百三十六条, 第225条及227条).
_RUN = rf"第\s*{_UNIT_TAIL}(?:{_CONN}(?:第\s*)?{_UNIT_TAIL})*"
#: A number in Chinese numerals of ten or more (二十六, 一百零二): no count of a few things (三条修改).
_CN_TENS = "(?:[一二三四五六七八九两]?[十百千][零〇一二三四五六七八九十百千两]*)"
#: Arabic article numbers without 第, right after a law only: 《民法典》1085条第二款; Chinese ones
#: of ten or more when the article's wording or a 款 follows (治安管理处罚法二十六条规定).
_NRUN = _compiled(rf"(?P<run>(?:[0-9０-９]{{1,4}}|{_CN_TENS}(?=\s*条\s*(?:规定|之|第|的规定|中|[，,。；;:：、]))"
                   rf")\s*条(?:\s*之\s*{_ZHI})?(?:\s*(?:[、和及或]\s*)?{_SUB})*"
                   rf"(?:{_CONN}(?:第\s*)?{_UNIT_TAIL})*)")
_ISSUER = (r"(?:最高人民法院|最高法院|最高法|最高院|最高人民检察院|最高检|两高)"
           r"(?:\s*[、和与及]\s*(?:最高人民检察院|最高检))?")
_BACK = tuple(f"{this}{what}" for this in ("该", "本", "同", "此", "上述", "前述")
              for what in ("司法解释", "法律", "法", "解释", "规定", "条例", "办法", "意见", "决定", "细则", "规则"))
#: Words ending in 本, 该, 此 or 同 that are no back-reference: 基本规定, 日本法, 应该规定, 因此法, 不同法律.
_NOT_BACK = {"本": "基根成版文样资日原副剧账课读范脚蓝底标书老工", "该": "应活", "此": "因如彼", "同": "不共相如协合认赞等"}
_BACK_RE = "|".join(f"(?<![{_NOT_BACK[b[0]]}]){b}" if b[0] in _NOT_BACK else b for b in _BACK)
_ISSUED = r"(?:解释|规定|意见|决定|批复|答复|办法|通知|纪要)"
_EVENTS = _compiled(
    "(?=[《该本同此上前第关最两其])"  # where a branch may start: the scan skips to these characters at C speed
    rf"(?:(?P<wrapped>(?P<wi>{_ISSUER}\s*)?关于(?P<wp>[^《》，。；、：:“”\n]{{0,12}})《(?P<wt>[^《》\n]{{1,40}})》"
    rf"(?P<ws>[^《》，。；：:“”\n]{{0,30}}?{_ISSUED}(?:[（(][一二三四五六七八九十]+[)）])?))"
    rf"|(?P<bracket>(?P<issuer>{_ISSUER}\s*)?《(?P<title>[^《》\n]{{1,120}}(?:《[^《》\n]{{1,60}}》[^《》\n]{{0,60}})*)》)"
    rf"|(?P<back>{_BACK_RE})"
    rf"|(?P<this>(?:该|此|本|(?<![不共相如协合认赞等])同)条\s*{_SUB}(?:\s*(?:[、和及或]\s*)?{_SUB})*)"
    rf"|(?P<qi>(?<![\u4e00-\u9fff])其(?=\s*第\s*{_NUM}\s*条))"  # 其第6条: the law its sentence is about
    rf"|(?P<run>{_RUN}))"
)
_TOKENS = _compiled(
    rf"(?P<art>(?:第\s*)?(?P<nums>{_NUM}(?:\s*(?:{_JOIN}|{_DASH})\s*(?:第\s*)?{_NUM})*)\s*条(?:\s*之\s*(?P<zhi>{_ZHI}))?)"
    rf"|(?P<para>第\s*(?P<pn>{_NUM})\s*款)"
    rf"|(?P<item>(?:第\s*)?[（(]?\s*(?P<iN>{_NUM})\s*[)）]?\s*项)"
    rf"|(?P<dash>{_DASH})"
)
_DASH_RE = _compiled(_DASH)
#: The kind of law a title names, by how it ends: what 《规定》 or 该解释 may point back to.
#: (民法通则 and 民法总则 are laws too: 该法 points back to them.)
_KIND = _compiled(r"(解释|条例|办法|规定|意见|法)(?:典|通则|总则)?(?:[（(][^（）()]*[)）])?$")
_IS_LAW = _compiled(r"法(?:典|通则|总则)?(?:[（(][^（）()]*[)）])?$")
_LIST_JOIN = _compiled(r"\s*(?:[、，,和及与]|以及)?\s*")
_SPLIT = _compiled(rf"\s*({_JOIN}|{_DASH})\s*")
#: Between a law and its article numbers: spaces, a bracketed note (（2021年修正）,
#: （以下简称《规定》）) and 的/中的.
#: The document number printed right after a rule's title: 法释〔2015〕16号, (法发〔2019〕3号).
_DOC_NUMBER = _compiled(r"[ \t\u3000]*[\u4e00-\u9fff]{0,6}[〔\[［【]\d{4}[〕\]］】][ \t\u3000]*\d{1,4}[ \t\u3000]*号[ \t\u3000]*")
_GAP = _compiled(r"\s*(?:[（(](?:[^（）()\n]|[（(][^（）()\n]{0,6}[)）]){0,40}[)）]\s*)?(?:(?:总则|分则|附则|[^\s，。；、：:“”《》（）()第]{1,8}编)\s*)?"
                  r"(?:(?:中的|中|的)\s*)?")
#: A year printed before a law names its version: 2007年民事诉讼法, 1991 年颁行的《民事诉讼法》,
#: 2007年10月28日修改前的《民事诉讼法》, 91年民诉.
_YEAR_BEFORE = _compiled(r"(?:(?P<y4>(?:19|20)\d{2})|(?<!\d)(?P<y2>\d{2}))\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
                          r"\s*(?:(?:修正|修订|修改|颁布|颁行|公布|施行|通过)(?P<when>前|后)?)?\s*的?\s*[:：]?"
                          r"\s*(?:我国|中国)?\s*$")
#: ... or inside the note after its title: 《民事诉讼法》（2021年修正）.
_YEAR_NOTE = _compiled(r"\s*[（(]\s*(?P<y4>(?:19|20)\d{2})\s*年?(?:\d{1,2}月(?:\d{1,2}日)?)?\s*(?:第[一二三四五六七八九十]+次)?"
                        r"(?:修正|修订|修改|(?:版|文本)?\s*[)）])")  # （2021年修正）, ( 2020)
#: ... or printed right against it, without 年: 2023《公司法》, 79刑法 (two digits: without brackets only).
_YEAR_TIGHT = _compiled(r"(?<![\d.．/\-])(?:(?P<y4>(?:19|20)\d{2})|(?P<y2>\d{2}))$")
#: ... or in a version note inside the title: 《公司法（2023修正）》, 《民事诉讼法（2021年修正）》.
_TITLE_NOTE = _compiled(r"[（(]\s*(?P<y4>(?:19|20)\d{2})\s*年?(?:\d{1,2}月(?:\d{1,2}日)?)?\s*(?:第[一二三四五六七八九十]+次)?"
                         r"(?:修正|修订|修改)?(?:本|文本|版)?\s*[)）]》$")
#: The amended text of a law whose amendment the paragraph dated before: 修改后的《民事诉讼法》.
_AFTER_AMENDMENT = _compiled(r"(?:修改|修订|修正)后的?\s*$")
#: Names of other countries and regions: their codes are not the statutes of the collection.
_FOREIGN = _compiled(r"(?P<country>美国|日本|德国|法国|英国|巴西|西班牙|葡萄牙|意大利|奥地利|瑞典|挪威|丹麦|芬兰|波兰|希腊"
                      r"|比利时|爱尔兰|俄罗斯|苏联|韩国|朝鲜|台湾|香港|澳门|瑞士|荷兰|加拿大|墨西哥|阿根廷|智利|澳大利亚"
                      r"|新西兰|新加坡|印度|越南|泰国|欧盟|外国|国外|域外|各国|他国)(?:地区|联邦|王国|共和国)?"
                      r"[^，。；、\s《》]{0,8}$")
#: ... of which these name no one code (各国刑法) or are regions whose codes the news names unevenly.
_NO_CODE = frozenset({"台湾", "香港", "澳门", "欧盟", "外国", "国外", "域外", "各国", "他国"})
#: Before a bare 第X条: a document that is no statute (合同第五条, 公司章程第十条, 判决书第三条).
_OTHER_DOCUMENT = _compiled(r"(?:合同|协议|章程|条款|公约|文件|通知|公告|[\u4e00-\u9fff]书|协定|细则|方案|守则|须知|制度|规程"
                             r"|标准|指南|纪要|议案|提案|清单|手册|规范|规则|办法|合约)\s*(?:中的|中|的)?\s*$")
#: After a bare 第X条: words that make 条 a measure word (第一条高速公路, 第三条建议).
_MEASURE = _compiled(r"\s*(?:高速|公路|道路|铁路|地铁|线路|航线|河|街|路|线|船|鱼|狗|龙|命|心|建议|措施|经验|举措|原则|底线"
                      r"|红线|规矩|消息|新闻|短信|微信|视频|信息|标语|横幅|评论|留言|主线|通道|渠道|纽带|生产线)")
#: A law followed by this names its judicial interpretation: 《民事诉讼法》司法解释.
_INTERP_GAP = _compiled(r"\s*(?P<s>(?:的)?(?:司法)?解释(?:[（(]?[一二三四五六七八九十]+[)）]?)?)\s*")
_DEFINED = _compiled(r"[（(](?:(?:[^（）()\n]{0,30}?[,，;；]\s*)?\s*(?:以下简称|以下称|下文简称|下文称|简称|下称)\s*[:：为]?\s*"
                      r"|\s*(?=[“\"]))"  # (“《纪要》”): a quoted name alone in brackets after the title
                      r"(?:[“\"](?P<quoted>[^”\"\n]{1,24})[”\"]"
                      r"|《?(?P<short>[^）)”\"》\s]{1,20})》?)\s*[)）]")
#: A bracketed title that is a law ends like one (before a （试行）-style note).
_LAWLIKE = _compiled(r"(?:法|法典|条例|规定|解释|办法|决定|规则|细则|意见|通知|纪要|准则|公约|条约|协定|安排|批复|答复"
                      r"|修正案)(?:[（(][^（）()]{1,12}[)）])?$")
#: A line that is nothing but the title of a rule, its text printed under it (广州市物业管理条例,
#: 1. 道路运输行政处罚规定, 江苏省环境保护条例Word文档格式.docx), and the note on a line of its own
#: under it ((征求意见稿)).
_TITLE_LINE = _compiled(r"^[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*)?"
                         r"(?P<title>[\u4e00-\u9fff、]{2,40}?(?:法|条例|规定|办法|细则|规则|解释|决定)"
                         r"(?:[（(][^（）()\n]{1,12}[)）])*)"
                         r"(?:[ \t\u3000]*(?:[Ww]ord)?(?:文档格式|文档)?\.(?:docx?|pdf|wps|txt))?[ \t\u3000]*$", re.M)
#: A line opening with an article heading.
_HEADING_LINE = _compiled(r"^[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*)?第", re.M)
_NOTE_LINE = _compiled(r"\s*(?P<note>[（(][^（）()\n]{1,12}[)）])[ \t\u3000]*(?=\n|$)")
#: A bracketed document number ((法释〔2011〕5号), (国务院令第198号)): printed with a title, never part of it.
_DOC_NOTE = _compiled(r"[（(][ \t\u3000]*(?:[\u4e00-\u9fff]{0,6}[〔\[［【]\d{4}[〕\]］】][ \t\u3000]*\d{1,4}"
                      r"|[\u4e00-\u9fff]{1,8}令[ \t\u3000]*第[ \t\u3000]*[0-9０-９lI]{1,4})[ \t\u3000]*号[ \t\u3000]*[)）]")
#: After a name ending in 法, what makes it a word of its own (法律, 法规, 法院, 法庭, 法官).
_NOT_NAME_AFTER = frozenset("律规院庭官")
#: How the name of a place ends, before the name of a local rule: 广州市, 江苏省, 延边朝鲜族自治州.
_PLACE_END = _compiled(r"[省市县区州旗盟]$")
#: Words no statute's title holds: such a line is a sentence or a headline (青山市出台了新办法).
_NOT_TITLE = _compiled(r"[了吗呢吧您你我他她们这那哪啥么请被把很都也还又就才啊呀嘛]|出台|发布|解读|学习|全文|原文|最新"
                        r"|以下|详解|释义|理解|如何|怎么|什么|哪些|是否"
                        r"|^第[一二三四五六七八九十百零〇\d]+[编章节]")  # 第一节一般规定: a section's heading
#: The part of a long rule a page prints, after its title line: 人民检察院刑事诉讼规则(中).
_PART_LABEL = _compiled(r"[（(][上中下][)）]$")
#: The file name of a shared document around a title: 《…条例Word文档格式.docx》.
_FILE_NAME = _compiled(r"\s*(?:[Ww]ord)?(?:文档格式|文档)?\.(?:docx?|pdf|wps|txt)(?:[（(][^（）()]{0,12}[)）])?$")
#: A paragraph stating what a rule is based on (根据《刑法》…，解释如下：): it names laws, not its own.
_PREAMBLE = _compiled(r"制定本(?:条例|规定|办法|细则|规则|解释|决定|法)|(?:解释|规定|决定)如下\s*[:：]")
#: After the decision an amendment note names (根据…《关于修改部分法律的决定》第一次修正): that decision
#: is no law whose text follows.
_AMENDED_BY = _compiled(r"\s*(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)")
_DECISION = _compiled(r"决定[》>〉]?$")
#: After a title, the notice promulgating it (《…》已于…会议通过，现予公布): the text under it is the rule's.
_PROMULGATED = _compiled(r"\s*(?:已于|已经|于)[^。\n]{0,60}?(?:通过|修订|修正|批准)\s*[，,]?\s*现予(?:公布|发布|印发)")
#: What a title printed without its opening bracket (…城市道路管理条例》第二十七条) runs back to.
_TITLE_STOP = frozenset("，,。；;：:、！!？?“”\"'《》〈〉<>（）()[]［］【】\n\t 　")
#: Titles that end like a law but name a book or a skill (《孙子兵法》, 《学习方法》).
_NOT_LAW = _compiled(r"(?:兵|方|算|语|手|说|做|想|看|写|书|画|疗|魔|功|心|戏|技|笔|刀|枪|拳|剑|章|家|佛|道|用|活|玩|吃|读)法$")
_VERSION_NOTE = _compiled(r"[（(]\s*(?:\d{4}\s*年?(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:第[一二三四五六七八九十]+次)?"
                           r"(?:修正|修订|修改)?(?:本|文本|版)?\s*[)）]$")
#: A part of a law named inside its title: 婚姻家庭编, ·合同编, 第三编, 分则.
_PART = _compiled(r"[·・•\s]?(?:[^\s·・•《》（）()]{1,6}编(?:通则)?|总则|分则|附则)$")  # (searched, then matched from a cut)
#: Titles that name no law by themselves: they point back to the last law of the paragraph.
_GENERIC = frozenset({"法", "法律", "规定", "解释", "意见", "办法", "决定", "条例", "细则", "规则", "通知",
                      "司法解释", "若干规定"})
_SENTENCE_END = _compiled(r"[。；;！!？?\n]")
#: What introduces the quoted wording of the article just cited: 规定：, “, 【条旨】, a space.
_QUOTE = _compiled(r"(?:\s*(?:中)?(?:明确)?规定)?\s*[:：]\s*[“\"「]?|\s*规定\s*[“\"「]|[“\"「]"
                    r"|(?:\s*规定)?[ \t\u3000]+(?=[^\W\d_规之的和及与或等中所][^\W\d_])"
                    r"|\s*【[^】\n]{1,14}】\s*")
#: ... 规定， before the wording (第九条规定，经营者不得…) ...
_QUOTE_COMMA = _compiled(r"\s*(?:中)?(?:明确)?规定\s*[,，]\s*[“\"「]?(?=[\u4e00-\u9fff]{2})")
#: ... unless what follows is the writer's reasoning on it (第1条规定，认为借款系个人所负…): no article's wording.
_REASONING = _compiled(r"(?:认为|明确|指出|表明|确立|强调|体现|说明|可见)")
#: ... or, after a heading opening its paragraph, the wording right against it (第三条盗窃公私财物…).
_QUOTE_HEADING = _compiled(r"(?![规之的和及与或等中所第款项])(?=[\u4e00-\u9fff]{8})")
_HAN = _compiled(r"[\u4e00-\u9fff]+")
#: What opens a remark on a law's article rather than its wording (第二十条曾经被称为…, 第2条亦明确规定…).
_COMMENT = _compiled(r"(?:亦|也|又|还|则|即|曾|已|就|对于|作|是|为|将|被|明确|首次|同样|进一步|专门|再次|具体|分别|共|一共|仅)")
#: The wording right against a heading opening its paragraph (第一条为防治大气污染，依据《…》…): the laws
#: it names are its references.
_WORDING = _compiled(r"(?![规之的和及与或等中所第款项])(?=[\u4e00-\u9fff]{4})")
#: Right before a heading that follows the wording of the one before in the same paragraph: a sentence's end.
_HEADING_AFTER = _compiled(r"[。；;][ \t\u3000]*$")
#: Before an article heading printed inside a paragraph of a rule's text: a sentence's end and a space
#: (…处15日以下拘留。 第十三条 有下列行为之一的): the laws the wording before it names are not its law.
_INLINE_HEADING = _compiled(r"[。；;][ \t\u3000]+$")
#: A label announcing the legal basis a page prints (【法律依据】, 法律依据：) before a quoted article:
#: the headings printed after that article's wording in the same paragraph are of the same law.
_BASIS_LABEL = _compiled(r"(?:法律依据|法条依据|法律规定|相关法条|相关法律规定)\s*[】\]］:：]\s*$")
#: What opens a remark on a bare article rather than its wording (第八十七条明确了…, 第二十条还…).
_REMARK = _compiled(r"(?:明确|规定|确立|体现|说明|表明|强调|增加|删除|修改)了|(?:亦|也|又|还|曾|已|首次|同样|进一步|专门|再次|分别|仅)")
#: What follows an article heading: a space (or a ? printed for one), 【its title】, or its wording.
_HEADING_FOLLOW = _compiled(r"[ \t\u3000?？]|\s*【|(?![规之的和及与或等中所第款项])(?=[\u4e00-\u9fff]{4})")
#: The end of a line holding nothing after the heading before it.
_LINE_END = _compiled(r"[ \t\u3000]*\n[ \t\u3000]*")
#: How many characters of a quoted wording are kept.
QUOTE_CHARS = 24
#: Words up to the end of their line that ask a question (…的规定是怎样的, …怎么理解？): no article's wording
#: (a ? before pinyin letters is a character a page garbled: 嚴重?fù)p害).
_QUESTION = _compiled(r"[^。；;\n]{0,40}?(?:[？?](?![A-Za-z\u00c0-\u024f])|(?:是怎样的|是什么|有哪些|怎么理解|如何理解|怎么规定|如何规定|吗|呢)[\s。]*(?:\n|$))")
#: The mark closing a quotation.
_CLOSE_QUOTE = _compiled(r"[”\"」]")
#: A trial text named right after a title that is not one itself: 《民事诉讼法》(试行).
_TRIAL = _compiled(r"\s*[（(]试行[)）]")
#: What the text says the one article just cited imposes (第五十条规定处15日以下拘留, 之规定，对其处以罚款):
#: a sanction, not a sentence passed (判处) on the articles of a judgment together.
_SANCTION = _compiled(r"(?:之|的)?规定[，,]?\s*(?:对[^。；;：:\n，,]{0,8}?)?(?<!判)(?:处以|处|予以|给予)"
                      r"[^。；;：:\n，,]{0,12}?(拘留|罚款|警告|罚金|有期徒刑|拘役|管制)")
#: The words ending the title of a rule implementing a law (…法实施条例).
_IMPLEMENTING = _compiled(r"实施(?:条例|细则|办法)$")
#: The number of one of a series printed right after its name: 解释（三）, 规定(二).
_ORDINAL = _compiled(r"[（(][一二三四五六七八九十]{1,3}[)）]")
_ORDINAL_END = _compiled(r"[（(]([一二三四五六七八九十]{1,3})[)）]$")
#: What may stand before an article heading at the start of its paragraph: list numbers, 【条文】, ▶, table bars.
_HEADING_LEAD = _compiled(r"(?:[\s\u3000|>▶•·*-]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                           r"|【[^】\n]{0,10}】)*")


def _opens_line(text: str, pos: int, line: int | None = None) -> bool:
    """Whether ``pos`` opens its line of ``text``: nothing but list numbers, 【…】 labels,
    ▶ marks and spaces (:data:`_HEADING_LEAD`) stand before it on the line. ``line``
    (where a line starts, at or before ``pos``) looks from there instead; False when
    ``pos`` lies before it."""
    start = text.rfind("\n", 0, pos) + 1 if line is None else line
    return _HEADING_LEAD.fullmatch(text, start, pos) is not None


#: What parts an article heading from its wording (第一条 【立法目的】…, 第二条　…): the laws that
#: wording names are its references, not its own law.
_HEADING_SEP = _compiled(r"[ \t\u3000]+|\s*【")
#: What stands right before a bare article a sentence speaks of (从第八十二条…, 根据第九条): a word, not a
#: space, a digit or a list mark of shuffled fragments, nor a renumbering (第三十四条改为第三十三条).
_SPOKEN_OF = _compiled(r"(?:(?![为作])[\u4e00-\u9fff]|(?<![改变整])[为作])$")
#: What follows it inside its sentence: no line break or space (第七十六条 第一百三十三条 of shuffled fragments).
_IN_SENTENCE = _compiled(r"[^\s]")
#: What follows an article cited inside the wording of another rule (…第一千零九十一条规定的⏎“与他人同居”的情形，是指…):
#: the article qualifies a term of that wording, it does not introduce its own.
_REFERRED = _compiled(r"\s*(?:所?规定的|所称的?|的规定(?=[\u4e00-\u9fff]))\s*[“\"「\u4e00-\u9fff]")
#: What a law does to another's articles that become its own (改造为, 修改为, 吸收为, 拆分成 …).
_RECAST = _compiled(r"(?:改造|修改|修订|调整|吸收|整合|拆分|分解|变更|细化|扩展|继受|改)(?:为|成)")
#: A crime's name in brackets after a bare article (第二百六十四条【盗窃罪】): an article of the criminal code.
_CRIME = _compiled(r"\s*[【\[［][^】\]］\n]{1,30}罪[】\]］]")
CRIMINAL_CODE = "中华人民共和国刑法"
#: The customary headings of articles of the criminal code's general part, by article number (第二十条
#: 【正当防卫】): a heading holding the word its number has there names the code (民法典 第一百八十一条【正当防卫】
#: and the 1979 code's 第十七条【正当防卫】 number it otherwise).
_CODE_GISTS = {20: "正当防卫", 21: "紧急避险", 22: "犯罪预备", 23: "犯罪未遂", 24: "犯罪中止", 25: "共同犯罪",
               26: "主犯", 27: "从犯", 28: "胁从犯", 29: "教唆", 65: "累犯", 66: "累犯", 67: "自首", 68: "立功",
               69: "数罪并罚", 72: "缓刑", 81: "假释", 87: "追诉时效"}
_GIST = _compiled(r"[ \t\u3000]*[【\[［]([^】\]］\n]{1,20})[】\]］]")
#: The longest stretch between a citation and the bare 第X条 that continues it.
CONTINUATION_GAP = 8
#: How far back a law named without brackets is looked for (into earlier paragraphs too).
NAME_REACH = 2000
#: ... and before an Arabic article number printed without 第 (民诉法225条): the name right before it.
DIGIT_NAME_REACH = 24
#: An article number without 第 (民诉法225条, 治安管理处罚法二十六条): kept where a Han character other than 第
#: (or a title's 》) stands right before it.
_DIGIT_ARTICLE = _compiled(r"[0-9０-９一二三四五六七八九两十百千][0-9０-９零〇一二三四五六七八九十百千两]{0,8}\s*[条條]")
#: Arabic article numbers without 第 (`204条`, `20条、234条`), for :func:`_repeated`.
_REPEATED = _compiled(r"(?<![第0-9０-９.．])(?P<run>[0-9]{1,4}\s*条(?:\s*[、和及与]\s*[0-9]{1,4}\s*条)*)(?![0-9款项之])")
_NO_DI = _compiled(r"(?<![第0-9])([0-9]{1,4}\s*条)")
#: What may stand right before a repeated number: a bracket, a list word, 而, 的 (新的204条).
_REPEAT_BEFORE = frozenset("（(、和及与或而的")
#: How far after a law a paragraph that names none may still refer to it (see :func:`_assemble`).
CARRY_REACH = 1000
#: The sentence ends after which a bare 第X条 opening the next sentence may continue the citation before.
_NEXT_SENTENCE = ("。", "；", ";")
#: Pinyin printed after a character inside a title: 《未成年人保護(hù)法》.
_RUBY = _compiled(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]")
_KEY_DROP = _compiled(r"[\s、，,·（）()《》〈〉<>“”\"]")
#: The glosses spam pages scatter through a text: (拼音:lǐ), [繁:寧], {练:mù}, 《繁:則》, 【pinyin:shēng】.
_GLOSS = _compiled(r"[（(\[［{【《〔]\s*(?:拼音|pinyin|繁体|繁體|繁|练|練|读|讀)\s*[:：]"
                   r"[^（()）\[\]［］{}【】《》〔〕\n]{0,12}[)）\]］}】》〕]")


def _unglossed(text: str) -> tuple[str, list[int] | None]:
    """``(text without glosses, positions)`` as :func:`strip_ruby` gives them: ``positions[i]``
    is where character ``i`` of the result stands in ``text`` (and a last entry ``len(text)``);
    ``None`` and ``text`` itself when it has none."""
    if ":" not in text and "：" not in text:
        return text, None
    return cut_spans(text, (m.span() for m in _GLOSS.finditer(text)))


def title_key(title: str) -> str:
    """How two spellings of one title compare: spaces, 、, brackets and quotes dropped
    (〈〉 for 《》, half- for full-width brackets, 最高人民法院 最高人民检察院 for …、…)."""
    return _KEY_DROP.sub("", title)


_ISSUERS = _compiled(r"^(?:最高人民法院|最高人民检察院|公安部|国家安全部|司法部|国务院|全国人民代表大会常务委员会|全国人大常委会)+")
_LOOSE_DROP = _compiled(r"中华人民共和国|若干问题|问题|试行|的")


def loose_key(title: str) -> str:
    """A looser :func:`title_key`, for titles printed with small differences: without the
    issuers before 关于, 中华人民共和国, (若干)问题, 试行 and 的 (最高人民法院《关于人民法院民事执行中
    查封、扣押、冻结财产若干问题的规定》 for …冻结财产的规定, …适用法律若干问题的解释（一） for
    …适用法律问题的解释（一）)."""
    return _LOOSE_DROP.sub("", _ISSUERS.sub("", title_key(title)))


def cn_number(text: str) -> int | None:
    """第…条's number: ``二百三十七``, ``237`` (also full-width) or ``一〇二`` → int, or None."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if not any(c in _CN_UNITS for c in text):  # 一〇二: digit by digit
        digits = [_CN_DIGITS.get(c) for c in text]
        return None if None in digits else int("".join(map(str, digits)))
    total, current = 0, None
    for c in text:
        if c in _CN_DIGITS:
            if current is not None and current != 0:
                return None  # 二三百: not a number
            current = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            total += (current if current else 1) * _CN_UNITS[c]
            current = None
        else:
            return None
    return total + (current or 0)


def cn_label(n: int) -> str:
    """A number as the statute corpus writes article numbers: 10 → 十, 110 → 一百一十, 1010 → 一千零一十."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    out, zero = "", False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // value % 10 if value < 1000 else n // value
        if d:
            out += ("零" if zero else "") + (digits[d] if d < 10 else cn_label(d)) + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def article_label(number: int, suffix: int | None = None) -> str:
    """``第二百三十七条``, ``第一百零二条之一``."""
    return f"第{cn_label(number)}条" + (f"之{cn_label(suffix)}" if suffix else "")


@dataclass(frozen=True)
class Cited:
    """One article cited: its label as the statute corpus writes it, and the 款 and 项 named."""

    article: str
    paragraph: int | None = None
    item: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("article", self.article), ("paragraph", self.paragraph), ("item", self.item))
                if v is not None}


@dataclass(frozen=True)
class Citation:
    """One mention of statute articles. ``start``/``end`` index the text given to
    :func:`extract` (a section's text; ``section`` is set by the tagger); ``law`` is the
    full title (None when the title is ambiguous: ``candidates`` then lists the laws)."""

    start: int
    end: int
    text: str
    written: str  # the law as written: 《民诉法》, 刑法, 该法; "" for a continuation
    law: str | None
    form: str  # one of FORMS
    articles: tuple[Cited, ...]
    section: int = 0
    candidates: tuple[str, ...] = ()
    as_of: str | None = None  # the version the text names by a year (2007年民事诉讼法): a date in it
    quote: str = ""  # the wording the text quotes right after a one-article mention (its first Han characters)
    verbatim: bool = False  # ... printed in quotation marks (规定：“…”), not a paraphrase or a remark
    sanction: str = ""  # the sanction the text says the one article cited imposes (规定处15日以下拘留: 拘留)
    gloss: str = ""  # without a quote: what the text says the one article says (Han characters; parts split by |)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.article for c in self.articles)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "written": self.written,
                               "law": self.law, "form": self.form, "section": self.section,
                               "articles": [a.to_dict() for a in self.articles]}
        if self.candidates:
            out["candidates"] = list(self.candidates)
        if self.as_of:
            out["as_of"] = self.as_of
        if self.quote:
            out["quote"] = self.quote
        if self.verbatim:
            out["verbatim"] = True
        if self.sanction:
            out["sanction"] = self.sanction
        if self.gloss:
            out["gloss"] = self.gloss
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        return cls(data["start"], data["end"], data["text"], data.get("written", ""), data.get("law"),
                   data.get("form", "title"), tuple(Cited(**a) for a in data.get("articles", ())),
                   data.get("section", 0), tuple(data.get("candidates", ())), data.get("as_of"),
                   data.get("quote", ""), bool(data.get("verbatim", False)), data.get("sanction", ""),
                   data.get("gloss", ""))


@dataclass(frozen=True)
class _Law:
    """A law named in the text (before it is known to be cited)."""

    start: int
    end: int
    written: str
    law: str | None
    form: str
    candidates: tuple[str, ...] = ()
    generic: str | None = None  # 该规定, 《规定》: the kind of law it points back to
    lawlike: bool = True
    as_of: str | None = None
    year: int | None = None  # the year printed before it (2007年10月28日修改前的《民事诉讼法》)


def _one_spelling(titles: list[str]) -> tuple[str, ...]:
    """``titles`` with one spelling of each title (the first; :func:`title_key` tells spellings apart)."""
    first: dict[str, str] = {}
    for title in titles:
        first.setdefault(title_key(title), title)
    return tuple(first.values())


class LawNames:
    """The law-name table: alias → full titles, and the automaton of names written
    without brackets (``data/law_aliases.tsv``, see its header)."""

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        self.path = path
        self.digest = hashlib.sha256(raw).hexdigest()[:16]
        self.kinds: dict[str, str] = {}  # alias key → kind
        laws: dict[str, list[str]] = {}
        titles: set[str] = set()
        for line in raw.decode("utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("alias\t"):
                continue
            alias, law, kind, _used = line.split("\t")
            key = title_key(alias)
            laws.setdefault(key, [])
            if law not in laws[key]:
                laws[key].append(law)
            self.kinds.setdefault(key, kind)
            titles.add(law)
        for law in titles:
            key = title_key(law)
            if key not in laws:
                laws[key] = [law]
                self.kinds[key] = "title"
        # a title the table holds in two spellings (最高人民法院 最高人民检察院… and 最高人民法院、最高人民检察院…,
        # as the collection does) is one document, not two a name could stand for
        self.laws = {k: _one_spelling(v) for k, v in laws.items()}
        self.titles = frozenset(titles)
        self._aliases = [a for a in (line.split("\t")[0] for line in raw.decode("utf-8").splitlines()
                                     if line and not line.startswith("#") and not line.startswith("alias\t"))]

    @classmethod
    @lru_cache(maxsize=2)
    def load(cls, path: Path = DEFAULT_ALIASES) -> "LawNames":
        return cls(path)

    @classmethod
    def default(cls) -> "LawNames":
        return cls.load(DEFAULT_ALIASES)

    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Names matched without brackets: every alias and full title of two characters or more."""
        a = ahocorasick.Automaton()
        for name in {*self._aliases, *self.titles}:
            if len(name) >= 2:
                a.add_word(name, name)
                numbered = _ORDINAL_END.search(name)
                if numbered is not None:  # 婚姻法解释（二） printed 婚姻法解释二
                    bare = name[:numbered.start()] + numbered.group(1)
                    if not a.exists(bare):
                        a.add_word(bare, bare)
        a.make_automaton()
        return a

    def path_text(self) -> str:
        """The table file's text."""
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def longest(self) -> int:
        return max(map(len, [*self._aliases, *self.titles]), default=0)

    def lookup(self, name: str) -> tuple[str, ...]:
        """The full titles a name may stand for (several: ambiguous; none: unknown)."""
        return self.laws.get(title_key(name), ())

    @cached_property
    def _interpretations(self) -> list[tuple[str, str]]:
        """``(body, title)`` of the judicial interpretations of the table: the title without
        its issuers and brackets."""
        return [(_ISSUERS.sub("", title_key(t)), t) for t in sorted(self.titles)
                if t.startswith(("最高人民法院", "最高人民检察院"))]

    @cached_property
    def _loose(self) -> dict[str, str | None]:
        """``loose_key(title) → title`` of the table's titles (None where two share a key)."""
        out: dict[str, str | None] = {}
        for title in self.titles:
            key = loose_key(title)
            out[key] = None if key in out and out[key] != title else title
        return out

    def loosely(self, title: str) -> str | None:
        """The one title of the table a title printed with small differences stands for (若干问题
        added or dropped, the issuers, 的 …), or None."""
        return self._loose.get(loose_key(title))

    @lru_cache(maxsize=1024)
    def abbreviation(self, name: str) -> str | None:
        """The one judicial interpretation a short name not in the table abbreviates, its
        characters taken in order from the title (执行异议规定, 失信规定 …) and ending with the
        title's last word (规定, 解释 …, with its number: 解释（二）); None when none or several."""
        key = _ISSUERS.sub("", title_key(name))
        m = re.fullmatch(r"(?P<body>.{2,10}?)(?P<end>规定|解释|意见|办法|决定|批复)(?P<n>[一二三四五六七八九十]?)", key)
        if m is None or key.startswith("关于"):
            return None  # 关于…: a title, not a short name
        body, tail = m.group("body"), m.group("end") + m.group("n")
        found = [t for b, t in self._interpretations if b.endswith(tail) and _subsequence(body, b[:-len(tail)])]
        if not found and m.group("end") == "解释" and body.endswith("司法") and len(body) >= 4:
            body = body[:-2]  # 《建设工程施工合同司法解释（一）》: 司法解释 says what the title's 解释 is
            found = [t for b, t in self._interpretations if b.endswith(tail) and _subsequence(body, b[:-len(tail)])]
        if len(found) == 1 and not m.group("n") and found[0] in self._series:
            return None  # 《施工合同司法解释》: the first of a numbered series, or the series, cannot be told
        return found[0] if len(found) == 1 else None

    @cached_property
    def _implementing(self) -> list[tuple[str, str]]:
        """``(body, title)`` of the table's rules implementing a law (…法实施条例, 实施细则, 实施办法): the
        title without 中华人民共和国."""
        return [(title_key(t).removeprefix("中华人民共和国"), t) for t in sorted(self.titles)
                if _IMPLEMENTING.search(t)]

    @lru_cache(maxsize=1024)
    def implementing(self, name: str) -> str | None:
        """The one rule implementing a law that a short name not in the table stands for: its characters
        taken in order from the title and ending with the same words (《勞動實施條例》 for
        劳动合同法实施条例); None when none or several."""
        key = title_key(name).removeprefix("中华人民共和国")
        m = _IMPLEMENTING.search(key)
        if m is None or m.start() < 2:
            return None
        found = [t for b, t in self._implementing if b.endswith(m.group()) and _subsequence(key[:m.start()], b)]
        return found[0] if len(found) == 1 else None

    @cached_property
    def _series(self) -> frozenset[str]:
        """The interpretations whose title, numbered (（一）, （二）), names others of the table too."""
        bodies = {b for b, _t in self._interpretations}
        return frozenset(t for b, t in self._interpretations if any(b + n in bodies for n in "一二三四五"))

    @cached_property
    def _slips(self) -> dict[str, set[str]]:
        """Each name of five characters or more under every key of :meth:`misprinted`: one of its
        characters but the last blanked (``?``), or two neighbours swapped."""
        out: dict[str, set[str]] = {}
        for name in {*self._aliases, *self.titles}:
            key = title_key(name)
            if len(key) >= 5:
                for k in _slip_keys(key):
                    out.setdefault(k, set()).add(name)
        return out

    def misprinted(self, name: str) -> str | None:
        """The one law a title printed with one slip stands for (《民事讼诉法》: two characters
        swapped; 《民事诉论法》: one character but its last one wrong), or None when none or
        several are that close."""
        key = title_key(name)
        if len(key) < 5 or self.laws.get(key):
            return None
        found = {law for k in _slip_keys(key, printed=True) for alias in self._slips.get(k, ())
                 for law in self.lookup(alias)}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _characters(self) -> list[tuple[frozenset[str], str, str]]:
        """``(characters, series number, title)`` of the :func:`loose_key` of each title of the table."""
        return [(frozenset(key), _series_number(key), title) for key, title in self._loose.items()
                if title is not None]

    @lru_cache(maxsize=1024)
    def resembling(self, title: str) -> str | None:
        """The one title of the table a full title printed with its words changed or in another
        order stands for (《关于执行公证债权文书若干问题的规定》 for …公证债权文书执行…): its
        characters those of that title's :func:`loose_key` all but a few (:data:`RESEMBLING`),
        the same number in a series, and no other title nearly as close; else None."""
        key = loose_key(title)
        if not key.startswith("关于") or len(key) < 10:
            return None
        chars, number = frozenset(key), _series_number(key)
        scored = sorted(((len(chars & c) / len(chars | c), t) for c, n, t in self._characters if n == number),
                        reverse=True)[:2]
        if not scored or scored[0][0] < RESEMBLING:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - RESEMBLING_MARGIN:
            return None
        return scored[0][1]

    def kind(self, name: str) -> str | None:
        return self.kinds.get(title_key(name))

    def names(self) -> list[str]:
        """Every name of the table (aliases and titles), for suggestions."""
        return sorted({*self._aliases, *self.titles})


#: The share of characters a title printed with its words changed shares with the one it stands for ...
RESEMBLING = 0.8
#: ... ahead of the next closest title by this much at least.
RESEMBLING_MARGIN = 0.15


_SERIES_END = _compiled(r"(?:规定|解释|意见|办法|纪要|批复|决定|规则)[（(]?([一二三四五六七八九十]{1,3})[)）]?$")


def _series_number(key: str) -> str:
    """The number of an interpretation in its series (（二）), "" for none."""
    m = _SERIES_END.search(key)
    return m.group(1) if m else ""


@lru_cache(maxsize=2)
def table_digest(path: Path = DEFAULT_ALIASES) -> str:
    """The hash of a law-name table's file (what :attr:`LawNames.digest` is), without loading it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _slip_keys(key: str, printed: bool = False) -> Iterator[str]:
    """The keys under which a name and its one-slip misprints meet (see :meth:`LawNames.misprinted`):
    the name with one character but its last blanked; the name itself (``~``) for a name, and,
    for a title as ``printed``, the title with two neighbours swapped back."""
    for i in range(len(key) - 1):
        yield key[:i] + "?" + key[i + 1:]
        if printed and key[i] != key[i + 1]:
            yield "~" + key[:i] + key[i + 1] + key[i] + key[i + 2:]
    if not printed:
        yield "~" + key


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in order."""
    it = iter(long)
    return all(c in it for c in short)


def extract(text: str, names: LawNames | None = None) -> tuple[Citation, ...]:
    """The statute citations of ``text``, in text order (see the module docstring)."""
    if "条" not in text and "條" not in text:
        return ()
    plain, where = strip_ruby(text)
    unglossed, moved = _unglossed(plain)
    if moved is not None:  # 管理(拼音:lǐ)条例, 总则《繁:則》: read without the glosses too
        plain, where = unglossed, moved if where is None else [where[i] for i in moved]
    if where is not None:  # 第七(qī)十六条: read without the pinyin, spans given in the printed text
        return tuple(replace(c, start=where[c.start], end=where[c.end - 1] + 1,
                             text=text[where[c.start]:where[c.end - 1] + 1]) for c in extract(plain, names))
    printed = text
    text = simplified(text)
    if "笫" in text:
        text = text.replace("笫", "第")  # 笫十条: a common misprint of 第  # 《中華人民共和國刑法》第二十條: the same length, so offsets hold for the printed text
    names = names or LawNames.default()
    events: list[tuple[int, int, str, Any]] = []
    spans: list[tuple[int, int]] = []  # bracketed titles: no bare name is looked for inside
    titled: list[re.Match[str]] = []  # titles holding an article number (关于〈刑法〉第三百一十三条的解释)
    for m in _EVENTS.finditer(text):
        if m.group("run") is not None:
            events.append((m.start(), m.end(), "run", m))
        elif m.group("this") is not None:
            events.append((m.start(), m.end(), "this", m))
        elif m.group("qi") is not None:
            events.append((m.start(), m.end(), "law", _Law(m.start(), m.end(), "其", None, "backref", generic="*")))
        elif m.group("back") is not None:
            word = m.group("back")
            events.append((m.start(), m.end(), "law", _Law(m.start(), m.end(), word, None, "backref",
                                                           generic=_generic_kind(word))))
        else:
            law = _bracketed(m, names)
            if law.law and "试行" not in law.law and _TRIAL.match(text, m.end()):
                law = replace(law, law=law.law + "（试行）")  # 《民事诉讼法》(试行): the trial text, another law
            spans.append((m.start(), m.end()))
            events.append((m.start(), m.end(), "law", law))
            if "条" in m.group():
                titled.append(m)
    unopened = _unopened(text, spans, names) if "》" in text else []
    events += unopened
    # a name of the table right before an Arabic article number without 第 (民诉法225条) is looked for there too
    digits = [m.start() for m in _DIGIT_ARTICLE.finditer(text)
              if m.start() and ("\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] != "第"
                                or text[m.start() - 1] == "》")]
    for start, end, name in _bare_names(text, events, spans, names, digits):
        if name.endswith("法") and text[end:end + 1] in _NOT_NAME_AFTER:
            continue  # 环境保护法律、法规, 知识产权法院: a word, not the law's name
        if name[-1] in "一二三四五六七八九十" and text[end:end + 1] in "十百零条款项":
            continue  # 婚姻法解释二十条: an article number, not the second interpretation
        laws = names.lookup(name)
        form = "interpretation" if names.kind(name) in ("interpretation", "derived") else "unbracketed"
        numbered = _ORDINAL.match(text, end)
        if numbered is not None:  # …若干问题的解释(三): the third of a series, not the first
            end, name = numbered.end(), name + numbered.group()
            laws = names.lookup(name)
            if len(laws) != 1:
                events.append((start, end, "law", _Law(start, end, name, re.sub(r"\s+", "", name), "unknown",
                                                       lawlike=bool(_LAWLIKE.search(name)))))
                continue
        events.append((start, end, "law", _Law(start, end, name, laws[0] if len(laws) == 1 else None, form,
                                               laws if len(laws) > 1 else ())))
    for start, end, _kind, law in unopened:  # its law, not a name inside it
        events = [e for e in events if not (e[2] == "law" and start <= e[0] and e[1] <= end and e[3] is not law)]
    if "\n" in text and _HEADING_LINE.search(text):  # (title lines matter to the headings under them only)
        for start, end, law in _title_lines(text, names, events):  # its law, not the names inside it
            events = [e for e in events if not (e[2] == "law" and start <= e[0] and e[1] <= end)]
            events.append((start, end, "law", law))
    events.sort(key=lambda e: (e[0], -e[1]))
    found = tuple(_quoted(text, c) for c in _assemble(text, [_in_context(text, e) for e in events], names))
    if _REPEATED.search(text):
        found = _repeated(text, found)
    if titled:
        inner = [c for m in titled for c in _in_title(text, m, names)
                 if not any(c.start < f.end and f.start < c.end for f in found)]
        if inner:
            found = tuple(sorted((*found, *inner), key=lambda c: c.start))
    found = _glossed(text, found)
    if text is printed:
        return found
    return tuple(replace(c, text=printed[c.start:c.end]) for c in found)


def _unopened(text: str, spans: list[tuple[int, int]], names: LawNames) -> list[tuple[int, int, str, Any]]:
    """Titles printed without their opening bracket (…办理审批手续。城市道路管理条例》第二十七条): the
    run of characters before a 》 that closes no bracketed title, back to punctuation or a space.
    Its law is the longest end of the run the table names, else the run itself (unknown, a law
    only if it ends like one: a garbled title lends its articles to no other law)."""
    out: list[tuple[int, int, str, Any]] = []
    ends = {e - 1 for _s, e in spans}  # (the 》 of every bracketed title: most pages have no other)
    if text.count("》") == len(ends):
        return out
    close = -1
    while (close := text.find("》", close + 1)) >= 0:
        if close in ends or any(s <= close < e for s, e in spans):
            continue
        start = close
        while start > 0 and close - start < 40 and text[start - 1] not in _TITLE_STOP:
            start -= 1
        title = text[start:close]
        if len(title) < 2:
            continue
        named = _law_ending(text, start, close, names)
        if named is not None:
            law = _Law(start, close + 1, text[start:close + 1], named[1], "title")
        else:
            lawlike = bool(_LAWLIKE.search(title)) and not _NOT_LAW.search(title)
            law = _Law(start, close + 1, text[start:close + 1], title, "unknown", lawlike=lawlike)
        out.append((start, close + 1, "law", law))
    return out


def _quoted(text: str, c: Citation) -> Citation:
    """The citation with the wording the text quotes right after it, if it does (规定：“…”,
    a space or 【title】 after an article heading): what resolution checks the article against."""
    if len(c.articles) != 1:
        return c
    sanction = _SANCTION.match(text, c.end) if "规定" in text[c.end:c.end + 4] else None
    if sanction is not None and not (c.start and text[c.start - 1] in "、和及与"):
        c = replace(c, sanction=sanction.group(1))
    m = _QUOTE.match(text, c.end)
    if m is not None and not m.group().strip() and _QUOTE_COMMA.match(text, c.end):
        m = None  # 第六十五条 明确规定，人民法院…: the space leads to 明确规定， and the wording after it
    if m is not None and _REASONING.match(text, m.end()):
        return c  # 第183条：明确见义勇为者…: the writer's summary of it
    stop = m.end() + 48 if m is not None else 0
    if m is None:  # a paraphrase, or wording with nothing before it: up to the end of its sentence
        m = _QUOTE_COMMA.match(text, c.end)
        if m is not None and _REASONING.match(text, m.end()):
            return c
        if m is None and _opens_line(text, c.start):
            # a heading alone on its line: its wording is the next line's
            own_line = _LINE_END.match(text, c.end)
            m = _QUOTE_HEADING.match(text, own_line.end() if own_line and not c.written else c.end)
            if m is not None and (_COMMENT if c.written else _REMARK).match(text, c.end):
                m = None
        if m is None:
            return c
        end = _SENTENCE_END.search(text, m.end(), m.end() + 48)
        stop = end.start() if end else m.end() + 48
    verbatim = any(mark in m.group() for mark in "“\"「")
    if verbatim:  # the quotation ends at its closing mark: 第41条规定“必要性原则”类似 quotes a term, not the article
        close = _CLOSE_QUOTE.search(text, m.end(), stop)
        stop = close.start() if close else stop
    words = "".join(_HAN.findall(text, m.end(), stop))[:QUOTE_CHARS]
    if not verbatim and _QUESTION.match(text, m.end()):
        return c  # 二、刑事诉讼法109条立案的规定是怎样的: a heading asking about the article, not its wording
    return replace(c, quote=words, verbatim=verbatim) if len(words) >= QUOTE_CHARS // 3 else c


#: What opens the words a text gives for an article it cites without quoting it: (its label), 规定，,
#: 明确, 指出, 载明, ：, or the rest of the sentence.
_GLOSS_LABEL = _compiled(r"\s*[（(]([^（()）\n]{2,20})[)）]")
_GLOSS_OPEN = _compiled(r"\s*(?:之|的)?(?:相关)?(?:中)?(?:明确)?(?:规定|指出|载明|明确)?(?:了)?\s*[,，:：]?\s*")
#: A label that names no provision: a short name, a version, a page.
_GLOSS_NOT = _compiled(r"简称|下称|修正|修订|修改|\d|[a-zA-Z]")
#: How many Han characters of each part of a gloss are kept.
GLOSS_CHARS = 40
#: How far after a citation a quotation in its paragraph is looked for, and what opens one.
GLOSS_REACH = 300
_GLOSS_QUOTE = _compiled(r"[“「]")
#: Between the parts of a gloss (the words after the citation; a quotation later in its paragraph).
GLOSS_SEPARATOR = "|"


def _glossed(text: str, found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The citations, each of one article without a quoted wording given what the text says it says
    (``gloss``): the label in brackets right after it (第21条(关联交易损害责任)) and the words after
    规定，/明确/指出/载明/： or else the rest of its sentence, up to the next citation; and, as a second
    part after :data:`GLOSS_SEPARATOR`, the first quotation later in its paragraph before the next citation
    (the current reading of quoted wording takes only one right after it). Resolution reads it only to tell
    which version of an undated article's law the text means."""
    out = list(found)
    for i, c in enumerate(found):
        if len(c.articles) != 1 or c.quote:
            continue
        following = found[i + 1].start if i + 1 < len(found) and found[i + 1].start > c.end else len(text)
        end = _SENTENCE_END.search(text, c.end, min(following, c.end + 2 * GLOSS_CHARS))
        stop = min(following, end.start() if end else c.end + 2 * GLOSS_CHARS)
        words = []
        at = c.end
        label = _GLOSS_LABEL.match(text, at, stop)
        if label is not None:
            if not _GLOSS_NOT.search(label.group(1)):
                words.append(label.group(1))
            at = label.end()
        at = _GLOSS_OPEN.match(text, at, stop).end()
        if at < stop and _QUESTION.match(text, at):
            continue
        words.append(text[at:stop])
        parts = ["".join(_HAN.findall("".join(words)))[:GLOSS_CHARS]]
        # a quotation later in its paragraph, before any other citation (第63条…。该条规定：“一人有限责任公司…”)
        line = text.find("\n", c.end, following)
        reach = min(following if line < 0 else line, c.end + GLOSS_REACH)
        opening = _GLOSS_QUOTE.search(text, c.end, reach)
        if opening is not None:
            close = _CLOSE_QUOTE.search(text, opening.end(), reach)
            quoted = "".join(_HAN.findall(text, opening.end(), close.start() if close else reach))[:GLOSS_CHARS]
            if len(quoted) >= QUOTE_CHARS // 3 and quoted not in parts[0]:
                parts.append(quoted)
        gloss = GLOSS_SEPARATOR.join(part for part in parts if len(part) >= 4)
        if gloss:
            out[i] = replace(c, gloss=gloss)
    return tuple(out)


_TITLE_RUN = _compiled(_RUN)
#: A rule's title naming an article of another law: 关于〈刑法〉第三百一十三条的解释, …的决定.
_RULE_TITLE = _compiled(rf"关于.*{_ISSUED}$")
#: The brackets of a title inside a title: 〈…〉, <…>, 《…》.
_INNER_CLOSE = {"〉": "〈", ">": "<", "》": "《"}


def _in_title(text: str, m: re.Match[str], names: LawNames) -> Iterator[Citation]:
    """The articles of a law of the table that the title of a rule names (《关于〈中华人民共和国刑法〉
    第三百一十三条的解释》, 《全国人大常委会关于刑法第二百二十八条的解释》): the title of a book or a
    film holding an article number (《刑法第二十条研究》, 《第二十条》) is no rule's, and cites none."""
    if m.group("bracket") is not None:
        lo, hi = m.start("title"), m.end("title")
    else:
        lo, hi = m.start("wp"), m.end("ws")
    if _RULE_TITLE.search(re.sub(r"\s+", "", text[lo:hi])) is None:
        return
    for run in _TITLE_RUN.finditer(text, lo, hi):
        at = run.start()
        while at > lo and text[at - 1] in " \t\u3000":
            at -= 1
        named: tuple[int, str] | None = None
        if text[at - 1:at] in _INNER_CLOSE:
            opening = text.rfind(_INNER_CLOSE[text[at - 1]], lo, at - 1)
            name = re.sub(r"\s+", "", text[opening + 1:at - 1]) if opening >= 0 else ""
            laws = names.lookup(name) if name else ()
            named = (opening, laws[0]) if len(laws) == 1 else None
        else:
            named = _law_ending(text, max(lo, at - 30), at, names)
        articles = _articles(run.group())
        if named is None or not articles:
            continue
        name_at, law = named
        yield Citation(name_at, run.end(), text[name_at:run.end()], text[name_at:at], law,
                       "title" if text[name_at] in "〈<《" else "unbracketed", articles)


def _law_ending(text: str, lo: int, hi: int, names: LawNames) -> tuple[int, str] | None:
    """The longest name of the table (two characters or more) that ends at ``hi``, starts
    at ``lo`` or after it and names one law: ``(where it starts, the law)``, or None."""
    for at in range(lo, hi - 1):
        laws = names.lookup(text[at:hi])
        if len(laws) == 1:
            return at, laws[0]
    return None


def _repeated(text: str, found: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """``found`` with the Arabic article numbers printed without 第 (`新的204条`, `(20条)`) that repeat
    articles just cited: each number cited before as that article, and the citation right before
    it of the same law (within :data:`NAME_REACH`). A count (共15条, 从72条增至132条) is none."""
    added = []
    for m in _REPEATED.finditer(text):
        start, end = m.start("run"), m.end()
        if text[start - 1:start] not in _REPEAT_BEFORE or any(c.start < end and start < c.end for c in found) \
                or _MEASURE.match(text, end) is not None:
            continue
        before = [c for c in found if c.end <= start]
        if not before or before[-1].law is None or start - before[-1].end > NAME_REACH:
            continue
        articles = _articles(_NO_DI.sub(r"第\1", m.group("run")))
        last = before[-1]
        if articles and all(any(c.law == last.law and any(a.article == b.article for b in c.articles)
                                for c in before) for a in articles):
            added.append(_again(last, text, start, end, articles))
    return tuple(sorted((*found, *added), key=lambda c: c.start)) if added else found


def _again(c: Citation, text: str, start: int, end: int, articles: tuple[Cited, ...]) -> Citation:
    """``c``'s law cited again by the bare articles at ``[start, end)``: a continuation, with
    no wording of its own."""
    return replace(c, start=start, end=end, text=text[start:end], written="", form="continuation",
                   articles=articles, quote="", verbatim=False, sanction="", gloss="")


def _named_next(text: str, events: list[tuple[int, int, str, Any]], i: int, articles: tuple[Cited, ...]) -> _Law | None:
    """The law of a bare article heading (event ``i``) that the next line opens with, citing
    the same articles (第四十六条【经济补偿】⏎《劳动合同法》第四十六条规定：…), or None."""
    line_end = text.find("\n", events[i][1])
    if line_end < 0:
        return None
    nxt = text.find("\n", line_end + 1)
    stop = len(text) if nxt < 0 else nxt
    for j in range(i + 1, min(i + 4, len(events) - 1)):
        start, end, kind, law = events[j]
        if start >= stop:
            return None
        if kind != "law" or start <= line_end:
            continue
        if law.law is None or law.form == "backref" or not law.lawlike \
                or not _opens_line(text, start):
            return None
        run_start, _run_end, run_kind, run = events[j + 1]
        if run_kind != "run" or _GAP.fullmatch(text, end, run_start) is None \
                or [a.article for a in _articles(run.group("run"))] != [a.article for a in articles]:
            return None
        return law
    return None


#: How far after an unattributed article heading the text may name its law with the same article.
HEADING_NAME_REACH = 1500


def _named_further(text: str, events: list[tuple[int, int, str, Any]], i: int,
                   articles: tuple[Cited, ...]) -> _Law | None:
    """The law of a bare article heading (event ``i``, no law before it) that the text names
    further on with the same articles, before any other heading opens a paragraph (消防条文⏎
    第六十二条 有下列行为之一的…⏎…⏎1. 对《消防法》第六十二条第一项规定的…), within
    :data:`HEADING_NAME_REACH` characters of the heading: the first such citation whose law
    has a title, or None (another article first cited with a law, a back-reference, a title
    that is no law)."""
    wanted = [a.article for a in articles]
    line_end = text.find("\n", events[i][1])
    if line_end < 0:
        return None
    limit = events[i][1] + HEADING_NAME_REACH
    for j in range(i + 1, len(events) - 1):
        start, end, kind, law = events[j]
        if start > limit:
            return None
        if kind == "run":
            if _opens_line(text, start):
                return None  # another heading: its law is no guide to this one
            continue
        if kind != "law" or start <= line_end:
            continue
        run_start, _run_end, run_kind, run = events[j + 1]
        if run_kind != "run" or _GAP.fullmatch(text, end, run_start) is None:
            continue
        if [a.article for a in _articles(run.group("run"))] != wanted:
            continue
        if law.law is None or law.form not in ("title", "short", "unbracketed") or not law.lawlike:
            return None
        return law
    return None


def _title_lines(text: str, names: LawNames, events: list[tuple[int, int, str, Any]]) -> Iterator[tuple[int, int, _Law]]:
    """The lines that are nothing but the title of a rule (see :data:`_TITLE_LINE`), with a
    note printed on the line under it: the law of the article headings printed below them.
    A line holding a name of the table is left to it (新民诉法, 含原民诉法), unless a place
    comes before the name (广州市物业管理条例: a local rule, not 物业管理条例)."""
    for m in _TITLE_LINE.finditer(text):
        title = m.group("title")
        if _NOT_TITLE.search(title) or re.search("条(?!例)", title) and not re.search("第[^条]{1,8}条", title):
            continue  # (二十六条规定: no title)
        start, end = m.start("title"), m.end("title")
        inner = [e for e in events if e[2] == "law" and start <= e[0] and e[1] <= end]
        if inner and not _PLACE_END.search(text, start, inner[0][0]):
            continue
        while (number := _DOC_NOTE.search(title)) is not None and number.end() == len(title):
            title = title[:number.start()]  # …若干规定(法释〔2011〕5号): the number is no part of the title
        note = _NOTE_LINE.match(text, m.end())
        if note is not None and _VERSION_NOTE.fullmatch(note.group("note")) is None \
                and _DOC_NOTE.fullmatch(note.group("note")) is None:
            title += note.group("note")  # 江苏省大气污染防治条例(草案) / (征求意见稿), not (法释〔2011〕5号)
        title = _PART_LABEL.sub("", title)
        laws = names.lookup(title)
        if len(laws) == 1:
            yield start, end, _Law(start, end, text[start:end], laws[0], "title")
        elif not laws:
            yield start, end, _Law(start, end, text[start:end], title, "unknown")


def _in_context(text: str, event: tuple[int, int, str, Any]) -> tuple[int, int, str, Any]:
    """A law with what the text around it says: a year naming its version (2007年民事诉讼法,
    2023《公司法》, 《公司法（2023修正）》), or another country's name (巴西刑法典: no statute
    of the collection)."""
    start, end, kind, law = event
    if kind != "law" or law.form == "backref":
        return event
    before = text[max(0, start - 24):start]
    foreign = _FOREIGN.search(before)
    if foreign:
        country = foreign.group("country")
        if country in _NO_CODE:
            return start, end, kind, replace(law, lawlike=False)
        # 巴西刑法典第48条, 日本刑法第208条之二: that country's code, kept by its name (no statute of the collection)
        if text.startswith("典", end) and not law.written.endswith("典"):
            end += 1
        name = re.sub(r"\s+", "", text[start:end].strip("《》"))
        name = name if name.startswith(country) else country + name
        if foreign.end() == len(before) and not law.written.startswith("《"):
            start -= len(before) - foreign.start()  # the mention begins with the country: 西班牙1944年刑法典
        return start, end, kind, replace(law, start=start, end=end, written=text[start:end], law=name,
                                         form="unknown", candidates=(), lawlike=True, as_of=None, year=None)
    m = _YEAR_BEFORE.search(before) or _YEAR_NOTE.match(text, end)
    if m is None and before[-1:].isdigit():
        m = _YEAR_TIGHT.search(before)
        if m is not None and m.group("y2") and law.written.startswith("《"):
            m = None  # 10《民法典》: a list number, not a year
    if m is None and law.written[-2:-1] in ")）":
        m = _TITLE_NOTE.search(law.written)
    if m is None:
        return event
    year = int(m.group("y4")) if m.group("y4") else int(m.group("y2")) + (1900 if int(m.group("y2")) > 30 else 2000)
    when = m.groupdict().get("when")
    return start, end, kind, replace(law, as_of=f"{year - 1}-12-31" if when == "前" else f"{year}-12-31", year=year)


def _bare_names(text: str, events: list[tuple[int, int, str, Any]], spans: list[tuple[int, int]],
                names: LawNames, digits: list[int] = ()) -> Iterator[tuple[int, int, str]]:
    """Names of the table written without brackets, where they may matter: before article
    numbers or a back-reference (outside bracketed titles), at most :data:`NAME_REACH`
    characters back (earlier paragraphs too: a paragraph naming no law refers to theirs),
    and right before an Arabic article number printed without 第 (``digits``: where they start)."""
    windows: list[list[int]] = [[max(0, at - DIGIT_NAME_REACH), at] for at in digits]
    titled = -1  # the paragraph (its line break) holding the last bracketed title seen
    for start, _end, kind, obj in sorted(events, key=lambda e: e[0]):
        paragraph = text.rfind("\n", 0, start)
        if kind == "law" and obj.form != "backref":
            titled = paragraph
            continue
        if kind == "run" or kind == "law" and obj.form == "backref":
            # a paragraph with a title of its own needs only its own names; one without, those before it too
            lo = max(paragraph + 1, start - NAME_REACH)
            if titled != paragraph:
                lo = min(lo, max(0, start - CARRY_REACH))
        else:
            continue
        windows.append([lo, start])
    windows = _merged(windows)
    starts = [s for s, _e in spans]
    iterate = names.automaton.iter_long
    for lo, hi in windows:
        for end, name in iterate(text[lo:hi]):
            start = lo + end + 1 - len(name)
            k = bisect_right(starts, start) - 1
            if k < 0 or start >= spans[k][1]:  # not inside a bracketed title
                yield start, lo + end + 1, name


def _merged(windows: list[list[int]]) -> list[list[int]]:
    """Overlapping ``[lo, hi]`` windows joined, in order."""
    out: list[list[int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def _generic_kind(word: str, bracketed: bool = False) -> str:
    """What a back-reference points to: a law (法), an interpretation (解释), 条例, 办法 … or, for
    该规定 and 上述法律, anything; a bracketed 《规定》 or 《意见》, or 本规定 (a document naming
    itself), names its kind."""
    for kind in ("解释", "条例", "办法", *(("规定", "意见") if bracketed or word.startswith("本") else ())):
        if word.endswith(kind):
            return kind
    return "法" if word.endswith("法") else "*"


def _bracketed(m: re.Match[str], names: LawNames) -> _Law:
    """The law a bracketed title (or a 关于适用《…》的解释 title) names."""
    if m.group("wrapped") is not None:
        title = f"关于{m.group('wp')}《{m.group('wt')}》{m.group('ws')}"
        issuer = m.group("wi")
    else:
        title, issuer = m.group("title"), m.group("issuer")
    title = _RUBY.sub("", re.sub(r"\s+", "", title)).replace("〈", "《").replace("〉", "》")
    title = _FILE_NAME.sub("", title) or title
    if issuer and title.startswith("关于"):
        issuer = re.sub(r"\s+", "", issuer)
        both = "检" in issuer and "法" in issuer or issuer == "两高"
        title = ("最高人民法院、最高人民检察院" if both else
                 "最高人民检察院" if issuer in ("最高人民检察院", "最高检") else "最高人民法院") + title
        start = m.start()
    else:
        start = m.start() if m.group("wrapped") is not None else m.start("bracket") + len(issuer or "")
    written = m.string[start:m.end()]
    bare = _VERSION_NOTE.sub("", title) or title
    laws = names.lookup(bare)
    if bare in _GENERIC:
        return _Law(start, m.end(), written, None, "backref", generic=_generic_kind(bare, bracketed=True))
    if len(laws) == 1:
        kind = names.kind(bare)
        form = {"short": "short", "abbreviation": "abbreviation", "repealed": "short", "title": "title",
                "interpretation": "interpretation", "derived": "interpretation"}.get(kind or "title", "title")
        if form == "title" and ("最高人民法院" in laws[0] or "最高人民检察院" in laws[0]):
            form = "interpretation"
        return _Law(start, m.end(), written, laws[0], form)
    if laws:
        return _Law(start, m.end(), written, None, "title", laws)
    if bare.startswith("关于"):  # 最高人民法院发布《关于…的规定》: the issuer printed apart
        issued = {law for issuer in ("最高人民法院", "最高人民法院、最高人民检察院", "最高人民检察院")
                  for law in names.lookup(issuer + bare)}
        if len(issued) == 1:
            return _Law(start, m.end(), written, issued.pop(), "interpretation")
    loose = names.loosely(bare) if len(bare) > 8 else None  # a full title printed a little differently
    if loose is not None:
        form = "interpretation" if loose.startswith(("最高人民法院", "最高人民检察院")) else "title"
        return _Law(start, m.end(), written, loose, form)
    abbreviated = names.abbreviation(bare)
    if abbreviated is not None:
        return _Law(start, m.end(), written, abbreviated, "abbreviation")
    implementing = names.implementing(bare)
    if implementing is not None:
        return _Law(start, m.end(), written, implementing, "abbreviation")
    misprinted = names.misprinted(bare) if _LAWLIKE.search(bare) else None
    if misprinted is not None:  # 《民事讼诉法》
        return _Law(start, m.end(), written, misprinted, "short")
    resembling = names.resembling(bare)
    if resembling is not None:  # 《关于执行公证债权文书若干问题的规定》 for …公证债权文书执行…
        form = "interpretation" if resembling.startswith(("最高人民法院", "最高人民检察院")) else "title"
        return _Law(start, m.end(), written, resembling, form)
    if _PART.search(bare):  # 《民法典婚姻家庭编》, 《民法典·合同编》, 《刑法分则》: a part of a law
        for cut in range(2, len(bare) - 1):
            whole = names.lookup(bare[:cut]) if _PART.fullmatch(bare, cut) else ()
            if len(whole) == 1:
                return _Law(start, m.end(), written, whole[0], "short")
    lawlike = bool(_LAWLIKE.search(bare)) and not _NOT_LAW.search(bare) and not bare.startswith("第")
    form = "interpretation" if bare.startswith(("最高人民法院", "最高人民检察院")) else "unknown"
    return _Law(start, m.end(), written, bare, form, lawlike=lawlike)


def _assemble(text: str, events: list[tuple[int, int, str, Any]], names: LawNames) -> Iterator[Citation]:
    """Laws and article numbers (in text order) → citations."""
    paragraph = -1  # where the current paragraph starts (the position of its line break)
    last: _Law | None = None  # the last law named in this paragraph (what 该法 and a bare 第X条 point to)
    named: set[str] = set()  # the laws named in this paragraph
    listed = False  # ... was the last one named in a list of laws (《刑法》《刑事诉讼法》)? Then it is unclear
    defined: dict[str, _Law] = {}  # names the text defines (以下简称)
    spoken: dict[str, _Law] = {}  # ... those of them written without brackets, as printed (以下简称民间借贷规定)
    qualifiers: set[str] = set()  # ... the words before the title of those holding one (现行 of 现行《公司法》)
    kinds: dict[str, set[str | None]] = {}  # the laws named in the text so far, by the kind they end with
    years: dict[str | None, int] = {}  # the year of a law's amendment named in this paragraph
    pending: _Law | None = None  # the law just named, waiting for its article numbers
    before: dict[str, tuple[str, Citation]] = {}  # article label → (law, citation) of the articles cited so far
    previous: Citation | None = None  # the citation just made, for a 第X条 right after it
    cited: Citation | None = None  # the last citation of this paragraph: 该条第2款 is one of its articles
    carried: _Law | None = None  # the one law of the paragraphs before, for a paragraph naming none
    heading: bool | None = None  # does this paragraph open with an article heading (attributed or not)?
    inline: Citation | None = None  # the last citation of this paragraph printed as a heading (。 《X》第N条 …)
    subject: Citation | None = None  # the article of the last heading opening a paragraph: what 本条 means there
    subject_end = -1  # ... where that heading ends (a heading of no known law leaves 本条 to none)
    heading_end: int | None = None  # the end of the heading just read, whose citation (if any) is the subject
    pos = 0
    recorded: Citation | None = None
    last_heading: Citation | None = None  # the last citation printed as an article heading opening its line
    sole: dict[str, _Law] = {}  # the laws the text has named so far (by title), each where it was named last
    recasting: _Law | None = None  # X of 《X》对《Y》…: the law this paragraph says recast Y's articles
    for i, (start, end, kind, obj) in enumerate(events):
        if heading_end is not None:
            subject = cited if cited is not None and cited.end == heading_end else None
            subject_end, heading_end = heading_end, None
        if cited is not None and cited is not recorded:
            recorded = cited
            if len(cited.articles) == 1 and _HEADING_SEP.match(text, cited.end) \
                    and _opens_line(text, cited.start):
                last_heading = cited  # an article heading opening its line: the next one may continue its law
            for a in cited.articles:
                law = cited.law or "?"
                if before.get(a.article, (law,))[0] != law:
                    law = "?"  # cited with two laws: no guide
                before[a.article] = (law, cited)
        if start < pos:
            continue  # inside what was taken already
        pos = end
        here = text.rfind("\n", 0, start)
        if here != paragraph:
            if heading is False:
                carried = None  # the text of an article whose law is unknown: what it names is no guide
            elif heading is None and named:  # the one law this paragraph named, clearly, for the next ones
                one = last if len(named) == 1 and last is not None and not listed else None
                one = one if one is not None and (_introduces(text, one, cited) or carried is not None
                                                  and carried.law == one.law) else None
                if one is not None or cited is not None or not _PREAMBLE.search(text, paragraph + 1, here):
                    carried = one  # (a preamble naming the laws a rule is based on keeps the rule's title)
            # (under an attributed heading the laws its text names are references: the heading's law carries on)
            paragraph, last, named, listed, previous, years, cited = here, None, set(), False, None, {}, None
            recasting = None
            inline = None
            heading = None
        if carried is not None and start - carried.end > CARRY_REACH:
            carried = None
        if kind == "this":  # 该条第2款: a paragraph of the article just cited
            base = cited
            if obj.group("this").startswith("本") and subject_end >= 0 and start - subject_end <= NAME_REACH:
                base = subject  # 本条第一款 under a heading: the heading's article, not one cited in passing
            if base is not None and base.law is not None:
                subs = _articles(base.articles[-1].article + obj.group("this")[2:].strip())
                if subs:
                    previous = cited = Citation(start, end, text[start:end], obj.group("this")[:2],
                                                base.law, "backref", subs[-1:], as_of=base.as_of)
                    yield previous
            continue
        if kind == "law" and _DECISION.search(obj.written) and _AMENDED_BY.match(text, obj.end):
            continue  # the decision an amendment note names (…的决定》第一次修正): the rule's history, not a law of its own
        if kind == "law":
            law: _Law = obj
            if law.year is not None:
                years[law.law] = law.year
            elif law.law in years and _AFTER_AMENDMENT.search(text, max(0, law.start - 8), law.start):
                law = replace(law, as_of=f"{years[law.law]}-12-31")  # 2007年…修改前的X … 修改后的X
            previous = None  # a law named since: a bare 第X条 is no longer the last citation's
            key = title_key(law.written)
            qualified = _qualified(text, law, defined) if qualifiers and law.written.startswith("《") \
                and any(text.endswith(q, 0, law.start) for q in qualifiers) else None
            if qualified is not None:  # 现行《公司法》, 新《未保法》: names the text defined (with their version)
                law = replace(qualified, start=law.start, end=law.end, written=law.written, form="defined")
            elif law.form in ("unknown", "backref") and key in defined:
                law = replace(defined[key], start=law.start, end=law.end, written=law.written, form="defined")
            elif law.form == "backref":
                back = law
                law = _resolve_back(back, last, listed) if last is not None or named else \
                    _resolve_back(back, carried, False)
                if back.written == "其":  # the law its own sentence named last (after a comma: no list), or none
                    law = back if last is None or last.law is None or not last.lawlike \
                        or _SENTENCE_END.search(text, last.end, back.start) \
                        or listed and text[last.start - 1:last.start] not in ",，" else replace(back, law=last.law)
                if law.law is None and last is not None and back.generic not in (None, "*", "法"):
                    law = _resolve_back(back, carried, False)  # 本规定 in a quoted 规定 whose text names a 法
                if law.law is None and back.generic not in (None, "*") \
                        and (law.written.startswith("《") or back.generic != "法") \
                        and len(kinds.get(law.generic or "", ())) == 1:
                    # 《规定》, 本规定 far from its law: the one 规定 the text has named
                    (only,) = kinds[law.generic or ""]
                    law = replace(law, law=only)
            pending = law  # a law with no title (an unclear 该法, 《人民法院报》) takes its numbers too
            if law.law is None and not law.candidates or not law.lawlike:
                if not law.lawlike:
                    last, listed = None, False  # a foreign code, a newspaper: what follows is not the last law's
                    carried = None
                    named.add("?")
                continue
            if last is not None and last.law is not None and law.law is not None and last.law != law.law \
                    and text[last.end:law.start].strip() in ("对", "将", "把"):
                recasting = last  # 《民法典》对《合同法》第52条…改造为…第146条: the articles it became are X's
            if law.form not in ("backref", "defined") or law.law != (last.law if last else None):
                listed = last is not None and last.law != law.law and _adjacent(text, last.end, law.start)
                last = law
            named.add(law.law or "?")
            if law.form != "backref":
                sole[law.law or "?"] = law
            if law.law is not None and law.form != "backref":
                kind_of = _KIND.search(law.law)
                if kind_of is not None:
                    kinds.setdefault(kind_of.group(1), set()).add(law.law)
            gap = _GAP.match(text, law.end)
            note = _DEFINED.match(text, _skip_spaces(text, law.end))
            number = _DOC_NUMBER.match(text, law.end) if note is None else None
            if number is not None:  # 《…解释》法释〔2015〕16号(以下简称…)
                note = _DEFINED.match(text, number.end())
            if note is not None and (gap is None or note.start() < gap.end() or number is not None):
                if law.law is not None:
                    short = note.group("quoted") or note.group("short")
                    defined[title_key(short)] = law
                    if "《" not in short and len(short) >= 2 and not names.lookup(short):
                        spoken[short] = law
                    elif 0 < short.find("《") <= 3:
                        qualifiers.add(short[:short.find("《")])
                pos = note.end()  # the name defined is no law of its own
            bare = _NRUN.match(text, gap.end() if gap else law.end) if law.law is not None else None
            if bare is not None and pos <= bare.start():  # 《民法典》1085条: numbers without 第
                articles = _articles(bare.group("run"))
                if articles:
                    previous = cited = _cite(text, law, bare.end(), articles)
                    pending, pos = None, bare.end()
                    yield previous
            continue
        articles = _articles(obj.group("run"))
        law, pending = pending, None
        if not articles:
            continue
        if _opens_line(text, start) and not named \
                and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end) and not _REMARK.match(text, end)):
            heading_end = end  # an article heading opening its paragraph: the article 本条 means after it
        # an article heading opening its paragraph: the laws its text names do not carry on
        opens = not named and cited is None and _opens_line(text, start)
        if law is not None and (law.law is None and not law.candidates or not law.lawlike):
            if _SENTENCE_END.search(text, law.end, start) is None:
                continue  # numbers of no law (该法 unclear, a newspaper's 《…》): no citation
            law = None  # (an unclear 本条例 of the sentence before takes no numbers of this one)
        if law is not None:
            between = text[law.end:start]
            fits = _GAP.fullmatch(between) is not None
            if fits and law.law != CRIMINAL_CODE and "\n" in between and _CRIME.match(text, end) is not None:
                # 渎职罪司法解释 ⏎ 第三百九十七条【滥用职权罪】: only the criminal code names a crime after its
                # articles, whatever rule the line above names
                law = _Law(start, end, "", CRIMINAL_CODE, "continuation")
            if not fits and law.law is not None and (interp := _INTERP_GAP.fullmatch(between)) is not None:
                found = _interpretation(law, interp.group("s"), names)
                if found is not None:
                    law, fits = replace(law, law=found, form="interpretation", candidates=()), True
            if fits:
                if law.law is not None and cited is None and named == {law.law} \
                        and _opens_line(text, law.start, paragraph + 1) \
                        and (_HEADING_SEP.match(text, end) or _QUOTE.match(text, end)):
                    opens = True  # 《X》第N条 opening its paragraph, its wording after it: a heading too
                previous = cited = _cite(text, law, end, articles)
                if opens and law.law is not None:
                    heading, carried = True, replace(law, end=end)
                elif heading and law.law is not None and _HEADING_AFTER.search(text, max(0, law.start - 4), law.start) \
                        and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end)):
                    carried = replace(law, end=end)  # …。《Y》第N条 …: the headings after it are Y's, not the first one's
                if law.law is not None and _HEADING_FOLLOW.match(text, end) \
                        and (_opens_line(text, law.start, paragraph + 1)
                             or _INLINE_HEADING.search(text, max(0, law.start - 4), law.start) is not None
                             or _BASIS_LABEL.search(text, max(0, law.start - 12), law.start) is not None):
                    inline = previous  # 《劳动合同法》第四十七条 经济补偿按…: the next headings may be its law's
                yield previous
                continue
        if _OTHER_DOCUMENT.search(text, max(0, start - 8), start):
            previous = None  # 合同第五条: the article of another document
            continue
        said = _spoken(text, start, spoken) if spoken else None
        if said is not None:  # 民间借贷规定第二十六条, the text having defined 民间借贷规定
            at, law = said
            previous = cited = Citation(at, end, text[at:end], text[at:start].rstrip("的中 "), law.law, "defined",
                                        articles, candidates=law.candidates, as_of=law.as_of)
            yield previous
            continue
        again = _cited_before(before, articles, start)
        if again is not None and (len(named) > 1 or listed) and again.law in named:
            # 《民事诉讼法》第225条 … 《执行异议规定》第7条 … 第225条: an article cited before, with one of the
            # laws of its paragraph, is that law's again
            previous = cited = _again(again, text, start, end, articles)
            yield previous
            continue
        if recasting is not None and last is not None and last.law != recasting.law \
                and named == {recasting.law, last.law} and _RECAST.search(text, last.end, start) is not None and _MEASURE.match(text, end) is None:
            # 《民法典》对《合同法》第52条…的规定，继受改造为3个规范：1. 第146条…；2. 第153条…: the new law's articles
            previous = cited = Citation(start, end, text[start:end], "", recasting.law, "continuation",
                                        articles, candidates=recasting.candidates, as_of=recasting.as_of)
            yield previous
            continue
        if previous is not None and start - previous.end <= CONTINUATION_GAP \
                and not _SENTENCE_END.search(text, previous.end, start):
            previous = cited = replace(previous, start=start, end=end, text=text[start:end], written="",
                                       form="continuation", articles=articles)
            yield previous
            continue
        if heading and carried is not None and carried.law is not None and _HEADING_AFTER.search(text, max(0, start - 4), start) \
                and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end)):
            # 制定本条例。第二条 本条例…: the next heading of the rule whose heading opened the paragraph
            previous = cited = Citation(start, end, text[start:end], "", carried.law, "continuation",
                                        articles, candidates=carried.candidates, as_of=carried.as_of)
            carried = replace(carried, end=end)
            yield previous
            continue
        if again is not None and len(articles) > 1 and (last is None or again.law != last.law) \
                and _MEASURE.match(text, end) is None:
            # 即第4条、第25条、26条: several articles, each cited before with one law (and only it), are
            # that law's again, whatever law the sentence names in passing
            previous = cited = _again(again, text, start, end, articles)
            yield previous
            continue
        in_rule = not heading and _INLINE_HEADING.search(text, max(0, start - 4), start) is not None \
            and _HEADING_FOLLOW.match(text, end) is not None and _COMMENT.match(text, end) is None
        if in_rule and inline is not None:
            # 。 《劳动合同法》第四十七条 经济补偿… 。 第八十七条 用人单位…: the next heading of the same law
            previous = cited = inline = _again(inline, text, start, end, articles)
            yield previous
            continue
        if last is not None and not listed and last.law is not None and _MEASURE.match(text, end) is None \
                and not in_rule and (len(named) == 1 or not _SENTENCE_END.search(text, last.end, start)):
            # a bare 第X条 in a paragraph whose law is clear: the only law it names, or the
            # last one named in the same sentence
            previous = cited = Citation(start, end, text[start:end], "", last.law, "continuation",
                                        articles, candidates=last.candidates, as_of=last.as_of)
            yield previous
            continue
        if previous is not None and previous.law is not None and previous.end < start \
                and text[start - 1:start] in _NEXT_SENTENCE and _MEASURE.match(text, end) is None and not in_rule \
                and _HEADING_SEP.match(text, end) is None and not _SENTENCE_END.search(text, previous.end, start - 1):
            # 《X》第四条将…降低到三十万。第五条则明确规定…: a bare 第X条 opening the sentence right after
            # the one citing X, no law named since, is X's too
            previous = cited = replace(previous, start=start, end=end, text=text[start:end], written="",
                                       form="continuation", articles=articles)
            yield previous
            continue
        if carried is not None and not named and carried.law is not None and _MEASURE.match(text, end) is None \
                and (opens or again is None or again.law == carried.law) \
                and (opens and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end))
                     or not _named_later(text, events, i, carried)):
            # a paragraph naming no law (an article heading under a title, 法律依据 lists, a
            # quoted article's own text) refers to the one law of the paragraphs just before
            previous = cited = Citation(start, end, text[start:end], "", carried.law, "continuation",
                                        articles, candidates=carried.candidates, as_of=carried.as_of)
            if opens:
                heading, carried = True, replace(carried, end=end)  # a list of headings goes on
            yield previous
            continue
        if again is not None and not named and _MEASURE.match(text, end) is None:
            # a paragraph naming no law, whose article was cited before with one law only: that law's
            previous = cited = _again(again, text, start, end, articles)
            yield previous
            continue
        if _CRIME.match(text, end) is not None or opens and _code_heading(text, end, articles):
            # 第一百三十三条之二【妨害安全驾驶罪】: only the criminal code names a crime after its articles
            # (and 第二十条 【正当防卫】 opening its line is the code's heading: :data:`_CODE_GISTS`)
            previous = cited = Citation(start, end, text[start:end], "", CRIMINAL_CODE, "continuation", articles)
            if opens:
                heading, carried = True, _Law(start, end, "", CRIMINAL_CODE, "continuation")
            yield previous
            continue
        ahead = _named_next(text, events, i, articles) if opens else None
        if ahead is None and opens and (_HEADING_SEP.match(text, end) or _WORDING.match(text, end)) \
                and not _REMARK.match(text, end):
            ahead = _named_further(text, events, i, articles)
        if ahead is not None:
            # 第四十六条【经济补偿】⏎《劳动合同法》第四十六条规定：… : a heading whose law the next line names with it
            previous = cited = Citation(start, end, text[start:end], "", ahead.law, "continuation",
                                        articles, candidates=ahead.candidates, as_of=ahead.as_of)
            yield previous
            continue
        if opens and last_heading is not None and last_heading.law is not None and names.lookup(last_heading.law) \
                and start - last_heading.end <= NAME_REACH and _HEADING_SEP.match(text, end) \
                and _next_number(last_heading.articles[-1].article, articles[0].article):
            # 第二百二十四条 执行依据…⏎关联参见《…》…⏎第二百二十五条 对违法的执行行为…: the next article
            # of the law whose heading came last, whatever laws the text between names (a law of the
            # table only: a title the table lacks may be cut or garbled, and its headings are left alone)
            previous = cited = _again(last_heading, text, start, end, articles)
            yield previous
            continue
        only = next(iter(sole.values())) if len(sole) == 1 else None
        if only is not None and only.law is not None and not opens and not named and not in_rule \
                and not heading and start - only.end <= NAME_REACH and _MEASURE.match(text, end) is None \
                and (again is None or again.law == only.law) and _IN_SENTENCE.match(text, end) is not None \
                and _SPOKEN_OF.search(text, max(0, start - 4), start) is not None \
                and not _named_later(text, events, i, only):
            # 结合《劳动合同法》的规定，… ⏎ … ⏎ 从第八十二条的文字表述来看: a bare article in a text that has
            # named one law only, named in passing paragraphs before, is that law's
            previous = cited = Citation(start, end, text[start:end], "", only.law, "continuation",
                                        articles, candidates=only.candidates, as_of=only.as_of)
            yield previous
            continue
        if opens:
            heading = False
        previous = None


def _code_heading(text: str, end: int, articles: tuple[Cited, ...]) -> bool:
    """Whether the bracketed heading after the one article ``articles`` (ending at ``end``) is the criminal
    code's for that article number (see :data:`_CODE_GISTS`)."""
    gist = _GIST.match(text, end)
    if gist is None or len(articles) != 1 or articles[0].paragraph is not None or "之" in articles[0].article:
        return False
    word = _CODE_GISTS.get(_number_of(articles[0].article) or 0)
    return word is not None and word in gist.group(1)


def _cited_before(before: dict[str, tuple[str, Citation]], articles: tuple[Cited, ...], start: int) -> Citation | None:
    """The last citation of the text (within :data:`NAME_REACH`) whose law is the one law every one of
    ``articles`` was cited with before, if there is one."""
    found = [before.get(a.article) for a in articles]
    if not found or any(f is None or f[0] == "?" or start - f[1].end > NAME_REACH for f in found):
        return None
    laws = {f[0] for f in found}
    return found[-1][1] if len(laws) == 1 else None


def _introduces(text: str, law: "_Law", cited: Citation | None) -> bool:
    """Whether the paragraph that names ``law`` (last) may lend it to the paragraphs after it:
    it cites one of its articles, or no sentence ends after the law's name (a title on its own
    line, 《X》的有关规定如下：, a table's header), or the notice promulgating it follows the name
    (《X》已于…通过，现予公布), not a law named in passing in a sentence (依照《X》的规定处罚。)."""
    if cited is not None and cited.form != "backref" and _REFERRED.match(text, cited.end) is not None:
        # 民法典第一千零四十二条规定的“与他人同居”…: the wording of another rule, citing the law by its name in
        # passing (a rule's own articles are 本法第N条 there)
        return False
    if cited is not None or _PROMULGATED.match(text, law.end):
        return True  # (《X》已于…通过，现予公布，…: the text under the notice is X's)
    end = text.find("\n", law.end)
    return _SENTENCE_END.search(text, law.end, len(text) if end < 0 else end) is None


_SPOKEN_GAP = _compiled(r"(?:中的|中|的)?\s*$")
#: What may stand right before a defined name written without brackets (not a longer name: 两高司法解释).
_SPOKEN_BEFORE = _compiled(r"[^\u4e00-\u9fff《]|[照据依按和及与或即在由对经]")


def _spoken(text: str, start: int, spoken: dict[str, _Law]) -> tuple[int, _Law] | None:
    """Where a name the text defined without brackets stands right before ``start`` (with 的,
    中 between), and its law; None if none does."""
    head = text[max(0, start - 30):start]
    head = head[:_SPOKEN_GAP.search(head).start()]
    for short, law in spoken.items():
        if head.endswith(short) and (len(head) == len(short) or _SPOKEN_BEFORE.match(head, len(head) - len(short) - 1)):
            return start - (len(text[max(0, start - 30):start]) - len(head)) - len(short), law
    return None


def _qualified(text: str, law: _Law, defined: dict[str, _Law]) -> _Law | None:
    """The law of a name the text defined with a word before the title (以下简称“现行《公司法》”,
    以下简称新《未保法》) when that word stands before this title too."""
    for k in (1, 2, 3):
        found = defined.get(title_key(text[max(0, law.start - k):law.start] + law.written))
        if found is not None:
            return found
    return None


def _named_later(text: str, events: list[tuple[int, int, str, Any]], i: int, law: _Law) -> bool:
    """Whether the first law the sentence of event ``i`` names after it is another law than
    ``law`` (第38条之外，《传染病防治法》… names its own law)."""
    end = _SENTENCE_END.search(text, events[i][1])
    stop = end.start() if end else len(text)
    for start, _end, kind, obj in events[i + 1:]:
        if start >= stop:
            return False
        if kind == "law" and obj.form != "backref":
            return obj.law != law.law
    return False


def _cite(text: str, law: _Law, end: int, articles: tuple[Cited, ...]) -> Citation:
    return Citation(law.start, end, text[law.start:end], law.written, law.law, law.form, articles,
                    candidates=law.candidates, as_of=law.as_of)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two law names one right after the other (a list: 《刑法》《刑事诉讼法》, 《刑法》和《刑事诉讼法》)."""
    return start - end <= 3 and _LIST_JOIN.fullmatch(text, end, start) is not None


def _resolve_back(law: _Law, last: _Law | None, listed: bool) -> _Law:
    """A back-reference's law: the last law of the paragraph, when it is clear and of the kind named."""
    if last is None or listed or last.law is None:
        return law
    target = last.law
    kind = law.generic or "*"
    if kind == "法" and not _IS_LAW.search(target):
        return law
    if kind not in ("法", "*") and kind not in target[-8:]:
        return law
    return replace(law, law=target, candidates=())


def _interpretation(law: _Law, suffix: str, names: LawNames) -> str | None:
    """The judicial interpretation of ``law`` that ``《民事诉讼法》司法解释`` names."""
    suffix = suffix.removeprefix("的")
    for base in (law.written.strip("《》"), law.law or ""):
        found = names.lookup(base + suffix) or names.lookup(base + "司法" + suffix.removeprefix("司法"))
        if len(found) == 1:
            return found[0]
    return None


def _articles(run: str) -> tuple[Cited, ...]:
    """The articles of a run of article numbers, ranges and lists expanded."""
    out: list[Cited] = []
    dash = False
    for t in _TOKENS.finditer(run):
        if t.group("art") is not None:
            suffix = cn_number(t.group("zhi")) if t.group("zhi") else None
            numbers = _numbers(t.group("nums"))
            if numbers is None:
                return ()
            if dash and out and not suffix:
                first = _number_of(out[-1].article)
                if first is not None and numbers and first < numbers[0] <= first + 100:
                    numbers = list(range(first + 1, numbers[0])) + numbers
            dash = False
            for i, n in enumerate(numbers):
                label = article_label(n, suffix if i == len(numbers) - 1 else None)
                if not any(c.article == label for c in out):
                    out.append(Cited(label))
        elif t.group("para") is not None and out:
            if out[-1].paragraph is None:
                out[-1] = replace(out[-1], paragraph=cn_number(t.group("pn")))
        elif t.group("item") is not None and out:
            if out[-1].item is None:
                out[-1] = replace(out[-1], item=cn_number(t.group("iN")))
        elif t.group("dash") is not None:
            dash = True
    return tuple(out)


def _numbers(text: str) -> list[int] | None:
    """``二百三十七`` → [237]; ``五、六`` → [5, 6]; ``十至十二`` → [10, 11, 12]."""
    parts = _SPLIT.split(text.replace("第", ""))  # 第五至第七条: 第 again inside the run
    out: list[int] = []
    dash = False
    for i, part in enumerate(parts):
        if i % 2:
            dash = _DASH_RE.fullmatch(part) is not None
            continue
        n = cn_number(part)
        if n is None or n == 0:
            return None
        if dash and out and out[-1] < n <= out[-1] + 100:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
    return out


_LABEL = _compiled(rf"第({_NUM})条")


def _next_number(label: str, after: str) -> bool:
    """Is the article ``after`` numbered right after ``label`` (第二百二十四条 → 第二百二十五条)?"""
    n, m = _number_of(label), _number_of(after)
    return n is not None and m == n + 1 and "之" not in after


def _number_of(label: str) -> int | None:
    m = _LABEL.match(label)
    return cn_number(m.group(1)) if m else None


def statutes_of(cited: tuple[Citation, ...]) -> tuple[str, ...]:
    """The ``statute`` facet values of an article's citations: the laws cited, in order."""
    return tuple(dict.fromkeys(c.law for c in cited if c.law))


def cites_of(cited: tuple[Citation, ...]) -> tuple[str, ...]:
    """The ``cites`` facet values: ``law 第N条`` of every article cited, in order."""
    return tuple(dict.fromkeys(f"{c.law} {a.article}" for c in cited if c.law for a in c.articles))


def citing(tags: Any, cited: tuple[Citation, ...]) -> Any:
    """``tags`` (a :class:`~lawnews.index.documents.Tags`) with the laws and articles
    ``cited`` (:func:`statutes_of`, :func:`cites_of`); as they are when nothing is cited."""
    return replace(tags, statutes=statutes_of(cited), cites=cites_of(cited)) if cited else tags


#: A typed reference ending in two or more bare article numbers after the law
#: (``刑法 313 314``, ``刑法313、314``): the law, then the numbers.
_BARE_LIST = re.compile(r"^(?P<law>.*[^\d\s第年.\-/、，,])\s*(?P<ns>\d{1,4}(?:\s*[、，,]\s*\d{1,4}|\s+\d{1,4})+)\s*$")
#: Most articles a law has (民法典: 1260); a larger bare number is a year, not an article.
MOST_ARTICLES = 1500
#: An article numbered 0 (第0条, 第〇条, 第零条), which no law has.
_ARTICLE_ZERO = re.compile(r"第\s*(?:0+|[０]+|[〇零]+)\s*条")


def bare_numbers(text: str) -> tuple[str, list[int]] | None:
    """A typed reference naming a law and two or more bare article numbers (``刑法 313 314``,
    ``刑法313、314``, full-width digits too) as ``(law, [313, 314])``; None for anything
    else (one number, a number no article has, ``第…条``)."""
    digits = text.strip().translate(str.maketrans("０１２３４５６７８９，", "0123456789,"))
    m = _BARE_LIST.match(digits)
    if m is None or "条" in m.group("law"):
        return None
    numbers = [int(n) for n in re.findall(r"\d+", m.group("ns"))]
    if max(numbers) > MOST_ARTICLES:
        return None
    return m.group("law").strip().strip("《》").strip(), numbers


def article_zero(text: str) -> bool:
    """Whether a typed reference names article 0 (``刑法第0条``, ``刑法 0``, ``刑法 313 0``)."""
    bare = bare_numbers(text)
    if bare is not None:
        return 0 in bare[1]
    digits = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return bool(_ARTICLE_ZERO.search(digits) or re.search(r"[^\d\s第年.\-/]\s*0+\s*$", digits))


def parse_reference(text: str, names: LawNames | None = None) -> tuple[str, str | None, tuple[str, ...]] | None:
    """What a user names as a statute article (``民事诉讼法 第二百三十七条``, ``民诉法第237条``,
    ``刑法``): ``(law, article label or None, candidate laws when ambiguous)``, the law
    being the table's full title or the title as written; None when no law is named."""
    names = names or LawNames.default()
    text = text.strip()
    if bare_numbers(text) is not None:  # 刑法 313 314: two articles, never article 313314
        return None
    m = re.search(rf"\s*{_RUN}\s*$", text)
    law_text = text[:m.start()] if m else text
    law_text = law_text.strip().strip("《》").strip()
    if not law_text:
        return None
    label = None
    if m is not None:
        arts = _articles(m.group().strip())
        if len(arts) != 1:
            return None
        label = arts[0].article
    laws = names.lookup(law_text)
    if len(laws) == 1:
        return laws[0], label, ()
    if laws:
        return "", label, laws
    return re.sub(r"\s+", "", law_text).replace("〈", "《").replace("〉", "》"), label, ()


__all__ = ["Citation", "Cited", "LawNames", "extract", "parse_reference", "bare_numbers", "article_zero", "title_key", "loose_key", "cn_number",
           "cn_label", "article_label", "statutes_of", "cites_of", "FORMS", "RULES_VERSION"]
