"""诉源治理 told by a dispute the police or a mediator settled, the parties reconciled in its
sentence (和好如初, 握手言和: the sentence tells one case); the slogan of disputes kept from the
courts (化于未发、止于未诉); the joint mediation of several stations (矛盾联调). And 执行联动 from
cooperation across regions only where it is the courts' enforcement, not procuratorates'; 反诈 from
fraud online (网络诈骗) as the police's warnings name it; 府院联动 from a government supporting or
assisting the court (政府为支持和配合法院…) and the court answering the government (法院积极响应政府决策); 集中执行 from a court's named
campaign called 专项活动 (开展“定点清积”专项活动).
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    # the officer's mediation and the neighbours reconciled, 和好如初
    "经过民警的耐心调解，张某认识到自己的过错，同意赔偿邻居被踩坏的菜苗钱，两户人家和好如初。",
    # the parties reconciled, the last sentence of the story
    "牧民老李的羊群啃了邻居的草场，两家吵了起来。说清了草场的界线，又算好了草料钱，"
    "老李脸上露出了笑容，和邻居握手言和，并向民警辅警道谢。",
    # the slogan, with the villages that have no lawsuits
    "越来越多的法官走进村镇调解，推动大量矛盾纠纷“化于未发、止于未诉”，涌现出一批“无讼村居”。",
    # a justice bureau building a network and a mechanism for settling border disputes
    "县司法局用“绣花功夫”织密省际边界矛盾纠纷化解网，边界村寨形成了有事好商量的氛围。"
    "县司法局与邻省两县共同建立边界矛盾纠纷排查化解协作机制，让纠纷有组织排查、有机制调处。",
    # the stations' joint mediation
    "对于跨省的矛盾纠纷，三地派出所实行矛盾联调机制，一旦发生矛盾，三方第一时间共同疏导、共同调解。",
])
def test_a_dispute_told_settled_outside_court_is_litigation_source_governance(tagger: Tagger, text: str) -> None:
    assert "诉源治理" in labels(tagger, text)


@pytest.mark.parametrize("text", [
    # a judge's mediation of a filed case, the parties reconciled
    "立案后，承办法官多次组织调解，原告的怨气得到缓解，两位老人和好如初，原告撤回起诉。",
    # a court's enforcement with the village's help ends a quarrel: not a dispute mediated outside court
    "在法院执行局、镇政府、村委会通力合作下，果树三天内顺利迁走，僵持多年的矛盾终于化解。",
    # joint mediation as one item of a list of joint work
    "两县公安局实行突出问题联治、矛盾纠纷联调、社会治安联防、重点工作联动。",
])
def test_a_judge_reconciling_parties_or_a_listed_item_is_not_it(tagger: Tagger, text: str) -> None:
    assert "诉源治理" not in labels(tagger, text)


@pytest.mark.parametrize("text", [
    # the station's officer brings in the village's mediation team and the justice office (警调联动 at work)
    "接到报警后，某镇派出所副所长第一时间联动“和顺调解队”成员、镇司法所所长和村里的老支书，"
    "15分钟后赶到现场。作为“和顺调解队”的特邀调解员，老支书在村里很有威望。",
    # the officer telling how a dispute was settled, without 一起 or 这起
    "“那天爬了三座山才到现场。”青山派出所民警小李说，“涉及五万元的承包地纠纷成功调解，两家人高高兴兴回了家。”"
    "山里的纠纷，民警总是上门化解。",
])
def test_the_police_settling_or_bringing_in_mediators_is_it(tagger: Tagger, text: str) -> None:
    assert "诉源治理" in labels(tagger, text)


def test_procuratorates_cooperating_across_regions_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = ("屏南县检察院：跨区域协作护航母亲河\n"
            "屏南县检察院与上下游两地检察院建立流域生态环境跨区域保护协作机制，"
            "共同办理公益诉讼案件，落实跨区域协作机制，守护一江清水。")
    assert "执行联动" not in labels(tagger, text)


def test_procuratorates_acting_together_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = ("两县检察院建立办案协作联动机制，共同守护流域生态。"
            "检察长说，协作联动让公益诉讼办案更顺畅，今年已联合办理案件12件，督促整改问题30个。")
    assert "执行联动" not in labels(tagger, text)


@pytest.mark.parametrize("text", [
    "市委政法委召开切实解决执行难部门协作联动机制领导小组会议，法院、公安、银行等单位协作联动，共同查人找物。",
    "两地法院开展跨域执行协作，不仅提升了执行效率，也为执行协作积累了经验。",
    "两地法院建立跨区域协作机制，共同查找被执行人及其财产，联合开展执行行动。",
    "此次跨区县联动执行，保障了胜诉当事人的权益，也增强了两地法院的执行协作能力。",
])
def test_courts_cooperating_across_regions_in_enforcement_is_still_linkage(tagger: Tagger, text: str) -> None:
    assert "执行联动" in labels(tagger, text)


def test_the_police_warning_of_fraud_online_is_anti_fraud(tagger: Tagger) -> None:
    text = "民警走进社区，结合真实案例揭露新型网络诈骗的作案手法，提醒老人不要轻信陌生人，切实提高居民的防范意识。"
    assert "反诈" in labels(tagger, text)


@pytest.mark.parametrize("text", [
    # the principle a judge follows in mediating a filed suit between a plaintiff and a defendant
    "立案后，法庭组织双方进行现场调解。秉持矛盾就地化解、当时化解、根本化解的原则，法官多次与原、被告沟通，"
    "释法明理，对双方相邻墙体的归属进行明确，最终双方当场达成调解协议。",
    # the aim of a circuit hearing, the trial told right after it
    "为切实将矛盾纠纷化解在基层，某法庭将巡回法庭开进村里，公开审理一起财产损害赔偿纠纷案件，吸引了百余名村民旁听。",
])
def test_disputes_settled_on_the_spot_in_a_trial_are_not_it(tagger: Tagger, text: str) -> None:
    assert "诉源治理" not in labels(tagger, text)


def test_disputes_settled_at_the_grass_roots_outside_a_trial_still_count(tagger: Tagger) -> None:
    text = "镇综治中心把矛盾纠纷化解在基层，今年以来共化解矛盾纠纷120余件，调解成功率达98%。"
    assert "诉源治理" in labels(tagger, text)


@pytest.mark.parametrize("text", [
    "破产审判实践中，一些地方政府为支持和配合法院破产审判工作，先后成立了临时性的领导小组，负责本地区企业风险处置工作。",
    "得知情况后，某某法院积极响应政府决策，全力服务疫情防控大局，决定特事特办，腾空被查封厂房，助力新引进企业生产。",
])
def test_a_government_and_its_court_acting_for_each_other_is_government_court_linkage(tagger: Tagger, text: str) -> None:
    assert "府院联动" in labels(tagger, text)


def test_the_governance_slogan_naming_government_support_in_a_list_is_not_it(tagger: Tagger) -> None:
    text = "党委领导、政法委协调、人大监督、政府支持、法院主办、部门配合、社会参与的综合治理执行难工作格局基本形成。"
    assert "府院联动" not in labels(tagger, text)


def test_a_courts_named_special_campaign_is_concentrated_enforcement(tagger: Tagger) -> None:
    text = "日前，某县法院开展“清仓扫尾”专项活动，对全县12个乡镇街道分批次进行地毯式搜索，查找下落不明的被执行人。"
    assert "集中执行" in labels(tagger, text)


def test_a_courts_named_publicity_event_is_not_it(tagger: Tagger) -> None:
    text = "日前，某县法院开展“法律进校园”活动，法官走进中学讲解未成年人保护法，300余名师生参加。"
    assert "集中执行" not in labels(tagger, text)
