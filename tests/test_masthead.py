"""Dates and sources from what the page prints: mastheads, datelines, ``来源：`` and
``发布时间：`` lines, the outlet a page names itself by, and the file name as a fallback.
The lines below are made up in the forms papers print."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from lawnews.index.ingest.masthead import masthead_line, name_meta, read_masthead, self_named
from lawnews.index.ingest.pages import parse_page
from lawnews.index.ingest.readers import PageText, iter_inputs

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

BODY = """青溪法院执行事务中心揭牌

本报讯（记者 李明 通讯员 王芳）3月12日，青溪县人民法院执行事务中心正式揭牌运行，申请人可在中心一站式办理执行立案、查询、领款等事项。

中心运行首日即发放执行款十二万元。该院执行局负责人表示，下一步将持续优化服务流程。
"""


@pytest.mark.parametrize("line, expected", [
    ("人民法院报 2024年3月15日 星期五 第4版 执行",
     {"source": "人民法院报", "date": "2024-03-15", "page": 4, "section": "执行"}),
    ("法治日报 2024年3月15日 第5版 法治",
     {"source": "法治日报", "date": "2024-03-15", "page": 5, "section": "法治"}),
    ("2024年3月15日 星期五 人民法院报 执行 第4版",
     {"source": "人民法院报", "date": "2024-03-15", "page": 4, "section": "执行"}),
    ("青溪日报 2024年3月15日 第3版：法治",
     {"source": "青溪日报", "date": "2024-03-15", "page": 3, "section": "法治"}),
    ("法制日报 2019-05-06 第08版", {"source": "法治日报", "date": "2019-05-06", "page": 8}),
    ("人民法院報 二〇二四年三月十五日 星期五 第四版 執行",
     {"source": "人民法院报", "date": "2024-03-15", "page": 4, "section": "執行"}),
    ("2024 年 3 月 15 日 星期五", {"date": "2024-03-15"}),
])
def test_masthead_forms(line, expected):
    assert masthead_line(line) == expected


@pytest.mark.parametrize("line", [
    "3月15日，青溪县人民法院执行事务中心正式揭牌运行。",
    "◀2024 年 12 月 19 日，芙",
    "2024年7月31日召开的省十",
    "第4版 执行",
    "青溪法院执行事务中心揭牌",
])
def test_lines_that_are_no_masthead(line):
    assert masthead_line(line) is None


def test_a_masthead_is_metadata_not_title_or_body():
    text = "人民法院报 2024年3月15日 星期五 第4版 执行\n\n" + BODY
    [article] = parse_page(text, "p.txt")
    assert article.title == "青溪法院执行事务中心揭牌"
    assert "人民法院报" not in "".join(s.text for s in article.sections)
    assert (article.date, article.source) == ("2024-03-15", "人民法院报")
    assert article.meta["page"] == 4 and article.meta["section"] == "执行"
    assert [s.text for s in article.sections] == [s.text for s in parse_page(BODY, "p.txt")[0].sections]


def test_a_papers_name_alone_above_its_dateline():
    text = "人民法院报\n2024年3月15日 星期五\n\n" + BODY
    [article] = parse_page(text, "p.txt")
    assert (article.date, article.source, article.title) == ("2024-03-15", "人民法院报", "青溪法院执行事务中心揭牌")


def test_a_masthead_repeated_as_a_page_header_is_taken_out_everywhere():
    header = "法治日报 2024年3月15日 第5版：法治\n"
    text = header + BODY + header + BODY.replace("青溪", "溪口")
    articles = parse_page(text, "p.txt")
    assert len(articles) == 2
    for a in articles:
        assert "法治日报" not in a.title + "".join(s.text for s in a.sections)
        assert (a.date, a.source, a.meta["page"], a.meta["section"]) == ("2024-03-15", "法治日报", 5, "法治")


def test_source_and_time_lines_of_a_web_page():
    text = "青溪法院执行事务中心揭牌\n来源：中国法院网 作者：李明 发布时间：2024-03-15 10:21:33\n\n" + BODY.split("\n", 2)[2]
    [article] = parse_page(text, "p.txt")
    assert (article.date, article.source) == ("2024-03-15", "中国法院网")
    assert article.title == "青溪法院执行事务中心揭牌"
    assert "来源" not in "".join(s.text for s in article.sections)


@pytest.mark.parametrize("line, expected", [
    ("时间:2019-04-11 13:01:34 作者:李明、王芳 来源:青溪县人民法院",
     {"date": "2019-04-11", "source": "青溪县人民法院", "byline": "李明、王芳"}),
    ("發布時間：2024-03-15 來源：人民法院報", {"date": "2024-03-15", "source": "人民法院报"}),
])
def test_field_lines_in_either_script(line, expected):
    _, meta = read_masthead("青溪法院执行事务中心揭牌\n" + line + "\n\n" + BODY.split("\n", 2)[2])
    assert meta == expected


def test_a_labelled_time_wins_over_a_site_header_date():
    text = "2025-09-20\n星期六\n当前位置：首页 >> 法院动态\n青溪法院执行事务中心揭牌\n时间:2019-04-11 13:01:34 来源:青溪县人民法院\n\n" + BODY
    _, meta = read_masthead(text)
    assert meta == {"date": "2019-04-11", "source": "青溪县人民法院"}


@pytest.mark.parametrize("line", [
    "來源:《中華人民共和國民事訴訟法》《最高人民法院關於執行工作若干問題的規定》",
    "来源：全国人大官网、最高人民法院司法解释库",
    "来源:《青溪法律词典》(Enforcement 词条)",
])
def test_a_source_line_citing_laws_is_no_outlet(line):
    assert read_masthead(BODY + line + "\n") == (BODY + line + "\n", {})


@pytest.mark.parametrize("line, source", [
    ("来源:青溪网张家界站", "青溪网张家界站"),  # a site's station
    ("來源:青溪法律科普站 9.35K", "青溪法律科普站"),  # its count after it
    ("来源:青溪网法治频道", "青溪网法治频道"),
    ("来源:12月15日《青溪每日电讯》", "青溪每日电讯"),  # a paper called a dispatch, its day of no year
])
def test_a_source_line_naming_a_site_s_station_or_a_dispatch_names_the_source(line, source):
    text = "青溪法院执行事务中心揭牌\n\n" + BODY.split("\n", 2)[2] + line + "\n作者:李明\n编辑:王芳\n"
    [article] = parse_page(text, "p.txt")
    assert article.source == source
    assert article.date is None
    assert "来源" not in article.text and "來源" not in article.text


def test_a_headline_printed_again_under_a_source_line_is_one_title():
    text = ("青溪法院执行事务中心揭牌\n\n來源:青溪法律科普站 7.87K\n"
            "青溪法院执行事务中心揭牌\n青溪法院执行事务中心揭牌\n\n" + BODY.split("\n", 2)[2])
    [article] = parse_page(text, "p.txt")
    assert article.title == "青溪法院执行事务中心揭牌"
    assert article.source == "青溪法律科普站"
    assert "青溪法院执行事务中心揭牌" not in article.text


@pytest.mark.parametrize("note, source, date", [
    ("（本文首发于2022年10月06日《青溪周末》）", "青溪周末", "2022-10-06"),
    ("(本文首發於2022年10月06日《青溪周末》)", "青溪周末", "2022-10-06"),  # traditional characters
    ("本文原载于《青溪法学研究》2024年第5期。", "青溪法学研究", None),  # an issue dates no day
])
def test_a_note_of_where_the_text_was_first_printed_gives_its_source_and_date(note, source, date):
    text = BODY.replace("本报讯（记者 李明 通讯员 王芳）", "") + "\n" + note + "\n\n责任编辑:王芳\n"
    [article] = parse_page(text, "p.txt")
    assert (article.source, article.date) == (source, date)
    assert note.strip("（）()。") in article.text  # the text's closing note stays in it


def test_a_note_naming_a_law_names_no_source():
    text = BODY.replace("本报讯（记者 李明 通讯员 王芳）", "") + "\n本文发表于《民法典》\n"
    [article] = parse_page(text, "p.txt")
    assert article.source is None


def test_a_labelled_date_above_wins_over_a_first_printed_note_below():
    text = ("青溪法院执行事务中心揭牌\n发布时间：2022-10-08 10:21:33\n\n" + BODY.split("\n", 2)[2]
            + "\n（本文首发于2022年10月06日《青溪周末》）\n")
    [article] = parse_page(text, "p.txt")
    assert (article.date, article.source) == ("2022-10-08", "青溪周末")


def test_a_date_inside_the_article_is_not_its_date():
    [article] = parse_page(BODY, "p.txt")
    assert article.date is None and article.source is None


@pytest.mark.parametrize("dateline", ["2024年3月15日", "2024年3月15日 星期五"])
def test_a_bare_date_far_below_the_head_is_body(dateline):
    text = BODY + BODY.replace("青溪", "溪口") + "\n" + dateline + "\n"
    assert read_masthead(text) == (text, {})


def test_a_bare_date_next_to_an_e_paper_s_navigation_is_the_issue_s_date():
    nav = "第05版:青溪\n\n标题导航\n青溪法院执行事务中心揭牌~~~\n青溪县开展普法宣传~~~\n青溪市场监管局开展检查~~~\n\n"
    text = nav + "回到首页 | 标题导航\n2022年10月29日 星期六\n3 上一篇  下一篇 4 放大 缩小 默认\n" + BODY
    _, meta = read_masthead(text)
    assert meta["date"] == "2022-10-29"


def test_a_page_named_by_itself():
    text = BODY.replace("本报讯（记者 李明 通讯员 王芳）", "□ 本报记者 李明\n\n") + "该院院长在接受《法治日报》记者采访时说，要持续发力。\n"
    assert self_named(text) == "法治日报"
    assert {a.source for a in parse_page(text, "p.txt")} == {"法治日报"}
    assert self_named(text.replace("本报记者", "记者")) is None  # another paper's interview
    two = text + "他在接受《人民法院报》记者采访时说。\n"
    assert self_named(two) is None


@pytest.mark.parametrize("name, expected", [
    ("2024-03-15.txt", {"date": "2024-03-15"}),
    ("rmfyb_20240315_4.pdf", {"date": "2024-03-15", "source": "人民法院报", "page": 4}),
    ("法治日报20240315.txt", {"date": "2024-03-15", "source": "法治日报"}),
    ("report_20240315.txt", {"date": "2024-03-15"}),
    ("000_082eefb158be16f6.txt", {}),
    ("20241399.txt", {}),
])
def test_file_name_fallback(name, expected):
    assert name_meta(name) == expected


def test_the_file_name_fills_in_and_the_masthead_wins(tmp_path):
    (tmp_path / "rmfyb_20230101_2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "rmfyb_20230102_2.txt").write_text(
        "人民法院报 2024年3月15日 星期五 第4版 执行\n" + BODY.replace("青溪", "溪口"), encoding="utf-8")
    pages = {p.source: p for p in iter_inputs(tmp_path) if isinstance(p, PageText)}
    assert pages["rmfyb_20230101_2.txt"].meta == {"date": "2023-01-01", "source": "人民法院报", "page": 2}
    named = {p: parse_page(pg.text, p, pg.meta)[0] for p, pg in pages.items()}
    assert (named["rmfyb_20230101_2.txt"].date, named["rmfyb_20230101_2.txt"].meta["page"]) == ("2023-01-01", 2)
    assert (named["rmfyb_20230102_2.txt"].date, named["rmfyb_20230102_2.txt"].meta["page"]) == ("2024-03-15", 4)


# -- the bundled pages: none prints its date; 003 names its paper (本报记者 … 接受《法治日报》记者采访)

#: What each bundled page prints of its own date and outlet, read from the pages.
PRINTED = {
    "000_082eefb158be16f6.txt": (None, None),
    "001_8969ffdc580c6263.txt": (None, None),
    "002_79b23406edc23697.txt": (None, None),
    "003_1a65d64bf36f84fe.txt": (None, "法治日报"),
    "004_9a8d4cef7e4213c0.txt": (None, None),
}


@pytest.mark.parametrize("name", sorted(PRINTED))
def test_bundled_pages_get_what_they_print(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    date, source = PRINTED[name]
    articles = parse_page(text, name, name_meta(name))
    assert articles
    assert {(a.date, a.source) for a in articles} == {(date, source)}
    assert read_masthead(text) == (text, {})  # no masthead line is taken out of these pages


def test_the_source_facet_counts_the_bundled_articles_that_name_their_paper(corpus_index):
    facets = corpus_index.facets()["facets"]
    expected = sum(1 for a in corpus_index.articles() if a.file == "003_1a65d64bf36f84fe.txt")
    assert facets["source"] == {"法治日报": expected}
    hits = corpus_index.search("执源治理", source="法治日报").hits
    assert hits and {h.article_id.split("#")[0] for h in hits} == {"003_1a65d64bf36f84fe"}


def test_year_facet_and_date_sort_use_the_masthead(tmp_path):
    (tmp_path / "a.txt").write_text("人民法院报 2023年5月4日 星期四 第4版 执行\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("法治日报 2024年3月15日 第5版：法治\n" + BODY.replace("青溪", "溪口"),
                                    encoding="utf-8")
    ix = lawnews.NewsIndex.create(tmp_path / "ix")
    try:
        ix.add([tmp_path / "a.txt", tmp_path / "b.txt"])
        # the two pages tell one story (reposts): dated by its earliest copy, each copy by its own masthead
        facets = ix.facets()["facets"]
        assert facets["year"] == {"2023": 1}
        assert facets["source"] == {"人民法院报": 1, "法治日报": 1}
        assert ix.facets(all_copies=True)["facets"]["year"] == {"2023": 1, "2024": 1}
        # the two pages tell one story (reposts), so every copy is listed to sort both
        ordered = [h.date for h in ix.search("执行事务中心", sort="date", all_copies=True).hits]
        assert ordered == sorted(ordered, reverse=True) and len(ordered) == 2
    finally:
        ix.close()


# -- each bundled page's layout, on small pages written with the same structure

#: 000: clean paragraphs, a —— subtitle, name bylines, tail credits; dates without a year.
P000 = """

