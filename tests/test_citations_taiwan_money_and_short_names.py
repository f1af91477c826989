"""Two readings of version 35 about the codes of Taiwan.

A page that prices fines or damages in 新台币 (新臺幣), or says it explains the law of Taiwan
(台灣法律), is about the law of Taiwan as a page naming one of its courts is: the codes it names by
short names (消費者保護法第19條, 《民法》第1055條) are Taiwan's, not the mainland's — unless the page
also speaks of the mainland's courts. And a code of Taiwan printed by its common abbreviation (消保法,
民訴法, 劳基法) is named by its short title like any other (消费者保护法（台湾地区）). Every sentence here
is made up for the test.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract

CONSUMER_TW = "消费者保护法（台湾地区）"
CIVIL_TW = "民法（台湾地区）"


def cited(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(c.text, c.law, c.labels) for c in extract(text)]


def test_fines_in_new_taiwan_dollars_show_a_page_is_about_taiwan():
    text = ("根據消費者保護法第19條規定,網購享有七日鑑賞期;業者違反者,依消保法第56條之1"
            "最高可處新台幣50萬元罰鍰。")
    assert cited(text) == [("消費者保護法第19條", CONSUMER_TW, ("第十九条",)),
                           ("消保法第56條之1", CONSUMER_TW, ("第五十六条之一",))]


def test_a_page_explaining_the_law_of_taiwan_cites_taiwans_codes():
    text = ("本站律師整理台灣法律常見問答,說明訴訟程序與費用的一般原則。\n"
            "父母離婚時,依《民法》第1055條由法院酌定親權;同法第1055條之1列出應審酌事項。")
    assert [(c.law, c.labels) for c in extract(text)] == [
        (CIVIL_TW, ("第一千零五十五条",)), (CIVIL_TW, ("第一千零五十五条之一",))]


def test_new_taiwan_dollars_on_a_page_about_a_mainland_court_change_nothing():
    text = "被告人诈骗台商新台币50万元,人民法院依照刑法第二百六十六条判处其有期徒刑。"
    assert [(c.law, c.labels) for c in extract(text)] == [("中华人民共和国刑法", ("第二百六十六条",))]


def test_a_code_of_taiwan_cited_by_its_abbreviation_is_named_by_its_short_title():
    text = "臺灣高等法院認為,消費者得依消保法第19條第1項解除契約,並依民訴法第469條提起上訴。"
    assert [(c.law, c.labels) for c in extract(text)] == [
        (CONSUMER_TW, ("第十九条",)), ("民事诉讼法（台湾地区）", ("第四百六十九条",))]
