"""Mechanism forms that recur on pages nobody tuned on: the fraudsters named (诈骗分子, 电话诈骗),
two officers to a village (一村两警), legal aid in English, and the partner patterns of
执行联动 (联合派出所, 与公安建立…) counted only where their sentence speaks of the court's
enforcement. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger
from lawnews.index.tagging.mechanisms import Taxonomy


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_fraudsters_named_make_a_story_of_a_stopped_fraud_anti_fraud(tagger: Tagger) -> None:
    text = ("柜员发现老人正按对方指示操作转账，对方自称是公安局的办案人员。"
            "原来诈骗分子冒充公检法，以“资金核查”为由诱导老人把存款转入所谓安全账户。"
            "柜员一边拖延办理，一边报警，赶到的民警向老人讲明了诈骗分子的惯用手法。")
    assert "反诈" in labels(tagger, text)


def test_a_fraud_by_telephone_stopped_by_the_police_is_anti_fraud(tagger: Tagger) -> None:
    text = ("近日，某镇一位七旬老人接到陌生来电，对方称其儿子出了车祸急需用钱。"
            "这是一起典型的电话诈骗，银行工作人员察觉异常后立即报警，民警及时赶到，"
            "帮助老人保住了五万元存款。警方提醒，接到电话诈骗要先核实、不转账。")
    assert "反诈" in labels(tagger, text)


def test_two_officers_to_a_village_is_rural_policing(tagger: Tagger) -> None:
    text = ("2019年以来，某县公安局推行“一村两警”制度，在每个行政村确定一名专职民警，"
            "同时安排一名机关干部挂钩联系，协助开展治安巡逻和矛盾调处。"
            "“一村两警”让群众在家门口就能找到警察。")
    assert "县域警务" in labels(tagger, text)


def test_legal_aid_in_english_counts(tagger: Tagger) -> None:
    text = ("Legal aid for migrant workers. The lawyer has offered legal aid to workers who were "
            "not paid for more than ten years, and his firm now handles 300 cases a year.")
    assert "法律援助" in labels(tagger, text)


def test_legal_assistance_in_english_counts(tagger: Tagger) -> None:
    text = ("The ministry started a legal assistance campaign before the holiday, sending lawyers and "
            "legal assistance volunteers to building sites to help workers recover their wages.")
    assert "法律援助" in labels(tagger, text)


def test_an_office_joining_the_police_against_fraud_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = ("12月3日，某县便民服务中心联合派出所开展反诈宣传，向办事群众发放宣传折页。"
            "服务中心负责人表示，今后将联合派出所常态化开展宣传，守护群众的钱袋子。")
    assert "执行联动" not in labels(tagger, text)


def test_a_street_office_setting_up_with_the_police_is_not_enforcement_linkage(tagger: Tagger) -> None:
    text = ("下一步，街道将与派出所建立联防联控机制，通过入户走访和快速处置，共同织密防诈安全网。"
            "街道还将与派出所建立信息通报制度，及时提醒独居老人。")
    assert "执行联动" not in labels(tagger, text)


def test_a_court_joining_the_police_is_still_enforcement_linkage(tagger: Tagger) -> None:
    text = ("3月5日，某区法院联合区公安分局开展集中查控，对12名失信被执行人实施布控。"
            "该院还与公安机关建立协作机制，被执行人一经发现即由民警协助拘传到院。")
    assert "执行联动" in labels(tagger, text)


def test_a_contextual_pattern_of_a_user_taxonomy_needs_its_context(tmp_path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text('[[mechanism]]\nlabel = "共管"\ncontext = ["法院"]\n'
                    'contextual_patterns = ["联合[\\u4e00-\\u9fff]{0,2}?银行"]\n', encoding="utf-8")
    taxonomy = Taxonomy.load(path)
    with_court = "法院联合当地银行开展查询。"
    without = "社区联合当地银行开展宣传。"
    assert [h.label for h in taxonomy.find(with_court, [len(with_court)])] == ["共管"]
    assert taxonomy.find(without, [len(without)]) == []


def test_a_contextual_pattern_must_be_a_regular_expression(tmp_path) -> None:
    from lawnews.errors import TaxonomyError
    path = tmp_path / "taxonomy.toml"
    path.write_text('[[mechanism]]\nlabel = "共管"\ncontextual_patterns = ["联合(银行"]\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not a regular expression"):
        Taxonomy.load(path)


def test_a_count_of_livestock_beside_a_form_is_a_count(tagger: Tagger) -> None:
    # one mention, with the case's count of animals (300头): as 300户, 5辆
    text = ("庭审结束后，承办法官提出对养殖场的300头肉牛进行“活封”。"
            "双方负责人当场签字确认。")
    assert "善意文明执行" in labels(tagger, text)


def test_a_form_without_a_count_stays_a_mention(tagger: Tagger) -> None:
    text = ("庭审结束后，承办法官提出对养殖场的肉牛进行“活封”。"
            "双方负责人当场签字确认。")
    assert "善意文明执行" not in labels(tagger, text)
