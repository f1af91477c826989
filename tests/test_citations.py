"""Statute citations found in news sentences (``lawnews.index.tagging.citations``).

Every sentence here is written for the test, one per citation form; each citation's
span must be the text it covers, and its law and articles the ones the sentence cites.
"""

from __future__ import annotations

import pytest

from lawnews.index.tagging.citations import (
    LawNames, article_label, cn_label, cn_number, extract, parse_reference, title_key,
)
from support import CORPUS

MSL = "中华人民共和国民事诉讼法"
CRIMINAL = "中华人民共和国刑法"
MSL_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
INVESTIGATION = "最高人民法院关于民事执行中财产调查若干问题的规定"


def cites(text: str) -> list[tuple[str, str | None, list[str], str]]:
    """``(mention, law, article labels, form)`` of each citation, spans checked."""
    out = []
    for c in extract(text):
        assert text[c.start:c.end] == c.text, c
        out.append((c.text, c.law, list(c.labels), c.form))
    return out


# -- numbers ------------------------------------------------------------------------

@pytest.mark.parametrize("n, label", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (101, "一百零一"),
                                      (110, "一百一十"), (237, "二百三十七"), (1010, "一千零一十"),
                                      (1100, "一千一百"), (1260, "一千二百六十")])
def test_article_numbers_are_written_as_the_statute_corpus_writes_them(n, label):
    assert cn_label(n) == label
    assert cn_number(label) == n


def test_chinese_arabic_and_full_width_numbers_read_alike():
    assert cn_number("237") == cn_number("２３７") == cn_number("二百三十七") == 237
    assert cn_number("两百") == 200 and cn_number("一〇二") == 102
    assert cn_number("二三百") is None and cn_number("") is None
    assert article_label(102, 1) == "第一百零二条之一"


# -- how the law is named -------------------------------------------------------------

def test_a_full_bracketed_title_with_chinese_numerals():
    assert cites("法院依据《中华人民共和国民事诉讼法》第二百三十七条的规定，裁定不予执行。") == [
        ("《中华人民共和国民事诉讼法》第二百三十七条", MSL, ["第二百三十七条"], "title")]


def test_a_short_title_without_the_state_name_and_arabic_numerals():
    assert cites("根据《民事诉讼法》第237条，法院可以查封。") == [
        ("《民事诉讼法》第237条", MSL, ["第二百三十七条"], "short")]
    assert cites("根据《民事诉讼法》第２３７条") == [("《民事诉讼法》第２３７条", MSL, ["第二百三十七条"], "short")]


def test_an_abbreviation_bracketed_or_not():
    assert cites("依据《民诉法》第二百五十五条，加倍支付迟延履行期间的债务利息。") == [
        ("《民诉法》第二百五十五条", MSL, ["第二百五十五条"], "abbreviation")]
    assert cites("依照民诉法第二百五十五条处理。")[0][:3] == ("民诉法第二百五十五条", MSL, ["第二百五十五条"])
    assert cites("违反道交法第七十六条")[0][1] == "中华人民共和国道路交通安全法"


def test_a_bare_law_name_without_brackets():
    assert cites("其行为已构成拒执罪，根据刑法第三百一十三条（拒执罪）的规定，追究刑事责任。") == [
        ("刑法第三百一十三条", CRIMINAL, ["第三百一十三条"], "unbracketed")]


def test_a_judicial_interpretation_by_its_full_title():
    assert cites("依照《最高人民法院关于民事执行中财产调查若干问题的规定》第十条，对其罚款。") == [
        ("《最高人民法院关于民事执行中财产调查若干问题的规定》第十条", INVESTIGATION, ["第十条"], "interpretation")]


def test_a_judicial_interpretation_with_its_issuer_outside_the_brackets():
    text = "最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第四百六十一条规定。"
    assert cites(text) == [(text[:-3], MSL_INTERPRETATION, ["第四百六十一条"], "interpretation")]


def test_a_judicial_interpretation_whose_law_alone_is_bracketed():
    text = "依据最高人民法院关于适用《中华人民共和国民事诉讼法》的解释第五百一十六条，终结本次执行程序。"
    assert cites(text)[0][1:3] == (MSL_INTERPRETATION, ["第五百一十六条"])
    assert cites(text)[0][0].startswith("最高人民法院关于适用")


@pytest.mark.parametrize("text", ["依据《民诉法解释》第五百一十六条", "依据民诉法解释第五百一十六条",
                                  "依据《民事诉讼法》司法解释第五百一十六条", "依据民事诉讼法司法解释第五百一十六条"])
