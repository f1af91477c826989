"""Enforcement mechanisms told in wordings the taxonomy's forms did not hold: the court and
the police working together to trace a debtor (与公安部门协调联动, 执行联动), the money handed to
those it is owed with them named first (集中向18名农民工发放执行款, 案款管理), a backlog of
enforcement cases cleared in one push (集中开展清理积案活动, 集中执行; a backlog of trials is
not it), and a court's principle named once before the story of a firm it kept working
(善意文明执行: 盘活, 复工复产, 继续经营 are words of its subject). Every sentence here is made up
for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_the_court_and_the_police_tracing_a_debtor_together_count(tagger: Tagger) -> None:
    text = ("被执行人李某长期下落不明，某县法院执行局与公安部门协调联动，查找到被执行人的线索，"
            "执行干警随即赶赴某某镇，在一处出租屋内将李某拘传到院。")
    assert "执行联动" in labels(tagger, text)


def test_money_handed_to_workers_named_first_counts(tagger: Tagger) -> None:
    text = ("1月20日，某区法院集中向18名农民工发放执行款36.5万元，"
            "农民工们逐一核对金额、签字领取，拿到了被拖欠两年的工资。")
    assert "案款管理" in labels(tagger, text)


def test_a_backlog_of_enforcement_cases_cleared_in_one_push_counts(tagger: Tagger) -> None:
    text = ("为攻克执行难题，全市法院将集中开展清理积案活动，对执行积案逐案研判，"
            "出动干警120人次，拘传被执行人15人，执结案件86件。")
    assert "集中执行" in labels(tagger, text)


def test_a_backlog_of_trials_cleared_is_not_it(tagger: Tagger) -> None:
    text = ("为提升审判质效，全市法院将集中开展清理积案活动，对审理期限超过一年的案件逐案研判，"
            "组织法官加班审理，审结长期未结案件86件。")
    assert "集中执行" not in labels(tagger, text)


def test_a_principle_named_once_before_the_story_of_a_firm_kept_working_counts(tagger: Tagger) -> None:
    text = ("在执行一起买卖合同纠纷案件中，某区法院坚持善意文明执行理念。"
            "执行干警没有查封厂房，而是引入投资方盘活这家民营企业，企业很快复工复产，工人保住了饭碗。")
    assert "善意文明执行" in labels(tagger, text)


def test_the_principle_named_in_passing_is_not_enough(tagger: Tagger) -> None:
    text = ("某区法院坚持善意文明执行理念。当天下午，执行干警前往某小区，"
            "对被执行人王某的住房张贴了查封公告，并告知其拒不履行的法律后果。")
    assert "善意文明执行" not in labels(tagger, text)
