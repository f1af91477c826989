"""Mechanism labels from the way news reports word them: English reports on China's courts
(the courts' blacklist of debtors, debtors kept off planes, disputes settled before the
litigation stage, police forces in rural areas) and Chinese ones (judges sent into the
community grids). Each wording counts in a text that gives the
label sentences of its own; a look-alike in another trade's words is not tagged.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    # the courts' blacklist named as reporters name it
    ("The city court added forty firms to its debtor blacklist this spring. "
     "Owners blacklisted by the court cannot take loans from state banks.", "失信惩戒"),
    ("The top court keeps a public blacklist of debtors on its website. "
     "It began blacklisting dishonest people subject to enforcement in 2013.", "失信惩戒"),
    # the debtor kept off planes
    ("Under the new rules, people who ignore court rulings are barred from flying for a year. "
     "Defaulters were restrained from purchasing about 1.2 million air tickets last year.", "失信惩戒"),
    # disputes settled before they reach a courtroom
    ("Last year the county's courts resolved 9,000 neighbour disputes before they reached the litigation stage. "
     "Village elders help families settle disputes at home, outside of courts and arbitration.", "诉源治理"),
    # police strength in the countryside
    ("The ministry will keep strengthening police forces in rural areas next year. "
     "Officers say police going to the countryside now patrol every township.", "县域警务"),
])
def test_an_english_news_wording_counts(tagger: Tagger, text: str, label: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("text, label", [
    # another body's blacklist
    ("The football league published a blacklist of agents. "
     "Clubs dealing with agents blacklisted by the league cannot sign players.", "失信惩戒"),
    # an airline's own ban on a passenger
    ("The airline barred the drunk passenger from flying with it again. "
     "The crew had restrained him from purchasing more drinks on board.", "失信惩戒"),
    # one case settled out of court
    ("The two firms settled their contract disputes outside of court after a year of talks. "
     "The settlement outside of court saved both sides a great deal of money.", "诉源治理"),
    # the police in a city, floods in the countryside
    ("Floods cut power in rural areas, and the police in the city set up shelters. "
     "Police in the city centre also answered calls about the floods in rural areas.", "县域警务"),
])
def test_an_english_look_alike_is_not_tagged(tagger: Tagger, text: str, label: str) -> None:
    assert label not in labels(tagger, text)


def test_judges_sent_into_the_grids_to_settle_disputes_count(tagger: Tagger) -> None:
    text = ("区法院启动“法官进网格”活动，帮助社区调解邻里纠纷。"
            "今年以来，法官进网格累计化解纠纷120件。")
    assert "诉源治理" in labels(tagger, text)


def test_judges_visiting_the_community_without_disputes_are_not_tagged(tagger: Tagger) -> None:
    text = ("法官进社区开展普法宣传，讲解民法典婚姻家庭编。"
            "法官进网格走访企业，了解营商环境和用工情况。")
    assert "诉源治理" not in labels(tagger, text)