def test_the_usual_short_names_of_a_judicial_interpretation(text):
    assert [(law, labels) for _t, law, labels, _f in cites(text)] == [(MSL_INTERPRETATION, ["第五百一十六条"])]


def test_a_numbered_interpretation_named_after_its_law():
    ((_text, law, labels, form),) = cites("公司法司法解释（三）第十三条规定，股东未履行出资义务的应当补足。")
    assert law == "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）" and labels == ["第十三条"]


@pytest.mark.parametrize("text", ["依据《民法典婚姻家庭编》第一千零六十二条", "依据《民法典·合同编》第五百七十七条",
                                  "依据《刑法分则》第二百六十四条"])
def test_a_part_of_a_law_named_inside_its_title_cites_the_law(text):
    ((_t, law, _labels, _form),) = cites(text)
    assert law in ("中华人民共和国民法典", CRIMINAL)


def test_a_full_title_printed_a_little_differently_is_the_one_it_stands_for():
    labour = "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"
    assert cites("依据《最高人民法院关于审理劳动争议案件适用法律若干问题的解释（一）》第四十二条")[0][1] == labour
    assert cites("依据《关于审理劳动争议案件适用法律问题的解释(一)》第四十二条")[0][1] == labour


def test_a_title_the_table_does_not_know_is_kept_as_printed():
    assert cites("依据《湖南省多元化解纠纷条例》第十二条，开展诉前调解。") == [
        ("《湖南省多元化解纠纷条例》第十二条", "湖南省多元化解纠纷条例", ["第十二条"], "unknown")]


def test_a_version_note_between_the_title_and_the_article_is_part_of_the_mention():
    assert cites("《中华人民共和国民事诉讼法》（2021年修正）第二百四十七条")[0][1:3] == (MSL, ["第二百四十七条"])


@pytest.mark.parametrize("text, year", [
    ("依据《民事诉讼法（2017修订版）》第二百二十五条", "2017"),
    ("依据《中华人民共和国民事诉讼法（2021年12月24日修正）》第二百四十七条", "2021"),
    ("依据《中华人民共和国民事诉讼法》（2021年12月24日修正）第二百四十七条", "2021"),
])
def test_a_version_note_with_a_date_or_a_version_word_is_read(text, year):
    (c,) = extract(text)
    assert c.law == MSL and c.as_of == f"{year}-12-31"


def test_an_interpretation_with_its_issuer_abbreviated_before_the_brackets():
    ((text, law, _labels, _form),) = cites("依据最高院《关于民事执行中财产调查若干问题的规定》第十条，法院对其罚款。")
    assert text.startswith("最高院《") and law == INVESTIGATION


def test_the_number_of_an_interpretation_printed_after_its_unbracketed_title_is_part_of_it():
    text = "依据最高人民法院关于审理劳动争议案件适用法律若干问题的解释(三)第九条，劳动者应举证。"
    assert cites(text)[0][1:3] == ("最高人民法院关于审理劳动争议案件适用法律若干问题的解释（三）", ["第九条"])
    unknown = "依据最高人民法院关于审理劳动争议案件适用法律若干问题的解释(九)第一条"
    assert cites(unknown)[0][1] == "最高人民法院关于审理劳动争议案件适用法律若干问题的解释(九)"  # not the first one


def test_an_ambiguous_short_name_is_kept_with_its_candidates():
    (c,) = extract("依据《拒执罪解释》第一条，认定其有能力执行而拒不执行。")
    assert c.law is None and len(c.candidates) == 2 and c.labels == ("第一条",)


# -- article numbers ------------------------------------------------------------------

def test_paragraphs_and_items_belong_to_their_article():
    (c,) = extract("依据《道路交通安全法》第76条第1款第2项，由机动车一方承担责任。")
    assert [a.to_dict() for a in c.articles] == [{"article": "第七十六条", "paragraph": 1, "item": 2}]
    (c,) = extract("依照《刑法》第六十七条第三款、第（一）项之规定。")
    assert c.articles[0].paragraph == 3 and c.articles[0].item == 1


def test_a_footnote_mark_inside_a_list_of_articles():
    assert cites("这就要说到《公司法》第51条[2]和53条[3]新增的董事义务。")[0][2] == ["第五十一条", "第五十三条"]


