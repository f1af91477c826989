"""A court printed as the issuer of a document the text only cites is referred to, also where the
title has no brackets: before the title of a notice passing a document on (某中级人民法院关于印发
《…》的通知, 某高级人民法院印发《…》的通知), with its co-issuers printed after it without a mark
(某省高级人民法院某省人民检察院某省公安厅关于印发…), and listed with other issuers or as a
numbered item before 关于…的规定. A court that issues a document in the text's words, or whose
own rules a page prints under their title, acts."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def courts(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.courts


CITED = [
    "执行转破产的法律依据：1、深圳市中级人民法院关于印发《执行移送破产案件管理人工作指引》的通知；"
    "2、广东省高级人民法院印发《关于执行案件移送破产审查的若干意见》的通知。",
    "广东省高级人民法院广东省人民检察院广东省公安厅关于印发拒不执行判决裁定案件规范指引的通知 各市：现印发给你们。",
    "根据市委有关文件，以及最高人民法院、中央综治办和省高院、省综治办关于将执行工作纳入综治考核的规定，"
    "市委办公室转发实施意见。",
]


@pytest.mark.parametrize("text", CITED, ids=["notice titles", "co-issuers unmarked", "listed issuers"])
def test_a_court_issuing_a_cited_document_is_referred_to(tagger: Tagger, text: str) -> None:
    assert courts(tagger, "广东省某市委办公室发文。" + text) == ()


ACTING = [
    ("北京市高级人民法院关于进一步规范指定执行工作的若干规定 第一条 高级法院统一管理执行工作。", "北京市高级人民法院"),
    ("康保法院认真落实最高院《关于执行案款管理的通知》，及时发放案款。", "康保县人民法院"),
    ("深圳中院近日印发《破产案件管理人工作指引》，规范管理人履职。", "深圳市中级人民法院"),
]


@pytest.mark.parametrize("text, court", ACTING, ids=["own rules", "carries out", "issues"])
def test_a_court_acting_keeps_its_tag(tagger: Tagger, text: str, court: str) -> None:
    assert court in courts(tagger, text)


FIELDS = [
    "【发布部门】江苏省高级人民法院【发文字号】苏高法〔2020〕12号【发布日期】2020.03.01 "
    "关于规范执行案款管理的通知 全省各级法院：为规范执行案款管理，现通知如下。",
    "发布机关：浙江省高级人民法院 发布日期：2021-05-10 正文：各地法院要规范执行。",
    "制定机关：某省人民检察院、湖南省高级人民法院 公布日期：2019年 第一条 各地法院统一执行。",
    "发文机关:四川省高级人民法院 四川省人民检察院 文号:川高法〔2018〕3号 各地法院要执行。",
]


@pytest.mark.parametrize("text", FIELDS, ids=["bracketed fields", "colon field", "co-issuer before", "co-issuers after"])
def test_a_court_in_a_document_sites_issuer_field_is_referred_to(tagger: Tagger, text: str) -> None:
    assert courts(tagger, text) == ()


def test_a_court_in_an_issuer_field_that_acts_in_the_text_keeps_its_tag(tagger: Tagger) -> None:
    text = ("发文机关：宁夏回族自治区高级人民法院 文号：宁高法〔2020〕5号 "
            "宁夏回族自治区高级人民法院执行局近日集中执结一批涉民生案件。")
    assert courts(tagger, text) == ("宁夏回族自治区高级人民法院",)
