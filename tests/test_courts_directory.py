"""The court directory as the source of court names: every court by its full name and
its short forms, contextual forms, lists sharing a court word, courts the directory lacks,
and look-alike places. Sentences are made up; the directory is the shipped table."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.directory import LEVELS, CourtDirectory


def courts(tagger: Tagger, text: str) -> list[str]:
    return [m.value for m in tagger.tag_text(text).courts]


def test_directory_holds_every_court_with_a_known_level(tagger: Tagger) -> None:
    d = tagger.directory
    assert len(d.courts) == 3755
    assert {c.level for c in d.courts.values()} == set(LEVELS)
    assert {c.status for c in d.courts.values()} == {"current", "former", "unconfirmed"}


def test_every_directory_court_is_found_by_its_full_name(tagger: Tagger) -> None:
    missed = [(c.name, got) for c in tagger.directory.courts.values()
              if (got := courts(tagger, f"{c.name}召开执行工作会议。")) != [c.facet]]
    assert missed == []


def test_every_short_form_of_one_court_gives_its_name_back(tagger: Tagger) -> None:
    d = tagger.directory
    forms = [(f, cs[0]) for f, cs in d.forms.items() if len(cs) == 1 and f != cs[0].name]
    assert len(forms) > 5000
    missed = [(f, c.name, got) for f, c in forms if (got := courts(tagger, f"{f}召开执行工作会议。")) != [c.facet]]
    assert missed == []


def test_county_stem_forms_name_their_court(tagger: Tagger) -> None:
    """石门法院 → 石门县人民法院: the county's short form + 法院, for the county courts whose
    short form is neither an everyday word nor shared (those need context)."""
    gaz = tagger.gazetteer
    tried = missed = 0
    for c in tagger.directory.courts.values():
        d = gaz.divisions.get(c.division or "")
        if c.kind != "普通" or c.level != "基层" or c.status == "former" or d is None or d.level != "county":
            continue
        if not d.shorts or not c.name.endswith(d.name + "人民法院") or len(gaz.keys.get(d.shorts[0], ())) != 1:
            continue
        if gaz.keys[d.shorts[0]][0].weak:
            continue
        tried += 1
        missed += courts(tagger, f"{d.shorts[0]}法院召开执行工作会议。") != [c.facet]
    assert tried > 1500 and missed / tried < 0.05


@pytest.mark.parametrize("text, expected", [
    ("天津市第一中级人民法院审结一起案件", ["天津市第一中级人民法院"]),
    ("东莞市第一人民法院、中山市第二人民法院联合发布", ["东莞市第一人民法院", "中山市第二人民法院"]),
    ("北京二中院、上海一中院、重庆五中院",
     ["北京市第二中级人民法院", "上海市第一中级人民法院", "重庆市第五中级人民法院"]),
    ("敦化林区法院审结一起盗伐林木案", ["敦化林区基层法院"]),
    ("黑龙江农垦中院召开会议", ["黑龙江省农垦中级法院"]),
    ("新疆生产建设兵团第八师中级人民法院召开会议", ["新疆生产建设兵团第八师中级人民法院"]),
    ("乌鲁木齐铁路运输中级法院、厦门海事法院", ["乌鲁木齐铁路运输中级法院", "厦门海事法院"]),
    ("北京铁路法院审结", ["北京铁路运输法院"]),
    ("黄南州中级人民法院审结", ["黄南藏族自治州中级人民法院"]),
])
def test_courts_not_named_after_one_division(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert courts(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("兰铁两级法院执行到位金额同比上升", ["兰州铁路运输中级法院"]),
    ("成铁中院审结一起涉铁合同纠纷", ["成都铁路运输中级法院"]),
    ("广西召开会议，南铁中院通报执行工作", ["南宁铁路运输中级法院"]),  # 南昌's too: the province decides
    ("南铁中院通报执行工作", []),
])
def test_a_railway_intermediate_court_by_its_two_character_short_name(tagger: Tagger, text: str,
                                                                      expected: list[str]) -> None:
    assert courts(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("最高院发布典型案例", ["最高人民法院"]),
    ("最高法通报执行工作", ["最高人民法院"]),
    ("广西壮族自治区南宁市召开会议，自治区高院部署执行工作", ["广西壮族自治区高级人民法院"]),
    ("湖南省召开会议。省法院部署执行工作。", ["湖南省高级人民法院"]),
    ("湖南常德召开会议，高院领导讲话", ["湖南省高级人民法院"]),
    ("湖南、湖北两省召开会议，高院领导讲话", []),  # two provinces: which 高院 is not said
    ("重庆市渝北区召开会议，渝北区法院执行局参加", ["重庆市渝北区人民法院"]),
    ("渝北区法院执行局开展集中执行", ["重庆市渝北区人民法院"]),  # one 渝北区 in the directory
])
def test_contextual_court_forms(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert courts(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青海玉树、果洛中院联合开展执行", ["玉树藏族自治州中级人民法院", "果洛藏族自治州中级人民法院"]),
    ("重庆渝中、大渡口区法院联合开展执行", ["重庆市渝中区人民法院", "重庆市大渡口区人民法院"]),
])
def test_a_list_sharing_a_court_word_names_each_court(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert courts(tagger, text) == expected


def test_district_court_shared_by_several_cities_resolves_from_context_or_not_at_all(tagger: Tagger) -> None:
    assert len(tagger.directory.lookup("鼓楼区法院")) >= 3
    assert courts(tagger, "南京市召开会议，鼓楼区法院执行局参加") == ["南京市鼓楼区人民法院"]
    assert courts(tagger, "福州市召开会议，鼓楼区法院执行局参加") == ["福州市鼓楼区人民法院"]
    assert courts(tagger, "鼓楼区法院执行局开展集中执行") == []


def test_a_development_zone_court_outside_the_directory_is_a_court_of_its_place(tagger: Tagger) -> None:
    name = "天府经济技术开发区人民法院"
    assert not tagger.directory.lookup(name)
    found = tagger.tag_text(f"成都市召开会议，{name}揭牌成立").courts
    assert [(m.value, m.level, m.province) for m in found] == [(name, "基层", "四川省")]
    found = tagger.tag_text("德阳高新区人民法院揭牌成立").courts
    assert [(m.value, m.province, m.city) for m in found] == [("德阳高新区人民法院", "四川省", "德阳市")]


@pytest.mark.parametrize("text, expected", [
    ("保定高新区法院执行局依法裁定", ["保定国家高新技术产业开发区人民法院"]),
    ("东湖高新区人民法院解除限制", ["武汉东湖新技术开发区人民法院"]),
    ("武汉东湖高新区人民法院判处", ["武汉东湖新技术开发区人民法院"]),
    ("绵阳高新区人民法院揭牌成立", ["绵阳高新技术产业开发区人民法院"]),
])
def test_a_development_zone_court_is_found_by_the_zone_short_name(tagger: Tagger, text: str,
                                                                  expected: list[str]) -> None:
    assert courts(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("奎屯垦区人民法院党组成员走访团场", ["新疆生产建设兵团奎屯垦区人民法院"]),
    ("兵团三坪垦区法院法官调解纠纷", ["新疆生产建设兵团三坪垦区人民法院"]),
    ("八师中院执行指挥中心统筹调度", ["新疆生产建设兵团第八师中级人民法院"]),
    ("第一师中级人民法院召开会议", ["新疆生产建设兵团第一师中级人民法院"]),
])
def test_a_corps_court_is_found_without_the_corps_name(tagger: Tagger, text: str, expected: list[str]) -> None:
    assert courts(tagger, text) == expected


def test_an_alias_that_names_no_place_is_not_a_court_form(tagger: Tagger) -> None:
    assert not tagger.directory.lookup("高级人民法院")
    found = tagger.tag_text("新疆法院推进交叉执行。自治区高级人民法院在全疆部署开展交叉执行工作。").courts
    assert [m.value for m in found] == ["新疆维吾尔自治区高级人民法院"]


def test_renamed_court_is_named_as_now_and_merged_court_keeps_its_name(tagger: Tagger) -> None:
    d = tagger.directory
    assert d.courts["宁乡县人民法院"].status == "former"
    assert courts(tagger, "宁乡县人民法院审结") == ["宁乡市人民法院"]
    assert d.courts["保定市北市区人民法院"].status == "former"
    assert courts(tagger, "保定市北市区人民法院审结") == ["保定市北市区人民法院"]


@pytest.mark.parametrize("text", ["社会长治久安", "江山如画", "东方红太阳升", "和平年代也要居安思危"])
def test_idioms_holding_place_names_are_not_places_or_courts(tagger: Tagger, text: str) -> None:
    tags = tagger.tag_text(text)
    assert (tags.provinces, tags.cities, tags.courts) == ((), (), ())


def test_court_filter_accepts_directory_forms(tagger: Tagger) -> None:
    assert tagger.resolve("court", "北京二中院") == "北京市第二中级人民法院"
    assert tagger.resolve("court", "黑龙江农垦中院") == "黑龙江省农垦中级法院"


def test_directory_loads_from_a_table_file(tmp_path) -> None:
    table = tmp_path / "courts.tsv"
    table.write_text("name\tlevel\tprovince\tdivision\tkind\tstatus\tsuccessor\tforms\n"
                     "甲乙县人民法院\t基层\t430000\t430726\t普通\tcurrent\t\t甲乙县法院;甲乙法院\n", encoding="utf-8")
    d = CourtDirectory(table)
    assert [(f.start, f.end, f.courts[0].name) for f in d.find("昨日甲乙法院开庭")] == [(2, 6, "甲乙县人民法院")]


@pytest.mark.parametrize("text, province, cities", [
    ("黑龙江省林区中级人民法院召开会议", "黑龙江省", ()),  # seated in 哈尔滨, not a 哈尔滨 court
    ("湖南高院召开会议", "湖南省", ()),  # no capital city added
    ("广州互联网法院召开会议", "广东省", ("广州市",)),
])
def test_a_court_counts_for_a_city_only_when_its_name_names_it(tagger: Tagger, text: str, province: str,
                                                               cities: tuple[str, ...]) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities) == ((province,), cities)


def test_a_railway_court_outside_the_directory_is_a_court_of_its_place(tagger: Tagger) -> None:
    assert not tagger.directory.lookup("满洲里铁路运输法院")
    found = tagger.tag_text("满洲里铁路运输法院审结一起涉铁案件").courts
    assert [(m.value, m.level, m.province) for m in found] == [("满洲里铁路运输法院", "基层", "内蒙古自治区")]


@pytest.mark.parametrize("text, court, city", [
    ("中山第一法院涉银行业金融案件呈井喷式增长。", "中山市第一人民法院", "中山市"),
    ("东莞第三人民法院开展集中执行行动。", "东莞市第三人民法院", "东莞市"),
])
def test_a_numbered_basic_court_is_found_by_its_citys_short_name(text: str, court: str, city: str) -> None:
    about = Tagger.default().tag_text(text).about
    assert (about.courts, about.cities) == ((court,), (city,))


@pytest.mark.parametrize("text", [
    "哈密垦区人民法院法官深入团场调解一起离婚纠纷。",
    "霍城垦区法院开展巡回审判，把法庭搬到连队。",
])
def test_a_corps_court_named_after_a_county_places_no_prefecture(tagger: Tagger, text: str) -> None:
    about = tagger.tag_text(text).about
    assert about.provinces == ("新疆维吾尔自治区",) and about.cities == ()
    assert about.courts and about.courts[0].startswith("新疆生产建设兵团")
