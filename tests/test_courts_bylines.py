"""A byline opening an article's body, a person's name, their court and their rank (宋某 江苏省高级
人民法院二级高级法官), names the author's employer, as 作者单位 does: only referred to. A lead that
opens with a time word before a court and its president is the court acting. Every sentence here is
made up."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def article_courts(tagger: Tagger, title: str, body: str) -> tuple[str, ...]:
    art = Article(id="x#1", file="x.txt", title=title, sections=(Section(None, body),))
    return tagger.tag_article(art).tags.courts


def test_a_judges_byline_opening_the_body_is_the_authors_court(tagger: Tagger) -> None:
    body = ("宋某 江苏省高级人民法院二级高级法官 全国审判业务专家\n"
            "近年来，各地法院公布的知识产权十大案件中，高判赔额案件有明显增加。笔者梳理了这些案件的计算方法。")
    assert article_courts(tagger, "知识产权高判赔额案件分析", body) == ()


def test_a_lead_opening_with_a_time_word_is_the_court_acting(tagger: Tagger) -> None:
    body = "近日江苏省高级人民法院院长带队到企业调研，了解企业的司法需求。"
    assert article_courts(tagger, "高院院长走访企业", body) == ("江苏省高级人民法院",)
