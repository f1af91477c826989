"""Place names in a text: Aho-Corasick matches of division names, checked and resolved.

In:  a whitespace-free text, the :class:`~.gazetteer.Gazetteer`, optional context codes
     (e.g. the province an article is known to be from).
Out: :class:`RegionRef` for every match that survives the checks and resolves to one
     division. A match that the text cannot decide between places is dropped (abstain).

Matching takes the longest names first (商河南省 holds 河南省, not 商河) and drops:
* words that hold a place name but do not mean it (北京时间; the table's blockers);
* a short form (of a current name or a former one) followed by 镇/乡/村/新村/路/街/法庭/派出所/大厦/酒店/小区…: a town, neighbourhood, street,
  tribunal, police station or building of that name (白水镇, 通河新村, 湖南路, 南京东路, 乌尔禾人民法庭,
  金华派出所, 三江大厦, 香格里拉酒店);
* a county's short form that the text also writes as a town's name (合水镇), and any short form it
  writes as a police station's after a sub-bureau (赛罕区公安分局榆林派出所) or right after a district
  or county of its own (二七区陇西小学: a school of 郑州's 二七区), there and elsewhere in it without an
  institution after it (合水、新宝位于该市东北部: the town, not 甘肃's 合水县; 平安榆林 beside
  榆林派出所 is no 榆林市; 在陇西小学 no 陇西县; 合水法院 is still the county's court);
* a short form of a place outside 内蒙古 opening a Mongolian town's or village's name (乌兰毛都苏木,
  乌兰哈达嘎查: not 青海's 乌兰县);
* a name inside a person's name after a role word (民警高阳, 法官李学云和…: 高阳县, 云和县)
  or among the names of a credit line (记者：曹某 雷嘉兴 报道员：…: 雷嘉兴 is a person, not 嘉兴),
  unless a dateline follows (记者刘洋长沙报道);
* a name opening a photographer's credit (。贡嘎来松摄: a person, not 贡嘎县);
* a name in the generic 县（市、区） of rules and reports (会同县（市） is 会同 + 县);
* a name opening with 个 after a numeral: the measure word (6个旧改地块 is not 个旧);
* a county named as a conjunction and 县 between two institutions (县政府和县法院,
  县政府会同县法院牵头: the county government and the county court, not 和县 or 会同县);
* a full name whose suffix starts another word is cut back (荆州区域 → 荆州, 时代县域 → —).

A match then stands for a place only with support:
* its parent right before it (长沙市芙蓉区, 河南省浚县, 湖南湘乡) decides (not for an everyday
  word opening an office's name: 湖北省公安厅, 荆州市公安局 are the police, not 公安县), and so does
  the city of a police bureau whose sub-bureau it names (南宁市公安局南湖分局: a district of
  南宁, none here, so no place, and neither is a later 南湖公安分局);
* a weak key (the table marks everyday words, district short forms, one-character
  stems and former names' short forms) needs an institution after it (石门法院, 普洱两级法院, 振兴区委; everyday words only a
  court, procuratorate or party committee), a district short form may instead have its
  city named elsewhere in the text, a former name's short form (长岛 of 长岛县, now in 蓬莱区)
  may instead have 原 before it, its city (a former city's: its province) right before it, or it
  or a place of it named at most :data:`NEAR` characters before it in its sentence (烟台长岛;
  上海市闸北、静安两区; not its province alone, 湖南湘江新区; not where its last character starts a
  word, 湖北鄂西北), and none stands after a character its first makes a word with (台北市法院 holds
  no 北市; 原 marks a former name: 原长岛), a one-character stem may stand after punctuation or
  在/到/… (not in 示范县; a conjunction stem never: 区和县人民政府); a short form read
  as 全 + a level word (全州法院: the courts of a whole prefecture) needs its province named
  elsewhere in the text;
* a name that the text reads as parts of other words is dropped: a three-character name
  as a word plus the rest of another (以上|城区, 沿海|城市; never a province's: 暖心上海市公安局 is 上海), a two-character county short
  form with a word on either side or after a surname (召开|平安, 增长|海洋, 邓志丹), a
  province or prefecture short form with words on both sides (生长|沙漠);
* a name shared by several places (鼓楼区, 东安; a district of three characters written by its
  first two, 雨花 for 南京's 雨花台区 beside 长沙's 雨花区) goes to the one whose city or province
  the rest of the text names; else to the only strong one; else nowhere (abstain).

A name chain named in passing is kept but marked ``aside`` (it does not make the text
about the place): a link in the page's list of other stories (相关文章：…, in the text's second
half), a newspaper, news site or station (兰州晨报, 山东法制传媒网), a wire dateline (人民网西安12月5日电),
a postal address (湖南长沙410138), a spirit (井冈山精神), the start of a company name (达州华渝房地产开发公司), a company called by a
short form (永昌公司) or by the short name the text gives it (（以下简称“宁波汉意”）… 宁波汉意持有…)
or of a law firm's (江苏某某律师事务所), an address (地址：深圳市…), a copied page's note of where it was posted (发布于广东, IP属地：广东), a hospital's advertisement spliced into a copied page
(山西治疗癫痫哪家医院好), a scholar's university or
journal (湘潭大学法学院教授, 吉林财经大学特聘教授, 山西警察学院学报, a newspaper's city,
经济参考报（北京）, …大学法学院，贵州贵阳; not 邵阳学院附属医院),
a legal system compared or assisted (台湾地区“民事诉讼法”, 香港地区的经验, 协助台湾台北地方法院送达), the authority a fraudster poses
as (自称“江西省九江市公安局”), an author's employer (作者单位：四川省…, 作者宜昌市西陵区法院…, a paper's funding, 基金项目：辽宁省…, an affiliation line
…人民法院执行局，北京100872), a person's origin (江苏人，, 张某系山东省东明县农民，, 老家在四川, 来自乐山市, 四川籍民工, a worker's home before a word for the worker and
the worker's name: 四川农民工刘某, 四川内江小伙倪泽波), a home (家住宣威市), a distance
(距奎屯市较远), a neighbour on a border (北与罗定、南与阳春两市交界), a party in a ruling's header or its registered seat (被申请人：锡林郭勒盟…, 住所地
内蒙古自治区…), a trip's or move's destination or starting point (赶往张掖市, 直飞新疆, 迁回河南省杞县,
从哈尔滨出发, 从济宁匆匆赶到, 由云南昆明发车的动车),
where someone works away from home (在杭州市务工), where a search ends (在兰州找到被执行人,
在甘肃平凉成功拦截这笔被骗资金, 在重庆，找遍了被执行人所在地的银行), where a fugitive's earlier crime was, in a
text about a fugitive (在山东故意伤害致人重伤后潜逃), a meeting named after its city (“苏州会议”后), an
unnamed example (如浙江某法院委托执行的一起案件中) or one place's standard as an example (标准各地不一样，
上海是…), the place an office of another place
is stationed in (遂宁市驻乌鲁木齐), a company's registered name however long (内蒙古地质矿产（集团）有限责任公司),
a document's short title (（以下简称《深圳指引》）), the rest of an address in its clause (住所地…腾飞路
内蒙古自治区地质矿产勘查开发局办公楼), a region named after its cities (兰州—西宁城市群, 武汉都市圈); in
English, a firm's seat or name (Beijing-based …, Shandong Win & Win Law Firm), a scholar's university
(Shandong University, a university in Beijing), a lawyer's or scholar's employer (a lawyer at Beijing … Center)
and ``Beijing`` for the central government (Beijing should …, as Beijing pressed ahead); 台湾 before 同胞,
居民 or 台胞 (its people), an author's employer after 工作单位, a research institute (…研究院研究员).
A run of bulleted headlines closing an English page is a list of other stories, as 相关文章 is (:func:`furniture`).
Dropped as no place: a county's short form that the text writes only as a given name after one
surname (秦怀远 … 秦怀远说) or as a given name in a list of names (明珍珍、魏怀仁、刘正祥), one before 校区
(矿大文昌校区, a campus), one ending like a river's name that the text writes as the river (嫩江干流: then
松花江、嫩江 too; 嫩江法院 is still the county's court), and, in a text about 台湾 that names no mainland
province or prefecture, a mainland county's short form (溪湖分局 of 彰化: not 本溪's 溪湖区).
The seat of a party company the text leaves unnamed (河北某房地产公司) is marked ``party``: it counts
only where the text names no other place (see :mod:`.about`).

In a text with enough Latin letters, places named in English (``Zhejiang province``,
``Xiaoshan district``) are found by :mod:`.english` and join the others; in a Chinese text
with an English summary, one the Chinese names only in a list or in passing is so in English too.

An item of a list is marked ``in_list``: a place with 、 on either side of it, followed by 等 or
after 和/及/与 ending the list, also with the quoted name it is listed for (河南的“一村一警”、甘肃的
“治安户长制”和四川自贡的“全民见警”模式; 广州“天平”网、深圳“鹰眼查控”); in English, a place with a comma
between it and another that neither holds, or after and/or ending such a list (Jiangsu, Henan and Fujian).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

import ahocorasick

from .english import english_enough, find_english
from .gazetteer import Gazetteer, Key
from .scan import Scanner
from .textmap import longest_first

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: About how many Latin letters English spends on what one Chinese character says: a text whose
#: Chinese would be as long as its English is a Chinese text with a translation, or the reverse.
LETTERS_A_CHARACTER = 5
#: After a short form: a town, village, street (南京东路, 四川北路), tribunal (乌尔禾人民法庭),
#: police station (金华派出所, 北屯边境派出所: stations are named after towns, not counties) or
#: building, hotel or estate (三江大厦, 香格里拉酒店, 湖南大厦 stands in another city) named after the place.
_TOWN_AFTER = re.compile(r"(?:镇|[东西南北中]?(?:路|街|大街|大道)|巷|新村|(?:人民)?法庭|(?:边境|海岸|边防)?派出所"
                         r"|大厦|大楼|宾馆|大?酒店|饭店|商厦|小区|公寓|山庄"
                         r"|(?:乡|村)(?![村镇民委级亲土风干情贤里庄办]))")
#: After a county's short form that ends like a river's name (嫩江, 沅江, 赤水, 泸水): the river's basin, trunk,
#: banks or waters (嫩江干流, 沅江流域): the river the county is named after.
_RIVER_AFTER = re.compile(r"(?:流域|干流|支流|水系|江段|河段|沿岸|两岸|上游|中游|下游|江面|水域)")
#: After a short form: a police station (of a sub-bureau: 赛罕区公安分局榆林派出所 is named after a town).
_STATION = re.compile(r"(?:边境|海岸|边防)?派出所")
#: After a short form: the rest of a Mongolian town's or village's name and its word (乌兰毛都苏木,
#: 乌兰哈达嘎查): the town, not the county of that short name (乌兰县), outside 内蒙古 whose words they are.
_SUMU_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:苏木|嘎查)")
INNER_MONGOLIA = "15"
#: Numerals: 个 after one is the measure word (6个旧改地块, 三个旧村), not a name's first character (个旧).
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两几百千万多余")
#: After a full name: the generic "county (city, district)" of rules and reports.
_GENERIC_AFTER = re.compile(r"[（(、](?:市|区|县)[）)、]")
#: A full name's last character followed by one of these starts another word.
_SUFFIX_WORDS = frozenset("县域 县级 县区 县城 区域 区块 区间 区划 市场 市民 市值 市面 市容 市县".split())
#: Institutions whose name a place may open (石门法院, 芙蓉区委, 浚县公安局).
INSTITUTION = re.compile(
    r"(?:(?:人民)?(?:法院|检察院|政府)|中院|高院|法庭|两级法院|[县市区州旗]委|党委|政法委|纪委|监委|人大|政协"
    r"|公安局|公安分局|交警|派出所|分局|(?:司法|税务|海事|城管|住建|市场监管|自然资源|教育|民政|财政|人社|卫健"
    r"|生态环境|应急管理|交通运输)局)"
)
#: The institutions an everyday word needs after it to be a place (振兴区委, 会同县人民法院).
_SEAT = re.compile(r"(?:(?:人民)?(?:法院|检察院)|中院|高院|两级法院|[县市区州旗]委)")
#: An office whose name opens with an everyday word that is also a place's short form: after
#: a province or city it is that place's office (湖北省公安厅, 荆州市公安局), not 公安县.
_OFFICE = re.compile(r"公安(?:厅|局|分局|机关|部门|民警|干警|交警|消防|系统|战线|派出所)")
#: Characters after which a one-character-stem name (范县, 澧县) may stand.
_PREV_OK = frozenset("在到于赴自从向与和及同对至往经据是为")
_CONJUNCTIONS = frozenset("和及与或")
#: 全 + one of these reads "the whole …" (全州: the whole prefecture), whatever place it names.
_LEVEL_WORDS = frozenset("省市州县区盟旗")
_LIST_AFTER = re.compile(r"等")
_LATIN = re.compile(r"[A-Za-z]")
#: After a place: what it is named for in a list of examples (河南的“一村一警”、甘肃的“治安户长制”和
#: 四川自贡的“全民见警”模式; 广州“天平”网、深圳“鹰眼查控”), a quoted name and a word or two: the
#: item goes on to the 、 or 和 that joins it to the next place.
_ITEM_TAIL = re.compile(r"的?[“\"][^“”\"，。；！？]{1,20}[”\"](?:(?![和及与或等])[\u4e00-\u9fff]){0,2}")
#: After a name chain: it names a newspaper, news site or station (兰州晨报, 山东法制传媒网), a wire dateline
#: (人民网西安12月5日电), a postal address (湖南长沙410138), a spirit (井冈山精神), a
#: person's origin (一位是江苏人，) or a scholar's university or journal: a university or
#: college followed by its school, a title or a break (湘潭大学法学院教授, 湘潭大学，), or a
#: journal (山西警察学院学报), or a research institute followed by the same or by 研究员 or 所长
#: (四川省盐业技术研究院研究员: a scholar's or a deputy's employer); a college's hospital (邵阳学院附属医院)
#: acts in its city.
_ASIDE_AFTER = re.compile(r"(?:日报|晚报|晨报|早报|都市报|商报|时报|法制报|法治报|新闻网|(?:法制|法治)?传媒网|法制网|法治网"
                          r"|电视台|广播电视台"
                          r"|\d{1,2}月\d{1,2}日电|\d{6}(?!\d)|精神|人(?=[，。、；,;！？）)])"
                          r"|(?:(?!法院|检察院|公安|政府|[和与及])[\u4e00-\u9fff]){0,8}?"
                          r"(?:(?:大学|学院|研究院|研究所)(?:[\u4e00-\u9fff]{1,8}?学院)?(?:(?![\u4e00-\u9fff])|(?:特聘|客座|兼职|副)?教授|讲师"
                          r"|博士|硕士|研究生|研究员|所长)"
                          r"|学报))")
#: After a place named in English: an organisation's seat (Beijing-based Lantai Partners) or the rest of
#: a firm's name (Shandong Win & Win Law Firm, Chongqing Tongfa Knitting Co., Ltd.; the text's spaces are gone).
_EN_ORG_AFTER = re.compile(r"-based|(?:[A-Z][A-Za-z&']*){0,4}?(?:LawFirm|LawOffices?|Co\.|Company|Corporation|Ltd)")
#: After a place named in English: a university, college, academy or institute named after it (Shandong
#: University, Hong Kong Polytechnic University, Zhejiang Institute of Law): a scholar's, as 湘潭大学 is.
_EN_SCHOOL_AFTER = re.compile(r"(?:[A-Z][a-z]+){0,3}?(?:University|College|Academy|Institute)")
#: Before a place named in English: a university's name and in or a comma (the University of Political Science
#: and Law in Beijing; …University, Beijing): where the university is, as …大学法学院，贵州贵阳 is.
_EN_SCHOOL_BEFORE = re.compile(r"(?:University|College|Academy|Institute)(?:of|and|for|&|[A-Z][a-z]+){0,8}?(?:in|,)$")
#: Before a place named in English: a lawyer's or a scholar's employer (a lawyer at Beijing Zhicheng … Center,
#: a professor at Zhejiang …): the employer of a person quoted, as in Chinese.
_EN_ROLE_BEFORE = re.compile(r"(?i:lawyer|attorney|professor|lecturer|researcher|scholar|analyst|economist"
                             r"|partner|fellow|dean)s?(?:at|with)(?:the)?$")
#: After ``Beijing`` in English: a modal or a verb of policy (Beijing should make better use of …, as Beijing
#: pressed ahead with …): the central government, as the press writes it, not the city; not after a word that
#: places it (a court in Beijing ordered …).
_EN_CAPITAL_ACTS = re.compile(r"(?:should|must|pressed|pushed|vowed|urged|pledged|ordered|demanded|insist|warn|wants?"
                              r"|wanted|seeks|sought|aims|intends|hopes|signall?ed)")
_EN_PLACED = re.compile(r"(?:in|at|of|from|to|near|across|around|outside|for|by|within|throughout)$")
EN_CAPITAL = "Beijing"
#: Before the last item of an English list: and/or, after a comma or not (Jiangsu, Henan and Fujian).
_EN_LAST_ITEM = re.compile(r",?(?:and|or)$")
#: After a name chain that opens a company's or a law firm's name (株洲天桥起重机股份有限公司,
#: 上海中联（兰州）律师事务所; not 崇明区一家律师事务所, a firm placed in the district); a name that ends in
#: 有限(责任)公司, the registered form, may run longer and hold a bracketed part (内蒙古第九地质矿产勘查开发
#: 有限责任公司, 内蒙古地质矿产（集团）有限责任公司), though not across a word that joins or places it nor
#: an institution or what it does (长沙市开福区人民法院审结湖南某某股份有限公司…: the court's place).
_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:有限公司|公司|集团)"
                      r"|(?:(?![的家所在有])[\u4e00-\u9fff（）()]){0,8}?律师事务所")
_REGISTERED = re.compile(r"(?:(?![的在与和及向对是为局厅委审判诉]|法院|检察院|公安|政府|人民|执行|申请)[\u4e00-\u9fff（）()]){2,18}?"
                         r"有限(?:责任)?公司")
#: After a name chain: the rest of the name of a party company the text leaves unnamed but for its
#: seat (河北某房地产公司, 台州市某进出口有限公司, 长沙某公司): a party of the case, which counts for its seat
#: only where the text names no other place (see .about).
_PARTY_COMPANY = re.compile(r"某[\u4e00-\u9fff]{0,9}?(?:有限公司|公司|集团)")
#: After a name chain: a hospital's or a law firm's advertisement spliced into a copied page (山西治疗癫痫哪家医院好,
#: 福州中医治疗癫痫, 上海律师咨询电话：021-…): no place the page is about.
_ADVERT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:癫痫|羊癫疯|白癜风|牛皮癣|银屑病)")
_LAWYER_ADVERT = re.compile(r"律师(?:免费)?咨询(?:电话|热线)")
#: After a short form: a company called by it (永昌公司, 江阳公司; not 长沙分公司, a branch placed there).
_SHORT_COMPANY = re.compile(r"(?:公司|集团)")
#: A name the text gives a company for short (（以下简称“宁波汉意”）, (以下简称江阳公司)): after a
#: company's name, the short name, quoted or up to the bracket.
_SHORT_NAME = re.compile(r"(?:公司|企业|集团|合伙[)）]|厂)[(（](?:以下)?简称[为:：]?[“\"「]?([\u4e00-\u9fff]{2,8}?)[”\"」]?[)）]")
#: The short title the text gives a document (《深圳市中级人民法院审理企业重整案件的工作指引》（以下简称
#: 《深圳指引》）): the document again wherever it is written, not its place.
_SHORT_TITLE = re.compile(r"简称[为:：]?(《[\u4e00-\u9fff]{2,12}?》)")
#: Before a name chain: a person's home or an address (家住宣威市, 地址：深圳市…), a paper's funding
#: (基金项目：辽宁省社会科学规划基金), an author's employer (工作单位：上海对外贸易学院), the page's note of where it was posted (发布于广东, IP属地：广东), a distance
#: (距奎屯市较远) or a university (…大学法学院，贵州贵阳: its address); see also
#: _aside() for the place an office of another place is stationed in (遂宁市驻乌鲁木齐).
_ASIDE_BEFORE = re.compile(r"(?:报[（(]|(?:家住|住址|地址|住所地?|户籍地?|原籍|籍贯|老家)(?:在|为|是|系|[:：])?|来自|距离?|(?:大学|学院)[，,]"
                           r"|基金项目[:：]?|工作单位[:：]?|发布于|[Ii][Pp]属地[:：]?"
                           r"|去|赴|前往|来到|到达|抵达|赶到|赶往|开往|飞往|直飞|回到|返回|逃往|逃到|汇到|迁回|迁往|搬回|搬到|到)$")
#: Around a name chain: where someone travels from (从哈尔滨出发, 从北京赶过来) or works away
#: from home (在杭州市务工, 在新疆和静县打工), or where a search ends (在兰州找到被执行人).
_FROM_AFTER = re.compile(r"(?:匆匆|匆忙|连夜|专程|特意|特地|专门|急忙|一路|驱车|开车|乘车|坐车)?(?:出发|赶|飞|回到?|来到)")
#: After “ and a name chain: the rest of a quoted meeting's name (“苏州会议”后, “杭州峰会”): the meeting,
#: named after where it was held, not a place the text is about.
_MEETING_AFTER = re.compile(r"(?:会议|峰会|年会)[”\"]")
#: Before a name chain: a rule that differs from place to place, one place's given as an example
#: (标准各地不一样，上海是3个月的工资; 各地不同，如北京…): an explainer's example, not where its story is.
_VARIES_BEFORE = re.compile(r"各地(?:不一样|不同|不一)[，,](?:如|比如|例如)?$")
#: After 由 and a name chain: where a train or coach leaves from (由云南昆明发车的G1376次动车).
_DEPART_AFTER = re.compile(r"(?:火车|汽车)?站?(?:发车|始发|开出)")
_WORK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:务工|打工)")
#: After 在 and a name chain (and a comma or not): where a search ends, a debtor found or searched for or
#: defrauded money stopped (在兰州找到被执行人, 在重庆，找遍了被执行人所在地的银行,
#: 最终在甘肃平凉成功拦截这笔被骗资金): the destination of the officers' search, not the place of the story.
_FOUND_AFTER = re.compile(r"[，,]?(?:成功)?(?:找到|找遍|查找到|拦截|拦截住)了?(?:被执行|这笔|该笔|被骗|涉案)")
#: After 在 and a name chain, in a text about a fugitive (:data:`_FUGITIVE_WORDS`): the crime the
#: person committed there, before any word of the arrest (在包头市砸车盗窃作案数十起的犯罪嫌疑人, 王某在海南省
#: 海口市以…为由诈骗马先生…元, 在山东故意伤害致人重伤后潜逃): where the earlier crime was, not where the story
#: (the arrest) is; not 在玉泉区一酒店内发现在包头市…盗窃…的嫌疑人, where the place is the arrest's.
_CRIME_AFTER = re.compile(r"(?:(?!发现|抓|查获|将|把|被|民警|警方|落网|挡获|擒获)[^，,。；;！？!?]){0,14}?"
                          r"(?:诈骗|詐騙|盗窃|盜竊|抢劫|搶劫|抢夺|搶奪|伤害|傷害|杀人|殺人|作案|行凶|行兇|贩毒|販毒"
                          r"|强奸|強姦|绑架|綁架)")
#: After a name chain that follows 与: the rest of a border's description, a neighbour named to
#: place another (北与罗定、南与阳春两市交界, 与湖北交界): not a place the text is about, unless
#: a place is named right before 与 (郁南县与罗定市交界处: a spot on the border of both).
_BORDER_AFTER = re.compile(r"[^，,。；;！？!?]{0,12}?(?:交界|接壤|相邻|毗邻|毗连)")
#: After a name chain: the rest of the name of a region named after its cities (兰州—西宁城市群,
#: 武汉都市圈, 成都经济圈): the cluster, which reaches beyond the city, not the city.
_CLUSTER_AFTER = re.compile(r"(?:[—\-－~～][\u4e00-\u9fff]{2,4}?)?(?:城市群|都市圈|经济圈|经济带(?!动)|城市带)")
#: Before a name chain: an address that runs on to it in its clause (住所地内蒙古自治区呼和浩特市赛罕区腾飞路
#: 内蒙古自治区地质矿产勘查开发局办公楼: a building named in the address, no second place of the story).
_ADDRESS_BEFORE = re.compile(r"(?:住所地?|住址|地址|户籍地)[:：]?[^，,。；;：:！？!?（(]+$")
#: How far before a name chain :data:`_ADDRESS_BEFORE` reads.
_ADDRESS_READS = 40
#: Before a name chain: an author's byline or employer (作者宜昌市西陵区法院…, 作者单位：四川省…).
AUTHOR = r"作者(?:单位|简介)?[:：]?"
_AUTHOR_BEFORE = re.compile(AUTHOR + "$")
#: After a name chain: the rest of an affiliation line, an institution then its city and
#: postcode (北京市门头沟区人民法院执行局，北京100872).
AFFILIATION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,14}?[，,][\u4e00-\u9fff]{2,8}\d{6}(?!\d)")
#: A county name that is a conjunction and 县 (和县, 会同县) after an institution reads
#: "… and the county's …" (县政府和县法院, 县政府会同县法院牵头): no place.
CONJUNCTION_COUNTIES = frozenset({"和县", "会同县"})
_INSTITUTION_END = re.compile(r"(?:政府|政府办|[党县市区]委|委员会|检察院|公安局|司法局|局|办公室|办)$")


def conjunction_read(key: str, text: str, start: int, end: int) -> bool:
    """Whether ``key`` at ``[start, end)`` reads as a conjunction and 县 between an
    institution and another (县政府和县法院, 县政府会同县法院)."""
    return (key in CONJUNCTION_COUNTIES and _INSTITUTION_END.search(text, max(0, start - 4), start) is not None
            and INSTITUTION.match(text, end) is not None)


#: Taiwan, Hong Kong and Macau, which legal writing names as 台湾地区, 香港地区, 澳门地区 when it
#: compares their law.
_JURISDICTIONS = frozenset({"710000", "810000", "820000"})
#: After 台湾, 香港 or 澳门: 地区, the legal system (台湾地区“民事诉讼法”), or a word for its people in the
#: law's words (台湾同胞, 台胞, 香港居民: a person's origin, as 江苏人 is).
_JURISDICTION_WORDS = ("地区", "同胞", "居民", "台胞")
#: After 台湾, 香港 or 澳门: one of its courts, with its city or not (协助台湾台北地方法院送达, 香港高等法院): that legal
#: system, assisted or compared, as 台湾地区 is.
_JURISDICTION_COURT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:地方法院|高等法院|终审法院|初级法院)")
#: Before a name chain: a party named in a ruling's header (申请人：, 被申请人：, 异议人（被申请人）：,
#: 原告：): a party's name, not where the case is.
_PARTY_BEFORE = re.compile(r"(?:申请执行人|被执行人|申请人|异议人|复议申请人|原告|被告|上诉人|第三人)[）)]?[:：]$")
#: Before a name chain: the authority a fraudster poses as (自称“江西省九江市公安局”).
_POSED_BEFORE = re.compile(r"(?:自称|冒充|假冒|谎称)(?:是|为)?[“\"]?$")
#: A page's list of other stories (相关文章：…, 延伸阅读) in its second half: links, not the story.
_RELATED = re.compile(r"相关文章|相关阅读|相关新闻|延伸阅读|推荐阅读")


#: In an English text: a bullet right after a sentence's end, opening a headline (…credit system.-Key outcomes of …).
_EN_BULLET = re.compile(r"[.!?\"”’'][-–•]['‘\"“]?[A-Z]")
#: The next bullet of such a list, after the last word of the headline before it (…elderly care-Guideline aims …).
_EN_NEXT_ITEM = re.compile(r"[a-z0-9'’\"”)][-–•]['‘\"“]?[A-Z]")
#: A sentence's end inside English running text: what a list of headlines does not hold.
_EN_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”’']?[A-Z]")


def furniture(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that link to other stories: from a related-stories list in
    the second half of the text to its end; in an English text, a run of bulleted headlines
    that closes it (…the social credit system.-Key outcomes of the summit-Committee formed in
    Guangzhou …): at least two bullets in the text's second half, the first right after a
    sentence's end, and no sentence's end nor Chinese after it (headlines end with none)."""
    m = _RELATED.search(text, len(text) // 2) if ("相关" in text or "阅读" in text) else None
    if m:
        return [(m.start(), len(text))]
    if ("-" in text or "•" in text or "–" in text) and english_enough(text):
        at = _headline_run(text)
        if at >= 0:
            return [(at, len(text))]
    return []


def _headline_run(text: str) -> int:
    """Where a run of bulleted headlines closing an English text starts (see :func:`furniture`), or -1."""
    m = _EN_BULLET.search(text, len(text) // 2)
    while m is not None:
        end = _EN_SENTENCE_END.search(text, m.end())
        if end is None:  # English headlines to the end: another bullet, no Chinese (a text with pinyin inserted)
            listed = _EN_NEXT_ITEM.search(text, m.end()) is not None and _HAN.search(text, m.end()) is None
            return m.start() + 1 if listed else -1
        m = _EN_BULLET.search(text, end.end())
    return -1


#: Common surnames that are rarely anything else: 邓志丹 is a person, not 志丹县.
_SURNAMES = frozenset("王李张刘陈杨赵吴徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜吕丁沈姚卢"
                      "姜崔谭陆汪廖贾韦邹熊邱尹薛闫侯陶郝龚邵覃戴莫孔")


#: Role words that a person's name follows (民警高阳, 法官李学云, 所长杨俊云).
_ROLE_BEFORE = re.compile(r"(?:民警|辅警|警官|法官|检察官|记者|通讯员|律师|书记员|干警|法警|所长|庭长|院长|局长"
                          r"|审判员|执行员|调解员)$")
#: A credit line's role and colon and the names before the one read (记者：曹某雷嘉兴报道员：…: the
#: spaces between the names are gone from the text), up to two names; the name ends the line or
#: comes before the next role.
_CREDIT_ROLE = r"(?:记者|通讯员|报道员|实习生|作者|编辑|责编|责任编辑|摄影|摄|撰稿|审核|校对)"
_CREDIT_BEFORE = re.compile(_CREDIT_ROLE + r"[:：][\u4e00-\u9fff]{0,6}$")
#: After a credit line's name: the line's end or its next role (not 编辑:黄刚本文为常德站…, a station).
_CREDIT_AFTER = re.compile(r"(?![\u4e00-\u9fff])|" + _CREDIT_ROLE)
#: Surnames a name after a role word may start with: the common ones, and those that also
#: open place names (高阳, 黄石), which only the role word before them tells apart.
_NAME_SURNAMES = _SURNAMES | frozenset("黄高马田万方石白龙余任钟黎夏傅段雷叶魏程严文乔金常康")
#: After a name chain: a person's home place, 籍 (四川籍民工, 广东籍务工人员陈某), or a word for a worker
#: away from home and the worker (四川农民工刘某, 四川内江小伙倪泽波, 安徽民工等12人): where the worker comes
#: from, not where the story is (云南省农民工法律援助工作站 is an office of that place). A worker's name
#: opens with one of the surnames below.
_WORKER = r"(?:农民工|民工|务工人员|务工者|打工者|外来工|打工仔|打工妹|小伙子?)"
#: The surnames a person's name is read by here (a worker's, a given name's) and in the court rules (a byline's).
PERSON_SURNAMES = _NAME_SURNAMES | frozenset("倪贺顾毛秦史孟钱邢汤葛武范江易左岳柳詹申聂苏洪于付")
_HOME_AFTER = re.compile("籍|" + _WORKER + r"(?:[\u4e00-\u9fff]?某|等?\d+[名人]|等人|["
                         + "".join(sorted(PERSON_SURNAMES)) + r"][\u4e00-\u9fff])")
#: Surnames a given name that is a county's short form may follow (秦怀远): those of workers' names,
#: less 于, which as "at" precedes a place (于怀远).
_GIVEN_SURNAMES = PERSON_SURNAMES - {"于"}
#: After a name chain after 系 or 是: a person's home place told as what the person is, a villager
#: or resident of it (张某系山东省东明县农民，, 系某县某村村民。): not where the story is; a word after it
#: (东明县农民专业合作社) makes it an organisation's name.
_NATIVE_BEFORE = frozenset("系是")
_NATIVE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:农民|村民|居民)(?![\u4e00-\u9fff])")
#: After a name that opens a sentence or a caption's credit: the rest of a photographer's name and
#: 摄 (。贡嘎来松摄图为…; 。贡嘎来松摄春节期间…, the credit ending a caption before the next paragraph,
#: whose break the whitespace-free text has lost), a person, not the place; not a word that 摄 opens
#: (摄影, 摄像, 摄制, 摄氏).
_PHOTO_CREDIT = re.compile(r"[\u4e00-\u9fff]{0,3}摄(?![影像制取入录氏政])")
#: After a name: a dateline (记者王某长沙报道), where the place is meant (not the next credit's 报道员).
_DATELINE_AFTER = re.compile(r"(?:报道(?!员)|讯|电)")


@dataclass(frozen=True)
class RegionRef:
    """A resolved place mention; spans are in the whitespace-free text."""

    code: str
    start: int
    end: int
    key: str
    chain_start: int = -1  # start of the name chain it ends (湖南省长沙市芙蓉区), set by link()
    absorbed: bool = False  # True when a descendant follows right after it (长沙市 in 长沙市芙蓉区)
    in_list: bool = False  # an item of an enumeration (益阳、邵阳、岳阳; …邵阳和岳阳) or followed by 等
    aside: bool = False  # named in passing: a newspaper, dateline, address or home (see link())
    party: bool = False  # the seat of a party company the text leaves unnamed (河北某房地产公司), see link()


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    key: str
    cands: tuple[Key, ...]
    cut: tuple[Key, ...] = ()  # districts the key opens the name of (雨花: 南京's 雨花台区), see _decide


@lru_cache(maxsize=4)
def automaton(gaz: Gazetteer) -> Scanner:
    """The names and blockers of ``gaz``, matched only where the text holds their characters."""
    a = ahocorasick.Automaton()
    keys = (*gaz.keys, *gaz.blockers)
    for key in keys:
        a.add_word(key, key)
    a.make_automaton()
    return Scanner(a, keys)


def find_regions(text: str, gaz: Gazetteer, context: frozenset[str] = frozenset(),
                 links: list[tuple[int, int]] | None = None) -> list[RegionRef]:
    """Resolved place mentions of ``text`` (whitespace-free), in text order; ``links``:
    :func:`furniture` of ``text``, when the caller has it (else it is found here)."""
    hits = [h for h in _hits(text, gaz) if h.cands]
    refs: dict[int, RegionRef] = {}
    # pass 1: matches that need no context (one candidate, or the parent right before it)
    not_districts: set[str] = set()  # sub-bureau names that are no district of their city
    for i, h in enumerate(hits):
        code = _sub_bureau(h, text, gaz, refs, i)
        if code == "":
            not_districts.add(h.key)
        if code is None:
            code = _decide(h, text, gaz, _prev(refs, hits, i), None)
        if code:
            refs[i] = RegionRef(code, h.start, h.end, h.key)
    for i in [i for i, r in refs.items() if r.key in not_districts and _SUB_BUREAU.match(text, r.end)]:
        del refs[i]  # 南宁市公安局南湖分局 … 南湖公安分局: the same sub-bureau
    # pass 2: the rest, using the places pass 1 found and the caller's context
    ctx = set(context)
    for ref in refs.values():
        ctx |= gaz.lineage(ref.code)
    for i, h in enumerate(hits):
        if i in refs or (h.key in not_districts and _SUB_BUREAU.match(text, h.end)):
            continue
        code = _sub_bureau(h, text, gaz, refs, i)
        if code is None:
            near = _named_before(refs, i, h.start, text, gaz) if any(c.weak == "o" for c in h.cands) else frozenset()
            code = _decide(h, text, gaz, _prev(refs, hits, i), ctx, near)
        if code:
            refs[i] = RegionRef(code, h.start, h.end, h.key)
            ctx |= gaz.lineage(code)
    found = [refs[i] for i in sorted(refs)]
    if found:
        found = _taiwan_text(found, text, gaz)
    if english_enough(text):  # an English report: its places named in English (see .english)
        english = [RegionRef(*e) for e in find_english(text, gaz, ctx)]
        if english:
            return _translated(link(sorted(found + english, key=lambda r: r.start), text, gaz, links), text, gaz)
    return link(found, text, gaz, links)


#: A county or city of 台湾 with its level word (屏東縣, 彰化縣, 臺北市, 新北市; 金門縣 and 連江縣, which the
#: division table holds under 福建, are not among them): a text that names one is written about 台湾.
_TAIWAN = re.compile(r"(?:[臺台](?:北|中|南|東|东)|新北|桃[園园]|高雄|基隆|新竹|嘉[義义]|苗栗|彰化|南投|[雲云]林"
                     r"|屏[東东]|宜[蘭兰]|花[蓮莲]|澎湖)[縣县市]")


def _taiwan_text(found: list[RegionRef], text: str, gaz: Gazetteer) -> list[RegionRef]:
    """In a text about 台湾 (:data:`_TAIWAN`) that names no province or prefecture of the mainland, a
    mainland county written by its short form alone is a 台湾 town's or a firm's name that happens to
    match (溪湖分局 of 彰化, 吉隆鋼鐵: not 本溪's 溪湖区 nor 日喀则's 吉隆县): dropped. The text is read
    for 台湾's names only when its places are such short forms alone, which few texts' are."""
    levels = gaz.divisions
    if any(levels[r.code].level != "county" and not r.code.startswith("71") for r in found):
        return found
    short = [r for r in found if levels[r.code].level == "county" and r.key != levels[r.code].name]
    if not short or _TAIWAN.search(text) is None:
        return found
    return [r for r in found if r not in short]


#: How far before a former name's short form its city, or a place of that city, may be named to
#: place it (烟台市蓬莱区、长岛; 上海市闸北、静安两区), within its sentence.
NEAR = 10
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _named_before(refs: dict[int, RegionRef], i: int, start: int, text: str, gaz: Gazetteer) -> frozenset[str]:
    """The divisions, with their cities and provinces, of the places resolved so far that end at
    most :data:`NEAR` characters before ``start`` (hit ``i``'s) in the same sentence."""
    out: set[str] = set()
    for j in range(i - 1, max(-1, i - 6), -1):
        r = refs.get(j)
        if r is None:
            continue
        if r.end < start - NEAR:
            break
        if r.end <= start and _SENTENCE_END.search(text, r.end, start) is None:
            out |= gaz.lineage(r.code)
    return frozenset(out)


def _translated(refs: list[RegionRef], text: str, gaz: Gazetteer) -> list[RegionRef]:
    """In a Chinese text with an English summary (a paper's abstract; the Chinese at least as long
    as the English, :data:`LETTERS_A_CHARACTER` letters a character), a place the English names
    that the Chinese names only as a list item or in passing (河南的“一村一警”、甘肃的… and
    “…”in Henan Province, …in Gansu Province) is named so in both: the summary translates it."""
    han = [r for r in refs if not r.key.isascii()]
    if not han or len(_HAN.findall(text)) * LETTERS_A_CHARACTER < len(_LATIN.findall(text)):
        return refs
    named: set[str] = set()
    counted: set[str] = set()
    for r in han:
        if not r.absorbed:
            codes = gaz.lineage(r.code)
            named |= codes
            if not (r.in_list or r.aside):
                counted |= codes
    return [replace(r, aside=True) if r.key.isascii() and r.code in named and r.code not in counted else r
            for r in refs]


def link(refs: list[RegionRef], text: str, gaz: Gazetteer,
         links: list[tuple[int, int]] | None = None) -> list[RegionRef]:
    """Mark name chains (湖南省长沙市 + 芙蓉区) and enumeration items (``links``: as
    :func:`find_regions` takes them). Each mention is made once, with all its marks."""
    if not refs:
        return []
    chain: list[int] = []  # where the name chain each mention ends starts
    absorbed: list[bool] = []
    for k, ref in enumerate(refs):
        start = ref.start
        if k and refs[k - 1].end == ref.start and gaz.is_ancestor(refs[k - 1].code, ref.code):
            start = chain[k - 1]
            absorbed[k - 1] = True
        chain.append(start)
        absorbed.append(ref.absorbed)
    starts = {chain[k] for k in range(len(refs)) if not absorbed[k]}
    ends = {r.end for k, r in enumerate(refs) if not absorbed[k]}
    heads = {r.start for r in refs}
    if links is None:
        links = furniture(text)
    short_names = _short_names(text) if "简称" in text else set()
    reads = _Reads.of(text)
    # where each item ends: at its place, or after the quoted name it is listed for (河南的“一村一警”、)
    item_end = {k: _item_end(text, r.end) for k, r in enumerate(refs) if not absorbed[k]}
    item_ends = set(item_end.values())
    # places named in English by where they end and start, for English lists (Jiangsu, Henan and Fujian)
    english = {p: r for k, r in enumerate(refs) if r.key.isascii() and not absorbed[k] for p in (r.start, r.end)}
    out = []
    listed_ends: set[int] = set()  # where the items of a list read so far end
    for k, r in enumerate(refs):
        aside = r.aside or (bool(links) and any(a <= r.start < b for a, b in links))  # a link to another story
        if absorbed[k]:
            out.append(replace(r, chain_start=chain[k], absorbed=True, aside=aside))
            continue
        start, end = chain[k], item_end[k]
        in_list = ((start > 0 and text[start - 1] == "、" and start - 1 in item_ends)
                   or (end < len(text) and text[end] == "、" and end + 1 in starts)
                   or bool(_LIST_AFTER.match(text, r.end))
                   # the last item, after 和/及/与 (益阳、邵阳和岳阳)
                   or (start > 0 and text[start - 1] in _CONJUNCTIONS and start - 1 in listed_ends)
                   or (r.key.isascii() and _english_item(r, start, text, gaz, english, listed_ends)))
        if in_list:
            listed_ends.add(end)
        company = r.key != gaz.divisions[r.code].name and start == r.start and _SHORT_COMPANY.match(text, r.end)
        if r.key.isascii() and r.end not in heads and (_EN_ORG_AFTER.match(text, r.end)
                                                       or _english_aside(r, start, text)):
            company = True  # Beijing-based Lantai Partners, Shandong Win & Win Law Firm: the firm's seat
        aside = (aside or bool(company) or start in short_names
                 or _aside(r.code, r.end, start, text, ends, heads, reads))
        party = not aside and r.end not in heads and _PARTY_COMPANY.match(text, r.end) is not None
        out.append(replace(r, chain_start=start, in_list=in_list, aside=aside, party=party))
    return out


def _english_item(r: RegionRef, start: int, text: str, gaz: Gazetteer, english: dict[int, RegionRef],
                  listed_ends: set[int]) -> bool:
    """Whether a place named in English is an item of an English list, as 、 and 和 make one in
    Chinese: a comma between it and another place named in English that neither holds
    (Jiangsu, Henan and Fujian provinces; not Ningbo, Zhejiang province, a city and its
    province), or and/or after the items of such a list (… Henan and Fujian)."""
    def unrelated(o: RegionRef) -> bool:
        return o.code != r.code and not gaz.is_ancestor(o.code, r.code) and not gaz.is_ancestor(r.code, o.code)

    if start > 0 and text[start - 1] == ",":
        prev = english.get(start - 1)
        if prev is not None and unrelated(prev):
            return True
    if text.startswith(",", r.end):
        nxt = english.get(r.end + 1)
        if nxt is not None and unrelated(nxt):
            return True
    m = _EN_LAST_ITEM.search(text, max(0, start - 4), start)
    return m is not None and m.start() in listed_ends


def _english_aside(r: RegionRef, start: int, text: str) -> bool:
    """Whether a place named in English (its chain from ``start``) is named in passing: a
    university named after it or holding it (Shandong University, a university in Beijing), a
    lawyer's or scholar's employer (a lawyer at Beijing Zhicheng … Center), or ``Beijing`` standing
    for the central government before a modal or a verb of policy (Beijing should …)."""
    if _EN_SCHOOL_AFTER.match(text, r.end) or _EN_SCHOOL_BEFORE.search(text, max(0, start - 80), start):
        return True
    if _EN_ROLE_BEFORE.search(text, max(0, start - 20), start):
        return True
    return (r.key == EN_CAPITAL and _EN_CAPITAL_ACTS.match(text, r.end) is not None
            and _EN_PLACED.search(text, max(0, start - 10), start) is None)


def _item_end(text: str, end: int) -> int:
    """Where a list item that names a place ending at ``end`` ends: after the quoted name it
    is listed for (河南的“一村一警”), else at the place."""
    if end < len(text) and text[end] in "的“\"":
        m = _ITEM_TAIL.match(text, end)
        if m:
            return m.end()
    return end


def _short_names(text: str) -> set[int]:
    """Where the text writes a name it gives a company for short (（以下简称“宁波汉意”）) or a
    document's short title (（以下简称《深圳指引》）): each place it opens is the company's name or
    the document's title, not the place (宁波汉意持有…, 广州轻工提起诉讼, 《深圳指引》规定…)."""
    out = {at for name in {m[1] for m in _SHORT_NAME.finditer(text)} for at in _starts(text, name)}
    # 《深圳指引》: the place opens it after 《
    out |= {at + 1 for title in {m[1] for m in _SHORT_TITLE.finditer(text)} for at in _starts(text, title)}
    return out


def _starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each place (overlapping ones too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@dataclass(frozen=True)
class _Reads:
    """Which of :func:`_aside`'s rarer readings a text may need, asked once for the text."""

    cluster: bool  # a city cluster's word (城市群, 都市圈 …) is in it
    address: bool  # an address's word (住所, 住址, 地址, 户籍地) is in it
    registered: bool  # a registered company's 有限 is in it
    advert: bool  # a law firm's advertisement's 咨询 is in it
    fugitive: bool  # a word for a fugitive (在逃, 逃犯, 潜逃, 流窜, 通缉 …) is in it

    @classmethod
    def of(cls, text: str) -> "_Reads":
        words = {m[0] for m in _READ_WORDS.finditer(text)}  # one pass over the text
        return cls(bool(words & _CLUSTER_WORDS), bool(words & _ADDRESS_WORDS), "有限" in words, "咨询" in words,
                   bool(words & _FUGITIVE_WORDS))


_CLUSTER_WORDS = frozenset({"城市群", "都市圈", "经济圈", "经济带", "城市带"})
_ADDRESS_WORDS = frozenset({"住所", "住址", "地址", "户籍地"})
#: Words for a person on the run, simplified and traditional: a text about catching one.
_FUGITIVE_WORDS = frozenset("在逃 逃犯 潜逃 潛逃 流窜 流竄 通缉 通緝 追逃 网逃 網逃 外逃".split())
_READ_WORDS = re.compile("|".join((*_CLUSTER_WORDS, *_ADDRESS_WORDS, "有限", "咨询", *_FUGITIVE_WORDS)))


def _aside(code: str, end: int, start: int, text: str, ends: set[int], heads: set[int], reads: _Reads) -> bool:
    """Whether a name chain is named in passing: a newspaper, station, wire dateline, postal
    address, spirit, or a scholar's university or journal after it; the start of a company's
    or law firm's name (an employer, a party: 株洲天桥起重机股份有限公司, not 长沙市某公司);
    a home or other address, a distance, a university or a trip's destination before it
    (赶往张掖市); a trip's start (从哈尔滨出发), a workplace away from home (在杭州市务工) or where a
    search ends (在兰州找到被执行人); or
    the place an office of another place is stationed in (遂宁市驻乌鲁木齐). The chain runs from
    ``start`` to ``end`` and ends with the division ``code``; ``reads``: :meth:`_Reads.of` the text."""
    if (_ASIDE_AFTER.match(text, end) or AFFILIATION_AFTER.match(text, end) or _ADVERT_AFTER.match(text, end)
            or _HOME_AFTER.match(text, end) or (reads.cluster and _CLUSTER_AFTER.match(text, end))
            or (reads.advert and _LAWYER_ADVERT.match(text, end))):
        return True
    if code in _JURISDICTIONS and (text.startswith(_JURISDICTION_WORDS, end) or _JURISDICTION_COURT.match(text, end)):
        return True  # 台湾地区“民事诉讼法”, 借鉴香港地区的经验, 协助台湾台北地方法院送达: a legal system compared or
        # assisted; 台湾同胞投资保护法, 台湾居民居住证: its people, a person's origin
    if end not in heads:
        m = _COMPANY.match(text, end) or (reads.registered and _REGISTERED.match(text, end))
        if m and "某" not in m.group():
            return True
    if start >= 2 and text[start - 1] == "驻" and start - 1 in ends:
        return True
    if (_AUTHOR_BEFORE.search(text, max(0, start - 5), start) or _POSED_BEFORE.search(text, max(0, start - 5), start)
            or _PARTY_BEFORE.search(text, max(0, start - 8), start)
            or (reads.address and _ADDRESS_BEFORE.search(text, max(0, start - _ADDRESS_READS), start))):
        return True
    if start >= 1 and text[start - 1] == "从" and _FROM_AFTER.match(text, end):
        return True
    if start >= 1 and text[start - 1] == "由" and _DEPART_AFTER.match(text, end):
        return True
    if start >= 1 and text[start - 1] in "“\"" and _MEETING_AFTER.match(text, end):
        return True  # “苏州会议”后: a meeting named after where it was held
    if start >= 1 and text[start - 1] == "如" and text.startswith("某", end):
        return True  # 如浙江某法院委托执行的一起案件中: an example whose court the text leaves unnamed
    if start >= 5 and _VARIES_BEFORE.search(text, max(0, start - 8), start):
        return True  # （标准各地不一样，上海是3个月…）: one place's standard given as an example
    if start >= 1 and text[start - 1] == "与" and start - 1 not in ends and _BORDER_AFTER.match(text, end):
        return True  # not between two places named (郁南县与罗定市交界处: the border of both)
    if start >= 1 and text[start - 1] == "在" and (_WORK_AFTER.match(text, end) or _FOUND_AFTER.match(text, end)):
        return True
    if reads.fugitive and start >= 1 and text[start - 1] in "在于" and _CRIME_AFTER.match(text, end):
        return True  # 将在山东故意伤害致人重伤后潜逃回本溪的逃犯: where the crime was, not the arrest
    if start >= 1 and text[start - 1] in _NATIVE_BEFORE and _NATIVE_AFTER.match(text, end):
        return True  # 张某系山东省东明县农民: where the person comes from
    return start >= 2 and _ASIDE_BEFORE.search(text, max(0, start - 5), start) is not None


def _hits(text: str, gaz: Gazetteer) -> list[_Hit]:
    """Non-overlapping matches, longest first, less the uses that are not places (see the
    module docstring); a blocker is kept here only to hide what it holds."""
    found = []
    keys, cut = gaz.keys, gaz.cut_districts
    mongolian_towns = "苏木" in text or "嘎查" in text  # asked once: a text may be long
    campus = "校区" in text
    photo = "摄" in text
    towns: set[str] = set()  # counties' short forms the text writes as a town's name (合水镇)
    for end, key in automaton(gaz).iter(text):
        end += 1
        start = end - len(key)
        cands = keys.get(key, ())  # none for a blocker (北京时间): it only hides what it holds
        if cands and _short(cands[0]) and _TOWN_AFTER.match(text, end):
            if ((text[end] in "镇乡" and all(gaz.divisions[c.code].level == "county" for c in cands))
                    or (text.endswith("分局", 0, start) and _STATION.match(text, end))):
                towns.add(key)  # 合水镇; 赛罕区公安分局榆林派出所: a town of the sub-bureau's district
            continue
        if key[-1] in "江河水" and _RIVER_AFTER.match(text, end) and _county_short(cands, gaz):
            towns.add(key)  # 松花江、嫩江 … 嫩江干流: the river throughout, not 黑河's 嫩江市 (嫩江法院 still is)
            continue
        if campus and text.startswith("校区", end) and _county_short(cands, gaz):
            continue  # 矿大文昌校区: a campus named after a town or road, not 海南's 文昌市
        if (cands and _short(cands[0]) and mongolian_towns and _SUMU_AFTER.match(text, end)
                and not any(c.code.startswith(INNER_MONGOLIA) for c in cands)):
            continue  # 乌兰毛都苏木 is a town of 兴安盟, not 青海's 乌兰县
        if key[-1] in "县市区" and _GENERIC_AFTER.match(text, end):
            continue
        if key[0] == "个" and start > 0 and text[start - 1] in _NUMERALS:
            continue  # 6个旧改地块: a count (6个) and a word, not 个旧
        if cands and (_in_name(text, start, end) or conjunction_read(key, text, start, end)
                      or (photo and _PHOTO_CREDIT.match(text, end) and (start == 0 or not _HAN.match(text, start - 1)))):
            continue
        if text[end - 1: end + 1] in _SUFFIX_WORDS:
            key, end = key[:-1], end - 1
            cands = keys.get(key, ())
            if not cands or _TOWN_AFTER.match(text, end):
                continue
        found.append((start, end, _Hit(start, end, key, cands, cut.get(key, ()))))
    hits = [h for _s, _e, h in longest_first(found, len(text))]
    # 二七区陇西小学: a school of 郑州's 二七区, not 陇西县 (not a province, 尖草坪区山西…, nor a company
    # named after a place, 和静县达州华渝房地产开发公司)
    for prev, h in zip(hits, hits[1:]):
        if (h.start == prev.end and h.cands and _short(h.cands[0]) and prev.cands
                and not _short(prev.cands[0]) and all(gaz.divisions[c.code].level == "county" for c in prev.cands)
                and gaz.divisions[h.cands[0].code].level != "province"
                and INSTITUTION.match(text, h.end) is None and _COMPANY.match(text, h.end) is None):
            towns.add(h.key)
    if towns:  # 合水、新宝位于该市东北部 beside 合水镇: the town again, not 甘肃's 合水县 (合水法院 still is)
        hits = [h for h in hits if not (h.key in towns and h.cands and _short(h.cands[0])
                                        and INSTITUTION.match(text, h.end) is None)]
    given = _given_names(hits, text, gaz)
    if given:
        hits = [h for h in hits if h.key not in given]
    if "、" in text:
        hits = [h for h in hits if not _listed_name(h, text, gaz)]
    return hits


def _listed_name(h: _Hit, text: str, gaz: Gazetteer) -> bool:
    """Whether a county's two-character short form is a person's given name in a list of names: one
    surname before it and the list's 、 before the surname or 、/等 after the name (白应苍、明珍珍、魏怀仁、
    刘正祥等: 魏怀仁 is a person, not 朔州's 怀仁市); a list of places writes no surname before a place."""
    s, e = h.start, h.end
    if len(h.key) != 2 or s < 2 or text[s - 1] not in _GIVEN_SURNAMES or not _county_short(h.cands, gaz):
        return False
    before, after = text[s - 2], text[e] if e < len(text) else ""
    return (before == "、" and (after in "、等" or not _HAN.match(after or "a"))) or (after == "、" and before in "，,：:（(“")


def _given_names(hits: list[_Hit], text: str, gaz: Gazetteer) -> set[str]:
    """Two-character county short forms that the text writes only as a person's given name: at
    least twice, each time after the same surname (秦怀远 … 秦怀远说: a person, not 安徽's 怀远县)
    and never before an institution. A place written so often is written with a level word, an
    institution or another word before it somewhere."""
    after_surname = {h.key for h in hits if h.start and text[h.start - 1] in _GIVEN_SURNAMES}
    out: set[str] = set()
    for key in (k for k in after_surname if len(k) == 2):
        same = [h for h in hits if h.key == key]
        if (len(same) >= 2 and same[0].cands and same[0].cands[0].form == "short"
                and all(gaz.divisions[c.code].level == "county" for c in same[0].cands)
                and len({text[h.start - 1] if h.start else "" for h in same}) == 1
                and all(INSTITUTION.match(text, h.end) is None for h in same)):
            out.add(key)
    return out


def _short(c: Key) -> bool:
    """Whether a candidate is a short form: of a current name, or of a former one (长岛, weak ``o``)."""
    return c.form == "short" or c.weak == "o"


def _county_short(cands: tuple[Key, ...], gaz: Gazetteer) -> bool:
    """Whether a match's candidates are a short form (:func:`_short`) of county-level places only:
    a name that may as well be a town's, a river's, a campus's or a person's."""
    return bool(cands) and _short(cands[0]) and all(gaz.divisions[c.code].level == "county" for c in cands)


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the match at ``[start, end)`` is part of a person's name after a role word:
    民警高阳 (高阳县), 法官李学云和村委会书记 (云和县), 通讯员王敏阳新 — the role word, a
    surname and at most two more characters of the name before the match (not a dateline:
    记者王某长沙报道); or one of the names of a credit line, after its role and colon and up to
    two names, ending the line or before its next role (记者：曹某雷嘉兴报道员：…; not 作者：黄石中院…
    or 编辑:黄刚本文为常德站…)."""
    for k in (0, 1, 2):
        s = start - k
        if s < 2 or text[s] not in _NAME_SURNAMES or (k == 0 and end - start != 2):
            continue
        if _DATELINE_AFTER.match(text, end):
            continue
        if _ROLE_BEFORE.search(text, max(0, s - 4), s):
            return True
        if _CREDIT_AFTER.match(text, end) and _CREDIT_BEFORE.search(text, max(0, s - 12), s):
            return True  # 记者：曹某雷嘉兴: a credit line's names
    return False


_BUREAU = "公安局"  # three characters: the checks below look three back
_SUB_BUREAU = re.compile(r"(?:公安)?分局")


def _sub_bureau(h: _Hit, text: str, gaz: Gazetteer, refs: dict[int, RegionRef], i: int) -> str | None:
    """:func:`_bureau_district` of hit ``i`` when 公安局 stands right before it, else None."""
    if h.start < 3 or not text.startswith(_BUREAU, h.start - 3):
        return None
    return _bureau_district(h, text, gaz, _seat(refs, i, h.start - 3))


def _seat(refs: dict[int, RegionRef], i: int, end: int) -> RegionRef | None:
    """The resolved match among the few before hit ``i`` that ends at ``end``."""
    return next((refs[j] for j in range(i - 1, max(-1, i - 4), -1) if j in refs and refs[j].end == end), None)


def _bureau_district(h: _Hit, text: str, gaz: Gazetteer, prev: RegionRef | None) -> str | None:
    """A city police bureau's sub-bureau is named after one of the city's districts
    (南宁市公安局南湖分局 is 南宁's, not 嘉兴's 南湖区): the district under that city, "" when
    the city has none of the name (so the match is dropped), None when this is no such name."""
    if prev is None or not _SUB_BUREAU.match(text, h.end) or text[prev.end:h.start] != _BUREAU:
        return None
    under = [c for c in h.cands if gaz.is_ancestor(prev.code, c.code)]
    return under[0].code if len(under) == 1 else ""


def _prev(refs: dict[int, RegionRef], hits: list[_Hit], i: int) -> RegionRef | None:
    """The resolved match that ends right where hit ``i`` starts, if any."""
    prev = refs.get(i - 1)
    return prev if prev is not None and prev.end == hits[i].start else None


def _decide(h: _Hit, text: str, gaz: Gazetteer, prev: RegionRef | None, ctx: set[str] | None,
            near: frozenset[str] = frozenset()) -> str | None:
    """The division a match stands for, or None (invalid or undecided). ``ctx`` None = pass 1.
    A key that opens a district's name (雨花 for 南京's 雨花台区) is that district after its parent
    or where the text names its city and not the city of the key's own place (长沙's 雨花区)."""
    if prev is not None:
        for cands in (h.cands, h.cut):
            under = [c for c in cands if gaz.is_ancestor(prev.code, c.code)
                     and not (c.weak == "o" and (prev.code != _placer(gaz, c.code) or _runs_on(h, text, gaz)))]
            # an everyday word opening an office's name after its province or city is the office:
            # 湖北省公安厅, 荆州市公安局 are the police, not 公安县 (云南怒江 is 怒江州)
            if len(under) == 1 and not (under[0].weak == "e" and _OFFICE.match(text, h.start)):
                return under[0].code
    if h.cut:
        if ctx is None:
            return None  # decided with the text's places
        cut = [c for c in h.cut if _city_of(gaz, c.code) in ctx and _supported(c, h, text, gaz, ctx, near)]
        if len(cut) == 1 and not any(_city_of(gaz, c.code) in ctx for c in h.cands):
            return cut[0].code
    valid = [c for c in h.cands if _supported(c, h, text, gaz, ctx, near)]
    if ctx is None:
        return valid[0].code if len(h.cands) == 1 and valid else None
    if not valid:
        return None
    if len(valid) > 1:
        scores = [_context_score(gaz, c.code, ctx) for c in valid]
        best = max(scores)
        if best > 0 and scores.count(best) == 1:
            return valid[scores.index(best)].code
        strong = [c for c in valid if not c.weak]
        return strong[0].code if len(strong) == 1 and len(strong) < len(valid) else None
    return valid[0].code


def _city_of(gaz: Gazetteer, code: str) -> str:
    """The code of the city a division counts under, or its own."""
    city = gaz.city(code)
    return city.code if city is not None else code


def _supported(c: Key, h: _Hit, text: str, gaz: Gazetteer, ctx: set[str] | None,
               near: frozenset[str] = frozenset()) -> bool:
    """Whether candidate ``c`` of a match may stand here (``ctx`` None: no context yet; ``near``:
    :func:`_named_before`, the places named a few characters before it)."""
    straddled = _straddled(h, text, gaz, c)
    if (not _short(c) and straddled) or (c.weak == "m" and h.key[0] in _CONJUNCTIONS):
        return False
    if c.form == "short" and len(h.key) == 2 and h.key[0] == "全" and h.key[1] in _LEVEL_WORDS:
        # 全州法院 is the courts of a whole prefecture unless the text is in 全州县's province
        return ctx is not None and c.code[:2] + "0000" in ctx
    if c.weak == "o" and h.start > 0 and text[h.start - 1] != "原" and text[h.start - 1] + h.key[0] in gaz.words:
        return False  # 台北市法院: 台北 and 市法院, no 北市 (崇文法院 still is 崇文, though 文法 is a word)
    if c.weak == "x":  # another prefecture's county of the name (北京's 朝阳区 beside 朝阳市): where its city is named
        city = gaz.city(c.code)
        return ctx is not None and city is not None and city.code in ctx and not straddled
    if (_SEAT if c.weak == "e" else INSTITUTION).match(text, h.end):
        return True
    if not c.weak or c.weak == "c":  # (a split county's former name stands for its city: 宝安县)
        return not straddled
    if c.weak == "o":  # 原长岛; 烟台市蓬莱区、长岛: 原 before it, or its city or a place of it just before
        if ctx is None or straddled:
            return False
        return (h.start > 0 and text[h.start - 1] == "原") or _placer(gaz, c.code) in near
    if c.weak == "d":
        city = gaz.city(c.code)
        return ctx is not None and city is not None and city.code in ctx
    if c.weak == "m":
        before = text[h.start - 1] if h.start else ""
        return not before or not _HAN.match(before) or before in _PREV_OK
    return False


def _straddled(h: _Hit, text: str, gaz: Gazetteer, c: Key) -> bool:
    """Whether the match reads as parts of other words here: a two-character short form
    as the ends of two words (召开|平安) or, for a county, of one word or after a surname
    (邓志丹); a three-character full name as a word and the rest of another (以上|城区)."""
    key, start, end = h.key, h.start, h.end
    left = start > 0 and text[start - 1] + key[0] in gaz.words
    if left and text[start - 1] == "原" and (c.form == "old" or c.weak == "o"):
        left = False  # 原宜宾县: the former 宜宾县, not 原宜|宾县
    if not _short(c):  # (a province's full name is never read so: 暖心|上海市 is 上海市)
        return len(key) == 3 and left and key[1:] in gaz.words and gaz.divisions[c.code].level != "province"
    if len(key) != 2:
        return False
    right = end < len(text) and key[1] + text[end: end + 1] in gaz.words
    if gaz.divisions[c.code].level != "county" and c.weak != "o":
        return left and right
    return left or right or (start > 0 and text[start - 1] in _SURNAMES)


def _placer(gaz: Gazetteer, code: str) -> str:
    """The division whose name places a former name's short form: its city, or its province for a
    city or a county in no city (湖南湘江新区 does not place 湘江, once a district of 湘潭)."""
    city = gaz.city(code)
    return city.code if city is not None and city.code != code else code[:2] + "0000"


def _runs_on(h: _Hit, text: str, gaz: Gazetteer) -> bool:
    """Whether a two-character match's last character and the next one make a word (鄂西|北: 西北)."""
    return len(h.key) == 2 and h.end < len(text) and h.key[1] + text[h.end] in gaz.words


def _context_score(gaz: Gazetteer, code: str, ctx: set[str]) -> int:
    city = gaz.city(code)
    return 2 * (city is not None and city.code in ctx and city.code != code) + (code[:2] + "0000" in ctx)
