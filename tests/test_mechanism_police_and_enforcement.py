"""Mechanisms told by what people do rather than by their names: the police or a bank stopping
a fraud or returning its money (反诈), talks on guarding against being cheated (反诈), a court
naming its defaulters in public (失信惩戒), the crime of refusing to carry out a judgment told
by its article and elements (拒执打击), mediators stationed where disputes come in (诉源治理),
a station's officers and a village's disputes (县域警务); and look-alike sentences that are
not these. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("label, text", [
    # the police stopping a fraud at the bank counter
    ("反诈", "一位老人在银行柜台坚持要给陌生账户转账五万元。派出所民警赶到后耐心劝阻，讲明这是骗局，"
             "老人终于放弃了转账。"),
    # the police returning the money they recovered from a fraud ring
    ("反诈", "上周，县公安局城关派出所举行发还仪式，民警将追回的被骗资金返还给八名受害人。"
             "受害人拿到钱后连声道谢。"),
    # a talk on guarding against being cheated
    ("反诈", "社区民警来到老年活动中心，给老人们讲解防骗知识。民警结合身边的真实案例，提醒大家接到陌生电话"
             "要多加防范。"),
    # a court naming in public the units and people who do not carry out its judgments
    ("失信惩戒", "市中级人民法院在日报上刊登公告，对二十家拒不履行生效判决的单位和个人公开曝光，"
                 "公告列出了每家单位的名称和欠款数额。这些单位的信用记录将受到影响，还会被限制参加招投标。"),
    # the crime told by its article of the Criminal Law
    ("拒执打击", "根据刑法第三百一十三条，这名被执行人被判处有期徒刑一年，成为本县首例被判刑的案例。"),
    # the crime told by its elements
    ("拒执打击", "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，行为人将被依法追究刑事责任。"),
    # mediators stationed where disputes come in
    ("诉源治理", "今年起，县里选派的五名调解员常驻镇上的服务大厅，街坊之间的邻里纠纷在这里当场就能化解，"
                 "不用再跑法院。"),
    # a station's officers finding and settling a village's quarrel
    ("县域警务", "民警在辖区李家村走访期间，排查出一起持续多年的宅基地纠纷，随后联合村干部上门调解，"
                 "两家人握手言和。"),
])
def test_told_by_what_is_done(tagger: Tagger, label: str, text: str) -> None:
    assert label in labels(tagger, text)


@pytest.mark.parametrize("label, text", [
    # a court freezing a debtor's account: enforcement, no fraud
    ("反诈", "执行法官冻结了被执行人的银行存款二十万元，并通知其在十日内履行义务。"),
    # the police stopping something that is no fraud
    ("反诈", "派出所民警劝阻了两名在水库边游泳的游客，提醒他们注意安全。"),
    # a court publishing its figures, a paper exposing a polluter
    ("失信惩戒", "某县法院公布了今年上半年的审判数据，结案率同比上升。"),
    ("失信惩戒", "电视台曝光了一家企业偷排污水的问题，环保部门随即介入调查。"),
    # another article of the Criminal Law
    ("拒执打击", "根据刑法第二百六十六条，这名男子犯诈骗罪，被判处有期徒刑三年。"),
    # a village cadre stationed in a village: no mediator
    ("诉源治理", "驻村第一书记进驻李家村以后，带领村民种植茶叶，村集体收入翻了一番。"),
    # a court's judge settling a village's quarrel: no police
    ("县域警务", "法官在李家村的田间地头调解一起宅基地纠纷，两家人当场签下协议。"),
    # a city station's officers and a neighbours' quarrel in a housing estate: no village
    ("县域警务", "派出所民警在城区某小区调解一起邻里纠纷，双方互相道歉。"),
])
def test_look_alikes_are_not_tagged(tagger: Tagger, label: str, text: str) -> None:
    assert label not in labels(tagger, text)
