"""Region tagging: a table of hard cases, what an article is about, and the division table.

The table (``tests/data/tagging/region_cases.tsv``) lists, for each text, every place it
mentions: everyday words that contain place names, names shared by several places,
former names, autonomous prefectures and counties, short forms, and texts without a
place, which must yield nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.gazetteer import Gazetteer

CASES = Path(__file__).parent / "data" / "tagging" / "region_cases.tsv"


def _cases() -> list[tuple[str, frozenset[str], str]]:
    out = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected, why = line.split("\t")
            out.append((text, frozenset() if expected == "-" else frozenset(expected.split(",")), why))
    return out


def places(tagger: Tagger, text: str) -> frozenset[str]:
    """The places ``text`` mentions, a county written as ``city/county``."""
    out = set()
    for m in tagger.tag_text(text).mentions:
        if m.kind == "county":
            out.add(m.value if m.city in (None, m.value) else f"{m.city}/{m.value}")
        elif m.kind in ("province", "city"):
            out.add(m.value)
    return frozenset(out)


def test_table_is_large() -> None:
    assert len(_cases()) >= 60


@pytest.mark.parametrize("text, expected, why", _cases(), ids=[f"case{i}" for i, _ in enumerate(_cases(), 1)])
def test_region_case(tagger: Tagger, text: str, expected: frozenset[str], why: str) -> None:
    assert places(tagger, text) == expected, why


# -- what an article is about ------------------------------------------------------------

ABOUT = [
    # (text, provinces, cities)
    ("益阳、资兴、邵阳、岳阳4个地区被命名第一批全国法治政府建设示范地区。", (), ()),
    ("常德、长沙、邵阳、益阳等多地社会治理创新经验在全国性会议上被推荐。"
     "常德市“市域统筹 多元自治”的经验在全国交流会上作交流发言。", ("湖南省",), ("常德市",)),
    ("黄南州坚持和发展新时代“枫桥经验”。黄南州委政法委牵头推进。黄南州泽库县与海南藏族自治州贵南县"
     "之间的边界纠纷得到化解。黄南州还与四川省阿坝藏族羌族自治州、甘肃省甘南藏族自治州签订协议。"
     "黄南州将深入推进平安黄南建设。", ("青海省",), ("黄南藏族自治州",)),
    ("湖南高院将该案指令交叉至湘乡法院执行。湘乡法院执行干警远赴新疆克拉玛依市，在克拉玛依市找到被执行人。"
     "湖南法院共执结案件3.5万件，湖南高院持续推进交叉执行。", ("湖南省",), ("湘潭市",)),
    ("全国人大代表、株洲天桥起重机股份有限公司田际群说，长沙市芙蓉区人民法院执行到位金额1亿元，"
     "长沙市岳麓区人民法院、长沙县人民法院也开展集中执行。", ("湖南省",), ("长沙市",)),
    ("沙市区城管执法局开展环境卫生整治行动，全面提升沙市形象。", ("湖北省",), ("荆州市",)),
    ("真金白银兑现胜诉权益，会同有关部门推进乡村振兴。", (), ()),
]


@pytest.mark.parametrize("text, provinces, cities", ABOUT, ids=[f"about{i}" for i, _ in enumerate(ABOUT, 1)])
def test_about(tagger: Tagger, text: str, provinces: tuple[str, ...], cities: tuple[str, ...]) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities) == (provinces, cities)


PASSING = [
    # (text, provinces, cities): names that do not make the text about a place
    ("民警在南京东路步行街设点宣传，四川北路派出所也走进里弄。上海警方共设宣传点300个。", ("上海市",), ("上海市",)),
    ("每日新闻网8月9日讯（兰州晨报记者 王某）省法院发布典型案例。甘肃全省法院推进执行工作。", ("甘肃省",), ()),
    ("新华社广州3月2日电 记者从湖南省司法厅获悉，湖南全省法律援助机构办案2万件。", ("湖南省",), ()),
    ("王某（湖南警察学院，湖南 长沙 410138）。湖南省公安厅推进警务改革。", ("湖南省",), ()),
    ("要弘扬井冈山精神。宜春市人民法院开展执行活动。", ("江西省",), ("宜春市",)),
    ("家住宣威市某镇的李某来到文山市务工，文山市劳动仲裁委受理了他的申请。", ("云南省",), ("文山壮族苗族自治州",)),
    ("绵阳市驻成都法律援助工作站为绵阳籍务工人员讨薪，绵阳市司法局给予支持。", ("四川省",), ("绵阳市",)),
    ("该团场距奎屯市较远，兵团第七师推进法庭建设。", (), ()),
    ("达州华渝房地产开发公司拖欠工资，遂宁市法律援助中心为农民工讨薪。遂宁市司法局给予支持。", ("四川省",), ("遂宁市",)),
    ("长沙市某科技公司拖欠货款，经调解当场履行。", ("湖南省",), ("长沙市",)),  # a party placed in 长沙
    ("三位法官中，一位是江苏人，一位是河南人。兵团法院推进执行工作。", (), ()),
]


@pytest.mark.parametrize("text, provinces, cities", PASSING, ids=[f"passing{i}" for i, _ in enumerate(PASSING, 1)])
def test_places_named_in_passing_do_not_make_the_text_about_them(tagger: Tagger, text: str,
                                                                  provinces: tuple[str, ...],
                                                                  cities: tuple[str, ...]) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities) == (provinces, cities)


def test_a_county_directly_under_its_province_is_in_no_city(tagger: Tagger) -> None:
    about = tagger.tag_text("澄迈县公安局开展反诈宣传。琼中黎族苗族自治县公安局组建宣讲团。").about
    assert about.provinces == ("海南省",) and about.cities == ()
    assert set(about.counties) == {"澄迈县", "琼中黎族苗族自治县"}
    # a county-level city under its province is a county too: in no city, as the division table has it
    about = tagger.tag_text("仙桃市人民法院开展集中执行。").about
    assert (about.provinces, about.cities, about.counties) == (("湖北省",), (), ("仙桃市",))
    about = tagger.tag_text("石河子市人民法院审结一起执行案件。").about
    assert (about.provinces, about.cities, about.counties) == (("新疆维吾尔自治区",), (), ("石河子市",))


def test_list_items_are_marked(tagger: Tagger) -> None:
    items = [m for m in tagger.tag_text("益阳、资兴、邵阳、岳阳4个地区").mentions if m.kind != "mechanism"]
    assert [m.value for m in items] == ["益阳市", "资兴市", "邵阳市", "岳阳市"]
    assert all(m.in_list for m in items)


@pytest.mark.parametrize("text", [
    "基于广西都安县、湖北孝昌县和河南新密县三个地区的警务模式，本文提出改进建议。",
    "益阳、邵阳及岳阳的经验被写入全国交流材料。",
])
def test_the_last_list_item_after_a_conjunction_is_an_item(tagger: Tagger, text: str) -> None:
    tags = tagger.tag_text(text)
    items = [m for m in tags.mentions if m.kind in ("city", "county")]
    assert len(items) == 3 and all(m.in_list for m in items)
    assert tags.about.provinces == ()


def test_two_places_joined_by_a_conjunction_are_no_list(tagger: Tagger) -> None:
    about = tagger.tag_text("石门县法院和慈利县法院联合开展执行行动，石门县、慈利县的干警参加。").about
    assert set(about.cities) == {"常德市", "张家界市"}


def test_court_places_its_region(tagger: Tagger) -> None:
    about = tagger.tag_text("慈利县人民法院邀请代表委员现场见证资产交付。").about
    assert about.courts == ("慈利县人民法院",) and about.cities == ("张家界市",) and about.provinces == ("湖南省",)


# -- the division table ----------------------------------------------------------------------

def test_table_header_records_data_year() -> None:
    g = Gazetteer()
    assert "data year 2024" in g.header
    assert len(g.divisions) == 3213


def test_hierarchy_and_short_forms() -> None:
    g = Gazetteer()
    shimen = g.divisions["430726"]
    assert shimen.name == "石门县" and shimen.shorts == ("石门",)
    assert g.city("430726").name == "常德市" and g.province("430726").name == "湖南省"
    assert g.divisions["632300"].shorts == ("黄南州", "黄南自治州", "黄南")
    assert g.divisions["520627"].shorts == ("沿河县", "沿河自治县", "沿河")  # 沿河自治县 is written too
    assert g.divisions["430000"].shorts == ("湖南",)
    assert g.city("110105").name == "北京市"  # a municipality's district counts under it
    assert g.city("429004") is None  # a county-level city under its province lies in no prefecture
    assert g.city_of_name("仙桃") is None and g.county_of_name("仙桃").code == "429004"
    assert "宁乡县" in g.divisions["430182"].old
    assert [k.code for k in g.keys["河南"]] == ["410000"]  # not 河南蒙古族自治县
    assert [k.code for k in g.keys["荆州"]] == ["421000"]  # not 荆州区


def _tables(g: Gazetteer) -> tuple:
    return (g.digest, g.divisions, g.keys, g._by_level, g.words, g.blockers, g._weak)


def test_the_parsed_division_table_is_cached_per_user_and_read_back_whole(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = Gazetteer.load()
    (cached,) = (tmp_path / "lawnews").glob("gazetteer-*.pickle")
    second = Gazetteer.load()
    assert second is not first
    assert _tables(second) == _tables(first) == _tables(Gazetteer())
    assert second.path == first.path
    cached.write_bytes(b"not a pickle")  # a broken cache is parsed anew and replaced
    assert _tables(Gazetteer.load()) == _tables(first)
    assert cached.read_bytes() != b"not a pickle"


def test_a_changed_table_is_not_read_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    table = tmp_path / "divisions.tsv"
    source = Path(Gazetteer().path).read_text(encoding="utf-8")
    table.write_text(source, encoding="utf-8")
    assert "湖南" in Gazetteer.load(table).keys
    table.write_text(source.replace("湖南", "湘南"), encoding="utf-8")
    changed = Gazetteer.load(table)
    assert "湖南" not in changed.keys and "湘南" in changed.keys
    assert len(list((tmp_path / "cache" / "lawnews").glob("gazetteer-*.pickle"))) == 2


def test_an_unwritable_cache_folder_still_gives_the_table(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file where the folder would be
    assert _tables(Gazetteer.load()) == _tables(Gazetteer())
