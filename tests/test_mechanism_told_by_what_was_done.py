"""Mechanisms told by what the court did rather than by their names: a frozen account released so
that the firm keeps going, the account chosen to spare the business and sealed equipment left in use
(善意文明执行), a failed sale followed by a sale at a lower price (司法拍卖), a campaign's cases cleared
(集中执行), the land registry joined by name and the police asked to trace a debtor (执行联动).
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("label, text", [
    ("善意文明执行", "某公司的基本账户被冻结后，员工工资无法发放。公司申请解除冻结，以便及时发放员工工资，"
                "法院审查后予以准许，双方随后达成分期履行的和解协议。"),
    ("善意文明执行", "考虑到该公司仍在正常经营，执行法官选择了对企业经营影响较小的一般账户进行冻结，"
                "允许其分期履行，企业的生产经营没有中断。"),
    ("善意文明执行", "法院查封了该厂的生产设备，但允许其在监管下继续使用，企业正常生产经营，并按约分期偿还欠款。"),
    ("司法拍卖", "该车经两次流拍后，法院依法予以变卖，所得价款发放给申请执行人。"),
    ("集中执行", "专项行动开展以来，全市法院共执结案件1200余件，执行到位金额3.2亿元。"),
    ("执行联动", "今年5月，该院联合市不动产登记中心设立不动产在线查控专线，被执行人名下的房产可以当天查询、当天查封。"),
    ("执行联动", "法院与不动产登记中心建立查控协作机制，执行法官足不出户即可查询被执行人名下的房产。"),
    ("执行联动", "对“难找”的被执行人，执行法官提请公安机关协助追查其下落，公安民警根据线索在外地将其找到，送交法院处理。"),
])
def test_a_mechanism_told_by_what_was_done(tagger: Tagger, label: str, text: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("label, text", [
    # the rule on lifting a freeze, explained: no court spares a business
    ("善意文明执行", "被执行人履行全部债务后，可以向法院申请解除冻结，法院经审查符合条件的，裁定解除冻结。"),
    # a police campaign's figures are not the courts' concentrated enforcement
    ("集中执行", "专项行动开展以来，县公安局共破获盗窃案件36起，抓获犯罪嫌疑人12名。"),
])
def test_the_same_words_without_the_mechanism(tagger: Tagger, label: str, text: str) -> None:
    assert label not in labels(tagger, text)
