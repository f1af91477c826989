"""The supreme court that publishes cases, rules or figures (最高法等联合发布一批典型案例, 最高人民法院、
某总局分两批发布…) is only their publisher, title or not: the courts and bodies the cases tell of
act, it does not. Where it acts otherwise in a title, it counts. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def article_courts(tagger: Tagger, title: str, body: str) -> tuple[str, ...]:
    art = Article(id="x#1", file="x.txt", title=title, sections=(Section(None, body),))
    return tagger.tag_article(art).tags.courts


def test_the_supreme_court_publishing_cases_in_the_title_is_not_tagged(tagger: Tagger) -> None:
    title = "金融纠纷如何调解？最高法等联合发布一批典型案例"
    body = ("最高人民法院、国家金融监督管理总局分两批发布金融纠纷调解典型案例。案例一：某地金融监管局搭建解纷平台，"
            "化解信用卡纠纷数千件。")
    assert article_courts(tagger, title, body) == ()


def test_the_supreme_court_acting_in_the_title_is_tagged(tagger: Tagger) -> None:
    title = "最高法召开全国法院执行工作会议"
    body = "最高人民法院召开全国法院执行工作会议，部署下一阶段执行工作。"
    assert article_courts(tagger, title, body) == ("最高人民法院",)


def test_the_supreme_courts_press_conference_in_the_title_is_tagged(tagger: Tagger) -> None:
    title = "最高法发布会：执行工作取得新进展"
    body = "在最高人民法院新闻发布会上，执行局负责人介绍了全国法院执行工作情况。"
    assert article_courts(tagger, title, body) == ("最高人民法院",)
