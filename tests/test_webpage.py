"""Web pages saved as text: boilerplate lines recognised, one article, newspaper pages untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.ingest.readers import PageText, Record, read_page
from lawnews.index.ingest.web_fields import split_credit
from lawnews.index.ingest.web_lines import kind_of, looks_like_webpage

WEB = Path(__file__).parent / "data" / "web"
ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("line, kind", [
    ("当前位置：首页 > 新闻中心 > 法院动态", "nav"),
    ("首页 > 新闻中心 > 法院动态", "nav"),
    ("首页 | 法院概况 | 新闻中心 | 审判执行", "nav"),
    ("发布时间：2024-03-15 10:20:31　来源：青山区人民法院　浏览次数：1024", "meta"),
    ("转自:法治日报", "meta"),
    ("字号：大 中 小　打印本页　关闭窗口", "tool"),
    ("打开APP", "tool"),
    ("打开网易新闻 查看更多图片", "tool"),
    ("上一篇：长河县人民法院召开年度工作会议", "footer"),
    ("相关新闻", "footer"),
    ("责任编辑：李文", "editor"),
    ("版权所有：青山区人民法院　ICP备12345678号", "footer"),
    ("法院审理查明，被告人通过网络查找当事人。", "line"),
    ("□ 本报记者   阮占江 帅  标", "line"),
])
def test_each_kind_of_web_page_line_is_recognised(line, kind):
    assert kind_of(line) == kind


def test_newspaper_pages_are_not_taken_for_web_pages():
    pages = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "pages").glob("*.txt"))
    assert pages
    for page in pages:
        assert not looks_like_webpage(page.read_text(encoding="utf-8")), page.name
        assert isinstance(read_page(page, page.name), PageText)


def test_a_credit_gives_the_byline_and_the_rest_of_its_line_stays_body():
    byline, rest = split_credit("□ 本报记者 张三 □ 本报通讯员 李四 近日，绿水县人民法院化解了一起纠纷。")
    assert byline == "本报记者 张三 本报通讯员 李四"
    assert rest == "近日，绿水县人民法院化解了一起纠纷。"


def test_a_court_page_saved_as_text_is_one_article_without_its_chrome():
    got = read_page(WEB / "court.txt", "court.txt")
    assert isinstance(got, Record)
    a = got.article
    assert a.title == "青山区法院开展涉企执行专项行动"
    assert a.text.startswith("为优化营商环境，青山区人民法院")
    assert (a.date, a.source, a.byline) == ("2024-03-15", "青山区人民法院", "王小明")
    assert [s.heading for s in a.sections] == [None, "精准识别困难企业", "信用修复同步推进"]
    assert a.captions == ("图为执行干警在企业车间核实设备查封情况。",)
    assert a.meta["editor"] == "李文"
    everything = a.title + a.text + "".join(a.captions) + "".join(s.heading or "" for s in a.sections)
    for chrome in ("首页", "浏览次数", "打印本页", "上一篇", "相关新闻", "白石市", "长河县", "ICP", "责任编辑"):
        assert chrome not in everything


def test_a_web_excerpt_with_a_repost_line_a_glued_credit_and_glued_headings():
    a = read_page(WEB / "excerpt.txt", "excerpt.txt").article
    assert a.title == "社区调解化解物业纠纷"
    assert a.source == "法治日报"
    assert a.byline == "本报记者 张三 本报通讯员 李四"
    assert a.text.startswith("近日，绿水县人民法院联合社区调解室")
    assert [s.heading for s in a.sections] == [None, "一、把调解搬进小区", "二、约定整改时限"]
    assert "相关阅读" not in a.text and "长河县" not in a.text


@pytest.mark.parametrize("name", ["court.txt", "excerpt.txt"])
def test_no_body_character_of_a_saved_page_is_lost(name):
    """Every character of the lines that are neither chrome nor metadata is in the article."""
    a = read_page(WEB / name, name).article
    kept = "".join((a.title + a.text + "".join(a.captions) + (a.byline or "")
                    + "".join(s.heading or "" for s in a.sections)).split())
    for line in (WEB / name).read_text(encoding="utf-8").splitlines():
        if kind_of(line) == "line" and not line.startswith(("长河县", "白石市")):  # the 相关 list
            for ch in "".join(line.replace("□", "").split()):
                assert ch in kept, (line, ch)


def test_a_saved_court_page_is_one_article_and_its_related_list_tags_no_court():
    from lawnews import parse

    articles = list(parse([str(WEB / "court.txt")]))
    assert [a.title for a in articles] == ["青山区法院开展涉企执行专项行动"]
    assert not {"白石市中级人民法院", "长河县人民法院"} & set(articles[0].tags.courts)


def test_a_dated_line_inside_the_text_stays_text():
    from lawnews.index.ingest.webpage import page_blocks, read_blocks, web_article

    text = ("当前位置：首页 > 法院公告\n绿水县人民法院开庭公告\n发布时间：2024-03-01 来源：绿水县人民法院\n"
            "本院定于下列时间公开开庭审理一起买卖合同纠纷案件。\n开庭时间：2024年3月15日上午9时\n开庭地点：第一审判庭\n")
    a = web_article(read_blocks(page_blocks(text)), "x.txt")
    assert a.date == "2024-03-01"
    assert "开庭时间：2024年3月15日上午9时" in a.text


# ---------------------------------------------------------------- WeChat articles saved as text


def test_a_wechat_article_saved_as_text_is_read_like_its_html():
    """Title, account line, body and WeChat's buttons and prompts, as a browser saves them."""
    from lawnews.index.ingest.html import read_html

    t = read_page(WEB / "wechat.txt", "wechat.txt")
    assert isinstance(t, Record)
    h = read_html(WEB / "wechat.html", "wechat.html").article
    a = t.article
    assert (a.title, a.date, a.source, a.sections, a.captions) == (h.title, h.date, h.source, h.sections, h.captions)
    assert a.date == "2024-04-09" and a.source == "长河县人民法院"