def test_an_article_with_a_suffix_number():
    assert cites("根据《刑法》第一百零二条之一和第一百二十条之二规定。")[0][2] == ["第一百零二条之一", "第一百二十条之二"]


@pytest.mark.parametrize("text, labels", [
    ("依据《民法典》第五百七十七条至第五百七十九条", ["第五百七十七条", "第五百七十八条", "第五百七十九条"]),
    ("依据《民法典》第五百七十七至五百七十九条", ["第五百七十七条", "第五百七十八条", "第五百七十九条"]),
    ("依据《公司法》第五、六条", ["第五条", "第六条"]),
    ("依照《刑法》第二百三十四条、第六十七条第三款之规定", ["第二百三十四条", "第六十七条"]),
    ("依照《刑法》第二百三十四条和第六十七条", ["第二百三十四条", "第六十七条"]),
    ("依据《民法典》第五百七十七至第五百七十九条", ["第五百七十七条", "第五百七十八条", "第五百七十九条"]),
    ("依照《公司法》第五、第六条", ["第五条", "第六条"]),
    # a list's 、 left before its 条
    ("根据劳动法第26、27、29、条规定", ["第二十六条", "第二十七条", "第二十九条"]),
    ("依照《公司法》第五、六、条", ["第五条", "第六条"]),
])
def test_ranges_and_lists_are_expanded(text, labels):
    ((_t, _law, got, _f),) = cites(text)
    assert got == labels


# -- back-references, definitions, continuations ---------------------------------------

def test_a_back_reference_cites_the_last_law_of_its_paragraph():
    text = "《民事诉讼法》第二百四十一条规定，被执行人应当报告财产。该法第二百四十二条还规定，法院有权查询。"
    assert cites(text)[1] == ("该法第二百四十二条", MSL, ["第二百四十二条"], "backref")


def test_a_back_reference_with_no_law_before_it_cites_nothing():
    assert cites("执行局召开会议，该法第十条规定，执行员可以罚款。") == []
    assert cites("《刑法》和《民事诉讼法》都有规定。\n该法第二百四十二条还规定查询。") == []  # two laws before


def test_a_back_reference_in_a_paragraph_naming_no_law_points_to_the_paragraph_before():
    assert cites("《民事诉讼法》第二百四十一条规定了报告财产。\n该法第二百四十二条还规定查询。")[1] == (
        "该法第二百四十二条", MSL, ["第二百四十二条"], "backref")
    quoted = "法律依据：\n《民法典》第六百七十五条\n借款人应当按照约定的期限返还借款。依据本法第五百一十条的规定仍不能确定的。"
    assert cites(quoted)[1][:3] == ("本法第五百一十条", "中华人民共和国民法典", ["第五百一十条"])


def test_a_back_reference_after_a_list_of_laws_is_unclear_and_cites_nothing():
    assert cites("依照《中华人民共和国刑法》《中华人民共和国刑事诉讼法》的规定，该法第十条。") == []
    assert cites("依照《刑法》和《刑事诉讼法》的规定，该法第十条。") == []


def test_a_back_reference_to_a_kind_the_paragraph_does_not_name_is_the_one_of_its_kind_before():
    quoted = ("《最高人民法院关于民事执行中变更、追加当事人若干问题的规定》\n"
              "第三十条 当事人不服的，可以申请复议，但依照民事诉讼法第二百三十四条或者本规定第三十二条提起诉讼的除外。")
    assert cites(quoted)[-1][:3] == ("本规定第三十二条", "最高人民法院关于民事执行中变更、追加当事人若干问题的规定",
                                     ["第三十二条"])
    text = ("最高人民法院发布《关于民事执行中财产调查若干问题的规定》。\n"
            "法官介绍，依照《民事诉讼法》第二百五十二条，本规定第十条明确了罚款。")
    assert cites(text)[-1][:2] == ("本规定第十条", INVESTIGATION)


def test_a_back_reference_names_the_kind_of_law_it_points_to():
    text = "依照《最高人民法院关于民事执行中财产调查若干问题的规定》开展调查。该规定第十条明确了罚款。"
    assert cites(text) == [("该规定第十条", INVESTIGATION, ["第十条"], "backref")]
    assert cites("依照《民事诉讼法》开展调查。该解释第十条明确了罚款。") == []  # 该解释 is no 法


def test_a_name_the_text_defines_is_used_later():
    text = ("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（以下简称《解释》）于2015年施行。"
            "依照《解释》第五百一十六条，法院终结本次执行程序。")
    assert cites(text) == [("《解释》第五百一十六条", MSL_INTERPRETATION, ["第五百一十六条"], "defined")]


