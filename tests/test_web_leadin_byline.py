"""A web page (saved as text or as HTML) whose text opens with a lead-in and its
credit (``本报讯（记者 张三 李四）``) gives that credit as its byline, as a newspaper
page with the same lead does, and its text starts after the lead-in."""

from __future__ import annotations

import pytest

import lawnews

LEAD = "本报讯（记者 张三 李四）某县人民法院近日开展集中执行行动，共执结案件一百二十件，执行到位金额三千万元。"
MORE = "该院通过网络查控系统对被执行人的存款、不动产和车辆进行全面查询，对查封的房产依法进行网络司法拍卖。"

SAVED = f"""某县法院开展集中执行行动
发布时间：2024-05-06 10:20:00  来源：某县法院网
{LEAD}
{MORE}
"""

HTML = f"""<html><head><meta charset="utf-8"><title>某县法院开展集中执行行动_某县法院网</title></head><body>
<div class="nav">首页 | 新闻中心</div>
<h1>某县法院开展集中执行行动</h1>
<div class="info">发布时间：2024-05-06 10:20:00  来源：某县法院网</div>
<div class="content"><p>{LEAD}</p><p>{MORE}</p></div>
</body></html>
"""

PAPER = f"""某县法院开展集中执行行动
{LEAD}
{MORE}
"""


def _article(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [article] = lawnews.parse(path)
    return article


@pytest.mark.parametrize("name, text", [("saved.txt", SAVED), ("page.html", HTML), ("paper.txt", PAPER)])
def test_a_lead_in_opening_the_text_gives_the_byline(tmp_path, name, text):
    article = _article(tmp_path, name, text)
    assert article.byline == "记者 张三 李四"
    assert article.sections[0].text.startswith("某县人民法院近日")


def test_a_web_page_keeps_its_date_and_source_beside_the_byline(tmp_path):
    article = _article(tmp_path, "saved.txt", SAVED)
    assert (article.date, article.byline) == ("2024-05-06", "记者 张三 李四")


@pytest.mark.parametrize("name, text", [("saved.txt", SAVED), ("page.html", HTML), ("paper.txt", PAPER)])
@pytest.mark.parametrize("lead", ["本报讯【记者 张三 李四】", "本報訊【記者 張三 李四】", "某县日报讯【记者 张三 李四】"])
def test_a_credit_in_lenticular_brackets_after_the_lead_in_is_the_byline(tmp_path, name, text, lead):
    article = _article(tmp_path, name, text.replace("本报讯（记者 张三 李四）", lead))
    assert article.byline in ("记者 张三 李四", "記者 張三 李四")
    assert "张三" not in article.text and "張三" not in article.text
    assert article.sections[0].text.startswith(("某县人民法院近日", "某县日报讯 某县人民法院近日"))
