"""Places named in English reports of Chinese court news: every province by its English
name, cities and districts in pinyin, names several places share only where the text
places them, names that are also words or a person's name only with a level word, and
Chinese text read as before. Every sentence here is made up for the test."""

from __future__ import annotations

import time

import pytest

from lawnews.index.tagging import Tagger

#: The 34 province-level units in the English forms reports use.
PROVINCES = {
    "北京市": "Beijing", "天津市": "Tianjin", "河北省": "Hebei province", "山西省": "Shanxi province",
    "内蒙古自治区": "Inner Mongolia autonomous region", "辽宁省": "Liaoning province", "吉林省": "Jilin province",
    "黑龙江省": "Heilongjiang province", "上海市": "Shanghai", "江苏省": "Jiangsu province",
    "浙江省": "Zhejiang province", "安徽省": "Anhui province", "福建省": "Fujian province",
    "江西省": "Jiangxi province", "山东省": "Shandong province", "河南省": "Henan province",
    "湖北省": "Hubei province", "湖南省": "Hunan province", "广东省": "Guangdong province",
    "广西壮族自治区": "Guangxi Zhuang autonomous region", "海南省": "Hainan province", "重庆市": "Chongqing",
    "四川省": "Sichuan province", "贵州省": "Guizhou province", "云南省": "Yunnan province",
    "西藏自治区": "Tibet autonomous region", "陕西省": "Shaanxi province", "甘肃省": "Gansu province",
    "青海省": "Qinghai province", "宁夏回族自治区": "Ningxia Hui autonomous region",
    "新疆维吾尔自治区": "Xinjiang Uygur autonomous region", "台湾省": "Taiwan",
    "香港特别行政区": "Hong Kong", "澳门特别行政区": "Macao",
}


def places(tagger: Tagger, text: str) -> dict[str, tuple[str, ...]]:
    tags = tagger.tag_text(text)
    return {"provinces": tags.provinces, "cities": tags.cities, "counties": tags.counties}


def test_the_list_holds_every_province_level_unit(tagger: Tagger) -> None:
    assert set(PROVINCES) == {d.name for d in tagger.gazetteer.divisions.values() if d.level == "province"}


@pytest.mark.parametrize("name,english", PROVINCES.items())
def test_every_province_is_found_by_its_english_name(tagger: Tagger, name: str, english: str) -> None:
    text = f"A court in {english} sold the seized property of a debtor through an online auction last week."
    assert places(tagger, text)["provinces"] == (name,)


@pytest.mark.parametrize("english, name", [
    ("Hangzhou", "杭州市"), ("Chongqing", "重庆市"), ("Changsha", "长沙市"), ("Xiamen", "厦门市"),
    ("Lu'an", "六安市"), ("Bengbu", "蚌埠市"), ("Leshan", "乐山市"), ("Shenzhen", "深圳市"), ("Harbin", "哈尔滨市"),
    ("Urumqi", "乌鲁木齐市"), ("Xi'an", "西安市"),
])
def test_a_city_is_found_by_its_pinyin_or_english_name(tagger: Tagger, english: str, name: str) -> None:
    text = f"Police in {english} said on Tuesday that the suspects had been handed over to prosecutors."
    assert places(tagger, text)["cities"] == (name,)


@pytest.mark.parametrize("english, county", [
    ("Xiaoshan district", "萧山区"), ("Haining city", "海宁市"), ("Yiwu city", "义乌市"),
    ("Pudong New Area", "浦东新区"), ("Dao county", "道县"),
])
def test_a_county_or_district_is_found_with_its_level_word(tagger: Tagger, english: str, county: str) -> None:
    text = f"A company in {english} was put on the list of dishonest debtors by the local court."
    assert county in places(tagger, text)["counties"]


def test_a_county_name_without_a_level_word_is_not_a_place(tagger: Tagger) -> None:
    assert places(tagger, "The Haining team and the Yiwu team met for a friendly match on Sunday.")["counties"] == ()
    assert places(tagger, "The Haining city team and the Yiwu city team met on Sunday.")["counties"] == (
        "海宁市", "义乌市")


def test_a_district_with_its_city_before_it_is_found_under_that_city(tagger: Tagger) -> None:
    tags = places(tagger, "The apartment is in Hangzhou Xiaoshan district, next to a subway station.")
    assert tags["counties"] == ("萧山区",) and tags["cities"] == ("杭州市",) and tags["provinces"] == ("浙江省",)


@pytest.mark.parametrize("name, province, city", [
    ("Taizhou", "Zhejiang", "台州市"), ("Fuzhou", "Fujian", "福州市"), ("Suzhou", "Anhui", "宿州市"),
    ("Yichun", "Heilongjiang", "伊春市"),
])
def test_a_name_several_cities_share_alone_tags_nothing(tagger: Tagger, name: str, province: str,
                                                       city: str) -> None:
    text = "Judges in {} handled more than 3,000 enforcement cases over the past year, the court said."
    assert places(tagger, text.format(name)) == {"provinces": (), "cities": (), "counties": ()}
    assert places(tagger, text.format(f"{name}, {province} province"))["cities"] == (city,)


