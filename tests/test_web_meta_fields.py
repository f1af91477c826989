"""The labelled fields of a web page's metadata line and its title line: an empty
``作者：`` names no author (never the label after it), and a title printed as a list
item (``• 标题``) is the title without its mark."""

from __future__ import annotations

import lawnews
from lawnews.index.ingest.web_fields import meta_of

BODY = ("某区人民法院近日召开执行工作推进会，通报终本案件清理情况，部署下一阶段执行攻坚任务，要求各执行团队按期完成。\n"
        "会议强调，要依法规范终结本次执行程序，定期开展财产查控，对有财产可供执行的案件及时恢复执行。\n")


def _article(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [article] = lawnews.parse(path)
    return article


def test_an_empty_author_field_names_no_author():
    assert meta_of("作者：    日期：2023-10-17   来源：某区法院网") == {"date": "2023-10-17", "source": "某区法院网"}
    assert meta_of("作者：张三  日期：2023-10-17")["author"] == "张三"


def test_a_page_with_an_empty_author_field_has_no_byline(tmp_path):
    article = _article(tmp_path, "某区法院召开执行工作推进会\n作者：    日期：2023-10-17   来源：某区法院网\n" + BODY)
    assert (article.byline, article.date, article.source) == (None, "2023-10-17", "某区法院网")


def test_a_title_printed_as_a_list_item_loses_its_mark(tmp_path):
    article = _article(tmp_path, "• 张三:执行工作推进会的几点思考\n  • 作者:    日期:2023-10-17\n\n" + BODY)
    assert article.title == "张三:执行工作推进会的几点思考"
    assert (article.byline, article.date) == (None, "2023-10-17")
