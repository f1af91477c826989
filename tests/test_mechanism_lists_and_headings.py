"""A label's words where they say less than they seem: a heading the page breaks off after,
with no body text or heading after it (a chapter's heading right above its first subheading
keeps its label); the first
item of an enumeration that 包括 or 就 opens and 等 closes (包括打击拒执犯罪工作、…、…等工作情况),
which a governing form does not make the sentence's subject, and of one written with commas
(如管辖的确定,…,集中执行的具体适用等问题); forms printed in a row with spaces between, which the
whitespace-free text runs together (a page's tags: 集中执行 失信惩戒 执行联动); a court's own judicial police
(司法警察), who are not the rural police; departments acting together (部门联动, 联动单位) on
something other than a court's enforcement. Each has a look-alike that keeps its label. Every
sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def article_labels(tagger: Tagger, *sections: tuple[str | None, str]) -> tuple[str, ...]:
    article = Article(id="t#1", file="t.txt", title="某区法院多措并举推进执行工作",
                      sections=tuple(Section(heading=h, text=t) for h, t in sections))
    return tagger.tag_article(article).tags.mechanisms


_OPENING = ("某区法院今年以来多措并举推进执行工作，执结案件一千余件，执行到位金额三亿余元。")


# -- a heading with no body under it ----------------------------------------------------------

def test_a_heading_the_page_breaks_off_after_is_no_mention(tagger: Tagger) -> None:
    assert "失信惩戒" not in article_labels(tagger, (None, _OPENING), ("联合惩戒精准推送", ""))


def test_a_heading_with_only_a_caption_after_it_is_no_mention(tagger: Tagger) -> None:
    article = Article(id="t#1", file="t.txt", title="某区法院多措并举推进执行工作",
                      sections=(Section(heading=None, text=_OPENING), Section(heading="联合惩戒精准推送", text="")),
                      captions=("图为执行干警在工作现场。",))
    assert "失信惩戒" not in tagger.tag_article(article).tags.mechanisms


def test_a_chapter_heading_right_above_its_first_subheading_keeps_its_label(tagger: Tagger) -> None:
    got = article_labels(tagger, (None, _OPENING), ("一、联合惩戒精准推送", ""),
                         ("（一）名单信息共享", "该院与多家单位共享名单信息，让被执行人处处受限。"))
    assert "失信惩戒" in got


def test_a_heading_over_its_body_keeps_its_label(tagger: Tagger) -> None:
    got = article_labels(tagger, (None, _OPENING),
                         ("联合惩戒精准推送", "该院与多家单位共享名单信息，让被执行人处处受限。"))
    assert "失信惩戒" in got


# -- the first item of an enumeration that 包括 or 就 opens ------------------------------------

def test_the_first_item_of_a_report_s_list_is_no_mention(tagger: Tagger) -> None:
    text = ("座谈会上，某县法院汇报了今年以来的执行工作情况，包括打击拒执犯罪工作、涉案财产处置、执行信访、"
            "队伍管理等工作情况。会后，与会人员还就刑事追究中的难点进行了研讨。")
    assert "拒执打击" not in labels(tagger, text)


def test_the_first_item_of_a_list_of_topics_discussed_is_no_mention(tagger: Tagger) -> None:
    text = ("双方就执行联动机制建设、信息共享、人员培训、案件会商等方面进行了深入交流，并表示将加强沟通，"
            "共同推动工作再上新台阶。")
    assert "执行联动" not in labels(tagger, text)


def test_a_governing_form_before_its_own_items_keeps_its_label(tagger: Tagger) -> None:
    text = ("某县法院联合公安机关严厉打击拒执犯罪，对拒不执行判决、裁定的被执行人依法追究刑事责任，"
            "今年以来已移送公安机关侦查拒执犯罪线索五件，判处刑罚三人。")
    assert "拒执打击" in labels(tagger, text)


def test_a_form_that_heads_a_clause_of_its_own_keeps_its_label(tagger: Tagger) -> None:
    text = ("今年以来，某县法院包括执行局在内的各部门全力打击拒执犯罪，先后移送公安机关侦查拒执犯罪线索五件，"
            "法院依法判处刑罚三人，有力震慑了规避执行、抗拒执行等行为。")
    assert "拒执打击" in labels(tagger, text)


# -- a court's judicial police ------------------------------------------------------------------

def test_a_tribunal_s_judicial_police_going_to_the_villages_are_not_rural_policing(tagger: Tagger) -> None:
    text = ("为送达诉讼文书，某某法庭的法官和司法警察一道进村入户，把文书送到当事人手中，"
            "并向村民讲解了诉讼程序。")
    assert "县域警务" not in labels(tagger, text)


def test_the_police_going_to_the_villages_keep_rural_policing(tagger: Tagger) -> None:
    text = ("为服务群众，某某派出所的民警和辅警一道进村入户，为村民办理户籍业务，"
            "并向村民讲解了防盗知识。")
    assert "县域警务" in labels(tagger, text)


# -- the joint punishment's watchword ---------------------------------------------------------

def test_the_watchword_of_the_joint_punishment_tells_of_it(tagger: Tagger) -> None:
    text = "某市四十多家联动单位一齐发力，让失信被执行人一处失信、处处受限，已有320名被执行人主动履行了义务。"
    assert "失信惩戒" in labels(tagger, text)


def test_one_debtor_named_without_the_list_or_the_watchword_is_no_mention(tagger: Tagger) -> None:
    text = "某市四十多家联动单位一齐发力，让失信被执行人无处藏身，已有320名被执行人主动履行了义务。"
    assert "失信惩戒" not in labels(tagger, text)


# -- departments acting together on something other than enforcement --------------------------

def test_departments_acting_together_on_wages_are_no_enforcement_linkage(tagger: Tagger) -> None:
    text = ("为帮助农民工讨薪，县人社局启动部门联动机制，住建、交通等部门联动协作，三天内帮助农民工拿回工资。"
            "部门联动让群众少跑腿、好办事。")
    assert "执行联动" not in labels(tagger, text)


def test_departments_acting_together_with_the_court_keep_the_linkage(tagger: Tagger) -> None:
    text = ("某县法院与公安、银行等联动单位密切配合，共同查找被执行人下落。"
            "今年以来，该院通过部门联动查找到被执行人35名。")
    assert "执行联动" in labels(tagger, text)


# -- an enumeration written with commas, and forms printed in a row -------------------------------

_ISSUES = "本文梳理了实务中的常见问题，如管辖的确定,证据的审查,送达的方式,集中执行的具体适用等问题。"


def test_an_item_of_a_list_written_with_commas_is_no_mention(tagger: Tagger) -> None:
    assert "集中执行" not in labels(tagger, "摘要：" + _ISSUES + "\n正文：" + _ISSUES)


def test_clauses_parted_by_commas_are_no_list(tagger: Tagger) -> None:
    text = ("今年以来,某区法院开展集中执行行动,出动干警120人次,拘传被执行人15人,执结案件35件,"
            "执行到位金额300余万元。")
    assert "集中执行" in labels(tagger, text)


def test_a_page_s_tags_printed_in_a_row_are_no_mention(tagger: Tagger) -> None:
    text = "某区法院召开执行工作会议，部署下一阶段工作。\n标签：集中执行 失信惩戒 执行联动 集中执行行动"
    assert labels(tagger, text) == ()


def test_two_forms_written_together_keep_their_label(tagger: Tagger) -> None:
    text = "某区法院开展“冬季雷霆”集中执行行动，出动干警120人次。“冬季雷霆”集中执行行动首日执结案件35件。"
    assert "集中执行" in labels(tagger, text)


def test_clauses_after_a_condition_opened_by_ru_are_no_list(tagger: Tagger) -> None:
    text = "某区法院规定,如遇重大节日,组织开展集中执行行动,出动全部干警,执结涉民生案件等,确保群众过好节。"
    assert "集中执行" in labels(tagger, text)
