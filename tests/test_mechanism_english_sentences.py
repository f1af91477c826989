"""English pages read like Chinese ones: their sentences end at a full stop before a capital
letter (a bulleted menu at the top of the page heads only its own sentence), the words of a
label's subject in English (``mediation``, ``disputes``; ``police``, ``rural``) tell a sentence
about the label from a name in passing, and the labels' usual English wordings are known
(police mediation, disputes solved in the village, disputes counted as resolved, telecommunication
fraud, joint inquiry and control, help for the courts, concentrated judgment enforcement,
refusing to carry out a judgment, police substations in rural villages, a court's auction).
A bank clerk who fears a customer is being cheated and calls the police is anti-fraud work in
Chinese too. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.mechanisms import english_units
from lawnews.index.tagging.textmap import unit_bounds


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_an_english_text_is_cut_into_sentences_at_its_full_stops() -> None:
    text = "Thecourtmet.ItsjudgesvisitedMr.Lion3.5acres.\"Good,\"hesaid.Weleft"
    ends = english_units(text, unit_bounds(text))
    assert [text[s:e] for s, e in zip([0, *ends], ends)] == [
        "Thecourtmet.", "ItsjudgesvisitedMr.Lion3.5acres.", "\"Good,\"hesaid.", "Weleft"]
    text = "“Weagree,”hesaid.“Rarelyso.”Ajudgenodded."
    ends = english_units(text, unit_bounds(text))
    assert [text[s:e] for s, e in zip([0, *ends], ends)] == ["“Weagree,”hesaid.", "“Rarelyso.", "”Ajudgenodded."]


def test_a_chinese_text_keeps_its_sentences() -> None:
    text = "法院召开会议。会议由A.B主持"
    assert english_units(text, unit_bounds(text)) == unit_bounds(text)


def test_a_bulleted_menu_heads_only_its_own_sentence(tagger: Tagger) -> None:
    text = ("• Large\n• Small In order to help villagers, the township held a campaign on Monday. "
            "Staff explained the tricks of telecom fraud to the villagers one by one. "
            "They handed out leaflets on telecom fraud and warned the elderly not to transfer money "
            "to strangers.")
    assert "反诈" in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    # the label's name once, in a sentence that goes on with the words of its subject
    ("The city has also set up a one village, one policeman mechanism, so that villagers in rural areas "
     "can turn to a police station near home. The mayor praised it.", "县域警务"),
    ("The committee uses people's mediation for quarrels between neighbours, and its mediators settle most "
     "disputes within a week. The town is pleased.", "诉源治理"),
])
def test_english_words_of_the_subject_tell_a_sentence_about_the_label(tagger: Tagger, text: str,
                                                                      label: str) -> None:
    assert label in labels(tagger, text)


def test_a_name_among_other_topics_is_still_a_name_in_passing(tagger: Tagger) -> None:
    text = ("The delegation discussed trade, tourism and schools, people's mediation among them, and then "
            "visited a factory. The factory makes shoes for export.")
    assert "诉源治理" not in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    ("Local police rely on police mediation to calm quarrels between neighbours. "
     "Police mediation is cheap and quick, officers say.", "诉源治理"),
    ("\u201cWe try to solve disputes in the village as peacefully as possible,\u201d the head of the committee "
     "said. Other places are exploring ways to resolve disputes at the grassroots level.", "诉源治理"),
    ("Since 2010, 260 disputes were resolved by the town's mediation teams, 35 of them serious. "
     "Mediation costs the parties nothing.", "诉源治理"),
    ("Police in the district prevented 120 cases of telecommunication fraud this year. "
     "Bank clerks are trained to spot telecommunication fraud at the counter.", "反诈"),
    ("The high court and the city police agreed on jointly inquiring and controlling persons subject to "
     "enforcement. Joint inquiry and control will cover travel records.", "执行联动"),
    # the cue words read case-blind: Police opens the next sentence
    ("Last year twenty departments set up a system to help courts carry out judgments, and banks must "
     "report debtors' accounts. Police will stop debtors at the border.", "执行联动"),
    ("Courts at all levels should carry out special and concentrated judgment enforcement, giving priority "
     "to wage cases, so that workers are paid in time, the circular said.", "集中执行"),
    ("The man was sentenced to a year in prison for refusing to carry out a judgment. "
     "Refusal to carry out judgments is a crime, prosecutors said.", "拒执打击"),
    ("The county will try village security heads at five police substations in rural villages. "
     "The heads, village party secretaries, will help the police keep order in rural villages.", "县域警务"),
    ("The intermediate court ended the stalemate with a successful auction of the project, which sold for "
     "300 million yuan. The buyer paid within a month.", "司法拍卖"),
])
def test_usual_english_wordings_of_a_label(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    ("The charity held an auction of paintings, and the court of the old castle was full of bidders. "
     "The auction raised money for the school.", "司法拍卖"),
    ("The ministers discussed how departments can help schools carry out the new rules on meals. "
     "Banks will fund the kitchens.", "执行联动"),
])
def test_english_look_alikes_stay_out(tagger: Tagger, text: str, label: str) -> None:
    assert label not in labels(tagger, text)


def test_a_bank_clerk_who_fears_a_customer_is_cheated_calls_the_police(tagger: Tagger) -> None:
    text = ("1月8日，八旬老人邓大爷来到某银行，准备取走卡上的16万元存款。银行工作人员担心老人被骗，随即报警求助。"
            "民警赶到后耐心询问，提醒老人不要轻信陌生电话，老人坚持说取钱是为了过年，民警将他安全送回家中。")
    assert "反诈" in labels(tagger, text)


def test_a_court_clerk_who_finds_a_fraud_is_not_the_banks_alert(tagger: Tagger) -> None:
    text = ("执行局工作人员发现该公司以虚假合同诈骗12家供应商，遂向公安机关报案。法院随后中止了对该公司的执行，"
            "案件移送公安机关侦查。")
    assert "反诈" not in labels(tagger, text)