def test_a_definition_between_the_title_and_its_article_belongs_to_the_mention():
    text = "依照《中华人民共和国民事诉讼法》（以下简称民诉法）第二百四十八条裁定。"
    assert cites(text) == [(text[2:-3], MSL, ["第二百四十八条"], "title")]


def test_an_article_right_after_a_citation_in_the_same_sentence_continues_it():
    text = "依照《刑法》第三百一十三条的规定，并依照第六十七条第三款判决。"
    assert cites(text)[1] == ("第六十七条第三款", CRIMINAL, ["第六十七条"], "continuation")


def test_a_bare_article_in_the_paragraph_of_the_one_law_it_names_cites_that_law():
    text = "《民法典》第十九条规定了限制民事行为能力人。第二十条规定，不满八周岁的为无民事行为能力人。"
    assert cites(text)[1] == ("第二十条", "中华人民共和国民法典", ["第二十条"], "continuation")
    assert cites("我国《公司法》的人格否认规则包括第二十条和第六十三条。")[0][1:3] == (
        "中华人民共和国公司法", ["第二十条", "第六十三条"])


def test_article_headings_under_a_law_in_the_paragraphs_before_cite_that_law():
    text = ("法律依据：《中华人民共和国民法典》第一千零八十七条，离婚时，夫妻的共同财产由双方协议处理。\n"
            "对夫或者妻在家庭土地承包经营中享有的权益等，应当依法予以保护。\n"
            "第一千零六十二条 夫妻在婚姻关系存续期间所得的下列财产，为夫妻的共同财产。\n"
            "2、第一千零六十三条：下列财产为夫妻一方的个人财产。")
    assert [c[1:] for c in cites(text)[1:]] == [
        ("中华人民共和国民法典", ["第一千零六十二条"], "continuation"),
        ("中华人民共和国民法典", ["第一千零六十三条"], "continuation")]
    assert cites("依照《刑法》第三百一十三条判决。\n第六十七条另有规定。")[1][1:3] == (CRIMINAL, ["第六十七条"])


def test_the_law_an_article_heading_cites_is_not_the_one_its_text_names():
    text = ("《最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释》\n"
            "第一条 负有执行义务的人有能力执行而拒不执行的，应当依照刑法第三百一十三条的规定处罚。\n"
            "第二条 负有执行义务的人有能力执行而实施下列行为之一的。")
    interpretation = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"
    assert [(c.labels, c.law) for c in extract(text)] == [
        (("第一条",), interpretation), (("第三百一十三条",), CRIMINAL), (("第二条",), interpretation)]
    unclear = text.replace(f"《{interpretation}》", "根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》，解释如下：")
    assert [c.text for c in extract(unclear)] == ["刑法第三百一十三条"]  # not 刑法第二条


def test_a_bare_article_is_kept_when_the_first_law_its_sentence_names_after_it_is_its_own():
    same = ("《传染病防治法》第三十八条规定了疫情公布。\n当然，除了第三十九条之外，《传染病防治法》还有其他制度，"
            "《突发公共卫生事件应急条例》也有规定。")
    assert cites(same)[1][:2] == ("第三十九条", "中华人民共和国传染病防治法")


def test_a_bare_article_whose_law_is_not_clear_cites_nothing():
    assert len(cites("依照《刑法》第三百一十三条和《刑事诉讼法》的规定。\n第六十七条另有规定。")) == 1  # two laws
    assert len(cites("依照《民法典》第五百七十七条判决。\n据《人民法院报》报道：\n第五百七十八条另有规定。")) == 1
    far = "依照《民法典》第五百七十七条判决。\n" + "法官介绍了案情。\n" * 150 + "第五百七十八条另有规定。"
    assert len(cites(far)) == 1  # too far back
    later = "《民法典》第一千零六十二条规定了共同财产。\n当然，除了第38条之外，《传染病防治法》还规定了信息公布。"
    assert cites(later)[1:] == []  # the sentence names its own law after it
    two = "依照《刑法》第三百一十三条和《刑事诉讼法》的规定。第六十七条另有规定。"
    assert [c[0] for c in cites(two)] == ["《刑法》第三百一十三条"]  # two laws, another sentence
    assert len(cites("《民法典》施行后，全省第一条高速公路建成。")) == 0  # 条 as a measure word


