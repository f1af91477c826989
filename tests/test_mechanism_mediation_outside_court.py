"""诉源治理 told as disputes settled outside court: a police station, a justice office (司法所),
a village or a mediator settling a dispute before it reaches a court, told as a case, a station's
mediation room, the disputes settled and the share settled; not a duty in a list of a police
officer's work, nor a judge's mediation of a filed case. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text", [
    # a justice office settles one dispute
    "青禾镇司法所通过现场丈量的办法，成功调解一起相邻宅基地纠纷，两户老邻居重新来往。",
    # a station's officers and village cadres settle one dispute, named before its settling
    "柳溪派出所民警联合村干部赶到现场，耐心劝说双方，最终将这起持续三年的地界纠纷成功化解。",
    # the parties reconciled by the officer in the same sentence
    "两家因排水沟争吵多年。在民警的耐心劝导下，双方情绪逐渐平复，当场握手言和。",
    # a station's mediation room
    "石桥派出所设立了双语调解室，邀请村里德高望重的老人参与调解，化解邻里矛盾。",
    # the disputes settled and the share settled
    "今年以来，该警务室共化解各类矛盾纠纷86起，调解成功率达97%。",
])
def test_disputes_settled_outside_court_are_litigation_source_governance(tagger: Tagger, text: str) -> None:
    assert "诉源治理" in labels(tagger, text)


def test_a_dispute_settled_by_the_police_keeps_rural_policing_apart(tagger: Tagger) -> None:
    text = ("某乡派出所驻村民警每周走村入户。柳溪派出所民警联合村干部赶到现场，"
            "耐心劝说双方，最终将这起持续三年的地界纠纷成功化解。")
    assert {"诉源治理", "县域警务"} <= set(labels(tagger, text))


@pytest.mark.parametrize("text", [
    # settling disputes as one item of a village officer's duties
    "驻村民警每天组织网格员、村干部开展巡逻防范、疏导交通、宣传提醒、调处纠纷等工作，村里治安明显好转。",
    # a judge's mediation of a filed case
    "立案后，承办法官多次组织原被告调解，最终双方握手言和，原告当庭撤诉。",
    # the officers' anti-fraud talk, with disputes only named
    "民警走进菜市场开展反诈宣传，提醒摊主警惕冒充客服诈骗，并排查矛盾纠纷。",
])
def test_mediation_in_passing_or_in_a_suit_is_not_it(tagger: Tagger, text: str) -> None:
    assert "诉源治理" not in labels(tagger, text)
