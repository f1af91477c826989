"""Where resolution abstains and where the page settles it after all
(``lawnews.index.store.statutes``): a 款 printed for a 项, quoted wording that is no article's.

A tiny collection written for the test: 劳动合同法 in one version, whose 第三十九条 is one
paragraph of six items and whose 第四十条 has two paragraphs; 网络安全法 and 刑事诉讼法 in one
version each. The tests share one collection, built once for the module (``collection`` in
conftest).
"""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger

LABOUR = "中华人民共和国劳动合同法"
NET = "中华人民共和国网络安全法"
CPL = "中华人民共和国刑事诉讼法"
STATUTES = [
    {"id": "LC#第三十九条", "title": f"{LABOUR} 第三十九条", "date": "2012-12-28", "law": LABOUR,
     "text": "劳动者有下列情形之一的，用人单位可以解除劳动合同：\n（一）在试用期间被证明不符合录用条件的；\n"
             "（二）严重违反用人单位的规章制度的；\n（三）严重失职，营私舞弊，给用人单位造成重大损害的；\n"
             "（四）劳动者同时与其他用人单位建立劳动关系的；\n（五）以欺诈手段使对方订立劳动合同的；\n"
             "（六）被依法追究刑事责任的。"},
    {"id": "LC#第四十条", "title": f"{LABOUR} 第四十条", "date": "2012-12-28", "law": LABOUR,
     "text": "有下列情形之一的，用人单位提前三十日以书面形式通知劳动者本人后，可以解除劳动合同：\n"
             "（一）劳动者患病，在规定的医疗期满后不能从事原工作的；\n（二）劳动者不能胜任工作的。"},
    {"id": "LC#第四十一条", "title": f"{LABOUR} 第四十一条", "date": "2012-12-28", "law": LABOUR,
     "text": "有下列情形之一，需要裁减人员二十人以上的，用人单位提前三十日向工会说明情况：\n（一）依照企业破产法规定进行重整的；\n"
             "裁减人员时，应当优先留用下列人员。"},
    {"id": "LC#第八十七条", "title": f"{LABOUR} 第八十七条", "date": "2012-12-28", "law": LABOUR,
     "text": "用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。"},
    {"id": "NS#第四十一条", "title": f"{NET} 第四十一条", "date": "2016-11-07", "law": NET,
     "text": "网络运营者收集、使用个人信息，应当遵循合法、正当、必要的原则，公开收集、使用规则，明示收集、使用信息的"
             "目的、方式和范围，并经被收集者同意。"},
    {"id": "CP#第五十二条", "title": f"{CPL} 第五十二条", "date": "2018-10-26", "law": CPL,
     "text": "审判人员、检察人员、侦查人员必须依照法定程序，收集能够证实犯罪嫌疑人、被告人有罪或者无罪的各种证据。"},
    {"id": "CP#第五十六条", "title": f"{CPL} 第五十六条", "date": "2018-10-26", "law": CPL,
     "text": "采用刑讯逼供等非法方法收集的犯罪嫌疑人、被告人供述，应当予以排除。"},
    {"id": "CP#第六十七条", "title": f"{CPL} 第六十七条", "date": "2018-10-26", "law": CPL,
     "text": "人民法院、人民检察院和公安机关对有下列情形之一的犯罪嫌疑人、被告人，可以取保候审。"},
    {"id": "CP#第六十八条", "title": f"{CPL} 第六十八条", "date": "2018-10-26", "law": CPL,
     "text": "证人证言必须在法庭上经过公诉人、被害人和被告人、辩护人双方质证并且查实以后，才能作为定案的根据。"},
    {"id": "CP#第一百零九条", "title": f"{CPL} 第一百零九条", "date": "2018-10-26", "law": CPL,
     "text": "公安机关或者人民检察院发现犯罪事实或者犯罪嫌疑人，应当按照管辖范围，立案侦查。"},
]


def resolutions(collection: statutes.Collection, text: str, date: str | None) -> list[statutes.Resolution]:
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    return collection.resolve_all(list(cited), date, statutes.printed_year(text, cited) if not date else None)


# -- a 款 printed for a 项 ----------------------------------------------------------------

def test_a_paragraph_number_of_a_one_paragraph_article_is_read_as_its_item(collection):
    text = "该员工多次旷工，公司依据《劳动合同法》第三十九条第二款，以严重违反规章制度为由解除劳动合同。"
    (r,) = resolutions(collection, text, "2023-05-01")
    assert (r.status, r.targets[0].id) == ("resolved", "LC#第三十九条")


def test_a_paragraph_number_beyond_the_items_of_a_one_paragraph_article_is_still_an_older_numbering(collection):
    (r,) = resolutions(collection, "公司依据《劳动合同法》第三十九条第八款解除合同。", "2023-05-01")
    assert r.targets[0].id is None and "第8款" in r.targets[0].reason


