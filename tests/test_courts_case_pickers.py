"""A high or intermediate court that only publishes the typical cases a case of a court below it is
picked for (省高院发布…典型案例，睢宁法院一案入选) is the hierarchy above the story's court, not a court of
the story; one that publishes cases where none is picked, or acts otherwise, still counts.
Sentences are made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


def test_the_court_publishing_the_cases_picked_is_no_court_of_the_story(tagger: Tagger) -> None:
    text = ("4月2日，省高院召开全省法院执行工作视频会，会议公布了全省十大执行典型案例。天水中院执行局办理的"
            "一起案件入选。天水中院执行法官介绍了案件经过。")
    assert courts(tagger, text) == ("天水市中级人民法院",)


def test_a_court_publishing_cases_none_is_picked_from_acts(tagger: Tagger) -> None:
    text = "江苏省高级人民法院发布专项执行行动典型案例，睢宁法院执行一案。睢宁法院执行法官介绍。"
    assert set(courts(tagger, text)) == {"江苏省高级人民法院", "睢宁县人民法院"}


def test_a_court_picking_cases_and_acting_otherwise_counts(tagger: Tagger) -> None:
    text = ("省高院发布全省执行典型案例，睢宁法院一案入选。省高院执行局还赴睢宁法院督办积案，"
            "执结案件20件。睢宁法院执行法官介绍。")
    assert "江苏省高级人民法院" in courts(tagger, text)