@pytest.mark.parametrize("text, city", [
    ("The factory is in Taizhou, Zhejiang province, near the coast.", "台州市"),
    ("The factory is in Taizhou, East China's Jiangsu province, near the river.", "泰州市"),
    ("The factory is in Zhejiang's Taizhou, near the coast.", "台州市"),
    ("A debtor in Fuzhou, Jiangxi province, paid off his debts after the hearing.", "抚州市"),
    ("A debtor in Fuzhou, Fujian province, paid off his debts after the hearing.", "福州市"),
])
def test_a_shared_name_goes_to_the_city_of_the_province_named_beside_it(tagger: Tagger, text: str,
                                                                       city: str) -> None:
    assert places(tagger, text)["cities"] == (city,)


def test_a_shared_district_name_goes_to_the_city_named_beside_it(tagger: Tagger) -> None:
    tags = places(tagger, "Residents of Beijing's Chaoyang district filed the lawsuit.")
    assert tags["counties"] == ("北京市朝阳区",) or tags["counties"] == ("朝阳区",)
    assert tags["provinces"] == ("北京市",)


@pytest.mark.parametrize("text, control, place", [
    # a given name after a surname, and in Western order
    ("Judge Wang Jinhua said the ruling was final.", "A court in Jinhua said the ruling was final.", "金华市"),
    ("The ruling was read out by Anshun Wang, a judge.", "The ruling was read out in Anshun, a city.", "安顺市"),
    # the agency, not 新华区; the tea, not the city; a newspaper, not the city
    ("Xinhua News Agency reported the verdict on Friday.",
     "A court in Xinhua district, Shijiazhuang, reported the verdict.", "新华区"),
    ("Pu'er tea sold well at the online auction.", "A court in Pu'er city sold the tea at auction.", "普洱市"),
    ("The Shanghai Daily reported the verdict on Friday.", "A court in Shanghai reported the verdict.", "上海市"),
    # lower case in an address is no name
    ("The notice is posted at www.hangzhou.gov.cn every day.", "The notice is posted in Hangzhou every day.",
     "杭州市"),
    # a capitalised word that starts with a name (the text runs words together) is not it
    ("Hamilton sent observers to the hearing.", "Hami city sent observers to the hearing.", "哈密市"),
    ("Puerto Rico sent observers to the hearing.", "Pu'er city sent observers to the hearing.", "普洱市"),
])
def test_a_name_that_is_a_word_or_a_persons_name_tags_nothing(tagger: Tagger, text: str, control: str,
                                                             place: str) -> None:
    assert places(tagger, text) == {"provinces": (), "cities": (), "counties": ()}
    assert place in [p for found in places(tagger, control).values() for p in found]


def test_offsets_of_an_english_name_point_at_it(tagger: Tagger) -> None:
    text = "Officials from  Qinghai\nprovince visited the court."
    m = next(m for m in tagger.tag_text(text).mentions if m.kind == "province")
    assert text[m.start:m.end] == "Qinghai" and m.value == "青海省"


def test_chinese_text_is_not_read_for_english_names(tagger: Tagger) -> None:
    from lawnews.index.tagging.english import english_enough

    text = "杭州市萧山区人民法院近日通过网络司法拍卖成交一套房产，Hangzhou 法官表示。"
    assert not english_enough(text.replace(" ", ""))
    assert places(tagger, text)["counties"] == ("萧山区",)


def test_chinese_tags_are_the_same_with_an_english_aside(tagger: Tagger) -> None:
    chinese = "湖南省长沙市芙蓉区人民法院开展集中执行行动，执行到位金额一千余万元。"
    assert places(tagger, chinese + " (APP)") == places(tagger, chinese)


def test_english_pass_costs_little_on_chinese_text(tagger: Tagger) -> None:
    from lawnews.index.tagging.english import english_enough

    text = "湖南省长沙市芙蓉区人民法院开展集中执行行动，执行到位金额一千余万元。" * 200
    start = time.perf_counter()
    for _ in range(200):
        english_enough(text)
    assert time.perf_counter() - start < 0.5


def test_the_english_names_table_is_part_of_the_taggers_fingerprint(tmp_path):
    import shutil

    from lawnews.index.tagging.gazetteer import DEFAULT_DIVISIONS
    from lawnews.index.tagging.tagger import Tagger

    prints = []
    for name, extra in (("same", ""), ("other", "# one more line\n")):
        folder = tmp_path / name
        folder.mkdir()
        for table in ("divisions.tsv", "words.tsv", "english.tsv"):
            shutil.copy(DEFAULT_DIVISIONS.with_name(table), folder / table)
        with open(folder / "english.tsv", "a", encoding="utf-8") as f:
            f.write(extra)
        prints.append(Tagger(divisions=folder / "divisions.tsv").fingerprint)
    assert prints[0] != prints[1]


@pytest.mark.parametrize("facet, typed, value", [
    ("province", "Zhejiang", "浙江省"), ("province", "zhejiang province", "浙江省"),
    ("province", "Inner Mongolia", "内蒙古自治区"), ("province", "Tibet", "西藏自治区"),
    ("city", "Hangzhou", "杭州市"), ("city", "Xi'an", "西安市"), ("city", "Chongqing", "重庆市"),
    ("city", "Taizhou", None), ("province", "Atlantis", None), ("province", "湖北", "湖北省"),
])
def test_a_province_or_city_filter_takes_its_english_name(facet, typed, value):
    from lawnews.index.tagging.tagger import Tagger

    assert Tagger.default().resolve(facet, typed) == value
