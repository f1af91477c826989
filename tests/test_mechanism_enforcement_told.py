"""Enforcement mechanisms told in wordings the taxonomy's forms did not hold: a backlog of
enforcement cases cleared in one push (集中开展清理积案活动, 集中执行; a backlog of trials is
not it), and a court's principle named once before the story of a firm it kept working
(善意文明执行: 盘活, 复工复产, 继续生产 are words of its subject). Every sentence here is made up
for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


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