def test_a_year_before_the_law_names_its_version():
    (c,) = extract("2007年民事诉讼法第二百零四条规定了案外人异议之诉。")
    assert c.as_of == "2007-12-31" and c.law == MSL
    first, second = extract("2007年10月28日修改前的《民事诉讼法》第二百零七条，修改后的《民事诉讼法》第二百零一条。")
    assert first.as_of == "2006-12-31" and second.as_of == "2007-12-31"
    assert extract("依据《民事诉讼法》（2021年修正）第二百四十七条")[0].as_of == "2021-12-31"


def test_a_year_right_against_the_law_or_in_its_title_names_its_version():
    assert extract("这就要说到2023《公司法》第51条新增的董事核查义务。")[0].as_of == "2023-12-31"
    assert extract("按照我国79刑法第160条规定，流氓罪是指聚众斗殴。")[0].as_of == "1979-12-31"
    assert extract("1979年颁布的中国刑法第160条规定了流氓罪。")[0].as_of == "1979-12-31"
    assert extract("依据《公司法（2023修正）》第五十四条，股东出资加速到期。")[0].as_of == "2023-12-31"
    assert extract("依据《民事诉讼法》（2021年修正）第二百四十七条")[0].as_of == "2021-12-31"
    assert extract("10《民法典》第一千零六十二条规定了共同财产。")[0].as_of is None  # a list number


def test_a_name_defined_with_a_qualifier_and_a_bracketed_title_keeps_its_version():
    text = ("《中华人民共和国公司法（2018修正）》（以下简称“现行《公司法》”）第二十二条设立了决议效力制度。"
            "现行《公司法》第二十二条采用二分结构。")
    first, second = extract(text)
    assert first.text.endswith("”）第二十二条") and first.as_of == "2018-12-31"
    assert (second.text, second.law, second.as_of) == ("《公司法》第二十二条", "中华人民共和国公司法", "2018-12-31")


def test_the_code_of_another_country_is_cited_under_its_own_name_not_as_the_collections():
    assert cites("如根据1941年巴西刑法典第48条的规定，自首是指自动投案。") == [
        ("巴西刑法典第48条", "巴西刑法典", ["第四十八条"], "unknown")]
    found = cites("日本刑法第208条之二设立了危险驾驶致死伤罪，该法第209条则规定了过失伤害。")
    assert [(t, law, labels) for t, law, labels, _f in found] == [
        ("日本刑法第208条之二", "日本刑法", ["第二百零八条之二"]), ("该法第209条", "日本刑法", ["第二百零九条"])]
    assert extract("现行刑法典第269条规定了转化型抢劫。")[0].law == CRIMINAL
    assert [c.law for c in extract("台湾地区“民法”第875条规定了连带责任。")] == ["民法（台湾地区）"]
    assert cites("日本民法第709条规定了侵权责任。") == [("日本民法第709条", "日本民法", ["第七百零九条"], "unknown")]


def test_an_article_of_the_article_just_cited():
    text = "刑法第67条第1款规定了自首。在该条第2款中，又界定了以自首论的情况。"
    assert cites(text)[1] == ("该条第2款", CRIMINAL, ["第六十七条"], "backref")
    assert extract(text)[1].articles[0].paragraph == 2


def test_numbers_without_di_right_after_a_law_and_in_a_range():
    assert cites("《民法典》1085条第二款规定了抚养费。")[0][2] == ["第一千零八十五条"]
    assert cites("《民事诉讼法》中的第225条及227条")[0][2] == ["第二百二十五条", "第二百二十七条"]
    assert len(cites("依照《民事诉讼法》第二百零七条至二百一十条")[0][2]) == 4


def test_a_one_article_mention_keeps_the_wording_it_quotes():
    (c,) = extract("《民法典》第五百八十五条 当事人可以约定一方违约时应当根据违约情况向对方支付违约金。")
    assert c.quote == "当事人可以约定一方违约时应当根据违约情况向对方支"
    assert extract("《刑法》第二十条规定：“为了使国家、公共利益、本人或者他人的人身……”")[0].quote.startswith("为了使国家")
    assert extract("依照《刑法》第二百六十四条判处有期徒刑。")[0].quote == ""  # no quotation
    assert extract("依照《刑法》第二百六十四条、第六十七条规定：“盗窃公私财物，数额较大的”")[0].quote == ""  # two
    assert extract("《民法典》第五百八十五条：违约金。")[0].quote == ""  # too short to tell
    assert extract("依照《刑法》第二百六十四条 判 处 被 告 人 有 期 徒 刑 三 年")[0].quote == ""  # spaced text
    assert extract("依照《刑法》第二百六十四条 之规定判处被告人有期徒刑三年")[0].quote == ""


