"""Disputes kept where they arise and officers seated in a village, told in words the
taxonomy's forms did not hold: the slogan 小事不出村，大事不出镇, disputes settled at someone's
door (在牧民家门口“零距离”化解矛盾纠纷) or settled (调处) at the grass roots count for 诉源治理;
an officer who also sits in a village's party office (派出所副所长兼某村党支部副书记) counts
for 县域警务. Each has a look-alike that keeps its label out. Every sentence here is made up
for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


# -- 诉源治理: disputes kept in the village ----------------------------------------------------

def test_the_slogan_of_disputes_kept_in_the_village_counts(tagger: Tagger) -> None:
    text = ("某某镇组建了由老党员、村干部组成的调解队伍，真正做到“小事不出村，大事不出镇”。"
            "今年以来，调解队伍已化解邻里纠纷62起。")
    assert "诉源治理" in labels(tagger, text)


def test_disputes_settled_at_the_herders_door_count(tagger: Tagger) -> None:
    text = ("某某县法院组织法官骑马进入草原，在牧民家门口“零距离”化解矛盾纠纷。"
            "法官们在帐篷里摆开桌子，当场调解了两起草场纠纷。")
    assert "诉源治理" in labels(tagger, text)


def test_disputes_settled_at_the_grass_roots_count(tagger: Tagger) -> None:
    text = ("某某镇建立矛盾纠纷排查机制，各类矛盾纠纷在基层得到妥善调处，"
            "群众足不出村就能化解纠纷，全年没有一起纠纷闹到法院。")
    assert "诉源治理" in labels(tagger, text)


def test_a_slogan_of_a_house_and_an_island_is_not_it(tagger: Tagger) -> None:
    text = ("某某岛上只有一名法官，他常说“小事不出门，大事不出岛”。"
            "这名法官在渔船上开庭审理了一起船员工资案件。")
    assert "诉源治理" not in labels(tagger, text)


# -- 县域警务: an officer in a village's party office --------------------------------------------

def test_an_officer_seated_in_a_village_party_office_counts(tagger: Tagger) -> None:
    text = ("某某派出所地处偏远山区，民警常年与村民打交道。副所长王某某兼任某某村党支部副书记，"
            "每周都到村里参加村务会议，帮助村里解决治安难题，村民有事都愿意找他商量。")
    assert "县域警务" in labels(tagger, text)


def test_a_village_secretary_who_is_no_officer_is_not_it(tagger: Tagger) -> None:
    text = ("某某村地处偏远山区，村民多以放牧为生。返乡大学生王某某兼任某某村党支部副书记，"
            "每周都在村里召开村务会议，帮助村里发展养殖产业，村民有事都愿意找他商量。")
    assert "县域警务" not in labels(tagger, text)
