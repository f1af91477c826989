"""More ways a label's words turn up in news that is not about the label, on pages nobody
tuned on: an aim named among the clauses a sentence's purpose opens with (为…，切实将矛盾纠纷
化解在基层，…某法院…), a party's duty to assist the court (要求镇政府协助执行), a quoted name of an
honour or an office (“学习枫桥经验优秀派出所”), a campaign that frames the setting of its sentence
(在精准执行集中行动中又…), a document's title the text breaks off in, a label's own word
repeated, an item of a bulleted list. Each has a look-alike that keeps its label. Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- an aim among the clauses of a sentence's purpose ----------------------------------------

def test_an_aim_that_goes_on_with_the_purpose_is_not_the_topic(tagger: Tagger) -> None:
    text = ("为深入践行司法便民理念，切实将矛盾纠纷化解在基层，今年5月8日，某区法院某某法庭把巡回法庭开进某某镇，"
            "公开审理了一起房屋租赁合同纠纷案件，五十多名村民旁听了庭审。")
    assert "诉源治理" not in labels(tagger, text)


def test_the_court_s_own_act_after_the_purpose_keeps_its_label(tagger: Tagger) -> None:
    text = ("为深入践行司法便民理念，某区法院某某法庭切实将矛盾纠纷化解在基层，今年5月8日把调解室开进某某镇，"
            "当场调解了一起房屋租赁合同纠纷，五十多名村民旁听了调解。")
    assert "诉源治理" in labels(tagger, text)


def test_a_second_aim_of_a_byline_s_purpose_is_not_the_topic(tagger: Tagger) -> None:
    text = ("某某报讯（通讯员某某）为做好为群众办实事工作，充分发挥基层法院多元化解纠纷职能，减少矛盾，自今年4月起，"
            "某区法院某某法庭对有履行内容的判决一律附送风险提示书，督促当事人主动履行。")
    assert "诉源治理" not in labels(tagger, text)


def test_the_purpose_clause_that_names_the_topic_keeps_its_label(tagger: Tagger) -> None:
    text = ("为深入推进多元化解纠纷工作，自今年4月起，某区法院在各乡镇设立调解工作站，"
            "已化解邻里纠纷三百余件，引导当事人在诉前达成和解。")
    assert "诉源治理" in labels(tagger, text)


# -- a quoted name of an honour or an office -------------------------------------------------

def test_a_station_s_honour_named_after_a_practice_is_not_the_practice(tagger: Tagger) -> None:
    # (the station's mediation of disputes, told, would be 诉源治理 in its own right: here it patrols)
    text = ("某某派出所的民警每天清晨在老街巡逻，提醒商户锁好门窗。作为全省首批“学习枫桥经验优秀派出所”，"
            "该所始终以矛盾不上交为目标，组建了一支由老中青民警组成的巡逻队伍。")
    assert "诉源治理" not in labels(tagger, text)


def test_the_practice_itself_keeps_its_label(tagger: Tagger) -> None:
    text = ("某某法院调解室里，争吵的邻居往往在法官的劝说下握手言和。该院坚持和发展新时代“枫桥经验”，"
            "始终以矛盾不上交为目标，组建了一支由老中青法官组成的调解队伍。")
    assert "诉源治理" in labels(tagger, text)


# -- a party's duty to assist the court ------------------------------------------------------

def test_a_party_told_to_assist_is_not_the_linkage(tagger: Tagger) -> None:
    text = ("老张告诉记者：“法院让某某镇政府协助执行，没想到镇政府把钱转给了别人。”"
            "记者了解到，某区法院曾向镇政府送达裁定书，要求镇政府协助执行。")
    assert "执行联动" not in labels(tagger, text)


def test_the_duty_to_assist_explained_is_not_the_linkage(tagger: Tagger) -> None:
    text = ("依照民事诉讼法，协助执行是有关单位和个人的法定义务。本文从三个方面，"
            "系统说明如何应对协助执行与被执行之间的冲突，保障当事人的权益。")
    assert "执行联动" not in labels(tagger, text)


def test_departments_assisting_the_court_keep_the_linkage(tagger: Tagger) -> None:
    text = ("某区法院与公安、银行、不动产登记等部门建立协助执行机制，公安部门协助执行查找被执行人，"
            "银行协助执行冻结存款，今年已联动查控车辆四十余辆。")
    assert "执行联动" in labels(tagger, text)


# -- a campaign that frames the setting of its sentence --------------------------------------

def test_a_campaign_that_frames_the_setting_is_not_the_campaign(tagger: Tagger) -> None:
    text = ("近日，某区法院在精准执行集中行动中又“放大招”，依据最高法院的规定，向辖区内的三所私立学校发出司法建议，"
            "建议限制失信被执行人子女就读高收费私立学校。")
    assert "集中执行" not in labels(tagger, text)


def test_a_campaign_that_is_the_subject_keeps_its_label(tagger: Tagger) -> None:
    text = ("近日，某区法院开展精准执行集中行动，出动干警在凌晨突击查找被执行人，"
            "拘传被执行人，当场执结一批涉民生案件。")
    assert "集中执行" in labels(tagger, text)


# -- a title the text breaks off in ----------------------------------------------------------

def test_a_title_the_text_breaks_off_in_is_a_mention(tagger: Tagger) -> None:
    text = ("两名法官到某县送达文书时遭到围攻，公安机关到场后未立案侦查，围攻者也未被追究刑事责任。"
            "笔者认为，围攻者的行为构成妨害公务罪，公安机关应当立案侦查，追究其刑事责任，"
            "至少也应依法予以行政拘留。相关规定见《最高人民法院、最高人民检察院、公安部关于依法严肃查处拒不执行判决、裁定")
    assert "拒执打击" not in labels(tagger, text)


def test_the_crime_prosecuted_outside_a_title_keeps_its_label(tagger: Tagger) -> None:
    text = ("两名法官到某县送达文书时遭到围攻，公安机关到场后未立案侦查，围攻者也未被追究刑事责任。"
            "笔者认为，围攻者的行为构成妨害公务罪，公安机关应当立案侦查，追究其刑事责任，"
            "至少也应依法予以行政拘留。被执行人则被依法追究拒不执行判决、裁定罪")
    assert "拒执打击" in labels(tagger, text)


# -- a label's own word repeated is no word of its subject ------------------------------------

def test_an_auction_word_repeated_is_not_the_auction_s_subject(tagger: Tagger) -> None:
    text = ("执行法官认为，这样处理会留下诸多问题：一方面市场资产整体拍卖难度大，一旦拍卖流拍，本案执行势必搁浅；"
            "另一方面，市场里的三百多户商户将失去经营场所。法官于是转而寻找新的经营者。")
    assert "司法拍卖" not in labels(tagger, text)


def test_an_auction_told_with_its_bidders_keeps_its_label(tagger: Tagger) -> None:
    text = ("执行法官认为，这样处理最为稳妥：一方面市场资产整体拍卖，起拍价为评估价的七折，三名竞买人参与竞价；"
            "另一方面，市场里的三百多户商户可以继续经营。法官于是着手准备公告。")
    assert "司法拍卖" in labels(tagger, text)


# -- an item of a bulleted list ----------------------------------------------------------------

def test_an_item_of_a_bulleted_list_is_not_the_blacklist(tagger: Tagger) -> None:
    text = ("被执行人常见的违法行为有以下几种：-违反限制消费令：在被法院采取限制消费措施后，仍然乘坐飞机头等舱、"
            "入住高档酒店等。-隐匿财产：把存款转到亲属名下，或者虚构债务。")
    assert "失信惩戒" not in labels(tagger, text)


def test_the_same_words_in_a_sentence_of_their_own_keep_the_blacklist(tagger: Tagger) -> None:
    text = ("被执行人常见的违法行为有以下几种。违反限制消费令：在被法院采取限制消费措施后，仍然乘坐飞机头等舱、"
            "入住高档酒店等。隐匿财产：把存款转到亲属名下，或者虚构债务。")
    assert "失信惩戒" in labels(tagger, text)


def test_a_form_right_after_the_colon_and_bullet_is_an_item_too(tagger: Tagger) -> None:
    # the first item's form opens right after ：- (措施：-限制高消费…): an item as the later ones are
    text = ("青溪县人民法院对被执行人依法采取以下措施：-限制高消费，禁止其乘坐飞机、入住星级宾馆；"
            "-查封其名下房产，冻结银行存款。")
    mention = next(m for m in tagger.tag_text(text).mentions if m.text == "限制高消费")
    assert mention.in_list