def test_a_paragraph_an_article_of_several_paragraphs_lacks_is_not_read_as_an_item(collection):
    # 第四十一条 has two paragraphs: its 第三款 cannot be a 款 printed for 第（三）项
    (r,) = resolutions(collection, "公司依据《劳动合同法》第四十一条第三款裁员。", "2023-05-01")
    assert r.targets[0].id is None and "第3款" in r.targets[0].reason


# -- quoted wording that is no article's ------------------------------------------------------

def test_a_term_in_quotation_marks_after_an_article_is_not_taken_for_its_wording(collection):
    # “必要性原则” is a term the writer names; what follows the closing mark is the writer's own
    text = "个人信息保护法规定的“最小原则”，与《网络安全法》第41条规定“必要性原则”类似，但“最小”的表述显然更加严格，保护范围也更广。"
    (r,) = resolutions(collection, text, "2022-03-01")
    assert (r.status, r.targets[0].id) == ("resolved", "NS#第四十一条")


def test_wording_quoted_in_full_that_is_not_the_articles_still_stops_the_link(collection):
    text = "《网络安全法》第41条规定：“任何个人和组织不得窃取或者以其他非法方式获取个人信息，不得非法出售个人信息”。"
    (r,) = resolutions(collection, text, "2022-03-01")
    assert r.targets[0].id is None and "wording the text quotes" in r.targets[0].reason


def test_a_heading_asking_about_an_article_is_not_taken_for_its_wording(collection):
    text = "一、取保候审是第几条\n二、刑事诉讼法109条立案的规定是怎样的\n公安机关发现犯罪事实，应当立案侦查。"
    (r,) = resolutions(collection, text, None)
    assert (r.status, r.targets[0].id) == ("resolved", "CP#第一百零九条")


def test_a_summary_of_an_article_whose_wording_the_text_quotes_elsewhere_is_no_older_numbering(collection):
    text = ("第八十七条【违法解除的赔偿】\n《劳动合同法》第八十七条规定：\n用人单位违反本法规定解除或者终止劳动合同的，"
            "应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。\n"
            "案例一：公司以旷工为由辞退请假考试的员工。\n体现第八十七条：违法辞退需付双倍赔偿。")
    found = [r for r in resolutions(collection, text, None) if r.targets[0].article == "第八十七条"]
    assert len(found) == 3 and all(r.targets[0].id == "LC#第八十七条" for r in found)


def test_a_summary_that_is_not_the_articles_still_stops_the_link_when_nothing_quotes_the_article(collection):
    text = "体现《劳动合同法》第八十七条：违法辞退需付双倍赔偿。"
    (r,) = resolutions(collection, text, None)
    assert r.targets[0].id is None


OLDER_TEXT = ("刑事诉讼法中取保候审的规定\n\n第五十二条 被羁押的犯罪嫌疑人、被告人及其法定代理人、近亲属有权申请取保候审。\n\n"
              "第六十八条 保证人应当履行以下义务：\n（一）监督被保证人遵守本法第五十六条的规定；\n"
              "（二）发现被保证人可能发生违反本法第五十六条规定的行为的，应当及时向执行机关报告。")


def test_a_text_printing_two_articles_of_a_law_in_other_wording_cites_an_older_text_throughout(collection):
    found = {r.targets[0].article: r.targets[0] for r in resolutions(collection, OLDER_TEXT, "2025-07-17")}
    assert set(found) == {"第五十二条", "第六十八条", "第五十六条"}
    assert found["第五十六条"].id is None and "older numbering" in found["第五十六条"].reason


def test_one_article_printed_in_other_wording_leaves_the_laws_other_articles_resolved(collection):
    text = OLDER_TEXT.replace("第五十二条 被羁押的犯罪嫌疑人、被告人及其法定代理人、近亲属有权申请取保候审。",
                              "第五十二条 审判人员、检察人员、侦查人员必须依照法定程序，收集能够证实犯罪嫌疑人有罪或者无罪的证据。")
    found = {r.targets[0].article: r.targets[0] for r in resolutions(collection, text, "2025-07-17")}
    assert found["第五十二条"].id == "CP#第五十二条" and found["第六十八条"].id is None
    assert found["第五十六条"].id == "CP#第五十六条"


BOILERPLATE = "第六十七条 人民法院、人民检察院和公安机关决定对犯罪嫌疑人、被告人取保候审，应当责令其提出保证人。\n\n"


def test_wording_sharing_only_common_phrases_does_not_confirm_an_article_in_a_text_printing_an_older_text(collection):
    text = OLDER_TEXT.replace("第六十八条", BOILERPLATE + "第六十八条", 1)
    found = {r.targets[0].article: r.targets[0] for r in resolutions(collection, text, "2025-07-17")}
    assert found["第六十七条"].id is None and "common phrases" in found["第六十七条"].reason


def test_the_same_wording_confirms_the_article_where_the_text_shows_no_older_text(collection):
    text = "刑事诉讼法中取保候审的规定\n\n" + BOILERPLATE
    (r,) = resolutions(collection, text, "2025-07-17")
    assert r.targets[0].id == "CP#第六十七条"
