"""Mechanism tags on the kinds of sentences court news writes: what counts as a sentence
of its own about a mechanism, and what is only a word in passing, a list item, a
quantity or a title. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- words that name something else -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a sum of money, a rate or a head count named by the form
    "执行干警将120余万元案款发放到位。当日又有80万元执行案款转入申请人账户。",
    "首次执行案件终本率为25.6%，同比下降3个百分点。",
    "上半年发放执行案款65.4亿元，同比增长12%。",
    # the debtors themselves, not the list or its sanctions
    "执行干警凌晨出击，拘传失信被执行人12名。失信被执行人张某见状当场履行了全部义务。",
    "面对有能力履行却逃避执行的“老赖”，执行团队果断采取查封、扣押等措施，维护了司法权威。",
    # refusal met with detention only
    "鉴于被执行人刘某的拒执行为，执行干警决定对其司法拘留十五日，并于当日送拘留所执行。",
    # the party bound to assist
    "对拒不履行协助义务的协助执行人依法采取罚款、拘留等强制措施，切实维护生效裁判的权威。",
    # enforcing in another place is not a case handed to another court
    "执行干警远赴广东开展异地执行，成功扣押车辆2辆。此次异地执行历时三天。",
])
def test_a_form_naming_something_else_is_no_mechanism(tagger: Tagger, text: str) -> None:
    assert labels(tagger, text) == ()


def test_the_list_and_its_sanctions_count(tagger: Tagger) -> None:
    text = "法院依法将150名被执行人纳入失信被执行人名单。对其中30名失信被执行人予以公开曝光。"
    assert labels(tagger, text) == ("失信惩戒",)
    text = "该院对两名被执行人以拒执罪移送公安机关立案侦查。另有一人因拒执被判处有期徒刑一年。"
    assert labels(tagger, text) == ("拒执打击",)


# -- list items --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "对被执行人采取公告、悬赏、限制出境、曝光失信被执行人的措施，形成高压态势。",
    "今年共对3000余人采取限制高消费和失信惩戒措施，罚款200万元，拘留150人。",
    "先后出台《关于规范提级执行的实施办法》《关于进一步加强集中执行工作的通知》《关于规范交叉执行的意见》。",
])
def test_items_of_a_list_are_no_mechanism(tagger: Tagger, text: str) -> None:
    assert labels(tagger, text) == ()


# -- a sentence of its own ---------------------------------------------------------------

def test_a_sentence_that_opens_with_a_mechanism_is_about_it(tagger: Tagger) -> None:
    text = "执行团队充分运用网络查控系统，对被执行人的存款、车辆、股权等财产进行全面排查，为后续处置打下基础。"
    assert labels(tagger, text) == ("执行联动",)
    text = "为深入推进执源治理工作，该院对内完善立审执衔接，对外加强与有关部门的协作，成效明显。"
    assert labels(tagger, text) == ("执源治理",)


def test_a_clause_in_passing_is_not(tagger: Tagger) -> None:
    assert labels(tagger, "同时推动网络查控，提升办案效率。") == ()
    text = "法院收到申请后，依托网络查控系统锁定了被告的银行账户，并在两日内完成保全。"
    assert labels(tagger, text) == ()


def test_a_count_counts_only_near_the_mechanism(tagger: Tagger) -> None:
    assert labels(tagger, "该院通过先行调解成功化解纠纷300余件。") == ("诉源治理",)
    far = ("近年来，该院秉持为民理念，着力打造执源治理体系，持续提升执行工作实效，"
           "全年新收首次执行案件2万余件。")
    assert labels(tagger, far) == ()


# -- the zone a mechanism is named in ----------------------------------------------------

def test_a_mechanism_named_only_in_the_title_or_a_caption_is_not_the_article_s(tagger: Tagger) -> None:
    article = Article(id="t#1", file="t.txt", title="某县法院开展“秋风利剑”集中执行行动现场",
                      sections=(Section(None, "执行工作是维护公平正义的最后一道防线。全年执结案件3000件。"),),
                      captions=("执行干警在“秋风利剑”行动现场。",))
    assert tagger.tag_article(article).tags.mechanisms == ()
    article = Article(id="t#2", file="t.txt", title="某县法院开展“秋风利剑”集中执行行动",
                      sections=(Section(None, "当日凌晨，该院启动“秋风利剑”集中执行行动，出动干警60人。"),))
    assert tagger.tag_article(article).tags.mechanisms == ("集中执行",)


# -- forms the news writes ----------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("这次某某法院在执行会战行动中，逐个排查案件。执行会战持续到年底。", "集中执行"),
    ('9月10日，该院正式启动"百日执行攻坚"专项行动，首日执结案件30件。', "集中执行"),
    ("执行干警按照会议布置推进今天的“猎赖”行动，共拘传6人。", "集中执行"),
    ("全省三级法院均已运用“一案一账号”管理系统。“一案一账号”实现案款精准到案。", "案款管理"),
    ("两地法院开展跨域执行协作，不仅提升了执行效率，也为执行协作积累了经验。", "执行联动"),
    ("该院自建立“公安临控+执行110”快速响应机制以来，已收到公安临控反馈线索200条。", "执行联动"),
    ("公安机关协助查找被执行人下落，协助查找到位的被执行人当日被送交法院。", "执行联动"),
    ("县法院与公安局建立联络机制，由公安机关协助法院查控车辆、送拘被执行人。", "执行联动"),
    ("该局积极实施一村（格）一警警务战略，推动高质量一村(格)一警建设。", "县域警务"),
    ("该局全面推行两队一室勤务机制，精准用警。派出所“两队一室”改革成效明显。", "县域警务"),
    ("法院吸纳特邀调解员入驻诉讼服务中心。特邀调解员全年调解纠纷300件。", "诉源治理"),
    ("市公安局开展“断卡”行动，抓获涉“两卡”违法犯罪嫌疑人200名。", "反诈"),
    ("该院健全多元化纠纷解决机制，推动非诉讼纠纷解决方式挺在前面。", "诉源治理"),
    ("对无财产可供执行的案件依法终结本次执行，并每半年查询一次财产。终结本次执行后定期回访。", "终本管理"),
])
def test_forms_of_mechanisms(tagger: Tagger, text: str, label: str) -> None:
    assert labels(tagger, text) == (label,)


def test_a_sentence_that_goes_on_with_the_subject_of_its_mechanism_is_about_it(tagger: Tagger) -> None:
    text = "该院依托诉调对接平台，引导当事人选择调解方式化解矛盾纠纷。"
    assert labels(tagger, text) == ("诉源治理",)
    assert labels(tagger, "完善矛盾纠纷多元预防化解机制，全面推进诉源治理。") == ()  # the subject before it


def test_the_offence_written_out_counts_where_it_is_prosecuted(tagger: Tagger) -> None:
    text = "近日，某县法院审结一起拒不执行判决、裁定案，以拒不执行判决、裁定罪判处被告人王某有期徒刑一年。"
    assert labels(tagger, text) == ("拒执打击",)
    text = "执行法官向其讲清拒不执行判决、裁定的法律后果，其当场履行了义务。"
    assert labels(tagger, text) == ()


def test_dispute_handling_moved_to_the_source_is_litigation_source_governance(tagger: Tagger) -> None:
    text = "法庭法官主动深入矛盾纠纷源头，倾听群众诉求，就地调解化解纠纷。"
    assert labels(tagger, text) == ("诉源治理",)
    text = "该院推动执行难题源头化解，从源头上减少进入执行程序的案件，促进案件执结。"
    assert labels(tagger, text) == ()  # no dispute word beside its own 化解


def test_a_title_counts_when_the_body_speaks_of_its_subject(tagger: Tagger) -> None:
    article = Article(id="t#3", file="t.txt", title="某县法院推进“执破融合” 盘活僵尸企业",
                      sections=(Section(None, "今年以来，该院对3家停产企业启动破产清算程序，帮助企业有序退出市场。"),))
    assert tagger.tag_article(article).tags.mechanisms == ("执转破",)
    article = Article(id="t#4", file="t.txt", title="某县法院推进“执破融合”",
                      sections=(Section(None, "今年以来，该院推进信息化建设，提升办案效率。"),))
    assert tagger.tag_article(article).tags.mechanisms == ()


def test_a_photo_caption_read_as_a_title_is_a_caption(tagger: Tagger) -> None:
    article = Article(id="t#5", file="t.txt", title="某县法院开展“秋风利剑”集中执行行动。 ■ 记者 王某",
                      sections=(Section(None, "执行干警凌晨出动，拘传被执行人5人。全年执结案件3000件。"),))
    assert tagger.tag_article(article).tags.mechanisms == ()


def test_the_sentence_after_a_mechanism_may_carry_its_content(tagger: Tagger) -> None:
    text = "9月10日，某州法院正式启动“百日执行攻坚”专项行动。行动首日，全州法院出动执行干警80人，拘传被执行人12人。"
    assert labels(tagger, text) == ("集中执行",)
    text = "某州法院部署“百日执行攻坚”专项行动。会议还研究了其他事项。"
    assert labels(tagger, text) == ()
