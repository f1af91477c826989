"""Mechanism tags: a mechanism told by its working rather than its name (a ban told by what
it does to the debtor, money handed over to the winners, a case moved to another court),
how a clause with a sum and a verb that takes partners add up, and the forms that stand
for it in court news. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    # the consumption ban told by what it does to the debtor
    ("法院依法对被执行人李某采取措施，限制其乘坐飞机、高铁等交通工具。李某出行受阻后，主动到法院还款。", "失信惩戒"),
    # the sale told by what it does
    ("拍卖是法院以公开竞价的方式出售被执行人的财产。变卖则是强制出卖被执行人的财产，所得价款用于清偿债务。", "司法拍卖"),
    # disputes settled at home, the place written before the settling
    ("巡回法庭把调解桌搬进村里，在家门口化解了三起邻里纠纷。法官力量下沉，让矛盾纠纷在基层得到化解。", "诉源治理"),
    # the case moved to another court by the higher court
    ("申请人可以向上一级法院申请变更执行法院。上一级法院审查后，可以裁定将案件移送至其他法院执行。", "交叉执行"),
    # urging payment between judgment and enforcement
    ("该院推行判后督促，法官宣判时向败诉方释明不履行的后果。今年以来，通过执前督程序，降低申请执行率近一成。", "执源治理"),
    # the offence under the name news often gives it
    ("被告人隐匿房产被判犯拒不执行生效判决罪。法院将其移送公安机关后，检察院依法提起公诉。", "拒执打击"),
    # money recovered handed over together
    ("春节前，某县法院召开现场会，向申请执行人集中、公开发放了执行标的款。此后每季度，该院都将案款集中发放给申请人。",
     "案款管理"),
])
def test_a_mechanism_told_by_its_working(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


def test_a_clause_that_hands_over_a_sum_is_not_a_tally(tagger: Tagger) -> None:
    # the sum is what the clause moves; with the count of workers in it, a sentence of its own
    assert "案款管理" in labels(tagger, "春节前，某县法院集中兑付了王某等12名农民工工资款36.5万元，让他们安心过年。")


def test_a_clause_followed_by_a_count_of_people_is_a_tally(tagger: Tagger) -> None:
    # a figure among figures: the year's results, not a sentence about prosecuting
    text = "全年罚款40人次，拘留96人次，移送公安机关立案侦查11人，判刑2人。"
    assert "拒执打击" not in labels(tagger, text)


def test_joining_partners_governs_the_list_after_it(tagger: Tagger) -> None:
    # 联合银行、不动产登记中心: the court joins both, the first is no item of a list
    text = "执行局联合银行、不动产登记中心查控被执行人名下的存款和房产，找到可供执行的线索。"
    assert "执行联动" in labels(tagger, text)


def test_a_ban_in_a_list_of_a_firm_s_troubles_is_no_ban(tagger: Tagger) -> None:
    # what the debtor cannot do, told as its trouble, is no ban imposed
    assert "失信惩戒" not in labels(tagger, "公司负责人无法乘坐飞机、高铁，难以与外地客户商谈业务。")


def test_a_campaign_referred_back_to_adds_up(tagger: Tagger) -> None:
    # named once, then 此次行动 and 行动首日 with its figures
    text = "近日，某区法院启动为期一个月的集中执行行动。此次行动重点清理涉民生案件。行动首日，该院出动干警40名，执结案件9件。"
    assert "集中执行" in labels(tagger, text)


def test_a_reference_back_stands_for_nothing_without_a_name_before_it(tagger: Tagger) -> None:
    # 此次行动 after no campaign of enforcement (only an item of a list) refers to something else
    text = ("该县开展禁毒宣传、集中执行、普法下乡等活动。此次行动共出动民警60名，凌晨突击清查娱乐场所12家。"
            "行动首日，查获吸毒人员3名。")
    assert "集中执行" not in labels(tagger, text)


def test_a_count_that_opens_the_next_sentence_belongs_to_the_match_before_it(tagger: Tagger) -> None:
    # the campaign ends its sentence, its figures open the next one
    text = "清晨6时，随着院长一声令下，全院吹响了集中执行的号角。60余名干警分乘12辆车，奔赴各乡镇。"
    assert "集中执行" in labels(tagger, text)


def test_a_count_far_into_the_next_sentence_does_not(tagger: Tagger) -> None:
    text = "清晨6时，随着院长一声令下，全院吹响了集中执行的号角。记者跟随其中一个小组来到城郊的一处小区，敲开了60号的房门。"
    assert "集中执行" not in labels(tagger, text)


def test_a_match_that_only_dates_its_sentence_does_not_open_it(tagger: Tagger) -> None:
    # 集中执行后…: the time of a story, not its subject
    text = "那一天，集中执行后我回到办公室，已经过了下班时间，忽然接到一位老同学的电话。"
    assert "集中执行" not in labels(tagger, text)
    assert "集中执行" in labels(tagger, "那一天，集中执行行动在全县铺开，干警分成六组上门，凌晨五点出发。")


def test_a_coercive_measure_weighed_against_the_debtor_s_business_is_civilised_enforcement(tagger: Tagger) -> None:
    text = ("执行法官认为，直接冻结该厂账户将不利于其复工复产。法院准许其分期付款，"
            "并说服申请人：要是采取查封的方式，可能导致工厂停产，钱也拿不到。")
    assert "善意文明执行" in labels(tagger, text)
