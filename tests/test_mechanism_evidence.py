"""Mechanism tags: how evidence adds up on news nobody tuned on — a case told in a
description's sentence, two measures joined by 并 as
one item, and forms of court and police news (a case given to another court by 指定, a
court entrusting the local court, the village's police post). Every sentence here is made
up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_a_case_given_to_another_court_by_designation_is_cross_enforcement(tagger: Tagger) -> None:
    text = "刘某申请强制执行后，被执行人迟迟不履行，此案由市中院指定东山县法院执行。"
    assert "交叉执行" in labels(tagger, text)


def test_designating_a_court_to_enforce_a_case_counts_with_the_case_in_its_sentence(tagger: Tagger) -> None:
    text = "僵局之下，市中级人民法院将案件指定由房产所在地的南湖区法院执行。"
    assert "交叉执行" in labels(tagger, text)


def test_a_designation_without_a_case_or_more_is_a_mention(tagger: Tagger) -> None:
    assert "交叉执行" not in labels(tagger, "必要时，上级法院可以指定其他法院执行。")


def test_a_court_entrusting_the_local_court_is_enforcement_linkage(tagger: Tagger) -> None:
    text = ("被执行人的财产在外地的，承办法官可以委托当地法院查封，"
            "受托法院协助查控后，两地法院配合完成处置。")
    assert "执行联动" in labels(tagger, text)


@pytest.mark.parametrize("text", [
    "派出所推行民警+辅警+村警三级联动模式，每个行政村都有村警常驻，守护群众平安。",
    "村里设立了驻村警务室之后，民警每天巡逻，村里的治安明显好转。",
    "派出所在两个镇上都设置了警务室，每个警务室有2名民警常驻，办理户籍和先期处置警情。",
])
def test_the_village_s_police_post_is_county_policing(tagger: Tagger, text: str) -> None:
    assert "县域警务" in labels(tagger, text)


def test_a_city_community_s_police_post_is_not_county_policing(tagger: Tagger) -> None:
    text = "全市共建成社区警务室300个，每个社区警务室都有2名民警常驻，覆盖全部城市社区。"
    assert "县域警务" not in labels(tagger, text)


def test_fewer_cases_reaching_enforcement_from_the_source_is_enforcement_source_governance(tagger: Tagger) -> None:
    text = "为引导当事人自觉履行判决，从源头上减少执行案件，该院在每份判决书后附上风险告知书。"
    assert "执源治理" in labels(tagger, text)


def test_teams_riding_out_counted_are_a_concentrated_action(tagger: Tagger) -> None:
    text = "清晨六点，警笛响起，五个执行小组分乘10余辆警车奔赴各个乡镇。"
    assert "集中执行" in labels(tagger, text)


def test_a_count_in_digits_adds(tagger: Tagger) -> None:
    assert "集中执行" in labels(tagger, "据介绍，该院在集中执行中拘传被执行人3名。")
    assert "集中执行" not in labels(tagger, "据介绍，该院在集中执行中拘传了被执行人。")


def test_one_together_or_one_time_is_not_a_count(tagger: Tagger) -> None:
    assert "失信惩戒" not in labels(tagger, "他和朋友一起去法院，询问失信名单的事。")


def test_paying_out_enforcement_money_is_case_money_management(tagger: Tagger) -> None:
    text = "执行人员应在执行款到账之日起三十日内完成执行款发放，逾期未发放的应说明理由。"
    assert "案款管理" in labels(tagger, text)


def test_two_measures_joined_by_bing_are_one_item(tagger: Tagger) -> None:
    text = "企业被纳入失信名单并限制高消费等现象，不利于营商环境的改善。"
    assert "失信惩戒" not in labels(tagger, text)
