"""A court's social-media account credited as a page's source (来源：…、“湖南高院”(ID:hunangaoyuan)、…;
来源：微信公众号“某某法院”) is the page's source: no court acting, and no place for the text. An account a
court publishes on in its own story (佛山中院官方微信公众号“佛山中院”发布…) is that court acting."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger

CREDITS = [
    "来源：微信公众号“青年之声”(ID:qnzs2014)综合整理自“湖南高院”(ID:hunangaoyuan)、新华社客户端\n"
    "奉节县法院法官乘溜索进村普法，把法庭开到村民家门口。",
    "来源：微信公众号“湖南高院”\n奉节县法院法官乘溜索进村普法，把法庭开到村民家门口。",
]


@pytest.mark.parametrize("text", CREDITS, ids=["ID", "公众号"])
def test_a_credited_account_is_no_court_and_no_place(tagger: Tagger, text: str) -> None:
    about = tagger.tag_text(text).about
    assert (about.courts, about.provinces) == (("奉节县人民法院",), ("重庆市",))


def test_an_account_the_court_publishes_on_is_the_court(tagger: Tagger) -> None:
    text = "5月24日，佛山中院官方微信公众号“佛山中院”发布一则悬赏公告，悬赏金额最高达800万元。"
    assert tagger.tag_text(text).about.courts == ("佛山市中级人民法院",)
