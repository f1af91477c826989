"""Places and courts a text names without being about them.

Each reading comes with a look-alike that keeps its tag: a police station named after a
town, a scholar's university or journal, a law firm's name or address, a person's name
after a role word, a court that commends another.
"""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities, a.courts


# -- a province's or city's police is its police, not 公安县 -----------------------------------

@pytest.mark.parametrize("text, cities", [
    ("湖北省公安厅部署夏季治安打击整治行动，全省民警走村入户。", ()),
    ("荆州市公安局开展反诈宣传，民警走进社区发放传单。", ("荆州市",)),
    ("湖北公安机关破获一起电信诈骗案，抓获嫌疑人十余名。", ()),
])
def test_a_province_or_city_police_is_not_the_county_named_like_it(tagger: Tagger, text: str,
                                                                    cities: tuple[str, ...]) -> None:
    a = tagger.tag_text(text).about
    assert (a.provinces, a.cities, a.counties) == (("湖北省",), cities, ())


@pytest.mark.parametrize("text", ["湖北省公安县人民法院开展集中执行。", "荆州市公安县法院开展集中执行。",
                                  "湖北公安法院开展集中执行。"])
def test_the_county_after_its_province_or_city_is_still_found(tagger: Tagger, text: str) -> None:
    assert about(tagger, text) == (("湖北省",), ("荆州市",), ("公安县人民法院",))


# -- a police station is named after a town, not a county -------------------------------------

@pytest.mark.parametrize("text, province, city", [
    ("观山湖公安分局金华派出所民警走进校园开展反诈宣传。", "浙江省", "金华市"),
    ("高台县公安局罗城派出所民警上门调解邻里纠纷。", "广西壮族自治区", "河池市"),
    ("呼伦贝尔边境管理支队北屯边境派出所获评执法示范单位。", "新疆维吾尔自治区", "北屯市"),
])
def test_a_police_station_named_after_a_town_is_not_the_county(tagger: Tagger, text: str, province: str,
                                                                city: str) -> None:
    provinces, cities, _ = about(tagger, text)
    assert province not in provinces and city not in cities


def test_a_county_police_bureau_still_places_the_text(tagger: Tagger) -> None:
    assert about(tagger, "金华市公安局开展反诈宣传，金华警方走进校园。")[:2] == (("浙江省",), ("金华市",))


# -- a scholar's university or journal ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "李某，湘潭大学法学院教授。本文讨论终本案件的管理。",
    "王某，贵州大学法学院，贵州贵阳。本文讨论值班律师制度。",
    "山西警察学院学报2021年第3期。本文讨论一村一警。",
    "基金项目：辽宁省社会科学规划基金资助项目。本文讨论知识产权纠纷的人民调解。",
    "基金项目湖南省教育厅科研项目（21A0001）。本文讨论诉源治理。",
])
def test_an_authors_university_journal_or_funding_does_not_place_the_text(tagger: Tagger, text: str) -> None:
    assert about(tagger, text)[:2] == ((), ())


def test_a_colleges_hospital_still_places_the_text(tagger: Tagger) -> None:
    assert about(tagger, "邵阳学院附属医院护理团队获省级科普大奖。")[:2] == (("湖南省",), ("邵阳市",))


# -- a count before a word is no place opening with its measure word ------------------------------

@pytest.mark.parametrize("text", [
    "以某街道为例，6个旧改地块共计300户居民，调解组化解纠纷40件。",
    "全区三个旧村改造项目引发的纠纷均已化解。",
])
def test_a_count_and_a_word_are_no_place(tagger: Tagger, text: str) -> None:
    assert about(tagger, text)[:2] == ((), ())


def test_a_place_opening_with_the_measure_word_is_still_found(tagger: Tagger) -> None:
    assert about(tagger, "个旧市人民法院开展集中执行。")[:2] == (("云南省",), ("红河哈尼族彝族自治州",))


# -- a news site that reprints the story -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "河北法制传媒网：（王某）近日，某县法院执行干警依法传唤一名被执行人。",
    "江西法治网讯 某县法院开展执行宣传，向群众讲解失信惩戒的规定。",
])
def test_a_news_site_opening_a_report_does_not_place_it(tagger: Tagger, text: str) -> None:
    assert about(tagger, text)[:2] == ((), ())


def test_a_place_before_a_site_of_its_own_still_places_the_text(tagger: Tagger) -> None:
    text = "河北法制传媒网：石家庄市中级人民法院开展集中执行行动。"
    assert about(tagger, text)[:2] == (("河北省",), ("石家庄市",))


# -- a law firm's name or address ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "作者：顾某，江苏震宇律师事务所。论僵尸企业的破产重整。",
    "文｜牟某 上海中联（兰州）律师事务所。本文讨论执行中的财产调查。",
    "律所：某某律师事务所。地址：深圳市福田区某路68号。",
])
def test_a_law_firms_name_or_address_does_not_place_the_text(tagger: Tagger, text: str) -> None:
    assert about(tagger, text)[:2] == ((), ())


def test_a_lawyer_working_in_a_place_still_places_the_text(tagger: Tagger) -> None:
    text = "余某在上海市崇明区一家律师事务所工作，承办法律援助案件。"
    assert about(tagger, text)[:2] == (("上海市",), ("上海市",))


# -- a person's name after a role word -------------------------------------------------------------

@pytest.mark.parametrize("text, province", [
    ("法官李学云和村委会书记张某用彝语调解纠纷。", "浙江省"),
    ("派出所所长杨俊云和社区民警孙某来到村里处理纠纷。", "浙江省"),
    ("民警高阳耐心调解，双方握手言和。", "河北省"),
])
def test_a_name_after_a_role_word_is_a_person(tagger: Tagger, text: str, province: str) -> None:
    assert province not in about(tagger, text)[0]


def test_a_reporters_dateline_and_a_place_after_a_role_word_stay_places(tagger: Tagger) -> None:
    assert "湖南省" in about(tagger, "本报记者刘洋长沙报道：开福区法院开展集中执行。")[0]
    assert about(tagger, "民警在云和县开展巡逻。")[:2] == (("浙江省",), ("丽水市",))


# -- a court that commends another ---------------------------------------------------------------------

def test_a_court_commending_another_does_not_act(tagger: Tagger) -> None:
    text = "岳西县人民法院执结案件1200件，连续三年被省高院评为无执行积案先进法院。"
    assert about(tagger, text)[2] == ("岳西县人民法院",)


def test_a_court_after_bei_that_acts_still_counts(tagger: Tagger) -> None:
    text = "被执行人王某被岳西县人民法院司法拘留十五日。"
    assert about(tagger, text)[2] == ("岳西县人民法院",)
    text = "安徽省高级人民法院被执行人名单公布后，岳西县人民法院执结案件。"
    assert "安徽省高级人民法院" in about(tagger, text)[2]
