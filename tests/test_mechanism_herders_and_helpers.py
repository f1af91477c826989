"""Mechanisms told in the words pages use without naming them: the police among herders and
in the fields (县域警务, and `rural policing` in English), a village committee or grid workers
helping the court's officers find a debtor (执行联动); and the conditions of closing a case
(终本) in the words of the rule that sets them, which name the blacklist as a step already
taken, not the blacklist at work (not 失信惩戒). Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    # officers escorting herders to their winter pastures
    ("入冬前，某县公安局组织派出所民警骑马护送牧民转场，沿途帮助牧民看护牛羊。"
     "在海拔四千米的山口，民警为牧户登记了身份信息，发放了联系卡。"),
    # officers visiting the tents of a pastoral area
    ("清晨，两名民警驱车赶往离派出所80公里的夏季牧场。"
     "牧区地广人稀，牧户居住分散，民警逐户走访，了解草场纠纷和治安隐患。"),
    # officers in the fields at harvest time
    ("秋收时节，某派出所的民辅警走进田间，帮助果农搬运苹果，讲解防盗知识。"
     "傍晚收工后，民警又到村里的晒场上和村民拉家常，收集治安线索。"),
])
def test_police_among_herders_and_in_the_fields_is_rural_policing(tagger: Tagger, text: str) -> None:
    assert "县域警务" in labels(tagger, text)


def test_a_herder_named_beside_a_police_word_once_is_not_rural_policing(tagger: Tagger) -> None:
    text = ("某市法院审结一起草场租赁纠纷案，原告是当地牧民。"
            "法官当庭释法，双方达成和解，约定下月付清租金。")
    assert "县域警务" not in labels(tagger, text)


def test_rural_policing_in_english_counts(tagger: Tagger) -> None:
    text = ("The county police bureau has made rural policing its first task this year. "
            "Under the new rural policing plan, every village has an officer who visits "
            "households each week.")
    assert "县域警务" in labels(tagger, text)


def test_a_village_committee_helping_the_officers_find_a_debtor_is_linkage(tagger: Tagger) -> None:
    text = ("执行干警驱车三百公里来到被执行人所在的村庄，在当地村委会的帮助下，找到了躲藏多年的被执行人。"
            "次日，在村干部的配合下，执行干警又查封了被执行人藏在亲戚家的两台挖掘机。")
    assert "执行联动" in labels(tagger, text)


def test_grid_workers_helping_the_court_find_debtors_is_linkage(tagger: Tagger) -> None:
    text = ("某县法院聘请了120名网格员担任司法联络员。"
            "过去找不到人的执行案件，在网格员的协助下，很快找到了被执行人的下落；"
            "过去查不到财产的执行案件，在网格员的帮助下，查到了被执行人的车辆。")
    assert "执行联动" in labels(tagger, text)


def test_a_village_committee_helping_outside_enforcement_is_not_linkage(tagger: Tagger) -> None:
    text = ("在村委会的帮助下，村里修好了通往小学的道路。"
            "在网格员的协助下，老人们办好了养老保险。")
    assert "执行联动" not in labels(tagger, text)


def test_the_conditions_of_closing_a_case_do_not_make_the_blacklist_a_subject(tagger: Tagger) -> None:
    text = ("终结本次执行程序需要满足哪些条件？人民法院终结本次执行程序，应当同时符合下列条件："
            "已向被执行人发出执行通知、责令被执行人报告财产；"
            "已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单；"
            "已穷尽财产调查措施，未发现被执行人有可供执行的财产。"
            "终本后，申请执行人发现财产的，可以申请恢复执行。")
    got = labels(tagger, text)
    assert "失信惩戒" not in got
    assert "终本管理" in got


def test_the_blacklist_at_work_still_counts_beside_the_conditions(tagger: Tagger) -> None:
    text = ("已向被执行人发出限制消费令，并将符合条件的被执行人纳入失信被执行人名单，是终本的条件之一。"
            "今年以来，该院将312名被执行人纳入失信被执行人名单，限制其乘坐飞机、高铁，"
            "倒逼其主动履行。")
    assert "失信惩戒" in labels(tagger, text)
