"""Outlet names as printed map to one canonical name each (the ``source`` facet)."""

from __future__ import annotations

import pytest

from lawnews.index.ingest.sources import canonical_source


@pytest.mark.parametrize("printed, canonical", [
    ("人民法院报", "人民法院报"),
    ("《人民法院报》", "人民法院报"),
    ("人民法院报社", "人民法院报"),
    ("人民法院報", "人民法院报"),
    ("rmfyb", "人民法院报"),
    ("RMFYB", "人民法院报"),
    ("法制日报", "法治日报"),
    ("《法治日报》", "法治日报"),
    ("  法治日报 ", "法治日报"),
    ("中国法院网", "中国法院网"),
    ("https://www.chinacourt.org/article/detail/2024/03/id/7834521.shtml", "中国法院网"),
    ("chinacourt.org", "中国法院网"),
    ("http://rmfyb.chinacourt.org/paper/html/2024-03/15/node_5.htm", "人民法院报"),
    ("最高人民法院官网", "最高人民法院"),
    ("www.court.gov.cn", "最高人民法院"),
    ("来源：人民网", "人民网"),
    ("來源：新華社", "新华社"),
    ("湖南高院", "湖南省高级人民法院"),
    ("湖南法院网", "湖南省高级人民法院"),
    ("广西高院", "广西壮族自治区高级人民法院"),
    ("石门县人民法院网", "石门县人民法院"),
    ("荆州市中级人民法院微信公众号", "荆州市中级人民法院"),
])
def test_variants_map_to_the_canonical_outlet(printed, canonical):
    assert canonical_source(printed) == canonical


@pytest.mark.parametrize("printed, kept", [
    ("《青溪晚报》", "青溪晚报"),
    ("青溪 日报", "青溪日报"),
    ("news.example.org", "news.example.org"),
])
def test_an_unknown_outlet_keeps_its_printed_name_normalised(printed, kept):
    assert canonical_source(printed) == kept


def test_a_blank_name_gives_nothing():
    assert canonical_source(" 《》 ") == ""


def test_known_source_tells_a_known_outlet_from_a_printed_name():
    from lawnews.index.ingest.sources import known_source

    assert known_source("《人民法院报》") == "人民法院报"
    assert known_source("湖南高院") == "湖南省高级人民法院"
    assert known_source("石门县人民法院网") == "石门县人民法院"
    assert known_source("青溪晚报") is None
    assert known_source("青溪法律词典》(Enforcement") is None


def test_jsonl_and_container_sources_are_canonical():
    from lawnews.index.ingest.pages import parse_page
    from lawnews.index.ingest.readers import record_article

    record = record_article({"id": "a", "title": "标题", "text": "正文。", "source": "《法制日报》"}, "a.jsonl", 1)
    assert record.source == "法治日报"
    [article] = parse_page("青溪法院执行事务中心揭牌\n\n执行事务中心正式揭牌运行，群众办事更方便。\n", "p.txt",
                           {"source": "chinacourt.org"})
    assert article.source == "中国法院网"
