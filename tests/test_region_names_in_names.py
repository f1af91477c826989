"""Place names that are part of something else: a set phrase or a bird's name (安居乐业, 海东青),
a photographer's name before 摄, a company called by a place's short form (永昌公司) or by the
short name a text gives it (以下简称“宁波汉意”), a hospital's advertisement spliced into a
copied page (山西治疗癫痫哪家医院好), and a Mongolian town or village whose name opens with a
county's short form (乌兰毛都苏木 is no 乌兰县), and a person's name in a credit line (记者：曹某 雷嘉兴
报道员：… names no 嘉兴). None of them makes a text about the place; each has a
look-alike that keeps its tag."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def regions(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    about = tagger.tag_text(text).about
    return about.provinces, about.cities


# -- words and names that hold a place name -------------------------------------------------------

WORDS = [
    # 安居乐业 holds 乐业 (a county of 百色)
    ("阿里地区边境派出所民警为维护边境和谐稳定、群众安居乐业作出贡献。", ("西藏自治区",), ("阿里地区",)),
    # the gyrfalcon 海东青 holds 海东 (a city of 青海)
    ("陈巴尔虎旗公安局骑警队被称为草原上的“海东青”。海东青每天在草原上巡逻。", ("内蒙古自治区",), ("呼伦贝尔市",)),
    # a photographer's name opening a credit: 贡嘎来松 is a person, not 贡嘎县
    ("布达拉宫广场派出所民警正在巡逻。贡嘎来松摄 图为民警引导游客。拉萨市布达拉宫广场便民警务站民警坚守岗位。",
     ("西藏自治区",), ("拉萨市",)),
]


@pytest.mark.parametrize("text, provinces, cities", WORDS, ids=["phrase", "bird", "photographer"])
def test_a_place_name_inside_a_word_or_a_name_is_not_the_place(tagger: Tagger, text: str,
                                                              provinces: tuple[str, ...],
                                                              cities: tuple[str, ...]) -> None:
    assert regions(tagger, text) == (provinces, cities)


def test_a_place_before_a_photo_credit_after_a_word_keeps_its_tag(tagger: Tagger) -> None:
    # the place the photo was taken in, then the credit: the place counts
    assert regions(tagger, "民警在贡嘎县机场巡逻。记者张三摄")[1] == ("山南市",)


# -- companies -----------------------------------------------------------------------------------

COMPANIES = [
    # a company called by a county's short form
    ("今天是永昌公司的土地和房产第二次司法网拍的日子。陈默雷赶到拍卖现场。", (), ()),
    # the short name a text gives a company, wherever it stands
    ("控股股东宁波汉意创业投资合伙企业（有限合伙）（以下简称“宁波汉意”）持有公司股份。宁波汉意与买方签署协议。"
     "宁波汉意持有的股权被冻结，宁波汉意仅剩余少量股权未被冻结。", (), ()),
]


@pytest.mark.parametrize("text, provinces, cities", COMPANIES, ids=["short form", "short name"])
def test_a_company_named_after_a_place_is_not_the_place(tagger: Tagger, text: str, provinces: tuple[str, ...],
                                                        cities: tuple[str, ...]) -> None:
    assert regions(tagger, text) == (provinces, cities)


def test_a_branch_placed_in_a_city_keeps_its_tag(tagger: Tagger) -> None:
    # 长沙分公司 is a branch in 长沙; 长沙市某公司 a company placed there
    assert regions(tagger, "中国移动长沙分公司协助法院执行。")[1] == ("长沙市",)
    assert regions(tagger, "长沙市某公司拖欠工资。")[1] == ("长沙市",)


# -- adverts -------------------------------------------------------------------------------------

def test_a_hospitals_advert_spliced_into_a_page_is_no_place(tagger: Tagger) -> None:
    text = ("聊城市东昌府区人民法院执行干警来到被执行人家中。被执行人不具备偿还能山西治疗癫痫哪家医院好力的情形也存在。"
            "她说要让家福州中医治疗癫痫人将尸体抬至法院门口。阿东名下的一处房郑州癫痫医院怎么样产外再无财产。")
    assert regions(tagger, text) == (("山东省",), ("聊城市",))


@pytest.mark.parametrize("text", ["乌兰毛都苏木的牧民来到法院。科右前旗法院为他们调解草场纠纷。",
                                  "乌兰哈达嘎查的牧民来到法院。科右前旗法院为他们调解草场纠纷。"])
def test_a_mongolian_town_opening_with_a_county_s_short_form_is_not_the_county(tagger: Tagger,
                                                                              text: str) -> None:
    assert regions(tagger, text) == (("内蒙古自治区",), ("兴安盟",))


def test_the_county_s_short_form_before_its_court_keeps_its_tag(tagger: Tagger) -> None:
    assert regions(tagger, "乌兰法院法官来到茶卡镇调解纠纷，嘎查干部协助。") == (("青海省",), ("海西蒙古族藏族自治州",))


# -- a building named after a place -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["民警在本溪市三江大厦附近抓获逃犯。",
                                  "本溪市公安局民警在香格里拉酒店门口抓获逃犯。"])
def test_a_building_or_hotel_named_after_a_place_is_not_the_place(tagger: Tagger, text: str) -> None:
    # 三江大厦 is no 三江侗族自治县 (柳州), 香格里拉酒店 no 香格里拉市 (迪庆)
    assert regions(tagger, text) == (("辽宁省",), ("本溪市",))


def test_the_place_before_its_court_beside_a_building_keeps_its_tag(tagger: Tagger) -> None:
    assert regions(tagger, "三江法院法官在三江大厦调解纠纷。") == (("广西壮族自治区",), ("柳州市",))


# -- a town named after a county elsewhere -----------------------------------------------------------

def test_a_county_s_short_form_the_text_writes_as_a_town_is_the_town(tagger: Tagger) -> None:
    # 合水镇 is a town of 信宜; the bare 合水 after it is the town again, not 甘肃's 合水县 (庆阳)
    text = "信宜市合水镇、新宝镇的人民调解工作走在前列。合水、新宝位于该市东北部，两镇连续四年零上访。"
    assert regions(tagger, text) == (("广东省",), ("茂名市",))


def test_the_county_s_short_form_before_its_court_beside_a_town_keeps_its_tag(tagger: Tagger) -> None:
    assert regions(tagger, "合水镇的村民来到合水法院立案。") == (("甘肃省",), ("庆阳市",))


# -- the names of a credit line ---------------------------------------------------------------------

CREDITS = [
    # 雷嘉兴 after another name in a reporter's credit is a person, not 嘉兴
    "南昌市东湖区人民法院开展集中执行行动。记者：曹某 雷嘉兴 报道员：王某",
    # 高阳 right after the credit's colon is a person, not 高阳县
    "南昌市东湖区人民法院开展集中执行行动。通讯员：高阳 责任编辑：李某",
    "南昌市东湖区人民法院开展集中执行行动。作者:刘某 黄石",
]


@pytest.mark.parametrize("text", CREDITS, ids=["reporters", "after-colon", "author"])
def test_a_name_in_a_credit_line_is_not_the_place(tagger: Tagger, text: str) -> None:
    assert regions(tagger, text) == (("江西省",), ("南昌市",))


def test_a_place_in_a_credit_line_keeps_its_tag(tagger: Tagger) -> None:
    # the look-alikes: a dateline after the reporter's name, and a court named by its place
    assert regions(tagger, "记者：王某 嘉兴报道 集中执行行动启动。")[1] == ("嘉兴市",)
    assert regions(tagger, "记者：王某 黄石中院开展集中执行行动。")[1] == ("黄石市",)
    # and a name that does not end the credit line: the site's station after the editor's name
    assert regions(tagger, "执行干警开展集中执行行动。编辑:黄刚 本文为常德站原创文章")[1] == ("常德市",)