def test_no_wechat_button_or_prompt_is_text():
    a = read_page(WEB / "wechat.txt", "wechat.txt").article
    everything = a.title + a.text + "".join(s.heading or "" for s in a.sections) + (a.byline or "")
    for chrome in ("扫一扫", "公众号", "阅读", "在看", "分享", "点赞", "留言", "滑动", "预览", "知道了", "小程序",
                   "取消", "允许", "完整服务", "轻点两下", "原创", "湖南"):
        assert chrome not in everything, chrome


WECHAT_TEXT = """以案说法丨拖欠农民工工资被判刑
原创 张三 青山区人民法院 2023-11-02 09:15 湖南
近日，青山区人民法院审结一起拒不支付劳动报酬案，被告人因拒不支付二十余名工人工资被判处有期徒刑一年。
案件审理期间，被告人全额支付了拖欠的工资。
来源：青山区人民法院
编辑：李四
审核：王五
阅读 3260
在看
写留言
"""


def test_a_wechat_account_line_gives_date_account_and_author_and_the_footer_credits_are_no_text(tmp_path):
    path = tmp_path / "wechat.txt"
    path.write_text(WECHAT_TEXT, encoding="utf-8")
    a = read_page(path, "wechat.txt").article
    assert a.title == "以案说法丨拖欠农民工工资被判刑"
    assert (a.date, a.source, a.byline) == ("2023-11-02", "青山区人民法院", "张三")
    assert a.text == ("近日，青山区人民法院审结一起拒不支付劳动报酬案，被告人因拒不支付二十余名工人工资被判处有期徒刑一年。\n"
                      "案件审理期间，被告人全额支付了拖欠的工资。")
    assert (a.meta["editor"], a.meta["reviewer"]) == ("李四", "王五")


@pytest.mark.parametrize("account, source", [
    ("青山区人民法院", "青山区人民法院"),
    ("白石中院", "白石中院"),
    ("湖南高院", "湖南省高级人民法院"),
    ("人民法院报", "人民法院报"),
    ("法治日报", "法治日报"),
    ("老张说法", None),  # an account that is no outlet or court names no source
])
def test_the_account_is_the_source_when_it_is_an_outlet_or_a_court(account, source, tmp_path):
    path = tmp_path / "wechat.txt"
    path.write_text(f"执行干警走进企业\n{account} 2024-05-06 17:30\n" + "近日，执行干警走进辖区企业开展普法宣传。\n" * 2,
                    encoding="utf-8")
    a = read_page(path, "wechat.txt").article
    assert (a.date, a.source) == ("2024-05-06", source)


@pytest.mark.parametrize("line", [
    "人民法院报 2024年3月15日 星期五",
    "人民法院报 2024年3月15日",
    "2024年3月15日 星期五",
])
def test_a_masthead_line_is_no_wechat_account_line(line):
    page = f"{line}\n执行干警走进企业\n近日，执行干警走进辖区企业开展普法宣传。\n"
    assert not looks_like_webpage(page)


# ---------------------------------------------------------------- several web articles in one file

