"""Descriptions that state 执行联动 and 县域警务 in other words, read on pages nobody tuned on:
banks, registries, grid members or a linkage's member units helping the court find debtors and
assets or backing its enforcement; a story's bank and linkage words as cues of 执行联动; the
police stations' own reform and rural public order written out (农村社会治安). Each has a
look-alike that is not tagged; a concentrated-enforcement round told with its toil (奋战, 兵分)
as a cue of 集中执行; one case's consumption ban among its steps, which is no 失信惩戒 (the taxonomy's
``routine``), beside a blacklisted debtor who feels it, which is. Every sentence here is made up
for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_registries_helping_the_court_search_is_enforcement_linkage(tagger: Tagger) -> None:
    text = ("过去执行干警找财产全靠跑腿。如今不动产登记中心、车管所等部门协助查控，"
            "被执行人名下的房屋很快被锁定；网格员帮助送达文书，被执行人再也躲不开。")
    assert "执行联动" in labels(tagger, text)


def test_a_bank_clerk_helping_a_customer_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = "储户王女士忘了卡里还有多少钱，银行工作人员帮助查询后告诉她余额还有三千元。王女士连声道谢。"
    assert "执行联动" not in labels(tagger, text)


def test_member_units_backing_the_courts_enforcement_is_enforcement_linkage(tagger: Tagger) -> None:
    text = ("县委召开专题会议研究解决执行难问题。会议要求，各成员单位要把支持人民法院执行作为分内之事，"
            "推进各相关单位对执行工作的协调配合，形成齐抓共管的格局。")
    assert "执行联动" in labels(tagger, text)


def test_units_joining_a_courts_open_day_are_not_enforcement_linkage(tagger: Tagger) -> None:
    text = "法院举办公众开放日，各相关单位积极配合法院组织群众参观审判庭。活动持续了一个上午。"
    assert "执行联动" not in labels(tagger, text)


def test_bank_and_linkage_words_after_a_form_make_it_enforcement_linkage(tagger: Tagger) -> None:
    text = ("执行法官启用一键查控，发现被执行人在外地银行开有两个账户。"
            "法院与金融机构的联动，让冻结在当天就完成了。")
    assert "执行联动" in labels(tagger, text)


def test_a_form_in_passing_without_such_words_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = "执行法官启用一键查控，结果显示被执行人名下没有财产。申请人表示理解。"
    assert "执行联动" not in labels(tagger, text)


def test_police_station_reform_is_rural_policing(tagger: Tagger) -> None:
    text = ("某县公安局去年启动派出所警务机制改革，把民警分到各个片区。"
            "改革后，派出所民警每周有三天在片区办公，群众办事不再跑远路。")
    assert "县域警务" in labels(tagger, text)


def test_a_posts_policing_reform_alone_is_not_rural_policing(tagger: Tagger) -> None:
    text = ("保护区生态警务室正式启用，加强和改进警务机制改革，与林草部门联合巡护。"
            "警务室将重点打击破坏野生动物资源的违法行为。")
    assert "县域警务" not in labels(tagger, text)


def test_rural_public_order_written_out_is_rural_policing(tagger: Tagger) -> None:
    text = ("随着外出务工人员增多，农村社会治安面临新情况。某县公安局在各乡镇组建巡防队，"
            "民警带领辅警夜间巡逻，维护农村地区的治安稳定。")
    assert "县域警务" in labels(tagger, text)


def test_city_public_order_is_not_rural_policing(tagger: Tagger) -> None:
    text = ("今年以来，该市城区社会治安持续向好，民警带领辅警夜间巡逻，"
            "维护商圈地区的治安稳定。")
    assert "县域警务" not in labels(tagger, text)


def test_a_night_round_told_with_its_toil_is_concentrated_enforcement(tagger: Tagger) -> None:
    text = ("这是某区法院组织的一次夜间集中执行行动的缩影。执行人员从晚上七点开始一直奋战到次日凌晨，"
            "才陆续返回法院。")
    assert "集中执行" in labels(tagger, text)


def test_a_campaign_named_in_passing_is_not_concentrated_enforcement(tagger: Tagger) -> None:
    text = "这是某区法院组织的一次集中执行行动的缩影。申请人对结果表示满意。"
    assert "集中执行" not in labels(tagger, text)


def test_one_cases_consumption_ban_among_its_steps_is_not_the_blacklist(tagger: Tagger) -> None:
    text = ("执行过程中，被执行人某公司法定代表人王某依法被采取了限制高消费措施。"
            "王某无法乘坐飞机、高铁，很难与外地客户洽谈业务，公司经营更加困难。")
    assert "失信惩戒" not in labels(tagger, text)


def test_a_blacklisted_debtor_who_feels_it_is_the_blacklist_at_work(tagger: Tagger) -> None:
    text = ("法院将王某纳入失信被执行人名单后，王某乘坐高铁被拒，向银行申请贷款也屡屡碰壁。"
            "处处受限的王某最终主动联系执行法官，还清了全部欠款。")
    assert "失信惩戒" in labels(tagger, text)


def test_a_user_taxonomy_may_add_routine_steps(tmp_path) -> None:
    own = tmp_path / "own.toml"
    own.write_text('extends = "default"\n\n[[mechanism]]\nlabel = "司法拍卖"\n'
                   'routine = ["对[\\u4e00-\\u9fff]{1,6}进行了?网络拍卖"]\n', encoding="utf-8")
    text = "法院依法查封了该套房屋，随后对该房屋进行了网络拍卖，成交后案款发还申请人。竞买人共有三家。"
    assert "司法拍卖" in labels(Tagger.default(), text)
    assert "司法拍卖" not in labels(Tagger(taxonomy=own), text)


def test_the_ban_stated_as_a_rule_for_every_debtor_is_the_blacklist(tagger: Tagger) -> None:
    text = ("很多人关心被执行人还能不能坐高铁。按照规定，被执行人为自然人的，被采取限制消费措施后，"
            "不得乘坐飞机、高铁一等座，不得在星级以上宾馆消费，也不得购买不动产。"
            "限制消费措施在被执行人履行完毕后解除。")
    assert "失信惩戒" in labels(tagger, text)
