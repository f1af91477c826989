"""A court named for one of its rulings — the ruling's number cited right after it (…裁定书【某市
中级人民法院（2018）浙08刑终33号】), or the ruling a party carries out or relies on (执行某高院的
裁定, 根据某高级法院民事裁定书取得…) — is only referred to: the text is about the question or the
court enforcing it. The lower court of an appeal (不服…人民法院（2014）…号民事判决), a case's
source (案例来源：…) and a ruling's own heading (…人民法院民事判决书（2015）…号) still count."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


CITED = [
    ("拒不执行判决罪如何认定？参考案例：【浙江省衢州市中级人民法院（2018）浙08刑终33号】，"
     "被告人杨某转移财产，法院认定构成犯罪。", ()),
    ("朔州市政府迟迟不执行山西省高院的裁定，忻州市中院向其发出预处罚通知书。", ("忻州市中级人民法院",)),
    ("某置业公司根据广西高级法院民事裁定书取得土地使用权。八步区法院依法强制腾退房屋。",
     ("贺州市八步区人民法院",)),
]


@pytest.mark.parametrize("text, acting", CITED, ids=["case number", "ruling carried out", "ruling relied on"])
def test_a_court_named_for_its_ruling_is_referred_to(tagger: Tagger, text: str, acting: tuple[str, ...]) -> None:
    assert courts(tagger, text) == acting


KEPT = [
    ("上诉人不服柳城县人民法院（2014）柳城民一初字第450号民事判决，向本院提起上诉。", "柳城县人民法院"),
    ("案例来源：宿州市中级人民法院（2020）皖13民终1521号民事判决书。案情简介：朱某借款未还。",
     "宿州市中级人民法院"),
    ("广西壮族自治区柳州市中级人民法院民事判决书（2015）柳市民一终字第51号。上诉人某村民小组。",
     "柳州市中级人民法院"),
    ("衢州中院判决被告人杨某犯拒不执行判决罪。", "衢州市中级人民法院"),
]


@pytest.mark.parametrize("text, court", KEPT, ids=["appeal", "case source", "heading", "judging"])
def test_a_court_of_the_case_itself_still_counts(tagger: Tagger, text: str, court: str) -> None:
    assert court in courts(tagger, text)
