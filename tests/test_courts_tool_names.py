"""A court named only as the name of a tool another court uses (执行法官通过深圳法院鹰眼系统查询财产) is
the tool's name, not a court acting; in a story of a district court, a city's courts written so are its
setting. Every sentence here is made up."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def test_a_court_in_a_systems_name_is_not_acting(tagger: Tagger) -> None:
    text = ("深圳法院冻结主播的打赏礼物。近日，南山区人民法院执行法官冻结了主播的打赏收入。南山法院依法立案执行，执行法官通过深圳法院鹰眼系统"
            "查询被执行人名下财产。南山法院扣划存款200万元，南山法院还向平台发出协助执行通知书。")
    assert tagger.tag_text(text).about.courts == ("深圳市南山区人民法院",)
