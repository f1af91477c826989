"""A page that explains a subject in an introduction, a table and a conclusion is an
article holding all its text, the table's rows as lines of it (cells joined with `` | ``),
whether it is a page file or a web page saved as text; a file that is only a table, or a
list of links, is still skipped saying what it holds. Every text here is made up."""

from __future__ import annotations

from pathlib import Path

import lawnews

INTRO = ("【乡村调解员工作介绍】在广大农村，调解员是化解矛盾的重要力量。他们走村入户，倾听群众诉求，"
         "把纠纷化解在萌芽状态，为乡村和谐稳定作出了积极贡献。")
LEAD = "以下是对“乡村调解员工作”的总结，以表格形式展示："
ROWS = [("项目", "内容说明"), ("定义", "调解员是在村（居）委会领导下开展人民调解工作的人员"),
        ("主要职责", "调解纠纷、宣传法律、排查矛盾隐患"), ("工作方式", "上门走访、现场调解、电话沟通"),
        ("法律依据", "《人民调解法》及相关规定"), ("工作成效", "大量邻里纠纷在村内得到化解"),
        ("面临困难", "人员老化、补贴偏低、培训不足"), ("发展方向", "专业化、规范化、信息化")]
CLOSING = ("乡村调解员的故事往往不为人知，但他们用行动诠释了基层法治的温度。未来，随着法治乡村建设不断推进，"
           "调解员队伍必将发挥更大作用。")
#: The rows as a table saved from a web page writes them: a bar after each cell.
SAVED_ROWS = [f"{a} | {b} |" for a, b in ROWS]
ROW_LINES = [f"{a} | {b}" for a, b in ROWS]


def _parse(path: Path):
    skipped: list = []
    articles = list(lawnews.parse(path, skipped=skipped))
    return articles, [s.reason for s in skipped]


def test_a_page_file_of_an_introduction_a_table_and_a_conclusion_is_one_article_holding_it_all(tmp_path):
    page = tmp_path / "调解员工作介绍.txt"
    page.write_text("\n".join([INTRO, LEAD, *SAVED_ROWS, CLOSING]) + "\n", encoding="utf-8")
    articles, skipped = _parse(page)
    assert skipped == []
    [article] = articles
    lines = article.text.splitlines()
    assert lines[-len(ROWS) - 1:] == [*ROW_LINES, CLOSING]  # a row a line, never joined to the text
    assert "".join(lines[:-len(ROWS) - 1]) == INTRO + LEAD


def test_a_brief_of_two_short_sentences_around_a_long_table_is_an_article(tmp_path):
    figures = [("收案", "120"), ("结案", "110"), ("执结", "95"), ("终本", "15"), ("首执", "80"), ("恢复", "20"),
               ("执保", "30")]
    page = tmp_path / "一季度数据.txt"
    page.write_text("\n".join(["青山法院一季度执行数据", "3月1日，青山法院公布一季度执行数据。", "项目 | 件数 |",
                               *(f"{a} | {b} |" for a, b in figures), "数据显示，执结率同比上升。"]) + "\n",
                    encoding="utf-8")
    articles, skipped = _parse(page)
    assert skipped == []
    [article] = articles
    assert article.title == "青山法院一季度执行数据"
    assert article.text.splitlines() == ["3月1日，青山法院公布一季度执行数据。", "项目 | 件数",
                                         *(f"{a} | {b}" for a, b in figures), "数据显示，执结率同比上升。"]


def test_a_saved_web_page_of_an_introduction_a_table_and_a_conclusion_keeps_each_row_as_a_line(tmp_path):
    page = tmp_path / "调解员工作介绍.txt"
    page.write_text("\n".join([
        "首页 > 普法园地 > 正文", "乡村调解员工作介绍", "发布时间：2024-03-01 10:20 来源：某某法治网 浏览次数：35",
        INTRO, LEAD, *SAVED_ROWS, CLOSING,
        "上一篇：法律援助进村入户", "下一篇：人民调解员培训班开班"]) + "\n", encoding="utf-8")
    articles, skipped = _parse(page)
    assert skipped == []
    [article] = articles
    assert article.title == "乡村调解员工作介绍" and article.date == "2024-03-01"
    assert [s.heading for s in article.sections] == [None]  # no row is a heading
    assert article.text.splitlines() == [INTRO, LEAD, *ROW_LINES, CLOSING]


def test_a_table_with_a_short_note_or_a_list_of_links_is_still_skipped(tmp_path):
    roster = tmp_path / "名册.txt"
    roster.write_text("乡村调解员名册\n姓名 | 村组 |\n张三 | 一组 |\n李四 | 二组 |\n王五 | 三组 |\n", encoding="utf-8")
    figures = tmp_path / "统计.txt"
    figures.write_text("调解案件统计\n村组\t件数\n一组\t12\n二组\t9\n三组\t15\n注：数据截至三月底。\n", encoding="utf-8")
    links = tmp_path / "链接.txt"
    links.write_text("▶ 乡村调解员走进田间地头\n▶ 调解员化解邻里纠纷\n▶ 法律援助进村入户\n▶ 人民调解员培训班开班\n",
                     encoding="utf-8")
    for path, reason in ((roster, "no article text found: a table of 5 lines"),
                         (figures, "no article text found: a table of 6 lines"),
                         (links, "no article text found: a list of 4 lines")):
        articles, skipped = _parse(path)
        assert (articles, skipped) == ([], [reason]), path.name
