"""Mechanism tags: statements that recur across court and police news of different sites —
officers taking their work from village to village, money held in the court's account
before it is paid out, a payout meeting, the enforcement linkage written with 工作, a
government's act for the courts, a campaign for a set time — and a bare 拍卖 that only
gives the time of its sentence. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    "3月5日，某县公安局河口乡派出所组织民警深入辖区开展走村入户工作。期间，民警逐户登记村里留守老人的情况。",
    "户籍民警常常背着设备进村入户，把身份证办到村民家门口。辅警也随队下村，帮助村民解答户籍问题。",
])
def test_officers_going_from_village_to_village_is_rural_policing(tagger: Tagger, text: str) -> None:
    assert "县域警务" in labels(tagger, text)


def test_enforcement_officers_going_from_village_to_village_are_not_the_police(tagger: Tagger) -> None:
    text = "为防止被执行人闻风而逃，二十名执行干警徒步走村串户查找被执行人。干警们在村里蹲守至深夜。"
    assert "县域警务" not in labels(tagger, text)


def test_money_seized_into_the_court_s_account_is_case_money(tagger: Tagger) -> None:
    text = ("本文讨论已经扣划到执行法院账户的款项归谁所有。"
            "我们认为，扣划到人民法院专户但尚未发放的款项，仍属于被执行人的财产。")
    assert "案款管理" in labels(tagger, text)


def test_a_payout_meeting_and_the_sum_it_hands_over_are_case_money(tagger: Tagger) -> None:
    text = ("5月20日，全县法院涉民生案件集中兑现大会在县法院举行。"
            "会上，法院向12名申请执行人兑现执行款38.5万元。")
    assert "案款管理" in labels(tagger, text)


def test_the_enforcement_linkage_written_with_gong_zuo_is_the_linkage(tagger: Tagger) -> None:
    text = ("县委政法委牵头建立执行工作联动机制，明确各成员单位的职责。"
            "各成员单位依托执行工作联动机制定期会商，共同查找被执行人。")
    assert "执行联动" in labels(tagger, text)


def test_a_government_issuing_rules_in_support_of_the_people_s_court_is_government_and_court(
        tagger: Tagger) -> None:
    text = ("近日，某县人民政府办公室联合发布《关于支持人民法院执行工作的意见》，"
            "明确财政、税务、自然资源等部门协助法院处置财产，帮助解决职工安置问题。")
    assert "府院联动" in labels(tagger, text)


def test_a_campaign_on_enforcement_for_a_set_time_is_a_concentrated_action(tagger: Tagger) -> None:
    text = "11月3日，市中院启动为期两个月的破解“执行难”攻坚战，同时发布了一批典型案例。"
    assert "集中执行" in labels(tagger, text)
    assert "集中执行" not in labels(tagger, "11月3日，市中院举行新闻发布会，同时发布了一批典型案例。")


@pytest.mark.parametrize("text", [
    "其次，法院在拍卖被执行人的设备时，应当考虑企业的生产经营和职工就业。",
    "受本院委托拍卖的机构向本院交付价款时，应当注明执行案号和执行人员。",
])
def test_a_bare_auction_that_only_dates_its_sentence_is_no_court_sale(tagger: Tagger, text: str) -> None:
    assert "司法拍卖" not in labels(tagger, text + text)


def test_a_bare_auction_the_sentence_speaks_of_is_still_a_court_sale(tagger: Tagger) -> None:
    text = "法院依法拍卖查封的厂房，起拍价为500万元。拍卖当天，竞买人出价踊跃，法院最终以620万元成交。"
    assert "司法拍卖" in labels(tagger, text)


def test_living_water_raising_fish_is_sparing_enforcement(tagger: Tagger) -> None:
    text = "该院采用“活水养鱼”的执行方式，允许被执行企业继续经营，分期偿还工人工资。"
    assert "善意文明执行" in labels(tagger, text)


def test_a_debtor_s_blacklist_entry_hidden_by_law_is_sparing_enforcement(tagger: Tagger) -> None:
    text = "对一时困难但积极履行的被执行人，法院对其失信信息依法予以屏蔽，帮助其恢复正常经营。"
    mentions = [m for m in tagger.tag_text(text).mentions if m.kind == "mechanism"]
    assert "善意文明执行" in [m.value for m in mentions]


def test_a_seizure_that_would_stop_a_firm_working_is_sparing_enforcement(tagger: Tagger) -> None:
    text = "执行法官认为，一旦查封生产设备，可能导致企业无法正常经营，于是允许企业继续使用设备，给予其三个月宽限期。"
    assert "善意文明执行" in labels(tagger, text)
