"""Short forms news writes courts by that the court directory implies, made from it for every
court of the kind: a development zone's court by the zone's shortest word (成都高新法院, 长春经开法院),
a railway court by 铁 alone (西安铁法院), a banner's court by the banner's usual short name
(准旗法院, 达茂旗法院, 鄂温克旗法院; not by an initial several banners share) and a free-trade zone's
court (南沙自贸区法院, 四川自贸试验区法院). Sentences are made up; the directory is the shipped table."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


@pytest.mark.parametrize("form, court", [
    ("成都高新法院", "成都高新技术产业开发区人民法院"),
    ("吉林高新法院", "吉林高新技术产业开发区人民法院"),
    ("东湖高新法院", "武汉东湖新技术开发区人民法院"),
    ("长春经开法院", "长春经济技术开发区人民法院"),
    ("西安铁法院", "西安铁路运输法院"),
    ("长春铁法院", "长春铁路运输法院"),
    ("准旗法院", "准格尔旗人民法院"),
    ("伊旗人民法院", "伊金霍洛旗人民法院"),
    ("莫旗法院", "莫力达瓦达斡尔族自治旗人民法院"),
    ("达茂旗法院", "达尔罕茂明安联合旗人民法院"),
    ("鄂温克旗法院", "鄂温克族自治旗人民法院"),
    ("南沙自贸区法院", "广东自由贸易区南沙片区人民法院"),
    ("四川自贸试验区法院", "四川自由贸易试验区人民法院"),
    ("重庆自贸区法院", "重庆自由贸易试验区人民法院"),
])
def test_a_short_form_the_directory_implies_names_its_court(tagger: Tagger, form: str, court: str) -> None:
    assert courts(tagger, f"{form}近日开展集中执行行动，执结案件30件。") == (court,)


@pytest.mark.parametrize("form", ["达旗法院", "阿旗法院", "扎旗法院", "东旗法院"])
def test_an_initial_several_banners_share_names_no_court(tagger: Tagger, form: str) -> None:
    # 达拉特旗 and 达尔罕茂明安联合旗, 阿荣旗 and 阿鲁科尔沁旗 …; 东乌珠穆沁旗 is written 东乌旗
    assert courts(tagger, f"{form}近日开展集中执行行动，执结案件30件。") == ()