# -- what is not a citation -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电影《第二十条》热映，引发对正当防卫的讨论。",
    "《人民法院报》第三版刊发评论，第二十条规定被反复提及。",
    "他熟读《孙子兵法》第三条所述谋攻之道。",
    "第二十条规定了正当防卫的条件。",
    "会议通过了第三条工作意见，推进交叉执行。",
    "依照《民法典》和《民事诉讼法》的规定。\n第五百七十七条另有规定。",
    "依照《劳动合同法》的规定，公司员工手册第五条另有约定。",
    "依照《民法典》的规定，双方协议书第五条约定了违约金。",
    "依照《民法典》的规定，物业公司的管理办法第五条规定了收费。",
    "该法第十条规定，执行员可以罚款。",
])
def test_numbers_with_no_law_in_reach_and_titles_that_are_no_law_are_not_citations(text):
    assert extract(text) == ()


def test_the_bundled_pages_cite_no_statute_article():
    for page in sorted(CORPUS.glob("*.txt")):
        assert extract(page.read_text(encoding="utf-8")) == (), page.name


def test_a_text_without_any_article_number_is_returned_at_once():
    assert extract("《民事诉讼法》规定了执行程序。") == ()


# -- the table and user references -------------------------------------------------------

def test_the_law_name_table_gives_each_alias_where_it_is_used():
    names = LawNames.default()
    assert names.lookup("民诉法") == (MSL,)
    assert names.lookup("民事诉讼法") == (MSL,)  # derived: the title without 中华人民共和国
    assert names.lookup("《中华人民共和国民事诉讼法》") == (MSL,)
    assert len(names.lookup("拒执罪解释")) == 2  # ambiguous
    rows = [line.split("\t") for line in names.path_text().splitlines()
            if line and not line.startswith("#") and not line.startswith("alias\t")]
    assert rows and all(len(r) == 4 and r[3].strip() for r in rows)


def test_titles_compare_whatever_their_brackets_and_separators():
    assert title_key("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释") == title_key(MSL_INTERPRETATION)
    assert title_key("最高人民法院 最高人民检察院关于办理案件的解释") == title_key("最高人民法院、最高人民检察院关于办理案件的解释")


@pytest.mark.parametrize("text, expected", [
    ("民事诉讼法 第二百三十七条", (MSL, "第二百三十七条", ())),
    ("民诉法第237条", (MSL, "第二百三十七条", ())),
    ("《刑法》", (CRIMINAL, None, ())),
    ("湖南省多元化解纠纷条例 第十二条", ("湖南省多元化解纠纷条例", "第十二条", ())),
])
def test_a_reference_typed_by_a_user_is_read_as_law_and_article(text, expected):
    assert parse_reference(text) == expected


def test_a_reference_without_a_law_or_with_several_articles_is_none():
    assert parse_reference("第二百三十七条") is None
    assert parse_reference("民诉法第237条至第239条") is None
    assert parse_reference("拒执罪解释 第一条")[2]  # ambiguous: the candidates


def test_a_short_name_not_in_the_table_is_the_one_interpretation_it_abbreviates():
    names = LawNames.default()
    assert names.abbreviation("执行异议规定") == "最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定"
    assert names.abbreviation("失信规定") == "最高人民法院关于公布失信被执行人名单信息的若干规定"
    assert names.abbreviation("拍卖规定") is None  # two interpretations fit: ambiguous
    assert names.abbreviation("关于加强执行工作的意见") is None  # a title, not a short name
    (c,) = extract("依据《执行异议规定》第二十八条，案外人的异议成立。")
    assert c.law == "最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定" and c.form == "abbreviation"


def test_a_bare_bracketed_kind_far_from_its_law_is_the_one_of_that_kind_the_text_named():
    text = ("最高人民法院发布《关于民事执行中财产调查若干问题的规定》。\n"
            "执行法官介绍，《规定》第十条明确了罚款。")
    assert cites(text)[0][:2] == ("《规定》第十条", INVESTIGATION)
    two = ("最高人民法院发布《关于民事执行中财产调查若干问题的规定》和《关于执行和解若干问题的规定》。\n"
           "执行法官介绍，《规定》第十条明确了罚款。")
    assert cites(two) == []  # two 规定 named: unclear


