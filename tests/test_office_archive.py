"""A court's news office indexing its own archive (e-paper pages, Word files, saved
web pages, exports): what each kind of file gives. Every text here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

import lawnews


def _build(tmp_path: Path, *files: Path):
    return lawnews.build_index(list(files), tmp_path / "ix")


BOOKING = ("会议室\t日期\t时段\t预订人\n第一会议室\t3月4日\t上午\t张三\n"
           "第二会议室\t3月4日\t下午\t李四\n第三会议室\t3月5日\t全天\t王五\n第一会议室\t3月6日\t上午\t赵六\n")
STATISTICS = ("全市法院执行案件统计表\n\n法院\t收案\t结案\n市中院\t120\t110\n"
              "东城区法院\t340\t300\n西城区法院\t280\t270\n合计\t740\t680\n")
MEETING = ("本院召开执行工作推进会\n\n"
           "本报讯（通讯员 周八）3月4日，某市中级人民法院召开执行工作推进会，通报一季度执行工作情况。\n\n"
           "会上通报了各基层法院的结案数据：\n\n法院\t收案\t结案\n东城区法院\t340\t300\n西城区法院\t280\t270\n\n"
           "会议要求，各基层法院要对标先进，补齐短板。\n")


def test_a_page_file_holding_only_a_tab_separated_table_is_skipped_as_a_table(tmp_path):
    sheet = tmp_path / "会议室预订表.txt"
    sheet.write_text(BOOKING, encoding="utf-8")
    table = tmp_path / "统计表.txt"
    table.write_text(STATISTICS, encoding="utf-8")
    news = tmp_path / "推进会.txt"
    news.write_text(MEETING, encoding="utf-8")
    report = _build(tmp_path, sheet, table, news)
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert reasons == {"会议室预订表.txt": "no article text found: a table of 5 lines",
                       "统计表.txt": "no article text found: a table of 6 lines"}
    assert report.articles == 1


def test_a_news_text_holding_a_table_keeps_each_row_as_a_line_of_its_text(tmp_path):
    news = tmp_path / "推进会.txt"
    news.write_text(MEETING, encoding="utf-8")
    [article] = lawnews.parse(news)
    assert article.title == "本院召开执行工作推进会" and article.byline == "通讯员 周八"
    assert article.text.splitlines() == [
        "3月4日，某市中级人民法院召开执行工作推进会，通报一季度执行工作情况。",
        "会上通报了各基层法院的结案数据：",
        "法院 | 收案 | 结案", "东城区法院 | 340 | 300", "西城区法院 | 280 | 270",
        "会议要求，各基层法院要对标先进，补齐短板。"]


def test_jsonl_lines_that_are_no_object_say_what_they_hold_in_json_words(tmp_path):
    export = tmp_path / "导出.jsonl"
    export.write_text("\n".join([
        json.dumps({"id": "x1", "title": "某县法院执结一批案件", "text": "某县人民法院近日集中执结一批案件。"},
                   ensure_ascii=False),
        "[1, 2, 3]", '"只是一句话"', "null", "42",
        json.dumps({"id": "x2", "title": ["标题"], "text": "某区法院开展执行宣传。"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    report = _build(tmp_path, export)
    reasons = [s.reason for s in report.skipped]
    assert reasons == [
        'line 2: expected a JSON object ({"id": …, "title": …, "text": …}), got an array',
        'line 3: expected a JSON object ({"id": …, "title": …, "text": …}), got a string',
        'line 4: expected a JSON object ({"id": …, "title": …, "text": …}), got null',
        'line 5: expected a JSON object ({"id": …, "title": …, "text": …}), got a number (42)',
        "line 6: field 'title' must be a string, not an array",
    ]


def test_a_docx_that_is_a_zip_of_other_files_or_another_office_file_says_what_it_is(tmp_path):
    import zipfile

    photos = tmp_path / "照片打包.docx"
    with zipfile.ZipFile(photos, "w") as z:
        z.writestr("照片/1.jpg", b"\xff\xd8\xff" + b"0" * 50)
        z.writestr("说明.txt", "照片说明".encode())
    sheet = tmp_path / "统计.docx"
    with zipfile.ZipFile(sheet, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    news = tmp_path / "推进会.txt"
    news.write_text(MEETING, encoding="utf-8")
    report = _build(tmp_path, photos, sheet, news)
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert reasons == {
        "照片打包.docx": "not a Word file: a ZIP archive of 2 files (照片/1.jpg, 说明.txt); unpack it and index what it holds",
        "统计.docx": "not a Word file: an Excel workbook (.xlsx) named .docx"
                    " (save it under its own extension, or as .docx from Word)"}


def _release(path: Path, *, styled: bool) -> Path:
    """A press release as an office types it: a title (bold and large, or in the Title
    style), a date line in brackets under it, text, a bold part heading, more text."""
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.sections[0].header.paragraphs[0].text = "某市中级人民法院新闻稿"
    d.sections[0].footer.paragraphs[0].text = "第 1 页 共 1 页"
    if styled:
        d.add_paragraph("市中院召开执行工作新闻发布会", style="Title")
    else:
        run = d.add_paragraph().add_run("市中院召开执行工作新闻发布会")
        run.bold, run.font.size = True, Pt(22)
    d.add_paragraph("（2024年3月20日）")
    d.add_paragraph("3月20日，某市中级人民法院召开新闻发布会，通报全市法院执行工作情况。")
    if styled:
        d.add_paragraph("一、主要成效", style="Heading 1")
    else:
        d.add_paragraph().add_run("一、主要成效").bold = True
    d.add_paragraph("全年共执结案件一万二千件，执行到位金额四十亿元。")
    d.save(str(path))
    return path


def test_a_word_release_titled_by_bold_large_type_gives_its_title_date_and_parts(tmp_path):
    [article] = lawnews.parse(_release(tmp_path / "发布会通稿.docx", styled=False))
    assert (article.title, article.title_is_fallback, article.date) == ("市中院召开执行工作新闻发布会", False, "2024-03-20")
    assert [(s.heading, s.text) for s in article.sections] == [
        (None, "3月20日，某市中级人民法院召开新闻发布会，通报全市法院执行工作情况。"),
        ("一、主要成效", "全年共执结案件一万二千件，执行到位金额四十亿元。")]


def test_a_date_line_under_a_word_title_is_the_articles_date_not_its_text(tmp_path):
    [article] = lawnews.parse(_release(tmp_path / "通稿.docx", styled=True))
    assert article.date == "2024-03-20" and "2024年3月20日" not in article.text
    assert article.title == "市中院召开执行工作新闻发布会" and "第 1 页" not in article.text


def _briefs_page_pdf(path: Path, foot: list[str]) -> Path:
    """An e-paper page of two briefs side by side, with ``foot`` lines printed under the
    columns at the page's foot (the editors' line, the page number)."""
    from epaper import BODY, COL_W, GUTTER, MARGIN, MAST, PAGE_H, PAGE_W, SUBHEAD, _canvas, _Column, draw

    c = _canvas(path)
    y = PAGE_H - MARGIN - MAST
    draw(c, MARGIN, y, "某市法治报", MAST, 0.4)
    y -= 18
    draw(c, MARGIN, y, "2024年3月20日 星期三 第3版 法院", BODY)
    y -= 8
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    left = _Column(c, MARGIN, y - 10, COL_W)
    right = _Column(c, MARGIN + COL_W + GUTTER, y - 10, COL_W)
    left.text("东城法院执行开放日吸引市民参与", SUBHEAD, gap=6)
    left.block("p", "本报讯（通讯员 孙二）3月18日，东城区人民法院举办执行开放日活动，邀请二十名市民代表走进执行指挥中心。")
    left.block("p", "市民代表观看了网络查控系统的演示，并随同执行干警前往现场见证执行。")
    right.text("西城法院发放案款三百万元", SUBHEAD, gap=6)
    right.block("p", "本报讯（通讯员 钱三）3月19日，西城区人民法院集中发放执行案款三百万元，惠及申请执行人六十余名。")
    for k, line in enumerate(foot):
        draw(c, MARGIN if k == 0 else PAGE_W / 2, MARGIN - 10 - 15 * k, line, BODY - 2)
    c.showPage()
    c.save()
    return path


def test_the_editors_line_at_an_e_papers_foot_is_no_text_and_leaves_the_next_headline_whole(tmp_path):
    pdf = _briefs_page_pdf(tmp_path / "szb_20240320_3.pdf", ["责任编辑：张三  美术编辑：李四  校对：王五"])
    first, second = lawnews.parse(pdf)
    assert (second.title, second.byline) == ("西城法院发放案款三百万元", "通讯员 钱三")
    assert second.text == "3月19日，西城区人民法院集中发放执行案款三百万元，惠及申请执行人六十余名。"
    assert "编辑" not in first.text + second.text


def test_a_page_number_alone_at_the_foot_of_a_page_is_no_section_heading(tmp_path):
    pdf = _briefs_page_pdf(tmp_path / "szb_20240320_3.pdf", ["", "3"])
    articles = lawnews.parse(pdf)
    assert [s.heading for a in articles for s in a.sections] == [None, None]
    page = tmp_path / "第3版.txt"  # the same foot in a page file, with the number's dashes
    page.write_text("西城法院发放案款\n\n本报讯（通讯员 钱三）3月19日，西城区人民法院集中发放执行案款三百万元。\n\n- 3 -\n",
                    encoding="utf-8")
    [article] = lawnews.parse(page)
    assert [(s.heading, s.text) for s in article.sections] == [(None, "3月19日，西城区人民法院集中发放执行案款三百万元。")]


def test_a_closing_note_at_the_end_of_a_page_is_its_last_line_not_an_empty_section(tmp_path):
    page = tmp_path / "专访.txt"
    page.write_text("执行法官的一天\n\n本报记者 张三\n\n清晨六点，执行法官李四已经出发前往被执行人住所。\n\n"
                    "查控财产\n\n他说，查控财产要快，更要依法。\n\n（本文首发于2024年3月1日某市法治报）\n",
                    encoding="utf-8")
    [article] = lawnews.parse(page)
    assert [(s.heading, s.text) for s in article.sections] == [
        (None, "清晨六点，执行法官李四已经出发前往被执行人住所。"),
        ("查控财产", "他说，查控财产要快，更要依法。\n（本文首发于2024年3月1日某市法治报）")]


def test_a_credit_and_an_editor_line_set_apart_by_a_bar_are_no_table(tmp_path):
    page = tmp_path / "报道.txt"
    page.write_text("法官走进社区讲解执行知识\n\n记者 | 张三\n编辑 | 李四\n\n"
                    "3月13日，某区人民法院法官走进社区，为居民讲解执行相关法律知识。\n", encoding="utf-8")
    [article] = lawnews.parse(page)
    assert article.title == "法官走进社区讲解执行知识"
    assert "记者 | 张三" not in article.text.splitlines()


BRIEFS = ("法院简讯\n\n东城法院开展执行开放日\n"
          "本报讯（通讯员 孙二）3月8日，东城区人民法院举办执行开放日活动，邀请人大代表见证执行。\n\n"
          "西城法院发放案款\n本报讯（通讯员 钱三）3月9日，西城区人民法院集中发放执行案款三百万元。\n")


def test_a_column_heading_over_briefs_in_a_page_file_is_their_column_not_part_of_the_first_title(tmp_path):
    for k, text in enumerate((BRIEFS, BRIEFS.replace("\n本报讯", "\n\n本报讯"))):
        page = tmp_path / f"简讯{k}.txt"
        page.write_text(text, encoding="utf-8")
        first, second = lawnews.parse(page)
        assert [(a.title, a.byline, a.meta.get("column")) for a in (first, second)] == [
            ("东城法院开展执行开放日", "通讯员 孙二", "法院简讯"), ("西城法院发放案款", "通讯员 钱三", "法院简讯")]


def test_a_kicker_over_the_headline_of_a_single_news_item_stays_part_of_its_title():
    from lawnews.index.ingest.pages import parse_page

    [article] = parse_page("坚持善意文明执行\n东城法院为企业解封账户\n"
                           "本报讯（通讯员 孙二）3月8日，东城区人民法院为一家企业解封银行账户。\n", "p")
    assert article.title == "坚持善意文明执行 东城法院为企业解封账户" and not article.meta.get("column")


def test_a_month_alone_under_a_word_title_is_text_and_the_file_is_read(tmp_path):
    from docx import Document

    d = Document()
    d.add_paragraph("市中院执行工作月报", style="Title")
    d.add_paragraph("（2024年3月）")
    d.add_paragraph("本月全市法院共执结案件一千件。")
    d.save(str(tmp_path / "月报.docx"))
    [article] = lawnews.parse(tmp_path / "月报.docx")
    assert article.date is None and article.text.splitlines() == ["（2024年3月）", "本月全市法院共执结案件一千件。"]


def test_jsonl_dates_with_their_weekday_or_as_spreadsheet_numbers_and_timestamp_strings_are_read(tmp_path):
    forms = ["2024年03月05日 星期二", "2024-3-5 星期二", "2024年3月5日星期二", "2024-03-05（周二）",
             20240305.0, 1709568000000.0, "1709568000", "1709568000000"]
    export = tmp_path / "导出.jsonl"
    export.write_text("".join(json.dumps({"id": f"d{k}", "title": "某区法院开展执行宣传", "text": "某区法院开展执行宣传活动。",
                                          "date": form}, ensure_ascii=False) + "\n" for k, form in enumerate(forms)),
                      encoding="utf-8")
    report = _build(tmp_path, export)
    assert report.skipped == [] and report.articles == len(forms)
    assert {a.date for a in lawnews.parse(export)} == {"2024-03-05"}
