"""The supreme court written as the author of a document whose title is printed without brackets
(最高人民法院关于…的规定 heading a rules page, 最高人民法院 法释〔1998〕11号 signing it) is the rules'
author, as in 《最高人民法院关于…》: only referred to, title or not. Another court's own rules page
keeps its court. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def article_courts(tagger: Tagger, title: str, body: str) -> tuple[str, ...]:
    art = Article(id="x#1", file="x.txt", title=title, sections=(Section(None, body),))
    return tagger.tag_article(art).tags.courts


def test_the_supreme_courts_rules_page_names_no_court(tagger: Tagger) -> None:
    title = "最高人民法院关于人民法院办理某类申请案件的若干规定"
    body = ("2001年3月2日，中华人民共和国最高人民法院法释〔2001〕9号。第一条 当事人可以向申请人住所地的"
            "中级人民法院提出申请。第二条 人民法院收到申请后七日内决定是否立案。")
    assert article_courts(tagger, title, body) == ()


def test_the_supreme_courts_decision_heading_a_page_names_no_court(tagger: Tagger) -> None:
    title = "最高人民法院关于修改某项规定的决定"
    body = "根据民事诉讼法修改和审判实践，现决定对该规定作如下修改：将第一条修改为申请人可以向人民法院申请认可。"
    assert article_courts(tagger, title, body) == ()


def test_a_high_courts_own_rules_still_name_it(tagger: Tagger) -> None:
    title = "海南省高级人民法院关于执行指挥中心工作的规定"
    body = "为规范全省法院执行指挥中心工作，海南省高级人民法院制定本规定。"
    assert article_courts(tagger, title, body) == ("海南省高级人民法院",)
