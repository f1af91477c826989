"""Mechanism tags: how evidence adds up — a count written 30余万人, an outline item's
marker (一、, 2、) that is not an enumeration's comma, and counts in Chinese numerals that
add nothing. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_a_count_written_with_yu_before_wan_adds_like_any_count(tagger: Tagger) -> None:
    assert "失信惩戒" in labels(tagger, "全市法院持续推进失信联合惩戒，累计涉及被执行人12余万人。")
    assert "失信惩戒" not in labels(tagger, "全市法院持续推进失信联合惩戒，累计涉及大批被执行人。")


@pytest.mark.parametrize("marker", ["一、", "三、", "2、"])
def test_an_outline_item_s_marker_is_not_an_enumeration(tagger: Tagger, marker: str) -> None:
    text = (f"{marker}拒不执行判决、裁定罪保护的是法院的正常活动。"
            "作为拒不执行判决、裁定罪对象的裁判，应当已经生效。")
    assert "拒执打击" in labels(tagger, text)


def test_an_item_after_an_enumeration_s_comma_is_still_an_item(tagger: Tagger) -> None:
    text = ("法院综合运用罚款、拒执罪保护的是法院的正常活动。"
            "作为拒不执行判决、裁定罪对象的裁判，应当已经生效。")
    hits = [m for m in tagger.tag_text(text).mentions if m.kind == "mechanism"]
    assert hits[0].in_list


def test_a_count_in_chinese_numerals_adds_nothing(tagger: Tagger) -> None:
    assert "集中执行" not in labels(tagger, "该院今年开展了两次集中执行，效果明显。")
    assert "集中执行" in labels(tagger, "该院今年开展了集中执行，拘传被执行人12名。")


def test_one_enforcement_action_is_not_a_concentrated_action(tagger: Tagger) -> None:
    text = ("两名执行干警驱车八百公里，在当地法院协助下开展异地执行行动。"
            "车辆被顺利扣押，这次远赴外省的执行行动画上句号。")
    assert "集中执行" not in labels(tagger, text)


def test_an_enforcement_action_under_a_name_of_its_own_is_a_concentrated_action(tagger: Tagger) -> None:
    text = "此次“清风2023”执行行动中，我院共出动干警30人，拘传被执行人8人。"
    assert "集中执行" in labels(tagger, text)


def test_an_enforcement_action_refers_back_to_the_campaign_named_before(tagger: Tagger) -> None:
    text = "近日，该院启动集中执行。执行行动持续到月底，共执结案件40件。"
    hits = [m for m in tagger.tag_text(text).mentions if m.kind == "mechanism"]
    assert [m.text for m in hits] == ["集中执行", "执行行动"]


@pytest.mark.parametrize("text", [
    "执行干警远赴外省“亮剑”，扣押了被执行人的两台挖掘机。执行干警“亮剑”之后，案件顺利执结。",
    "让执行“利剑”始终高悬，督促被执行人履行义务。让执行“利剑”震慑失信者。",
])
def test_a_bare_quoted_figure_of_speech_is_no_campaign_name(tagger: Tagger, text: str) -> None:
    assert "集中执行" not in labels(tagger, text)


def test_a_quoted_campaign_name_still_counts(tagger: Tagger) -> None:
    text = "全市法院开展“亮剑2024”行动，共出动干警300人。“亮剑2024”期间执结案件120件。"
    assert "集中执行" in labels(tagger, text)


def test_a_bare_auction_by_the_court_is_a_judicial_auction(tagger: Tagger) -> None:
    text = "执行法院将查封的厂房公开拍卖，起拍价120万元。经过多轮竞价，该厂房被一家企业买下。"
    assert "司法拍卖" in labels(tagger, text)


def test_an_auction_house_s_sale_is_no_judicial_auction(tagger: Tagger) -> None:
    text = "这家拍卖行上周举办了一场古董拍卖，一幅字画以高价拍卖成功。"
    assert "司法拍卖" not in labels(tagger, text)


def test_the_money_an_auction_brings_in_is_not_the_auction(tagger: Tagger) -> None:
    text = "执行局收到拍卖款后，及时发放给申请执行人。执行局共收到拍卖款200万元，全部发放。"
    assert "司法拍卖" not in labels(tagger, text)


def test_the_crime_of_refusal_under_a_short_name_counts(tagger: Tagger) -> None:
    text = "构成拒不执行罪的，最高可处七年有期徒刑。即使被判拒不执行罪，被执行人仍须履行义务。"
    assert "拒执打击" in labels(tagger, text)


def test_one_plain_mention_in_a_passage_on_its_subject_is_enough(tagger: Tagger) -> None:
    text = ("附：王某隐匿财产被以拒执罪追诉。这件事在当地引起不小的议论。"
            "王某在执行期间转移房产，申请执行人向公安机关报案，未获立案后，依法提起刑事自诉，"
            "法院审理后认为其行为情节严重。")
    assert "拒执打击" in labels(tagger, text)


def test_one_plain_mention_in_a_passage_on_something_else_is_not(tagger: Tagger) -> None:
    text = ("附：王某隐匿财产被以拒执罪追诉。这件事在当地引起不小的议论。"
            "王某在执行期间转移房产，申请执行人多次找到法院，法院最终查封了他的另一处房产，"
            "案件执行完毕，申请执行人向公安机关送来锦旗。")
    assert "拒执打击" not in labels(tagger, text)


def test_a_sentence_that_tells_of_cases_is_about_what_it_names(tagger: Tagger) -> None:
    assert "拒执打击" in labels(tagger, "会上，副院长还介绍了几起被追究拒执罪的典型案例。")
    assert "拒执打击" not in labels(tagger, "会上，副院长还介绍了被追究拒执罪的几名被告人。")