青溪法院破解执行难题

——青溪县人民法院以创新为动力提升执行质效

张 明 李 华

青溪县人民法院执行局以创新机制为牵引，构建起集约高效的执行工作新格局，群众满意度显著提升。

开设执行事务中心

在执行事务中心，申请人王某收到八千元执行款，这起劳务纠纷从申请到案款到位仅用时五天。

此案的高效执结，正是执行事务中心高效运转的写照。

（王 强 刘 洋）

溪口酒厂荣获质量奖

11月10日，全省质量大会传来喜讯：溪口酒厂荣获省长质量奖。

多年来，企业始终专注于产品品质，把质量作为立身之本。

（赵 丽）
"""

#: 001: PDF text, bold runs doubled glyph by glyph, narrow columns, a caption with its credit.
P001 = """ 溪口法院推进诉源治理
 青溪青溪：：执行有力执行有力 攻坚有效攻坚有效
□□ 本报记者本报记者 张张 明明 本报通讯员本报通讯员 李李 华华

20242024 年年，，青溪法院坚持以人民为中心青溪法院坚持以人民为中心，，全面
推进执行工作推进执行工作，，朝着切实解决执行难目标朝着切实解决执行难目标
不断迈出坚实步伐不断迈出坚实步伐。。

▲青溪法院举行网拍资产推介会。

