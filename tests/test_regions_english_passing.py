"""Places an English report names in passing, as Chinese news names them: a scholar's
university (``Shandong University``, ``a university in Beijing``), the employer of a lawyer or
scholar quoted (``a lawyer at Beijing … Center``), a newspaper named by its province (``Henan
newspaper Dahebao``), ``Beijing`` standing for the central government (``Beijing should``,
``as Beijing pressed ahead``), and a run of bulleted headlines of other stories closing the
page; in Chinese, 台湾 or 香港 before 同胞, 居民 or 台胞 (the people, a person's origin), a
research institute of a scholar or deputy quoted, and an author's employer after 工作单位. Each
case has a look-alike that keeps its tag. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[set[str], set[str]]:
    a = tagger.tag_text(text).about
    return set(a.provinces), set(a.cities)


#: A paragraph that makes a text English enough to be read for English names, naming no place.
FILLER = ("The report said that disputes between neighbours were settled by mediators before they reached "
          "a court, and that officers visited villages every week to hear what residents had to say. ")

PASSING = [
    # a scholar's university, after the place or with the place after it
    ("Police mediation in villages: authors Wei Ming, Shandong University; Liu Fang, Qingdao Normal University. "
     + FILLER, set(), set()),
    (FILLER + "The study was carried out by Hong Kong Polytechnic University and a research centre.", set(), set()),
    (FILLER + "Courts need independence, said Li Hua, a dean at the University of Political Science and Law in "
     "Beijing.", set(), set()),
    # the employer of a lawyer or a scholar quoted
    (FILLER + "Zhang Lei, a lawyer at Beijing Hengda Legal Aid Center, told reporters that wages were owed.",
     set(), set()),
    (FILLER + "Chen Yu, a professor at Zhejiang Institute of Law, said more cases were mediated.", set(), set()),
    # a newspaper named by its province
    (FILLER + "In a recent editorial, Henan newspaper Dahebao argued that the law was applied too rarely.",
     set(), set()),
    # Beijing standing for the central government
    (FILLER + "Beijing should make better use of its bankruptcy law to close loss-making companies.", set(), set()),
    (FILLER + "Other cities would follow as Beijing pressed ahead with its reform of state firms.", set(), set()),
]


@pytest.mark.parametrize("text, provinces, cities", PASSING, ids=[f"passing{i}" for i, _ in enumerate(PASSING, 1)])
def test_a_place_an_english_report_names_in_passing_is_not_what_it_is_about(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    assert about(tagger, text) == (provinces, cities)


#: A story of one city's police followed by a bulleted list of other stories' headlines.
HEADLINES = ("Police in Chengdu mailed booklets to elderly residents to warn them about telephone scams. "
             "Officers and local banks stopped 300 transfers to scammers this year, police in Chengdu said. "
             + FILLER + "Officers will update the booklet with new scams next year."
             "\n- Committee formed in Guangzhou to guide the building of a new park"
             "\n- Shanghai Mint brings coins and medals to London"
             "\n- Customs officers seize fake toys at the border")


def test_a_bulleted_list_of_other_stories_closing_an_english_page_names_no_place_of_the_story(
        tagger: Tagger) -> None:
    assert about(tagger, HEADLINES) == ({"四川省"}, {"成都市"})


CHINESE = [
    # 台湾 before 同胞, 居民 or 台胞: the people, in a law's title or not
    ("1994年通过的《台湾同胞投资保护法》是第一部涉台专门法律，规定了投资者的权利。", set(), set()),
    ("人民法院审查持有台湾居民居住证的当事人提出的申请，依法作出裁定。", set(), set()),
    ("《福建省实施<中华人民共和国台湾台胞投资保护法>办法》施行以来，思明区人民法院审结涉台案件20件。",
     {"福建省"}, {"厦门市"}),
    # a deputy's or scholar's research institute, as a university is
    ("全国人大代表、四川省盐业技术研究院研究员王某建议完善公益诉讼制度。", set(), set()),
    ("会上，全国人大代表、河南省农业科学研究所所长李某发言，最高人民检察院作报告。", set(), set()),
    # an author's employer after 工作单位, as after 作者单位
    ("本文作者:王某工作单位:上海对外贸易学院法学院迄今为止，大陆已形成保护台湾同胞投资的法律体系。", set(), set()),
]


@pytest.mark.parametrize("text, provinces, cities", CHINESE, ids=[f"chinese{i}" for i, _ in enumerate(CHINESE, 1)])
def test_a_place_chinese_text_names_for_a_person_or_a_law_is_not_what_it_is_about(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    assert about(tagger, text) == (provinces, cities)


KEPT = [
    # the look-alikes: the same places where the story happens
    (FILLER + "The Shandong High People's Court said it had mediated 300 cases this year.", {"山东省"}, set()),
    (FILLER + "A new university campus opened in Qingdao, and Qingdao police patrol it.", {"山东省"}, {"青岛市"}),
    (FILLER + "Zhang Lei, a lawyer, said the Beijing court had ordered the wages paid.", {"北京市"}, {"北京市"}),
    (FILLER + "The Henan court said newspapers had reported the case.", {"河南省"}, set()),
    (FILLER + "Wang Hong, an expert with Shanghai police, said officers stopped 300 transfers.", {"上海市"}, {"上海市"}),
    (FILLER + "A court in Beijing has opened a bankruptcy tribunal, and Beijing police helped.",
     {"北京市"}, {"北京市"}),
    ("台湾青年在思明区创业，思明区司法局提供法律服务。", {"福建省", "台湾省"}, {"厦门市"}),
    ("四川省高级人民法院院长王某在全省法院执行工作会议上讲话。", {"四川省"}, set()),  # a court's president
]


@pytest.mark.parametrize("text, provinces, cities", KEPT, ids=[f"kept{i}" for i, _ in enumerate(KEPT, 1)])
def test_the_same_place_where_the_story_happens_keeps_its_tag(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    assert about(tagger, text) == (provinces, cities)


def test_bullets_in_a_chinese_text_with_pinyin_inserted_are_no_list_of_headlines(tagger: Tagger) -> None:
    pinyin = "執(zhí)行(xíng)" * 80
    text = pinyin + "據悉.-Kaiting-Jieshu長沙市中級人民法院開展集中執行行動。"
    assert about(tagger, text) == ({"湖南省"}, {"长沙市"})
