"""A court named in a page's link to the previous or next story (上一篇：…　下一篇：镇江中院副院长赴润州法院
调研) is in another story: only referred to. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_court_in_the_next_story_link_is_no_court_of_the_story(tagger: Tagger) -> None:
    text = ("镇江中院建成远程执行指挥系统，执行干警可随时调度。上一篇：我院档案工作通过验收"
            "下一篇：镇江中院副院长赴润州法院调研")
    assert tagger.tag_text(text).about.courts == ("镇江市中级人民法院",)
