"""Courts only referred to in a story of another court: the one whose deployment it carries out
(行动由桂林市中院统一部署), the one the writer reports to (向省高院汇报), the organiser of a contest
it enters (在市中院组织的…擂台赛中), one credited for a picture (（青海高院供图）), one awarding an
honour in a list of honours (…，省高院集体二等功) and one whose request for instructions another
court answers (在回答某高级法院的…请示时), one that places its hopes in the story's court or commends
it with other bodies (被省委省政府、省高院寄予厚望; 被区委政法委、市中院评为…). None of them
acts in the story; each has a look-alike where the same court acts."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


REFERRED = [
    ("永福县人民法院开展集中执行。行动由桂林市中院统一部署，我院按照指示制定了执行方案。", ("永福县人民法院",)),
    ("邵阳市中级人民法院法官刘某退休。确认基本事实后，我向省高院及我工作的单位领导汇报。", ("邵阳市中级人民法院",)),
    ("遂昌法院召开执行动员会，争取在丽水市中院组织的全市法院“攻坚擂台赛”中旗开得胜。", ("遂昌县人民法院",)),
    ("达日县法院法官骑马巡回审判。马背法庭下帐巡回。（青海高院供图）", ("达日县人民法院",)),
    ("香河县人民法院某法庭多次荣立市中院集体三等功，省高院集体二等功。", ("香河县人民法院",)),
    ("最高人民法院在答复浙江省高级法院关于执行款归属问题的请示时指出，款项属于被执行人。", ()),
    ("成立之初，该法庭就被省委省政府、湖北省高级人民法院寄予厚望。武汉市中级人民法院法官随即受理了首批案件。",
     ("武汉市中级人民法院",)),
    ("该庭被区委政法委、长沙市中级人民法院评为先进集体。长沙市芙蓉区人民法院院长介绍了经验。",
     ("长沙市芙蓉区人民法院",)),
]


@pytest.mark.parametrize("text, acting", REFERRED, ids=["deployment", "reported to", "contest", "picture",
                                                          "honour", "request", "hopes", "honour with others"])
def test_a_court_only_referred_to_does_not_act(tagger: Tagger, text: str, acting: tuple[str, ...]) -> None:
    assert courts(tagger, text) == acting


ACTING = [
    ("行动由桂林市中院执行局带队，永福县人民法院参加。", "桂林市中级人民法院"),
    ("丽水市中院组织全市法院开展“攻坚擂台赛”。", "丽水市中级人民法院"),
    ("青海高院召开新闻发布会，通报马背法庭工作。", "青海省高级人民法院"),
    ("河北高院为该法庭记集体二等功。", "河北省高级人民法院"),
]


@pytest.mark.parametrize("text, court", ACTING, ids=["leads", "organises", "holds", "awards"])
def test_the_same_court_acting_keeps_its_tag(tagger: Tagger, text: str, court: str) -> None:
    assert court in courts(tagger, text)


@pytest.mark.parametrize("text", [
    "破产审判的困境，参见《深圳中院法官腐败案凸显现行破产法制度缺陷》一文。",
    "最高人民法院在答复重庆市高级法院关于执行款归属问题的请示时指出，款项属于被执行人。",
])
def test_a_place_named_only_in_a_court_referred_to_does_not_place_the_text(tagger: Tagger, text: str) -> None:
    about = tagger.tag_text(text).about
    assert (about.provinces, about.cities, about.courts) == ((), (), ())


def test_a_court_acting_still_places_the_text(tagger: Tagger) -> None:
    about = tagger.tag_text("深圳中院审结一起破产案件，参见《深圳中院破产审判白皮书》。").about
    assert (about.provinces, about.cities) == (("广东省",), ("深圳市",))
