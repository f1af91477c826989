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
    from lawnews.index.ingest.jsonl import record_article

    record = record_article({"id": "a", "title": "标题", "text": "正文。", "source": "《法制日报》"}, "a.jsonl", 1)
    assert record.source == "法治日报"
    [article] = parse_page("青溪法院执行事务中心揭牌\n\n执行事务中心正式揭牌运行，群众办事更方便。\n", "p.txt",
                           {"source": "chinacourt.org"})
    assert article.source == "中国法院网"


@pytest.mark.parametrize("printed, canonical", [
    ("www.gov.cn", "中国政府网"),
    ("https://www.gov.cn/zhengce/2024-03/15/content_123.htm", "中国政府网"),
    ("gov.cn", "中国政府网"),
    ("http://www.court.gov.cn/zixun/xiangqing/1.html", "最高人民法院"),
    ("chinacourt.gov.cn", "中国法院网"),
    ("news.people.com.cn", "人民网"),
])
def test_a_site_is_named_by_its_own_address(printed, canonical):
    assert canonical_source(printed) == canonical


@pytest.mark.parametrize("printed", [
    "qxfy.qingxi.gov.cn",
    "http://www.qingxi.gov.cn/art/2024/3/15/art_1_2.html",
    "https://qxzy.qxcourt.gov.cn/article/detail/2024/03/id/1.shtml",
    "http://qxfy.chinacourt.gov.cn/article/detail/2024/03/id/2.shtml",
    "http://qxzy.chinacourt.org/public/detail.php?id=3",
    "https://qxfy.court.gov.cn/qx/news/4.html",
])
def test_a_site_under_a_shared_domain_is_not_the_outlet_of_its_parent(printed):
    """A county's or a court's site under gov.cn, or a court's site hosted on the court
    platforms' domains, is no site of 中国政府网, 中国法院网 or the Supreme People's Court."""
    assert canonical_source(printed) not in ("中国政府网", "中国法院网", "最高人民法院")


def test_a_county_site_named_in_a_source_line_is_not_the_state_council_site(tmp_path):
    from lawnews.index.ingest.pages import parse_page

    text = ("青溪县法院开展集中执行行动\n发布时间：2024-03-15 来源：www.qingxi.gov.cn\n"
            "3月14日，青溪县人民法院组织执行干警开展集中执行行动，执结案件十二件。\n")
    [article] = parse_page(text, "p.txt")
    assert article.source != "中国政府网"
    assert article.date == "2024-03-15"


@pytest.mark.parametrize("printed, canonical", [
    ("人民网-人民日报", "人民日报"),
    ("人民網－人民日報", "人民日报"),
    ("法制网——法制日报", "法治日报"),
    ("青溪在线-青溪日报", "青溪日报"),
    ("青溪都市报-青溪网", "青溪都市报"),
    ("人民网-青溪频道", "人民网"),
    ("青溪网·新青溪客户端", "青溪网"),
    ("澎湃新闻·澎湃号", "澎湃新闻"),
    ("溪口TV-青溪网", "青溪网"),
])
def test_a_source_of_names_joined_by_a_dash_or_a_dot_is_the_one_outlet_they_name(printed, canonical):
    """A site and the paper it carries: the paper; a site and its channel or app: the site."""
    assert canonical_source(printed) == canonical


@pytest.mark.parametrize("printed", ["中国-东盟博览会", "青溪县人民政府-新闻中心", "CCTV-13"])
def test_a_name_with_a_dash_inside_naming_no_outlet_apart_is_kept(printed):
    assert canonical_source(printed) == printed


def test_a_source_line_naming_a_site_and_its_paper_gives_the_paper():
    from lawnews.index.ingest.pages import parse_page

    text = ("青溪法院执结一起欠薪案\n时间：2024-03-15 14:25:11 来源：人民网-人民日报\n"
            "3月14日，青溪县人民法院执结一起拖欠农民工工资案件，为二十名农民工追回工资三十万元。\n")
    [article] = parse_page(text, "p.txt")
    assert (article.source, article.date) == ("人民日报", "2024-03-15")