王 刚 摄

青溪法院深入推进执行攻坚，全年执结各类
案件一万余件，执行到位金额三十亿元。该
院坚持善意文明执行，依法保护企业合法权
益。

溪口法院坚持把非诉讼纠纷解决机制挺在前
面，推动矛盾纠纷源头化解，诉讼案件数量
明显下降。
"""

#: 002: narrow columns, a first item without headline, 本报讯 items with their headlines after them.
P002 = """ 交叉执行是青溪法院推进执行改革
的重要举措，也是近年来执行工作的
重点。

青溪法院构建三位一体工作体系，通
过交叉执行化解许多难案，取得了显
著成效。

本报讯（记者王明 通讯员李华）
记者昨日获悉，为应对高温天气，青
溪交警深入快递企业开展安全宣传，
提醒骑手规范驾驶。

青溪交警走进快递企业送平安

本报讯（记者赵丽 通讯员孙强）8月
17日上午，青溪市科协开展科普宣传
活动，吸引群众二百余人参与。

青溪市科协开展科普宣传活动
"""

#: 003: Markdown: # headlines, ## column labels, ### sections, □ bylines, names its paper.
P003 = """

# 全力兑现胜诉权益 青溪法院深化执源治理

## 平安聚焦

□ 本报记者 张明 □ 本报通讯员 李华

