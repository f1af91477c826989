"""Places a story names for what happened elsewhere or for something else: an anonymised party
company's seat, where a fugitive's earlier crime was, where a trip or a train started, a meeting
named after its city, an unnamed court or one place's standard given as an example, where
officers searched a debtor's banks, a river named like its county, a court of 台湾 a mainland court
assists, a 台湾 town or firm's name that matches a mainland county, and a person's given name in a
list of names. Each case has a look-alike that keeps its tag.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[set[str], set[str]]:
    a = tagger.tag_text(text).about
    return set(a.provinces), set(a.cities)


ELSEWHERE = [
    # (text, provinces, cities): the place named for something else stays out
    # a party company named by its seat and trade, the seat anonymised with 某
    ("被执行人河北某房地产公司拒不履行，英山县人民法院执行局依法冻结其账户。", {"湖北省"}, {"黄冈市"}),
    # where a fugitive's earlier crime was, in a story of the arrest
    ("本溪市公安局平山分局民警抓获一名在山东故意伤害致人重伤后潜逃的逃犯。", {"辽宁省"}, {"本溪市"}),
    ("玉泉区公安分局民警在一家酒店内抓获在包头市砸车盗窃作案数十起的流窜嫌疑人。", {"内蒙古自治区"}, {"呼和浩特市"}),
    # where a trip started, with a word of how before the verb; where a train left from
    ("一名男子从济宁匆匆赶到青州市人民法院缴纳执行款。", {"山东省"}, {"潍坊市"}),
    ("由云南昆明发车的动车抵达义乌站，温州市公安局民警连夜押解嫌疑人回温。", {"浙江省"}, {"温州市"}),
    # a meeting named after the city it was held in
    ("“苏州会议”后，兴庆区公安分局深化派出所改革。", {"宁夏回族自治区"}, {"银川市"}),
    # an unnamed court given as an example
    ("法律文书所列执行对象不明，如浙江某法院委托执行的一起案件中，执行依据没有写明被执行人。", set(), set()),
    # where officers searched a debtor's banks
    ("涪城区人民法院执行干警行程几百公里，在重庆，找遍了被执行人所在地的所有银行。", {"四川省"}, {"绵阳市"}),
    # a river named like its county (嫩江 of 黑河): the river wherever the text names it
    ("白城市人民检察院就松花江、嫩江生态保护召开会议，嫩江干流沿线各院参加。", {"吉林省"}, {"白城市"}),
    # a 台湾 town's police sub-bureau and a firm whose names match mainland counties' short forms
    ("彰化縣警察局公布打詐成果，溪湖分局查獲車手3名，吉隆鋼鐵協助攔阻匯款。", set(), set()),
    # a person's given name that is a county's short form, in a list of names
    ("专项工作中，白某成、明珍珍、魏怀仁、刘正祥等犯罪嫌疑人悉数到案。", set(), set()),
    # a court of 台湾 a mainland court assists: that legal system, as 台湾地区 is
    ("思明区人民法院法官协助台湾台北地方法院送达民事庭通知书。", {"福建省"}, {"厦门市"}),
    # one place's standard given as an example of a rule that differs from place to place
    ("工伤职工可领取住院伙食补助费（标准各地不一样，上海是20元/天），由用人单位支付。", set(), set()),
]


@pytest.mark.parametrize("text, provinces, cities", ELSEWHERE, ids=[f"elsewhere{i}" for i, _ in enumerate(ELSEWHERE, 1)])
def test_a_place_named_for_what_happened_elsewhere_is_not_what_the_text_is_about(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    assert about(tagger, text) == (provinces, cities)


KEPT = [
    # the look-alikes: the same places named where the story happens
    ("被执行人长沙某建材公司拒不履行，执行干警依法冻结其账户。", {"湖南省"}, {"长沙市"}),  # no other place named
    ("张某在包头市盗窃电动车，被民警当场抓获。", {"内蒙古自治区"}, {"包头市"}),  # no fugitive: the story's place
    ("由昆明市中级人民法院组织的执行行动取得成效。", {"云南省"}, {"昆明市"}),  # 由 and a court, not a train
    ("苏州市公安局召开派出所改革会议。", {"江苏省"}, {"苏州市"}),
    ("例如浙江省高级人民法院出台了指导意见。", {"浙江省"}, set()),  # a named court given as an example
    ("嫩江流域治理中，嫩江法院审结一起非法捕捞案。", {"黑龙江省"}, {"黑河市"}),  # the county's court
    ("平潭县人民法院与新竹县调解组织开展交流，福州市两级法院派员参加。", {"福建省"}, {"福州市"}),  # a mainland city named
    ("魏某、刘某到怀仁法院缴纳执行款。", {"山西省"}, {"朔州市"}),  # the county's court after names
    ("各地法院做法不一，上海市高级人民法院率先出台规定。", {"上海市"}, {"上海市"}),  # the court acts
    ("台湾青年在思明区创业，思明区司法局提供法律服务。", {"福建省", "台湾省"}, {"厦门市"}),  # 台湾 named as such
]


@pytest.mark.parametrize("text, provinces, cities", KEPT, ids=[f"kept{i}" for i, _ in enumerate(KEPT, 1)])
def test_the_same_place_where_the_story_happens_keeps_its_tag(
        tagger: Tagger, text: str, provinces: set[str], cities: set[str]) -> None:
    assert about(tagger, text) == (provinces, cities)
