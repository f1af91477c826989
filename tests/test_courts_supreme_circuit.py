"""A circuit tribunal of the supreme court (最高人民法院第一巡回法庭, 最高法院第二巡回法庭) sits in a region and
hears its cases there, as a court of that region does: the supreme court acts where its tribunal does, in
the body as in the title. The supreme court named alone in the body is still only referred to, and a
reform list naming circuit tribunals in general (设立最高人民法院巡回法庭等改革) names none. Every
sentence here is made up."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def article_courts(tagger: Tagger, title: str, body: str) -> tuple[str, ...]:
    art = Article(id="x#1", file="x.txt", title=title, sections=(Section(None, body),))
    return tagger.tag_article(art).tags.courts


def test_a_circuit_tribunal_in_the_body_is_the_supreme_court_acting(tagger: Tagger) -> None:
    body = "最高人民法院第一巡回法庭于1月28日在深圳揭牌成立，当天即受理案件。"
    assert article_courts(tagger, "巡回法庭揭牌", body) == ("最高人民法院",)


def test_a_circuit_tribunal_written_short_counts_too(tagger: Tagger) -> None:
    body = "最高法院第二巡回法庭设在沈阳市，将于明年初受理、审理案件。"
    assert article_courts(tagger, "巡回法庭将受理案件", body) == ("最高人民法院",)


def test_the_supreme_court_alone_in_the_body_is_not_tagged(tagger: Tagger) -> None:
    body = "按照最高人民法院的部署，某市中级人民法院开展了专项执行行动。最高人民法院发布了典型案例。"
    assert "最高人民法院" not in article_courts(tagger, "专项执行行动", body)


def test_circuit_tribunals_in_a_reform_list_name_no_court(tagger: Tagger) -> None:
    body = "立案登记制改革、设立最高人民法院巡回法庭等改革方案相继出台。"
    assert article_courts(tagger, "改革方案", body) == ()