近日，青溪县人民法院通过执前督促程序，短短三日就让执行款全部到账。

“执源治理就是在执行案件的前端建立机制。”青溪县人民法院院长在接受《法治日报》记者采访时说。

### 开展执前督促

2022年10月25日，青溪中院向全市各级法院印发实施意见，推进执源治理。

## 平安影像

图① 11月28日，青溪县公安局民警深入辖区企业开展安全检查。

## 平安资讯

□ 本报记者 赵丽 通讯员孙强

近日，溪口市两级法院开展专项集中执行行动，执结案件六十余件。

# 溪口中院深耕诉源治理

□ 本报记者 王刚

溪口中院健全诉源治理机制，推动纠纷源头化解，诉讼案件数量明显下降。
"""

#: 004: full-width indents, blank lines between wrapped lines, □ 本报记者 bylines.
P004 = """ □ 本报记者   张 明 李  华

□ 本报通讯员 王  刚

　　“快开门啊！你正在接听的是诈骗电话！”5月12日，青溪市

公安局民警急促地敲开居民的房门，及时制止了一起电信诈骗。

　　这是青溪公安建立打击电信网络诈骗预警机制的一个缩影。

青溪法院为法治化营商环境赋能

□ 本报记者    张 明 李华

　　近年来，青溪法院坚持平等保护各类市场主体，依法维护企业