def test_a_definition_after_a_document_number_in_the_parenthesis():
    text = ("最高人民法院发布了《关于办理生产、销售假药、劣药刑事案件具体应用法律若干问题的解释》（法释〔2009〕9号，"
            "以下简称《解释》）。\n依照《刑法》第一百四十一条和《解释》第一条，法院判处被告人有期徒刑。")
    assert cites(text)[-1][0] == "《解释》第一条" and cites(text)[-1][3] == "defined"


def test_a_name_defined_without_brackets_is_read_without_them():
    text = ("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（以下简称民间借贷新规）于2015年施行。\n"
            "依照民间借贷新规第二十六条，超过部分不予支持；民间借贷新规中的第二十八条另有规定。")
    law = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
    assert [c[:3] for c in cites(text)] == [("民间借贷新规第二十六条", law, ["第二十六条"]),
                                            ("民间借贷新规中的第二十八条", law, ["第二十八条"])]
    other = text.replace("依照民间借贷新规第二十六条", "依照广东民间借贷新规第二十六条")
    assert "民间借贷新规第二十六条" not in [c[0] for c in cites(other)]  # a longer name is another one


def test_a_name_defined_with_xia_cheng():
    text = "《最高人民法院关于民事执行中财产调查若干问题的规定》（下称“调查规定”）施行后，依照《调查规定》第十条罚款。"
    assert cites(text)[-1][:2] == ("《调查规定》第十条", INVESTIGATION)


def test_a_text_in_traditional_characters_cites_as_its_simplified_form_does():
    text = "法院依照《中華人民共和國刑法》第二百六十四條、第六十七條第三款判處。《治安管理處罰法》第四十三條亦有規定。"
    found = cites(text)
    assert [(law, labels) for _t, law, labels, _f in found] == [
        (CRIMINAL, ["第二百六十四条", "第六十七条"]), ("中华人民共和国治安管理处罚法", ["第四十三条"])]
    assert found[0][0] == "《中華人民共和國刑法》第二百六十四條、第六十七條第三款"  # the text as printed


def test_pinyin_printed_inside_a_title_is_no_part_of_it():
    assert cites("依據《未成年人保護(hù)法》第58條處罰。")[0][1:3] == (
        "中华人民共和国未成年人保护法", ["第五十八条"])


def test_a_law_the_wording_under_an_article_heading_names_is_not_the_headings_law():
    text = ("中华人民共和国民法典\n\n第一编 总则\n\n第一条 【立法目的】为了保护民事主体的合法权益，根据宪法，制定本法。"
            "\n\n第二条　民法调整平等主体之间的人身关系和财产关系。")
    assert [(t, law) for t, law, _l, _f in cites(text)] == [
        ("第一条", "中华人民共和国民法典"), ("第二条", "中华人民共和国民法典")]


@pytest.mark.parametrize("words", ["第一章 基本规定", "编者注：文本规定不一"])
def test_words_ending_like_a_back_reference_point_to_no_law(words):
    text = f"《中华人民共和国公司法》\n{words}\n第一条 为了规范公司的组织和行为，制定本法。"
    assert cites(text)[-1][:2] == ("第一条", "中华人民共和国公司法")


def test_a_citation_opening_its_paragraph_with_the_wording_after_it_lends_its_law_to_the_headings_below():
    loans = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
    text = (f"《{loans}》第二十八条规定：借贷双方对前期借款本息结算的，依照民法典第六百八十条处理。\n"
            "第二十九条规定：借贷双方对逾期利率有约定的，从其约定。")
    assert cites(text)[-1][:3] == ("第二十九条", loans, ["第二十九条"])


def test_a_law_named_in_passing_in_a_sentence_is_not_lent_to_the_paragraphs_below():
    text = ("海洋工程建设项目的建设单位有本条所列违法行为的，依照《中华人民共和国海洋环境保护法》的规定处罚。\n"
            "第三十四条改为第三十三条，修改为：负责审批的部门在审批中收取费用的，责令退还。")
    assert cites(text) == []
    text = "《中华人民共和国海洋环境保护法》的有关规定如下：\n第三十四条 禁止向海域排放油类。"
    assert cites(text)[0][:2] == ("第三十四条", "中华人民共和国海洋环境保护法")


