"""The outlet a news dateline names (``某某日报讯``, ``某某网9月2日某地讯``, ``新华社北京3月5日电``) is
the article's source where the page names none in a field; ``本报讯`` names none, and a
dateline's day printed without its year dates nothing. Pages are made up."""

from __future__ import annotations

import pytest

from lawnews.index.ingest.datelines import dateline_outlet

from support import SAVED_BODY as BODY, saved_page, saved_web_page

_REST = ("近日，青石县人民法院组织干警开展集中执行行动，共执结案件十二件，执行到位金额八十余万元。\n"
         "行动中，执行干警对拒不到庭的被执行人依法采取强制措施，多名被执行人当场履行义务。\n")


@pytest.mark.parametrize("opening, outlet", [
    ("青溪日报讯（记者 张三 通讯员 李四）", "青溪日报"),
    ("青溪日报讯 （记者 张三）", "青溪日报"),
    ("青溪网9月2日讯", "青溪网"),
    ("青溪网9月2日青石讯（张三）", "青溪网"),  # the place after the day
    ("青溪新闻网长沙5月7日电（记者 张三）", "青溪新闻网"),  # the place before the day
    ("青溪新闻网-青溪客户端3月17日16时50分讯（记者 张三）", "青溪新闻网"),  # the site, not its app
    ("青溪网(青溪日报网)讯(记者张三)", "青溪网(青溪日报网)"),
    ("据青溪养殖网讯：", "青溪养殖网"),
    ("青溪長安網訊 ", "青溪長安網"),  # traditional characters, kept as printed
    ("青溪消费者报长沙讯（记者 张三）", "青溪消费者报"),
    ("新华社北京3月5日电 记者张三 ", "新华社"),
    ("青溪日报（记者 张三）讯 ", "青溪日报"),  # the credit before the mark
    ("青溪日报(记者张三 通讯员李四)讯", "青溪日报"),
    ("青溪網(wǎng)1月19日訊(張三)", "青溪網"),  # pinyin printed inside the name
    ("青溪平安網(wǎng)訊(通訊員 張三)", "青溪平安網"),
    ("青溪法制传媒网:(李四)", "青溪法制传媒网"),  # a colon for the mark, the credit after it
    ("青溪法制传媒网吉林:(李四)", "青溪法制传媒网"),
])
def test_a_dateline_names_its_outlet(opening, outlet):
    assert dateline_outlet(opening + _REST) == outlet


@pytest.mark.parametrize("text, outlet", [
    ("青溪日报讯“下周我要出差，不想让老板知道我有执行案子。”近日，被执行人李某现身法院。", "青溪日报"),
    ("青溪長安網訊9月6日上午，青石县召开决胜执行难联席会议。", "青溪長安網"),
])
def test_a_dateline_its_credit_and_space_taken_out_still_names_its_outlet(text, outlet):
    # as a lead-in leaves it once its credit is the byline: 某某日报讯（记者 张三）“… → 某某日报讯“…
    assert dateline_outlet(text) == outlet


def test_a_page_s_dateline_before_a_quote_gives_its_source(tmp_path):
    article, _ = saved_page(tmp_path, "青溪日报讯（记者 张三）“下周我要出差，不想让老板知道我有执行案子。”" + _REST)
    assert article.source == "青溪日报"
    assert article.byline == "记者 张三"


@pytest.mark.parametrize("opening", [
    "本报讯（记者 张三）", "本网讯 ", "本报长沙3月5日电 ", "本网四川宜宾讯（李四）",  # the page's own paper, if any
    "青溪网讯息显示，",  # a word, not a dateline
    "喜讯传来，", "据悉，", "执行局讯 ",  # no outlet's name
    "青溪日报（节选）讯息显示，",  # a note in brackets, then a word
    "青溪网：近日，", "记者：张三 ", "青石县人民法院：(李四)",  # a colon then the text; no outlet
])
def test_what_names_no_outlet_is_no_dateline_outlet(opening):
    assert dateline_outlet(opening + _REST) is None


def test_a_page_s_dateline_gives_its_source_and_no_date_without_a_year(tmp_path):
    article, web = saved_page(tmp_path, "青石县集中执行见成效\n\n青溪网9月2日青石讯（张三）" + _REST)
    assert not web
    assert article.source == "青溪网"
    assert article.date is None  # 9月2日: which year?
    assert article.byline == "张三"


def test_a_page_s_dateline_without_a_credit_gives_its_source(tmp_path):
    article, web = saved_page(tmp_path, "青石县集中执行见成效\n\n青溪网2月4日讯近日，" + _REST)
    assert article.source == "青溪网"


def test_a_paper_s_dateline_opening_the_page_gives_its_source(tmp_path):
    article, _ = saved_page(tmp_path, "青溪日报讯（记者 张三 通讯员 李四）" + _REST)
    assert article.source == "青溪日报"
    assert article.byline == "记者 张三 通讯员 李四"


def test_a_web_page_s_dateline_gives_its_source_where_no_field_names_one(tmp_path):
    article = saved_web_page(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n发布时间:2024-03-15\n"
                                       "青溪日报讯（记者 张三）" + BODY)
    assert article.date == "2024-03-15"
    assert article.source == "青溪日报"


def test_a_source_field_wins_over_the_dateline(tmp_path):
    article = saved_web_page(tmp_path, "首页 > 新闻中心 > 法院动态\n青石法院集中执行见成效\n"
                                       "发布时间:2024-03-15 来源:青石晚报\n青溪日报讯（记者 张三）" + BODY)
    assert article.source == "青石晚报"


def test_a_masthead_wins_over_the_dateline(tmp_path):
    article, _ = saved_page(tmp_path, "青石晚报 2024年3月15日 星期五 第4版 执行\n\n青石县集中执行见成效\n\n"
                                      "新华社北京3月14日电（记者 张三）" + _REST)
    assert article.source == "青石晚报"
    assert article.date == "2024-03-15"


def test_a_dateline_wins_over_the_outlet_a_byline_opens_with(tmp_path):
    article, _ = saved_page(tmp_path, "青石县集中执行见成效\n\n青溪网8月18日讯（青溪晚报记者 张三）" + _REST)
    assert article.source == "青溪网"