合法权益，为营商环境建设提供有力司法保障。
"""

#: Each layout: its page, what it prints of its own date and outlet, and a masthead such a page could print.
LAYOUTS = {
    "000": (P000, None, "青溪日报 2025年11月14日 星期五 第3版 综合"),
    "001": (P001, None, "人民法院报 2025年1月20日 星期一 第4版 执行"),
    "002": (P002, None, "青溪日报 2025年8月20日 星期三 第3版 综合新闻"),
    "003": (P003, "法治日报", "法治日报 2024年12月2日 星期一 第8版 平安中国"),
    "004": (P004, None, "法治日报 2021年6月8日 星期二 第6版 地方"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_page_of_each_bundled_layout_gets_no_date_it_does_not_print(layout):
    """No masthead, no dated dateline: month-and-day leads (11月10日，…) and event years
    in the text give no date; 本报讯 and 本报记者 name no paper unless the page names it."""
    page, source, _ = LAYOUTS[layout]
    articles = parse_page(page, f"{layout}.txt")
    assert articles
    assert {(a.date, a.source) for a in articles} == {(None, source)}


@pytest.mark.parametrize("where", ["top", "indented", "bottom"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_page_of_each_bundled_layout_reads_the_masthead_it_prints(layout, where):
    page, _, masthead = LAYOUTS[layout]
    text = {"top": f"{masthead}\n{page}", "indented": f"\u3000\u3000{masthead}\n\n{page}",
            "bottom": f"{page}\n{masthead}\n"}[where]
    expected = masthead_line(masthead)
    articles = parse_page(text, f"{layout}.txt")
    assert len(articles) == len(parse_page(page, f"{layout}.txt"))
    for a in articles:
        assert (a.date, a.source, a.meta["page"], a.meta["section"]) == (
            expected["date"], expected["source"], expected["page"], expected["section"])
        assert "星期" not in a.title + a.text and f"第{a.meta['page']}版" not in a.title + a.text  # metadata, not text


def test_a_doubled_masthead_of_pdf_text_is_read_and_kept_out_of_the_headline():
    doubled = "人民法院报人民法院报 20252025年年11月月2020日日 星期一星期一 第第44版版 执行执行"
    articles = parse_page(doubled + "\n" + P001, "001.txt")
    assert {(a.date, a.source, a.meta.get("page"), a.meta.get("section")) for a in articles} == {
        ("2025-01-20", "人民法院报", 4, "执行")}
    assert not any("人民法院报" in a.title for a in articles)
    assert [a.title for a in articles] == [a.title for a in parse_page(P001, "001.txt")]


def test_the_column_labels_of_a_markdown_page_are_its_articles_columns():
    """``## 平安聚焦`` under a headline puts that article in the column; a label with no
    headline above puts the articles after it there, up to the next label or # headline."""
    articles = parse_page(P003, "003.txt")
    assert [a.meta.get("column") for a in articles] == ["平安聚焦", "平安影像", "平安资讯", None]


