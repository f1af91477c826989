"""Mechanism tags stated by what happens rather than by the mechanism's name: debtors kept off
planes and trains in English reports (失信惩戒), a judge urging the losing party into paying
before enforcement (执源治理), a headline telling a dispute the police settled and English reports of
disputes resolved through mediation, disputes settled counted, a police station's named way of mediating
and the written-out name of 诉调对接 (诉源治理), officers given households to look after (县域警务), 查控 in
a machine translation and the mediators' help with enforcement named whole (执行联动); and a firm stopped by a criminal case's seizure, which is
no enforcement held back (善意文明执行). Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- 失信惩戒 in English: the trips refused, what the debtors cannot do ---------------------

def test_trips_refused_to_debtors_state_the_blacklist(tagger: Tagger) -> None:
    text = ("The provincial court said on Monday that 2.4 million flight trips were banned last year, as the "
            "travellers had ignored court rulings. Another 0.9 million train trips were also restricted "
            "for the same reason.")
    assert "失信惩戒" in labels(tagger, text)


def test_what_listed_debtors_cannot_do_adds_to_the_blacklist_named(tagger: Tagger) -> None:
    text = ("The city court keeps a blacklist of debtors on its website. Debtors on it are unable to fly "
            "domestically or take high-speed trains until they pay what they owe.")
    assert "失信惩戒" in labels(tagger, text)


def test_trips_or_flights_stopped_for_other_reasons_are_not_the_blacklist(tagger: Tagger) -> None:
    text = ("Heavy snow closed the airport on Friday, and passengers were told to take the bus instead. "
            "The airline said the weather, not the crew, was to blame for the delays.")
    assert "失信惩戒" not in labels(tagger, text)


# -- 执源治理: the losing party urged into paying of its own accord -----------------------

def test_a_judge_urging_the_defendant_into_paying_is_enforcement_kept_at_its_source(tagger: Tagger) -> None:
    text = "该院为涉农纠纷开通立案绿色通道，法官快速作出判决并持续追踪督促履行，最终促成被告主动还款。"
    assert "执源治理" in labels(tagger, text)


def test_a_defendant_paying_without_being_urged_is_no_enforcement_source_work(tagger: Tagger) -> None:
    text = "庭审结束后，被告当场表示认可，并主动还款。"
    assert "执源治理" not in labels(tagger, text)


# -- 诉源治理: the headline's dispute and who settled it -----------------------------------

def test_a_headline_telling_the_police_settled_a_dispute_states_the_mediation(tagger: Tagger) -> None:
    article = Article(id="t#1", file="t.txt", title="八年积怨成隐患 民警化解促和谐",
                      sections=(Section(None, "日前，某派出所民警在走访时得知，两户村民因宅基地界线长期争吵，"
                                              "矛盾一触即发。经过多次调解，双方各让一步，纠纷就此平息。"),))
    assert "诉源治理" in tagger.tag_article(article).tags.mechanisms


def test_a_headline_on_a_dispute_the_police_only_recorded_is_not_mediation(tagger: Tagger) -> None:
    article = Article(id="t#2", file="t.txt", title="邻里纠纷引发打斗 民警依法处理",
                      sections=(Section(None, "日前，某派出所接警后赶到现场，将动手的两人带回所里，"
                                              "对其依法作出行政处罚。"),))
    assert "诉源治理" not in tagger.tag_article(article).tags.mechanisms


# -- 诉源治理 in English: disputes resolved through mediation -------------------------------

def test_disputes_resolved_through_mediation_in_english_state_the_mediation(tagger: Tagger) -> None:
    text = ("At the district court, many disputes, mostly small ones, have been resolved through mediation "
            "before any hearing. Last week a reporter watched two neighbours' disputes being settled through "
            "mediation in a single morning.")
    assert "诉源治理" in labels(tagger, text)


def test_one_case_settled_through_mediation_in_english_is_not_enough(tagger: Tagger) -> None:
    text = ("The two companies met the judge twice. In the end the case was settled through mediation, "
            "and the supplier was paid the following week.")
    assert "诉源治理" not in labels(tagger, text)


# -- 善意文明执行: a firm's stopping production blamed on a criminal case's seizure is not it ---

def test_assets_seized_in_a_criminal_case_are_no_enforcement_held_back(tagger: Tagger) -> None:
    text = "本案中，企业因涉嫌污染环境犯罪被查封，导致生产线停产，订单无法交付，资金链断裂。"
    assert "善意文明执行" not in labels(tagger, text)
    text = "本案中，法院查封了企业的全部设备，导致生产线停产，订单无法交付，资金链断裂。"
    assert "善意文明执行" in labels(tagger, text)


# -- 诉源治理: disputes settled outside court, counted or by a named method ----------------

def test_disputes_settled_outside_court_counted_state_the_mediation(tagger: Tagger) -> None:
    assert "诉源治理" in labels(tagger, "该所今年以来共处理了300余件矛盾纠纷，调解成功后当事人纷纷送来锦旗。")


def test_disputes_counted_as_an_item_of_a_tally_are_not_enough(tagger: Tagger) -> None:
    assert "诉源治理" not in labels(tagger, "开展宣传12场次，排查化解矛盾纠纷5起，维护旅游秩序11次。")


def test_a_named_way_of_mediating_the_police_use_states_the_mediation(tagger: Tagger) -> None:
    assert "诉源治理" in labels(tagger, "近日，“老马调解法”在某县派出所推开，一起邻里纠纷当天化解。")


def test_the_written_out_name_of_litigation_mediation_links_counts(tagger: Tagger) -> None:
    assert "诉源治理" in labels(tagger, "今年，通过诉讼调解对接工作站分流纠纷300余件。")


# -- 县域警务: officers each given households to look after -----------------------------------

def test_officers_given_households_to_look_after_state_rural_policing(tagger: Tagger) -> None:
    text = "去年，某区公安分局抽调120名警务人员，以包户形式与辖区群众签订平安协议，每户都有联系民警。"
    assert "县域警务" in labels(tagger, text)


def test_cadres_given_households_are_not_policing(tagger: Tagger) -> None:
    assert "县域警务" not in labels(tagger, "今年，某县干部以包户形式开展走访，帮助群众解决实际困难。")


# -- 执行联动: 查控 as a machine translation renders it -------------------------------------

def test_inquiry_and_control_machine_translated_counts_for_the_linkage(tagger: Tagger) -> None:
    text = ("两地法院建设调查控制系统合作中心，帮助冻结存款。"
            "该院还与市规划和自然资源局建立了覆盖全市的房地产在线调查控制机制。")
    assert "执行联动" in labels(tagger, text)


# -- 执行联动 named whole: the mediators' help with enforcement is no mediation at the source ---

def test_mediators_helping_enforcement_is_the_linkage_not_mediation_at_the_source(tagger: Tagger) -> None:
    text = ("本市将推广人民调解协助法院执行制度。法院执行不是孤军作战，本市将全面推广人民调解协助执行制度，"
            "这是市司法局介绍的。")
    found = labels(tagger, text)
    assert "执行联动" in found
    assert "诉源治理" not in found
