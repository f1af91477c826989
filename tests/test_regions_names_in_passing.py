"""Places a text names without being about them: inside a firm's registered name, a document's
short title, an address, a photographer's credit, a person's given name, a campus's name, the
name of a city cluster or a law firm's advertisement, or where a search ends; and, in English, a firm's seat or name and the items of a list. Each
case has a look-alike that keeps its tag. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.provinces, a.cities


PASSING = [
    # (text, provinces, cities): the place named in passing stays out
    # a registered company name, long or with a bracketed part
    ("申请执行人与甘肃第七地质矿产勘查开发有限责任公司的纠纷已经和解。海淀区人民法院执行局结案。",
     ("北京市",), ("北京市",)),
    ("被执行人贵州交通建设（集团）有限责任公司已履行全部义务。海淀区人民法院执行局结案。",
     ("北京市",), ("北京市",)),
    # an address that runs on past a road to a building named after a place
    ("被申请人：某公司，住所地湖北省武汉市洪山区珞喻路湖北省地质局办公楼。海淀区人民法院裁定驳回异议。",
     ("北京市",), ("北京市",)),
    # a document's short title
    ("《某规定》（以下简称《成都规定》）明确了预重整程序。《成都规定》施行后，海淀区人民法院也出台了指引。",
     ("北京市",), ("北京市",)),
    # a photographer's credit ending a caption, the next paragraph run on in the text
    ("图为民警帮助游客找回相机。贡嘎来松摄春节期间，拉萨市城关区公安分局民警坚守岗位。", ("西藏自治区",), ("拉萨市",)),
    # a person's given name that is a county's short form, always after the same surname
    ("秦怀远看了他一眼。海淀区人民法院执行局局长说，秦怀远同意先从这个案子开始。", ("北京市",), ("北京市",)),
    # a campus named after a road or town
    ("近日，泉山区公安分局民警走进矿大文昌校区开展反诈宣传。", ("江苏省",), ("徐州市",)),
    # a law firm's advertisement spliced into a copied page
    ("关于执行工作的意见（试行）上海律师咨询电话：021-12345678。为规范执行工作，海淀区人民法院制定本意见。",
     ("北京市",), ("北京市",)),
    # where the officers' search ends: the debtor found, defrauded money stopped in another city
    ("海淀区人民法院执行干警驱车出发，15时左右，在保定找到被执行人，对方当场履行。", ("北京市",), ("北京市",)),
    ("银川市公安局民警追查资金流向，最终在甘肃天水成功拦截这笔被骗资金。", ("宁夏回族自治区",), ("银川市",)),
    # a region named after its cities
    ("两省高院联合召开兰州—西宁城市群司法协作会议，青海省高级人民法院和甘肃省高级人民法院签署协议。",
     ("甘肃省", "青海省"), ()),
]


@pytest.mark.parametrize("text, provinces, cities", PASSING, ids=[f"passing{i}" for i, _ in enumerate(PASSING, 1)])
def test_a_place_named_inside_another_name_is_not_what_the_text_is_about(
        tagger: Tagger, text: str, provinces: tuple[str, ...], cities: tuple[str, ...]) -> None:
    got = about(tagger, text)
    assert (set(got[0]), set(got[1])) == (set(provinces), set(cities))


KEPT = [
    # the look-alikes: the same places named as where the story happens
    ("甘肃省地质矿产勘查开发局召开安全生产会议。", ("甘肃省",)),  # an office, not a registered company
    ("湘潭市岳塘区人民法院审结湖南华丰重工股份有限公司一案。", ("湖南省",)),  # a court, then a company
    ("湖北省武汉市洪山区人民法院开展集中执行。", ("湖北省",)),
    ("成都市中级人民法院出台预重整指引。", ("四川省",)),
    ("怀远法院执行局开展集中执行行动，秦某履行了义务。", ("安徽省",)),  # 怀远 with an institution
    ("民警在文昌市文城镇开展反诈宣传。", ("海南省",)),
    ("兰州市中级人民法院审结一起案件。", ("甘肃省",)),
    ("贡嘎县人民法院摄制了普法短片。", ("西藏自治区",)),
    ("上海律师协会组织律师参与执行和解。", ("上海市",)),
    ("保定市民在保定找到了满意的工作。", ("河北省",)),  # found, but no debtor or money searched for
]


@pytest.mark.parametrize("text, provinces", KEPT, ids=[f"kept{i}" for i, _ in enumerate(KEPT, 1)])
def test_a_place_where_the_story_happens_keeps_its_tag(tagger: Tagger, text: str,
                                                      provinces: tuple[str, ...]) -> None:
    assert about(tagger, text)[0] == provinces


ENGLISH = [
    # (text, provinces): the English report's places less a firm's seat, a firm's name and a list's items
    ("The Intermediate People's Court of Ningbo, Zhejiang province, auctioned the seized cars online. "
     "\"It saves time,\" said Wang Wei, a lawyer with the Beijing-based Lantai Partners. The court sold them "
     "within two days to bidders from across the country, and the debtor paid the rest of the debt.",
     ("浙江省",)),
    ("The Intermediate People's Court of Ningbo, Zhejiang province, auctioned the seized cars online. "
     "The buyer was represented by Shandong Win & Win Law Firm. The court sold them within two days to "
     "bidders from across the country, and the debtor paid the rest of the debt after the auction.",
     ("浙江省",)),
    ("The Intermediate People's Court of Ningbo, Zhejiang province, auctioned the seized cars online. "
     "The practice then spread to other provinces, including Jiangsu, Henan and Fujian provinces. The court "
     "sold them within two days to bidders from across the country, and the debtor paid the rest.",
     ("浙江省",)),
]


@pytest.mark.parametrize("text, provinces", ENGLISH, ids=[f"english{i}" for i, _ in enumerate(ENGLISH, 1)])
def test_english_places_in_passing_are_not_what_the_report_is_about(tagger: Tagger, text: str,
                                                                   provinces: tuple[str, ...]) -> None:
    assert about(tagger, text)[0] == provinces


def test_english_places_joined_by_and_alone_or_a_city_and_its_province_count(tagger: Tagger) -> None:
    text = ("Courts in Jiangsu and Henan auctioned seized cars online. The Intermediate People's Court of "
            "Nanjing, Jiangsu province, and a court in Zhengzhou, Henan province, sold them within two days "
            "to bidders from across the country, and the debtors paid the rest of their debts after that.")
    assert set(about(tagger, text)[0]) == {"江苏省", "河南省"}
