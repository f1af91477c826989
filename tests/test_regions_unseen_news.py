"""Regions and courts in news the tagger was not tuned on: places a story only passes
through (a trip's destination, where a worker works away from home, a person's home),
courts that only pass on an instruction, an author's court, and the courts named
beside another institution. Each case has a look-alike that keeps its tag."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities, a.courts


# -- places a story only passes through ------------------------------------------------------

TRIPS = [
    # (text, provinces, cities)
    ("执行干警驱车赶往张掖市，在当地找到被执行人。古浪县人民法院依法拘留了他。", ("甘肃省",), ("武威市",)),
    ("申请人特意从北京赶过来，东丽区人民法院组织双方和解。", ("天津市",), ("天津市",)),
    ("从哈尔滨出发，火车一路向北。漠河市公安局边境派出所民警巡查辖区。", ("黑龙江省",), ("大兴安岭地区",)),
    ("村民李某在浙江省杭州市务工期间被拖欠工资。科尔沁右翼中旗法律援助中心为他讨薪。", ("内蒙古自治区",), ("兴安盟",)),
    ("老家在四川江油的张某受了工伤。海淀区法律援助中心为她代理。北京市海淀区人民法院审理此案。",
     ("北京市",), ("北京市",)),
    ("来自乐山市犍为县的40位农民工领到工资。梓潼县人民法院召开兑付现场会。", ("四川省",), ("绵阳市",)),
]


@pytest.mark.parametrize("text, provinces, cities", TRIPS, ids=[f"trip{i}" for i, _ in enumerate(TRIPS, 1)])
def test_a_place_only_travelled_to_or_from_is_not_what_the_text_is_about(
        tagger: Tagger, text: str, provinces: tuple[str, ...], cities: tuple[str, ...]) -> None:
    got = about(tagger, text)
    assert (got[0], got[1]) == (provinces, cities)


def test_a_place_where_things_happen_keeps_its_tag(tagger: Tagger) -> None:
    # the look-alikes: the same places named as where the story happens
    assert about(tagger, "张掖市甘州区人民法院在当地找到被执行人。")[:2] == (("甘肃省",), ("张掖市",))
    assert about(tagger, "杭州市法律援助中心为务工人员讨薪。")[:2] == (("浙江省",), ("杭州市",))
    assert about(tagger, "在哈尔滨市，民警走进社区开展反诈宣传。")[:2] == (("黑龙江省",), ("哈尔滨市",))
    assert about(tagger, "民警巡查大兴安岭地区边境。")[:2] == (("黑龙江省",), ("大兴安岭地区",))


# -- courts that only pass on or approve what another court does -----------------------------

ORDERS = [
    # (text, courts): the court that receives the instruction acts; the one that gives it does not
    ("长武县法院执行指挥中心接到陕西省高级人民法院指令，要求协助查找被执行人。", ("长武县人民法院",)),
    ("北辰法院收到了天津高院审核通过的异地协助执行手续，随即出动。", ("天津市北辰区人民法院",)),
    ("因为跨省执行需要省高院执行局批准，杞县人民法院逐级上报。", ("杞县人民法院",)),
    ("该院层层上报至河北高院，黄骅市人民法院随后出发。", ("黄骅市人民法院",)),
]


@pytest.mark.parametrize("text, courts", ORDERS, ids=[f"order{i}" for i, _ in enumerate(ORDERS, 1)])
def test_a_court_that_only_passes_on_or_approves_an_instruction_is_not_listed(
        tagger: Tagger, text: str, courts: tuple[str, ...]) -> None:
    assert about(tagger, text)[2] == courts


def test_a_court_that_gives_an_instruction_itself_is_listed(tagger: Tagger) -> None:
    got = about(tagger, "湖南高院指令湘乡法院执行该案，湘乡法院接到指令后立即行动。")[2]
    assert set(got) == {"湖南省高级人民法院", "湘乡市人民法院"}
    assert about(tagger, "陕西省高级人民法院接到群众来信后，指令长武县人民法院办理。")[2][0] == "陕西省高级人民法院"


# -- an author's court ----------------------------------------------------------------------

AUTHORS = [
    ("论执行局内设机构的职责 作者宜昌市西陵区法院执行局综合科王某 随着执行机构改革的深入，许多法院设立了执行局。",),
    ("如何执行唯一住房？作者：李某，作者单位：四川省江安县人民法院，在其文章中提出了看法。",),
    ("张某1，李某2（1.某某大学法学院，北京100088；2.北京市门头沟区人民法院执行局，北京100088）我国长期面临执行难。",),
]


@pytest.mark.parametrize("text", [t for (t,) in AUTHORS], ids=[f"author{i}" for i, _ in enumerate(AUTHORS, 1)])
def test_an_authors_court_and_its_place_are_not_tagged(tagger: Tagger, text: str) -> None:
    assert about(tagger, text) == ((), (), ())


def test_a_court_the_author_writes_about_is_tagged(tagger: Tagger) -> None:
    got = about(tagger, "作者走访了江安县人民法院，该院执行局推行执前督促。")
    assert got == (("四川省",), ("宜宾市",), ("江安县人民法院",))
    got = about(tagger, "北京市门头沟区人民法院执行局开展集中执行，执结案件100件。")
    assert got == (("北京市",), ("北京市",), ("北京市门头沟区人民法院",))


# -- 和县, 会同县 read as "and the county's …" ------------------------------------------------

def test_a_county_court_joined_to_the_county_government_is_not_hexian_or_huitong(tagger: Tagger) -> None:
    assert about(tagger, "将乐县人民政府印发方案，府院联动机制由县政府会同县法院牵头。") == (
        ("福建省",), ("三明市",), ())
    assert about(tagger, "冠县人民法院推进府院联动，县政府和县法院牵头成立工作专班。") == (
        ("山东省",), ("聊城市",), ("冠县人民法院",))
    assert about(tagger, "县公安局和县法院联合开展行动。")[2] == ()


def test_he_county_and_huitong_county_courts_keep_their_tags(tagger: Tagger) -> None:
    assert about(tagger, "和县法院开展集中执行行动。") == (("安徽省",), ("马鞍山市",), ("和县人民法院",))
    assert about(tagger, "湖南省会同县人民法院召开府院联动会议。") == (("湖南省",), ("怀化市",), ("会同县人民法院",))


# -- a city police bureau's sub-bureaus ------------------------------------------------------

def test_a_police_sub_bureau_is_a_district_of_its_bureaus_city(tagger: Tagger) -> None:
    text = "南宁市公安局南湖分局成功劝阻一起电信诈骗。南湖公安分局民警赶到银行。"
    assert about(tagger, text)[:2] == (("广西壮族自治区",), ("南宁市",))
    text = "上海市公安局宝山分局通河新村派出所民警赶到银行，劝阻老人转账。"
    assert about(tagger, text)[:2] == (("上海市",), ("上海市",))


def test_a_sub_bureau_named_after_the_citys_own_district_keeps_it(tagger: Tagger) -> None:
    assert about(tagger, "嘉兴市公安局南湖分局开展反诈宣传。")[:2] == (("浙江省",), ("嘉兴市",))
    assert tagger.tag_text("嘉兴市公安局南湖分局开展反诈宣传。").about.counties == ("南湖区",)
    assert about(tagger, "通河县公安局开展反诈宣传。")[:2] == (("黑龙江省",), ("哈尔滨市",))


# -- a court's website ----------------------------------------------------------------------

def test_a_courts_website_is_the_pages_source_not_a_court_acting(tagger: Tagger) -> None:
    assert about(tagger, "新余法院网讯 分宜县人民法院执结一起借款纠纷案。")[2] == ("分宜县人民法院",)
    assert about(tagger, "肃北县人民法院送达起诉状。酒泉法院网版权所有，未经授权禁止转载。")[2] == ("肃北蒙古族自治县人民法院",)


def test_a_court_doing_things_online_is_still_a_court(tagger: Tagger) -> None:
    assert about(tagger, "新余法院网络查控系统上线，新余法院网拍成交额创新高。")[2] == ("新余市中级人民法院",)


# -- the supreme court in the body ---------------------------------------------------------

def test_the_supreme_court_named_often_in_the_body_only_is_not_listed(tagger: Tagger) -> None:
    text = ("2016年，最高人民法院提出基本解决执行难。最高人民法院随后修订了相关意见。"
            "最高院宣告目标如期实现。本文以某县法院的案件为样本展开研究。")
    assert tagger.tag_text(text).about.courts == ()


def test_the_supreme_court_in_the_title_is_listed(tagger: Tagger) -> None:
    from lawnews.index.documents import Article, Section
    article = Article(id="s#1", file="s", title="最高法通报全国法院执行案款集中发放情况",
                      sections=(Section(None, "最高人民法院今日组织集中发放执行案款。"),))
    assert tagger.tag_article(article).tags.courts == ("最高人民法院",)


# -- a court that honours another ----------------------------------------------------------

HONOURS = [
    ("香河县人民法院安头屯法庭多次荣立市中院集体三等功。", ("香河县人民法院",)),
    ("这就是被宁德中院党组书记、院长赞为“网格化+司法”的周宁样本，周宁县人民法院为此招募网格员。", ("周宁县人民法院",)),
    ("在省高院“创特色、勇争先”三项评比活动中，萍乡市中级人民法院的案例获奖。", ("萍乡市中级人民法院",)),
]


@pytest.mark.parametrize("text, courts", HONOURS, ids=[f"honour{i}" for i, _ in enumerate(HONOURS, 1)])
def test_a_court_that_only_honours_another_is_not_listed(tagger: Tagger, text: str, courts: tuple[str, ...]) -> None:
    assert about(tagger, text)[2] == courts


def test_a_court_holding_its_own_contest_is_listed(tagger: Tagger) -> None:
    got = about(tagger, "宁德中院组织全市法院开展执行评比，周宁县人民法院获评第一。")[2]
    assert "宁德市中级人民法院" in got


# -- courts listed after the supreme court -------------------------------------------------

def test_courts_listed_after_the_supreme_court_name_the_hierarchy(tagger: Tagger) -> None:
    text = "扶沟县人民法院表示，为解决执行难，最高法院、省法院、市法院采取了多项措施。河南省扶沟县推进诉源治理。"
    assert about(tagger, text)[2] == ("扶沟县人民法院",)
    text = "最高人民法院、安徽省高级人民法院依次宣布发放指令后，宣城市中级人民法院集中发放案款。"
    assert about(tagger, text)[2] == ("宣城市中级人民法院",)


def test_a_court_listed_with_others_but_not_the_supreme_court_is_listed(tagger: Tagger) -> None:
    text = "安徽省高级人民法院、宣城市中级人民法院集中发放案款。"
    assert set(about(tagger, text)[2]) == {"安徽省高级人民法院", "宣城市中级人民法院"}


# -- a legal system compared, an authority a fraudster poses as ------------------------------

def test_taiwan_or_hong_kong_as_a_legal_system_compared_is_not_a_region(tagger: Tagger) -> None:
    text = "台湾地区“民事诉讼法”关于诉前调解的规定较为完备，大荔县人民法院借鉴其经验开展诉前调解。"
    assert about(tagger, text)[:2] == (("陕西省",), ("渭南市",))
    assert about(tagger, "可以借鉴香港地区的经验设置破产管理机构。")[:2] == ((), ())


def test_taiwan_where_things_happen_is_a_region(tagger: Tagger) -> None:
    assert about(tagger, "台湾台北市举办两岸法律论坛。")[0] == ("台湾省",)


def test_the_authority_a_fraudster_poses_as_is_not_a_region(tagger: Tagger) -> None:
    text = "李婆婆接到一个自称“江西省九江市公安局”的电话。十堰市公安局茅箭分局民警及时劝阻。"
    assert about(tagger, text)[:2] == (("湖北省",), ("十堰市",))


def test_the_police_who_call_are_a_region(tagger: Tagger) -> None:
    text = "九江市公安局民警给李婆婆打电话劝阻。"
    assert about(tagger, text)[:2] == (("江西省",), ("九江市",))


# -- tribunals: a town's name holds no particle --------------------------------------------

def test_words_of_a_sentence_before_a_tribunal_name_no_town(tagger: Tagger) -> None:
    text = "富阳区推进基层治理。共享法庭打破了传统人民法庭的时空限制，是群众身边的人民法庭。"
    assert about(tagger, text)[2] == ()
    text = "临潭县的牧民发生纠纷。法官决定把法庭设在牧场。"
    assert about(tagger, text)[2] == ()


def test_a_town_tribunal_in_a_one_county_text_is_the_countys_court(tagger: Tagger) -> None:
    assert about(tagger, "通江县推进诉源治理。沙溪法庭巡回审判。")[2] == ("通江县人民法院",)


# -- a ruling's parties ----------------------------------------------------------------------

def test_a_rulings_parties_and_their_seats_are_not_where_the_case_is(tagger: Tagger) -> None:
    text = ("北京市第四中级人民法院执行裁定书。被申请人：锡林郭勒盟某矿业开发有限责任公司，"
            "住所地内蒙古自治区锡林郭勒盟镶黄旗。本院在执行过程中冻结了被申请人的股权。")
    assert about(tagger, text) == (("北京市",), ("北京市",), ("北京市第四中级人民法院",))


def test_a_place_where_a_party_acts_is_a_region(tagger: Tagger) -> None:
    text = "北京市第四中级人民法院的执行干警在锡林郭勒盟镶黄旗查封了被申请人的矿山。"
    assert about(tagger, text)[1] == ("北京市", "锡林郭勒盟")


# -- numbered intermediate courts written without their place -------------------------------

def test_a_bare_numbered_intermediate_court_is_the_texts_provinces(tagger: Tagger) -> None:
    text = "儋州市法院组织清场。村民不服，上诉至省二中院和省高院，均被驳回。"
    assert set(about(tagger, text)[2]) == {"儋州市人民法院", "海南省第二中级人民法院", "海南省高级人民法院"}
    text = "北京市朝阳区人民法院判决后，被告上诉至市三中院。"
    assert "北京市第三中级人民法院" in about(tagger, text)[2]


def test_a_numbered_court_the_province_does_not_have_is_no_court(tagger: Tagger) -> None:
    assert about(tagger, "石门县人民法院判决后，被告上诉至省二中院。")[2] == ("石门县人民法院",)


# -- development-zone courts under another zone word ---------------------------------------

def test_a_zone_court_written_with_another_zone_word_is_found(tagger: Tagger) -> None:
    assert about(tagger, "我是江宁开发区法院执行法官。") == (("江苏省",), ("南京市",), ("南京江宁经济技术开发区人民法院",))


def test_a_zone_court_written_as_the_directory_writes_it_is_found(tagger: Tagger) -> None:
    assert about(tagger, "江宁经开区法院开展集中执行。")[2] == ("南京江宁经济技术开发区人民法院",)
    assert about(tagger, "某某开发区法院开展集中执行。")[2] == ()


# -- a county's judges ----------------------------------------------------------------------

def test_judges_named_by_their_county_are_its_courts(tagger: Tagger) -> None:
    assert about(tagger, "寿光两法官在外地银行执行案件时被围殴。")[2] == ("寿光市人民法院",)
    assert about(tagger, "石门执行法官连夜出发。")[2] == ("石门县人民法院",)


def test_judges_named_by_a_province_or_city_are_no_court(tagger: Tagger) -> None:
    assert about(tagger, "湖南法官走进校园。")[2] == ()
    assert about(tagger, "潍坊法官走进校园。")[2] == ()


# -- 我院 in a text that names one county and no court ---------------------------------------

def test_we_the_court_in_a_one_county_text_is_the_countys_court(tagger: Tagger) -> None:
    text = "近日，我院成功执结一起侵占土地纠纷案。经郁南县河口镇人民调解委员会多次调解，双方未能和解。"
    assert about(tagger, text)[2] == ("郁南县人民法院",)


def test_we_the_court_with_two_counties_or_a_named_court_is_left_alone(tagger: Tagger) -> None:
    text = "近日，我院执结一起案件。争议土地位于郁南县与罗定市交界处。"
    assert about(tagger, text)[2] == ()
    text = "近日，我院执结一起案件。云浮市中级人民法院对郁南县的案件进行督办。"
    assert about(tagger, text)[2] == ("云浮市中级人民法院",)


# -- a credit line; a move ------------------------------------------------------------------

def test_a_court_in_a_credit_line_is_the_pages_source(tagger: Tagger) -> None:
    text = "阎良区人民法院当庭审结一起暴力袭警案。（来源：西安市中级人民法院）"
    assert about(tagger, text)[2] == ("西安市阎良区人民法院",)


def test_a_court_named_as_a_cases_source_is_a_court(tagger: Tagger) -> None:
    text = "案例来源：宿州市中级人民法院（2020）皖13民终1521号民事判决。"
    assert about(tagger, text)[2] == ("宿州市中级人民法院",)


def test_a_place_someone_is_to_move_back_to_is_not_a_region(tagger: Tagger) -> None:
    text = "西城区人民法院判决被告迁出医院，迁回河南省杞县居住。"
    assert about(tagger, text)[:2] == (("北京市",), ("北京市",))


# -- a scholar's title, a newspaper's city --------------------------------------------------

def test_a_professors_university_and_a_newspapers_city_are_named_in_passing(tagger: Tagger) -> None:
    text = "作者简介：王某，吉林财经大学特聘教授。参见经济参考报（北京）的报道。破产法需要完善。"
    assert about(tagger, text)[:2] == ((), ())


def test_a_university_acting_is_a_region(tagger: Tagger) -> None:
    assert about(tagger, "吉林财经大学举办法律援助志愿活动。")[0] == ("吉林省",)


# -- a list of other stories at the end of a page ---------------------------------------------

def test_places_and_courts_in_a_related_stories_list_are_not_the_storys(tagger: Tagger) -> None:
    text = ("法院执行案件时，如果被执行人确无财产可供执行，可以终结本次执行程序。申请执行人发现财产线索的，"
            "可以向法院申请恢复执行。相关文章：广东高院出台行动方案 河南灵宝：司法拘留显威力")
    assert about(tagger, text) == ((), (), ())


def test_a_related_word_early_in_the_story_changes_nothing(tagger: Tagger) -> None:
    text = "相关文章显示，灵宝市人民法院司法拘留显威力，被执行人当即履行。灵宝市人民法院执结案件。"
    assert about(tagger, text) == (("河南省",), ("三门峡市",), ("灵宝市人民法院",))


ZONE_FORMS = [
    # a zone court as news prints it → the directory's name (芜湖三山经济开发区人民法院 in the directory)
    ("芜湖市三山经济开发区人民法院召开企业家座谈会。", "芜湖三山经济开发区人民法院"),  # the city's full name
    ("三山经济开发区人民法院召开企业家座谈会。", "芜湖三山经济开发区人民法院"),  # the zone's own name alone
    ("三山经开区法院执行局开展集中执行。", "芜湖三山经济开发区人民法院"),  # 经开区 for 经济开发区
    ("邢台经开区法院执行局开展集中执行。", "邢台经济开发区人民法院"),
    ("长春市汽车经济技术开发区人民法院审结一起案件。", "长春汽车经济技术开发区人民法院"),
]


@pytest.mark.parametrize("text, court", ZONE_FORMS, ids=[f"zone{i}" for i, _ in enumerate(ZONE_FORMS, 1)])
def test_a_zone_court_is_named_as_the_directory_names_it(tagger: Tagger, text: str, court: str) -> None:
    assert about(tagger, text)[2] == (court,)


def test_a_zone_court_without_its_city_takes_the_city_s_province(tagger: Tagger) -> None:
    assert about(tagger, "三山经济开发区人民法院召开企业家座谈会。")[:2] == (("安徽省",), ("芜湖市",))