def test_the_wording_after_a_heading_or_after_gui_ding_and_a_comma_is_kept_to_check_the_article():
    text = ("《中华人民共和国民事诉讼法》第一百一十六条 拘传、罚款、拘留必须经院长批准。\n"
            "第一百一十七条采取对妨害民事诉讼的强制措施必须由人民法院决定。\n"
            "《反不正当竞争法》第九条规定，经营者不得利用广告或者其他方法作引人误解的虚假宣传。")
    quotes = [c.quote for c in extract(text)]
    assert quotes[0].startswith("拘传罚款拘留") and quotes[1].startswith("采取对妨害民事诉讼")
    assert quotes[2].startswith("经营者不得利用广告")
    # a sentence that goes on about something else is not taken for the article's wording
    assert extract("刑法第二十条曾经被称为沉睡的条款。")[0].quote == ""


def test_the_wording_on_the_line_under_a_heading_alone_on_its_line_is_kept_to_check_the_article():
    text = "依照民法典第一千零七十九条判决。\n第\n3条\n当事人提起诉讼仅请求解除同居关系的，人民法院不予受理。"
    assert extract(text)[-1].quote.startswith("当事人提起诉讼仅请求解除同居关系")


def test_the_wording_right_against_a_titled_citation_opening_its_paragraph_is_kept_to_check_the_article():
    text = "【法律依据】\n《中华人民共和国反不正当竞争法》第十六条县级以上监督检查部门对不正当竞争行为，可以进行监督检查。"
    assert extract(text)[0].quote.startswith("县级以上监督检查部门")
    # a remark on the article opening its paragraph is no wording of it
    assert extract("前文。\n《刑法》第二十条亦明确规定了正当防卫的限度。")[0].quote == ""


@pytest.mark.parametrize("text, law", [
    ("税务机关依照《税收征管法》第六十三条追缴税款。", "中华人民共和国税收征收管理法"),
    ("保险公司依据交强险条例第二十一条赔偿。", "机动车交通事故责任强制保险条例"),
    ("执行异议规定第二十八条规定了买受人的物权期待权。", "最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定"),
])
def test_common_short_names_of_tax_insurance_and_enforcement_rules(text, law):
    assert cites(text)[0][1] == law


def test_a_title_printed_with_one_slip_is_the_one_law_it_stands_for():
    assert cites("现行《民事讼诉法》第二百二十七条作了规定。")[0][1] == MSL  # two characters swapped
    assert cites("依照《中华人民共和国民事诉论法》第一百一十四条拘留。")[0][1] == MSL  # one character wrong
    assert cites("依照《民事诉讼法学》第五条。") == []  # a book, not a slip of a title


def test_a_short_name_one_character_from_another_law_is_no_slip_of_it_with_the_state_s_name_before_it():
    # 测试法 is three characters: one of them changed makes another law's name, not a misprint
    # of it (测绘法), with or without 中华人民共和国 before it
    for text in ("依照《测试法》第二条。", "依照《中华人民共和国测试法》第二条。"):
        assert [c[1] for c in cites(text)] in ([], ["中华人民共和国测试法"], ["测试法"]), text


def test_a_bare_article_followed_by_a_crime_in_brackets_is_an_article_of_the_criminal_code():
    text = "条文内容\n第一百三十三条之二【妨害安全驾驶罪】对行驶中的公共交通工具的驾驶人员使用暴力的，处一年以下有期徒刑。"
    assert cites(text) == [("第一百三十三条之二", CRIMINAL, ["第一百三十三条之二"], "continuation")]
    assert cites("合同第五条【违约责任】约定了违约金。") == []


def test_an_article_cited_before_with_one_law_is_that_laws_again_where_its_paragraph_is_unclear():
    text = ("学习了《刑法》第二十条和《关于依法适用正当防卫制度的指导意见》。\n"
            "通过四个典型案例解释了第二十条所涉及的条款。")
    assert cites(text)[-1][:2] == ("第二十条", CRIMINAL)
    both = "《民事诉讼法》第225条与《执行异议规定》第7条一道，使第225条的适用更为清楚。"
    assert cites(both)[-1][:2] == ("第225条", MSL)
    assert cites("另据《公司章程》第二十条，董事会……\n第二十条规定不明。")[-1:] != [("第二十条", CRIMINAL)]


def test_a_year_alone_in_brackets_after_the_title_names_the_version():
    (c,) = extract("《未成年人保护法》（2020）第58条规定了网吧不得接纳未成年人。")
    assert (c.law, c.as_of) == ("中华人民共和国未成年人保护法", "2020-12-31")
