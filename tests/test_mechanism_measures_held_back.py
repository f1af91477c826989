"""善意文明执行 told by what the court holds back: coercive measures lifted or suspended for a
debtor (解除对该公司的强制措施, 暂缓适用信用惩戒, a time of grace before the blacklist) and the
enforcement's own harm kept small (减轻强制措施对企业经营的影响). Lifting the ban on high
spending is the ban lifted, not the ban at work. Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


def test_measures_lifted_and_suspended_for_a_firm_are_good_faith_enforcement(tagger: Tagger) -> None:
    text = ("某食品公司因资金周转困难未能按期还款，被法院采取了强制措施。"
            "考虑到公司正在组织节日生产，法院暂时解除了对该公司的强制措施，"
            "并暂缓对其适用信用惩戒，公司承诺三个月内分期还清欠款。")
    assert "善意文明执行" in labels(tagger, text)


def test_a_time_of_grace_before_the_blacklist_is_good_faith_enforcement(tagger: Tagger) -> None:
    text = ("某县法院推出信用承诺制度，为有履行意愿的企业提供失信宽限期。"
            "企业在失信宽限期内不被纳入失信被执行人名单，可以正常参加招投标。")
    assert "善意文明执行" in labels(tagger, text)


def test_the_enforcements_harm_kept_small_is_good_faith_enforcement(tagger: Tagger) -> None:
    text = ("该院出台十条措施，最大限度降低执行活动对企业正常生产经营的影响。"
            "对暂时困难的企业，法院减轻强制措施对企业信誉的影响，帮助企业渡过难关。")
    assert "善意文明执行" in labels(tagger, text)


def test_lifting_the_ban_on_high_spending_is_no_mention_of_the_ban(tagger: Tagger) -> None:
    text = ("立案后，法院对被执行人采取了限制高消费措施。"
            "被执行人付清全部欠款后，法院解除了对其的限制高消费措施。"
            "随后，法官向双方当事人送达了结案通知书。")
    assert "失信惩戒" not in labels(tagger, text)