#: Three articles of a court site: (title, 发布时间, 来源, paragraphs, a section heading before the last one).
COURT_ARTICLES = (
    ("青山区法院开展涉企执行专项行动", "2024-03-15 10:20:31", "青山区人民法院",
     ("为优化营商环境，青山区人民法院自三月起开展涉企执行专项行动，首批执结案件四十余件。",
      "执行干警逐案走访被执行企业，对暂时困难的企业采取分期履行等柔性措施。"), "精准识别困难企业"),
    ("长河县法院集中发放执行案款", "2024-03-18 09:05:12", "长河县人民法院",
     ("近日，长河县人民法院举行执行案款集中发放仪式，向六十余名申请执行人发放案款三百余万元。",), None),
    ("白石中院发布十大典型案例", "2024-03-20 16:45:00", "白石市中级人民法院",
     ("白石市中级人民法院召开新闻发布会，发布涉民生执行十大典型案例。",
      "发布会上，该院通报了今年以来执行工作情况。"), "通报执行工作情况"),
)


def court_site_file(layout: str = "full") -> str:
    """The articles one after another as a browser saves each page: ``full`` with site
    menu, breadcrumb, toolbar, editor, 上一篇/下一篇, a related list and copyright;
    ``bare`` with the breadcrumb, title, dated line and body only; ``blank`` as ``full``
    with blank lines between all lines."""
    lines: list[str] = []
    for k, (title, when, source, paras, heading) in enumerate(COURT_ARTICLES):
        if layout != "bare":
            lines.append("首页 | 法院概况 | 新闻中心 | 审判执行 | 诉讼服务")
        lines += ["当前位置：首页 > 新闻中心 > 法院动态", title, f"发布时间：{when}　来源：{source}　浏览次数：{100 + k}"]
        if layout != "bare":
            lines.append("字号：大 中 小　打印本页　关闭窗口")
        body = ["　　" + p for p in paras]
        if heading:
            body.insert(len(body) - 1, heading)
        lines += body
        if layout != "bare":
            lines += ["责任编辑：李文", "上一篇：某某法院召开年度工作会议", "相关新闻", "某某法院开展送法进企业活动",
                      "版权所有：某某人民法院　ICP备12345678号"]
    return ("\n\n" if layout == "blank" else "\n").join(lines) + "\n"


def records_of(path):
    got = read_page(path, path.name)
    return [got] if isinstance(got, Record) else list(got)


@pytest.mark.parametrize("layout", ["full", "bare", "blank"])
def test_several_web_articles_in_one_file_are_one_article_each(layout, tmp_path):
    path = tmp_path / "court-news.txt"
    path.write_text(court_site_file(layout), encoding="utf-8")
    articles = [r.article for r in records_of(path)]
    assert [(a.title, a.date, a.source) for a in articles] == [
        (title, when[:10], source) for title, when, source, _, _ in COURT_ARTICLES]
    assert [a.id for a in articles] == ["court-news#1", "court-news#2", "court-news#3"]
    for a, (_, _, _, paras, heading) in zip(articles, COURT_ARTICLES):
        assert [s.heading for s in a.sections] == ([None, heading] if heading else [None])
        assert a.text.replace("\n", "") == "".join(paras)


@pytest.mark.parametrize("layout", ["full", "bare", "blank"])
def test_no_text_of_several_web_articles_is_lost_or_doubled(layout, tmp_path):
    from support import han, kept_han

    path = tmp_path / "court-news.txt"
    path.write_text(court_site_file(layout), encoding="utf-8")
    expected = han("".join(t + "".join(p) + (h or "") for t, _, _, p, h in COURT_ARTICLES))
    assert kept_han(r.article for r in records_of(path)) == expected


def test_a_wechat_article_after_a_court_article_in_one_file(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text((WEB / "court.txt").read_text(encoding="utf-8") + WECHAT_TEXT, encoding="utf-8")
    articles = [r.article for r in records_of(path)]
    assert [(a.title, a.date, a.source) for a in articles] == [
        ("青山区法院开展涉企执行专项行动", "2024-03-15", "青山区人民法院"),
        ("以案说法丨拖欠农民工工资被判刑", "2023-11-02", "青山区人民法院")]
    assert articles[0].meta["editor"] == "李文" and articles[1].meta["editor"] == "李四"


def test_one_saved_web_page_is_still_one_record():
    assert isinstance(read_page(WEB / "court.txt", "court.txt"), Record)


def test_a_wechat_article_whose_title_asks_is_cut_from_the_article_before_it(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text(WECHAT_TEXT + (WEB / "wechat.txt").read_text(encoding="utf-8"), encoding="utf-8")
    articles = [r.article for r in records_of(path)]
    assert [a.title for a in articles] == ["以案说法丨拖欠农民工工资被判刑", "法官说法|邻居装修损坏管道，谁来赔？"]
    assert [a.date for a in articles] == ["2023-11-02", "2024-04-09"]
