"""Briefs pages (一组简讯, 法治动态, 要闻简报): short items, each a headline and a lead.

Every page here is written for the test: a headline line, then a paragraph opening
with a lead-in (``本报讯（记者 …）``, ``新华社北京3月5日电``, …) or ending with a tail
credit. Each brief must become one article titled by its own headline, with its own
credit as byline and its own mechanisms, and no text may be lost or doubled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

import lawnews
from lawnews.index.ingest.pages import parse_page
from support import han, kept_han


@dataclass(frozen=True)
class Brief:
    title: str
    lead: str  # the first paragraph, after its lead-in
    more: tuple[str, ...] = ()  # further paragraphs
    mechanism: str | None = None


BRIEFS = (
    Brief(
        "某区法院集中拍卖涉案房产",
        "近日，某区人民法院在网络平台集中开展司法拍卖活动，共拍出涉案房产12套，成交金额3000余万元。",
        mechanism="司法拍卖",
    ),
    Brief(
        "某县法院以执转破盘活停产企业",
        "日前，某县人民法院对一家长期停产的企业启动执转破程序，一次性消化执行案件86件。",
        ("该院表示，下一步将继续畅通执行与破产的衔接渠道，让困境企业依法有序退出。",),
        mechanism="执转破",
    ),
    Brief(
        "某市法院开展专项行动督促履行",
        "本月以来，某市人民法院将有能力履行而拒不履行的被执行人依法纳入失信被执行人名单，实施失信惩戒。",
        mechanism="失信惩戒",
    ),
)
NAMES = (("张三", "李四"), ("王五", "赵六"), ("孙七", "周八"))


@dataclass(frozen=True)
class Lead:
    """A lead-in form: ``opening`` printed before the lead, ``kept`` what of it stays
    at the start of the body, ``byline`` the credit, ``dropped`` the marker words that
    are neither (``本报讯``, ``报道``)."""

    opening: str
    kept: str = ""
    byline: str | None = None
    dropped: str = ""
    tail: str | None = None  # a credit printed after the brief instead


LEADS = {
    "benbaoxun-reporter": Lead("本报讯（记者 {a}）", byline="记者 {a}", dropped="本报讯"),
    "benbaoxun-correspondent-reporter": Lead("本报讯（通讯员 {b} 记者 {a}）", byline="通讯员 {b} 记者 {a}", dropped="本报讯"),
    "benbaoxun-ascii-brackets": Lead("本报讯(记者{a} 通讯员{b})", byline="记者{a} 通讯员{b}", dropped="本报讯"),
    "benbaoxun-bare": Lead("本报讯 ", dropped="本报讯"),
    "benbaoxun-glued": Lead("本报讯", dropped="本报讯"),
    "benbao-date-xun": Lead("本报3月{d}日讯 ", kept="本报3月{d}日讯"),
    "benbao-place-date-xun-reporter": Lead("本报北京3月{d}日讯（记者 {a}）", kept="本报北京3月{d}日讯", byline="记者 {a}"),
    "xinhua-dian-reporter": Lead("新华社北京3月{d}日电（记者{a}）", kept="新华社北京3月{d}日电", byline="记者{a}"),
    "chinanews-dian": Lead("中新网3月{d}日电 ", kept="中新网3月{d}日电"),
    "people-dian-space-reporter": Lead("人民网北京3月{d}日电 （记者 {a} {b}）", kept="人民网北京3月{d}日电", byline="记者 {a} {b}"),
    "benbao-reporter-baodao": Lead("本报记者 {a} 报道 ", byline="本报记者 {a}", dropped="报道"),
    "tail-credit": Lead("", tail="（记者 {a} 通讯员 {b}）", byline="记者 {a} 通讯员 {b}"),
}


def fill(template: str | None, k: int) -> str | None:
    if template is None:
        return None
    a, b = NAMES[k]
    return template.format(a=a, b=b, d=k + 1)


def paragraphs_of(brief: Brief, lead: Lead, k: int) -> list[str]:
    first = fill(lead.opening, k) + brief.lead
    paras = [first, *brief.more]
    if lead.tail:
        paras[-1] += fill(lead.tail, k)
    return paras


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def page(lead: Lead, layout: str = "blank", briefs: tuple[Brief, ...] = BRIEFS) -> str:
    """A briefs page. ``blank``: blank lines between blocks; ``tight``: none at all;
    ``trailing``: blank lines and headlines ending in a space; ``column``: paragraphs
    wrapped at 18 characters, blank lines between blocks; ``indented``: paragraphs
    indented with full-width spaces, no blank lines."""
    blocks = []
    for k, brief in enumerate(briefs):
        title = brief.title + (" " if layout == "trailing" else "")
        paras = paragraphs_of(brief, lead, k % len(NAMES))
        if layout == "column":
            paras = ["\n".join(wrap(p, 18)) for p in paras]
        if layout == "indented":
            paras = ["\u3000\u3000" + p for p in paras]
        blocks += [title, *paras]
    return ("\n" if layout in ("tight", "indented") else "\n\n").join(blocks) + "\n"


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")




LAYOUTS = ("blank", "tight", "trailing", "column", "indented")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", list(LEADS))
def test_each_brief_is_one_article_with_its_own_title_byline_and_lead(name, layout):
    lead = LEADS[name]
    articles = parse_page(page(lead, layout), "briefs.txt")
    assert [a.title for a in articles] == [b.title for b in BRIEFS]
    assert not any(a.title_is_fallback for a in articles)
    for k, (article, brief) in enumerate(zip(articles, BRIEFS)):
        assert [s.heading for s in article.sections] == [None]
        assert squash(article.text).startswith(squash(fill(lead.kept, k) + brief.lead)), article.text
        assert squash(article.byline) == squash(fill(lead.byline, k))
        for more in brief.more:
            assert squash(more) in squash(article.text)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", list(LEADS))
def test_no_text_of_a_briefs_page_is_lost_or_doubled(name, layout):
    lead = LEADS[name]
    text = page(lead, layout)
    articles = parse_page(text, "briefs.txt")
    assert kept_han(articles) + han(lead.dropped * len(BRIEFS)) == han(text)


@pytest.mark.parametrize("name", list(LEADS))
def test_mechanisms_are_tagged_on_their_own_brief_only(name, tmp_path):
    path = tmp_path / "briefs.txt"
    path.write_text(page(LEADS[name]), encoding="utf-8")
    articles = list(lawnews.parse([path]))
    assert len(articles) == len(BRIEFS)
    for article, brief in zip(articles, BRIEFS):
        others = {b.mechanism for b in BRIEFS} - {brief.mechanism}
        assert brief.mechanism in article.tags.mechanisms, (article.title, article.tags.mechanisms)
        assert not others & set(article.tags.mechanisms), (article.title, article.tags.mechanisms)


PLACES = "东城 西城 南湖 北山 江口 河西 山前 湖滨 新港 古城 青山 白沙".split()


def many(n: int) -> tuple[Brief, ...]:
    return tuple(
        Brief(f"{place}法院开展第{k + 1}批集中执行",
              f"近日，{place}人民法院组织干警开展集中执行，当天执结案件{k + 3}件。")
        for k, place in enumerate(PLACES[:n])
    )


@pytest.mark.parametrize("n", [1, 2, 5, 12])
@pytest.mark.parametrize("layout", ["blank", "tight"])
def test_one_to_twelve_briefs_on_a_page(n, layout):
    briefs = many(n)
    articles = parse_page(page(LEADS["benbaoxun-reporter"], layout, briefs), "briefs.txt")
    assert [a.title for a in articles] == [b.title for b in briefs]
    assert [squash(a.text) for a in articles] == [squash(b.lead) for b in briefs]


def test_a_headline_printed_on_two_lines_above_a_lead_is_one_title():
    text = "某区法院集中拍卖\n涉案房产十二套\n本报讯（记者 张三）近日，某区人民法院集中拍卖涉案房产。\n" \
           "某县法院化解积案\n本报讯（记者 李四）日前，某县人民法院化解一批执行积案。\n"
    articles = parse_page(text, "briefs.txt")
    assert [squash(a.title) for a in articles] == ["某区法院集中拍卖涉案房产十二套", "某县法院化解积案"]
    assert [a.byline for a in articles] == ["记者 张三", "记者 李四"]


def test_datelines_inside_a_sentence_do_not_start_an_article():
    text = (
        "某区法院集中拍卖涉案房产\n\n"
        "本报讯（记者 张三）近日，某区人民法院集中拍卖涉案房产。据新华社北京3月5日电报道，"
        "同类拍卖在多地开展。本报记者近日采访报道了这一做法。\n"
    )
    (article,) = parse_page(text, "briefs.txt")
    assert "据新华社北京3月5日电报道" in article.text and "本报记者近日采访报道了" in article.text


@pytest.mark.parametrize(
    ("text", "dateline", "credit", "rest"),
    [
        ("本报讯（记者 张三）近日，", "", "记者 张三", "近日，"),
        ("本报讯(通讯员 李四 记者 张三) 近日，", "", "通讯员 李四 记者 张三", "近日，"),
        ("本报讯 近日，", "", None, "近日，"),
        ("本报北京 8月 5日讯（记者 张三）近日，", "本报北京 8月 5日讯", "记者 张三", "近日，"),
        ("本报长沙讯（记者 王五）近日，", "本报长沙讯", "记者 王五", "近日，"),
        ("新华社北京3月5日电（记者张三）近日，", "新华社北京3月5日电", "记者张三", "近日，"),
        ("中新网5日电 近日，", "中新网5日电", None, "近日，"),
        ("新华社电 近日，", "新华社电", None, "近日，"),
        ("本报记者 张三 李四 报道 近日，", "", "本报记者 张三 李四", "近日，"),
    ],
)
def test_lead_ins_give_their_dateline_credit_and_rest(text, dateline, credit, rest):
    from lawnews.index.ingest.clean import lead_in

    lead = lead_in(text)
    assert (lead.dateline, lead.credit, lead.rest) == (dateline, credit, rest)


@pytest.mark.parametrize(
    "text", ["本报记者近日采访报道了此事。", "本报记者获悉喜讯，", "该台5日电视直播了庭审。", "某市法院5日电话回访当事人。", "新华社记者张三"]
)
def test_sentences_that_merely_name_a_paper_or_a_day_are_no_lead_in(text):
    from lawnews.index.ingest.clean import lead_in

    assert lead_in(text) is None


def test_a_credit_wrapped_between_a_name_and_a_role_word_is_still_a_credit():
    from lawnews.index.ingest.clean import clean_byline, is_name_list

    assert is_name_list("记者 张三通讯员 李四")
    assert clean_byline("（记者 张三通讯员 李四）") == "记者 张三 通讯员 李四"
    assert clean_byline("本报记者 陶琛 本报通讯员 肖锭") == "本报记者 陶琛 本报通讯员 肖锭"
    assert clean_byline("摄影记者 王五") == "摄影记者 王五"


def test_a_subtitle_between_headline_and_lead_is_the_subtitle():
    text = (
        "某区法院集中拍卖涉案房产\n本报讯（记者 张三）近日，某区人民法院集中拍卖涉案房产12套。\n"
        "某县法院化解积案\n——多措并举清理执行积案\n本报讯（记者 李四）日前，某县人民法院化解执行积案86件。\n"
    )
    articles = parse_page(text, "briefs.txt")
    assert [(a.title, a.subtitle) for a in articles] == [
        ("某区法院集中拍卖涉案房产", None), ("某县法院化解积案", "——多措并举清理执行积案")
    ]


@pytest.mark.parametrize("sentence", ["石门县人民法院今天召开执行工作会议。", "图为执行干警在现场查封车辆。"])
def test_a_page_of_a_headline_and_one_short_sentence_is_an_article(sentence, tmp_path):
    # a short sentence alone under a headline reads like a photo caption; with no body
    # anywhere on the page it is the page's text, which must not be dropped
    page = tmp_path / "brief.txt"
    page.write_text(f"法院召开执行工作会议\n\n{sentence}\n", encoding="utf-8")
    articles = list(lawnews.parse(page))
    assert [(a.title, a.text) for a in articles] == [("法院召开执行工作会议", sentence)]
    report = lawnews.build_index(page, tmp_path / "ix")
    assert report.articles == 1 and not report.skipped