def test_the_bundled_markdown_page_names_the_columns_of_its_articles():
    name = "003_1a65d64bf36f84fe.txt"
    articles = parse_page((CORPUS / name).read_text(encoding="utf-8"), name)
    assert [a.meta.get("column") for a in articles] == ["平安聚焦", "平安影像", "平安影像", "平安资讯", None, None]


@pytest.mark.parametrize("line, expected", [
    ("本文转自【平安青溪】;", {"source": "平安青溪"}),
    ("转自：法治日报", {"source": "法治日报"}),
    ("本文轉自「青溪法院」公眾號", {"source": "青溪法院"}),
    ("转载自“青溪法院”微信公众号", {"source": "青溪法院"}),
    ("转自新华网", {"source": "新华网"}),
    ("转自：网络", {}),
])
def test_a_reposts_credit_line_names_its_source(line, expected):
    _, meta = read_masthead(line + "\n" + BODY)
    assert meta == expected


@pytest.mark.parametrize("line", [
    "转自新华网的报道称，青溪法院执行事务中心揭牌。",
    "转自青溪",
    "本文转自【平安青溪】;3月12日上午青溪县人民法院执行事务中心揭牌",
])
def test_words_of_a_sentence_are_no_reposts_credit(line):
    assert read_masthead(line + "\n") == (line + "\n", {})


def test_a_page_opening_with_a_reposts_credit_takes_its_title_from_the_lead():
    body = BODY.split("\n", 2)[2]  # no headline: the title is the lead sentence
    [article] = parse_page("本文转自【平安青溪】;\n" + body, "p.txt")
    assert article.source == "平安青溪"
    assert article.title.startswith("3月12日")
    assert "转自" not in article.title + "".join(s.text for s in article.sections)


@pytest.mark.parametrize("name, source", [
    ("人民法院报", "人民法院报"),
    ("《法治日报》", "法治日报"),
    ("青溪日报", "青溪日报"),
    ("青溪长安网", "青溪长安网"),
])
def test_a_papers_name_alone_on_the_first_line_is_the_source_not_part_of_the_title(name, source):
    text = f"{name}\n{BODY}"
    [article] = parse_page(text, "p.txt")
    assert (article.title, article.source) == ("青溪法院执行事务中心揭牌", source)
    assert [s.text for s in article.sections] == [s.text for s in parse_page(BODY, "p.txt")[0].sections]


def test_a_papers_name_on_the_first_line_is_the_source_of_every_article_below():
    second = "溪口法院举行执行听证\n\n本报讯 3月13日，溪口区人民法院就一起执行异议案件举行公开听证，邀请人大代表参加。\n"
    articles = parse_page(f"人民法院报\n\n{BODY}\n{second}", "p.txt")
    assert [(a.title, a.source) for a in articles] == [("青溪法院执行事务中心揭牌", "人民法院报"),
                                                         ("溪口法院举行执行听证", "人民法院报")]


def test_a_labelled_source_wins_over_a_name_on_the_first_line():
    text = f"人民法院报\n来源：青溪日报\n{BODY}"
    [article] = parse_page(text, "p.txt")
    assert (article.title, article.source) == ("青溪法院执行事务中心揭牌", "青溪日报")


@pytest.mark.parametrize("kicker", ["执行快报", "情况通报", "喜报"])
def test_a_column_or_a_bulletins_name_on_the_first_line_names_no_outlet(kicker):
    [article] = parse_page(f"{kicker}\n{BODY}", "p.txt")
    assert article.source is None
