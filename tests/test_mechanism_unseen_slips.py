"""Ways a label's words turn up in news that is not about the label, on pages nobody tuned on:
a consequence that may or would follow (可能构成拒执罪, 会被纳入失信黑名单, 若…将…列入失信名单),
法拍 read across a word ending in 法 (无法拍卖), a campaign that only frames the time of its
sentence (在…集中执行活动中，…), a directive named without its 《》 (根据…关于开展…的相关指示),
one case's routine steps (对被执行人某某名下的财产展开网络查控, 将该笔执行款发放给某某等人).
Each has a look-alike that keeps its label. Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- what may or would happen is not what was done ---------------------------------------

def test_a_crime_the_debtor_is_warned_of_is_not_the_crime_prosecuted(tagger: Tagger) -> None:
    text = ("执行法官提醒老板：拖欠工人工资情节严重的可能构成拒执罪，法院可以将线索移送公安机关追究刑事责任。"
            "老板当天就带着欠款来到法院。")
    assert "拒执打击" not in labels(tagger, text)


def test_the_crime_prosecuted_keeps_its_label(tagger: Tagger) -> None:
    text = ("执行法官查明老板拖欠工人工资情节严重，认定其涉嫌构成拒执罪，将线索移送公安机关追究刑事责任。"
            "老板当天就带着欠款来到法院。")
    assert "拒执打击" in labels(tagger, text)


def test_a_blacklisting_the_party_is_warned_of_is_not_the_blacklist(tagger: Tagger) -> None:
    text = ("法官向拒绝交出孩子的一方讲明后果：虽然探视不涉及财物，但不配合同样会被纳入失信黑名单、"
            "限制高消费，还会被罚款。当晚，这位母亲终于见到了孩子。")
    assert "失信惩戒" not in labels(tagger, text)


def test_a_blacklisting_done_keeps_its_label(tagger: Tagger) -> None:
    text = ("法官向拒绝交出孩子的一方讲明后果，对方仍不配合。法院依法将其纳入失信黑名单，"
            "并限制高消费。当晚，这位母亲终于见到了孩子。")
    assert "失信惩戒" in labels(tagger, text)


def test_a_blacklisting_under_a_condition_is_not_the_blacklist(tagger: Tagger) -> None:
    text = ("去年5月，某中院向某县政府发出通知书：若逾期仍不执行判决，将把县政府列入失信名单，"
            "并对县长限制高消费。县政府在回函中表示异议。")
    assert "失信惩戒" not in labels(tagger, text)


def test_a_blacklisting_without_a_condition_keeps_its_label(tagger: Tagger) -> None:
    text = ("去年5月，某中院向某县政府发出通知书，县政府逾期仍不执行判决，法院遂将县政府列入失信名单，"
            "并对县长限制高消费。县政府在回函中表示异议。")
    assert "失信惩戒" in labels(tagger, text)


def test_a_notice_of_what_follows_if_the_debtor_does_not_pay_is_not_the_blacklist(tagger: Tagger) -> None:
    text = ("法院向被执行人送达执行通知书，责令其在十日内履行还款义务。如逾期仍不履行，法院将把其列入失信名单，"
            "对其法定代表人限制高消费，一经列入，其出行将处处受限。")
    assert "失信惩戒" not in labels(tagger, text)


def test_a_blacklisting_after_the_debtor_did_not_pay_keeps_its_label(tagger: Tagger) -> None:
    text = ("法院向被执行人送达执行通知书，责令其在十日内履行还款义务。被执行人逾期仍不履行，法院遂把其列入失信名单，"
            "对其法定代表人限制高消费，此后其出行处处受限。")
    assert "失信惩戒" in labels(tagger, text)


# -- 法拍 is not read across a word ending in 法 ----------------------------------------------

def test_property_that_cannot_be_sold_is_not_a_judicial_auction(tagger: Tagger) -> None:
    text = ("当事人协商一致以物抵债，或者被执行人的财产无法拍卖时，法院可以作价交申请执行人抵债。"
            "实践中，对于财产无法拍卖的，法官会先征询双方意见。")
    assert "司法拍卖" not in labels(tagger, text)


def test_an_online_judicial_auction_keeps_its_label(tagger: Tagger) -> None:
    text = ("当事人未能协商以物抵债，法院将被执行人的房产挂上法拍平台，起拍价为评估价的七折。"
            "经过两轮竞价，这套法拍房以高出起拍价三成的价格成交。")
    assert "司法拍卖" in labels(tagger, text)


# -- a campaign that only frames the time of the sentence ------------------------------------

def test_a_campaign_that_only_frames_the_time_is_not_the_campaign(tagger: Tagger) -> None:
    text = ("在今年春节期间的“春风行动”集中执行活动中，某区法院利用公交站台的电子屏滚动播放失信被执行人的照片，"
            "引来不少市民驻足观看。")
    assert "集中执行" not in labels(tagger, text)


def test_a_campaign_that_opens_its_sentence_keeps_its_label(tagger: Tagger) -> None:
    text = ("今年春节前夕的“春风行动”集中执行活动，某区法院出动干警在凌晨突击查找被执行人，"
            "拘传被执行人，当场执结一批涉民生案件。")
    assert "集中执行" in labels(tagger, text)


# -- a directive named without its 《》 -----------------------------------------------------

def test_a_directive_named_without_brackets_is_a_title(tagger: Tagger) -> None:
    text = ("某区法院根据市中级人民法院执行局关于开展“集中执行宣传月”的相关指示及工作部署，"
            "邀请电视台记者到场，于3月25日下午在审判庭召开案款发放会。")
    assert "集中执行" not in labels(tagger, text)


def test_a_campaign_not_in_a_directive_keeps_its_label(tagger: Tagger) -> None:
    text = ("某区法院根据市中级人民法院执行局的部署开展“集中执行宣传月”活动，"
            "邀请电视台记者到场，于3月25日下午在审判庭召开案款发放会。")
    assert "集中执行" in labels(tagger, text)


# -- one case's routine steps -------------------------------------------------------------

def test_one_case_s_online_inquiry_is_a_routine_step(tagger: Tagger) -> None:
    text = ("立案后，执行法官立即对被执行人小周名下的财产展开网络查控，但小周名下没有可供执行的财产。"
            "执行法官随后多次传唤小周，小周始终拒不到庭。")
    assert "执行联动" not in labels(tagger, text)


def test_a_court_s_online_inquiry_with_its_partners_keeps_its_label(tagger: Tagger) -> None:
    text = ("某区法院与公安、银行、不动产登记等部门建立网络查控机制，执行法官足不出户即可查询被执行人的存款、"
            "车辆和房产，今年已通过网络查控冻结存款三千余万元。")
    assert "执行联动" in labels(tagger, text)


def test_one_case_s_money_handed_over_is_a_routine_step(tagger: Tagger) -> None:
    text = ("工人们交来的材料齐全后，执行法官及时将该笔执行款发放给王某等人，发放执行款的过程中，"
            "工人们担心剩余的钱不能到位，法官逐一作了解释。")
    assert "案款管理" not in labels(tagger, text)


def test_a_court_s_handling_of_case_money_keeps_its_label(tagger: Tagger) -> None:
    text = ("某区法院建立执行款发放台账，执行款到账后七日内发放给申请执行人，今年已集中发放执行款两千余万元，"
            "案款清理工作走在全市前列。")
    assert "案款管理" in labels(tagger, text)
