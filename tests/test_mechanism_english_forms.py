"""Every mechanism label under its usual English names (the taxonomy's ``english`` forms and
``english_descriptions``): read in English texts only, case-blind, with or without hyphens,
and counted like the Chinese forms (a name once in passing is not enough). Look-alikes, a
single common word (``auction``, ``blacklist``) or a phrase of another trade, are not tagged.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.mechanisms import Taxonomy, english_keys


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    ("The provincial high court assigned the case to another city for cross enforcement. "
     "Cross-enforcement has broken local protection in several old cases.", "交叉执行"),
    ("The court moved the firm's case from enforcement to bankruptcy review in May. "
     "Transfer of enforcement cases to bankruptcy lets creditors share what is left.", "执转破"),
    ("The county court promotes litigation source governance in every township. "
     "Pre-litigation mediation settled most of the neighbours' quarrels before any filing.", "诉源治理"),
    ("The People's Mediation Committee of the village met on Monday. "
     "Its people's mediators heard two families over a boundary wall.", "诉源治理"),
    ("Judges phoned the losing parties, urging voluntary performance after each ruling. "
     "The voluntary performance rate of the court rose sharply this year.", "执源治理"),
    ("The court reviewed cases closed upon termination of the current enforcement procedure. "
     "Cases closed by terminating the current enforcement procedure are restored when assets appear.", "终本管理"),
    ("The flat was sold through an online judicial auction on Tuesday. "
     "Bidders in the judicial sale came from three provinces.", "司法拍卖"),
    ("The company was put on the list of dishonest persons subject to enforcement. "
     "Its boss now faces a restriction on high consumption until the debt is paid.", "失信惩戒"),
    ("Debtors on the list are barred from buying high-speed train tickets and first-class seats. "
     "The Restriction On High Consumption also covers golf clubs.", "失信惩戒"),
    ("The man was sentenced to a year in prison for refusal to execute judgments. "
     "Prosecutors said the crime of refusing to execute a judgment is rising.", "拒执打击"),
    ("The intermediate court opened a special enforcement campaign in the summer. "
     "During the concentrated enforcement, officers visited debtors before dawn.", "集中执行"),
    ("The court applied good-faith enforcement to the struggling factory. "
     "Flexible seizure let the plant keep running while the debt was paid.", "善意文明执行"),
    ("The city set up a government-court linkage mechanism for troubled firms. "
     "Through the government-court linkage, workers' wages were settled first.", "府院联动"),
    ("The enforcement linkage with banks and the police now covers the whole province. "
     "The online inquiry and control system found the debtor's accounts in minutes.", "执行联动"),
    ("The court issued new rules on the management of enforcement funds. "
     "Enforcement funds management now tracks every payment to the applicants.", "案款管理"),
    ("Applicants can file papers at the enforcement affairs center of the court. "
     "The Enforcement Affairs Center handles seals, notices and payments in one place.", "执行事务中心"),
    ("The county bureau expanded county policing to every township. "
     "It now puts one village, one police assistant in remote hamlets.", "县域警务"),
    ("Police warned elderly residents about telecom fraud at the market. "
     "Telecommunications fraud cost the town's families a great deal last year.", "反诈"),
    ("The duty lawyer met the suspect at the detention house on Monday. "
     "Duty lawyers give free advice to those who cannot afford counsel.", "法律援助"),
])
def test_an_english_name_of_a_mechanism_counts(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    # a single common word
    ("The charity auction raised money for the school. An auction of paintings followed, "
     "and the auction house thanked every bidder.", "司法拍卖"),
    ("The football club was put on a blacklist by the league. The blacklist bars the club "
     "from signing players for a year, the league said.", "失信惩戒"),
    # another trade's phrase around the same words
    ("Police held a meeting on law enforcement cooperation with their neighbours. "
     "Law enforcement cooperation against smuggling will go on next year.", "执行联动"),
    ("The city praised civilized law enforcement by its inspectors. Civilized law enforcement "
     "means talking to street vendors before fining them.", "善意文明执行"),
    ("The airline banned passengers from taking power banks on flights. Passengers are barred "
     "from carrying spare batteries in checked bags.", "失信惩戒"),
])
def test_a_look_alike_is_not_tagged(tagger: Tagger, text: str, label: str) -> None:
    assert label not in labels(tagger, text)


def test_an_english_name_once_in_passing_is_not_enough(tagger: Tagger) -> None:
    text = ("The delegation met local officials and discussed trade, tourism and many other topics, "
            "from schools to enforcement linkage and roads")
    assert "执行联动" not in labels(tagger, text)


def test_english_names_are_read_in_english_texts_only(tagger: Tagger) -> None:
    # a Chinese report quoting an English name: not an English text, read as Chinese only
    text = ("本报讯 近日，某县召开工作会议，研究部署下一阶段的重点工作，会议听取了各部门的情况汇报，"
            "并对存在的问题进行了认真分析。一位与会人员提到了 Judicial Auction 一词。"
            "另一位与会人员也说起 Judicial Auction 的情况，随后会议就招商引资、乡村振兴、生态保护等议题"
            "进行了深入交流，明确了责任分工和完成时限。")
    assert "司法拍卖" not in labels(tagger, text)


def test_english_forms_are_matched_case_blind_with_or_without_hyphens() -> None:
    assert english_keys("Cross-Enforcement") == ("cross-enforcement", "crossenforcement")
    assert set(english_keys("people's mediation")) == {"people'smediation", "people\u2019smediation"}


def test_an_english_name_typed_as_a_filter_means_its_label() -> None:
    t = Taxonomy.load()
    assert t.label_of("Judicial Auction") == "司法拍卖"
    assert t.label_of("termination of the current enforcement procedure") == "终本管理"
    assert t.label_of("auction") is None


def test_every_label_has_english_forms_of_several_words() -> None:
    t = Taxonomy.load()
    for m in t.mechanisms.values():
        assert m.english, m.label
        for form in m.english:
            assert " " in form or form.count("-") >= 1, (m.label, form)


def test_a_search_hit_shows_the_english_form_that_earned_the_tag(tagger: Tagger) -> None:
    from lawnews.search.evidence import find

    text = ("Cases closed upon Termination of the Current Enforcement Procedure are reviewed each month. "
            "Cases closed by termination of the current enforcement procedure go back to work when assets appear.")
    shown = {text[s:e] for s, e, _tag in find(tagger, text, "mechanism", "终本管理")}
    assert shown == {"Termination of the Current Enforcement Procedure", "termination of the current enforcement procedure"}
