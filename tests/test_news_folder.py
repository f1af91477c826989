"""A folder of news as people bring it, kept up to date over a long session: saved
web pages, Word files, PDFs, JSONL, other encodings, traditional characters, links,
renames and removals. Pages are made up for the purpose."""

from __future__ import annotations

import pytest

from lawnews.index.ingest.html import read_html


def _page(tmp_path, name: str, body: str, head: str = "") -> object:
    path = tmp_path / name
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>',
                    encoding="utf-8")
    return read_html(path, name).article


_LONG = ("<p>岳阳市中级人民法院开展执行信访积案化解专项活动，通过领导包案、公开听证等方式，化解执行信访案件50余件。"
         "该院还建立了执行信访台账，对每一件信访案件明确责任人和办理时限，确保件件有回音、事事有着落。</p>"
         "<p>该院执行局负责人表示，将持续推进执行信访源头治理，努力实现案结事了人和。{extra}"
         "今后还将定期开展回访，巩固化解成效，防止信访问题反弹。</p>")


@pytest.mark.parametrize("where", [
    pytest.param(dict(extra="", footer="Copyright © 2023 岳阳市中级人民法院 版权所有"), id="copyright-year"),
    pytest.param(dict(extra="2024年3月，", footer=""), id="year-and-month-in-the-text"),
    pytest.param(dict(extra="", footer="", url="https://www.example.cn/article/detail/2024/09/id/8123456.shtml"),
                 id="year-and-month-in-the-url"),
])
def test_a_web_page_that_prints_no_whole_date_gets_none_not_the_first_of_a_month(tmp_path, where):
    head = "<title>岳阳中院执行信访化解 - 岳阳法院网</title>"
    if where.get("url"):
        head += f'<link rel="canonical" href="{where["url"]}">'
    body = ("<h1>岳阳中院执行信访化解</h1><div class='content'>" + _LONG.format(extra=where["extra"])
            + f"</div><div class='footer'>{where['footer']}</div>")
    article = _page(tmp_path, "page.html", body, head)
    assert article.date is None


def test_a_web_page_whose_whole_date_is_printed_only_in_its_body_is_dated(tmp_path):
    body = ("<h1>岳阳中院执行信访化解</h1><div class='content'>" + _LONG.format(extra="")
            + "</div><div class='info'><span>2024-03-15</span></div>")
    article = _page(tmp_path, "page.html", body, "<title>岳阳中院执行信访化解 - 岳阳法院网</title>")
    assert article.date == "2024-03-15"


def test_a_short_web_article_keeps_its_paragraphs_and_no_copy_of_its_headline(tmp_path):
    body = ("<div class='nav'><a href='/'>首页</a> | <a href='/news'>法院新闻</a></div>"
            "<h1>娄底法院执行联动机制见实效</h1><div class='content'>"
            "<p>娄底市中级人民法院与公安、不动产登记等部门建立执行联动机制，实现被执行人财产信息实时查询。</p>"
            "<p>机制运行以来，该院查控财产线索3000余条，执结案件同比增长20%。</p></div>")
    article = _page(tmp_path, "brief.html", body, "<title>娄底法院执行联动机制见实效_中国法院网</title>")
    assert article.title == "娄底法院执行联动机制见实效"
    assert article.text.split("\n") == [
        "娄底市中级人民法院与公安、不动产登记等部门建立执行联动机制，实现被执行人财产信息实时查询。",
        "机制运行以来，该院查控财产线索3000余条，执结案件同比增长20%。"]


def test_a_lead_in_in_traditional_characters_gives_the_byline_as_in_simplified():
    from lawnews.index.ingest.pages import parse_page

    page = ("臺灣法院執行新制上路\n"
            "本報訊（記者 林志明）司法院宣布強制執行新制度正式實施，法院將加強對拒不履行判決的債務人採取限制出境等措施。\n"
            "執行處負責人表示，新制度有助於保障債權人權益。\n")
    [article] = parse_page(page, "taiwan.txt")
    assert article.title == "臺灣法院執行新制上路"
    assert article.byline == "記者 林志明"
    assert article.text.startswith("司法院宣布強制執行新制度")
    assert "本報訊" not in article.text


def test_a_file_linked_inside_the_folder_read_is_read_under_its_own_name(tmp_path):
    from lawnews.index.ingest.readers import Skip, discover

    news = tmp_path / "news"
    (news / "enc").mkdir(parents=True)
    (news / "wechat.txt").write_text("标题\n正文。\n", encoding="utf-8")
    (news / "enc" / "link.txt").symlink_to("../wechat.txt")
    found = list(discover([news]))
    assert [source for item in found if not isinstance(item, Skip) for source in [item[1]]] == ["wechat.txt"]
    [skip] = [item for item in found if isinstance(item, Skip)]
    assert skip.path.endswith("link.txt") and "read under its own name" in skip.reason


@pytest.mark.parametrize("credit", ["本报记者 孙丽 通讯员 钱伟", "本报记者 孙丽"])
def test_a_byline_line_right_under_a_headline_is_the_byline_not_part_of_the_title(credit):
    from lawnews.index.ingest.pages import parse_page

    page = (f"湘潭法院执行工作新闻发布会\n{credit}\n"
            "湘潭市中级人民法院召开新闻发布会，通报2024年上半年执行工作情况。上半年全市法院共受理执行案件8000余件，执结7500余件。\n")
    [article] = parse_page(page, "xiangtan.txt")
    assert article.title == "湘潭法院执行工作新闻发布会"
    assert article.byline == credit
    assert article.text.startswith("湘潭市中级人民法院召开新闻发布会")


def test_a_word_file_gives_the_reporters_line_under_its_title_as_the_byline(tmp_path):
    import docx

    from lawnews.index.ingest.docx import docx_articles

    d = docx.Document()
    d.add_heading("湘潭法院执行工作新闻发布会", level=0)
    d.add_paragraph("执行质效全面提升", style="Subtitle")
    d.add_paragraph("本报记者 孙丽 通讯员 钱伟")
    d.add_paragraph("湘潭市中级人民法院召开新闻发布会，通报上半年执行工作情况。")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["指标", "2024年"], ["执结率", "92%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(tmp_path / "xiangtan.docx")
    [article] = docx_articles(tmp_path / "xiangtan.docx", "xiangtan.docx")
    assert (article.title, article.subtitle, article.byline) == (
        "湘潭法院执行工作新闻发布会", "执行质效全面提升", "本报记者 孙丽 通讯员 钱伟")
    assert article.text == "湘潭市中级人民法院召开新闻发布会，通报上半年执行工作情况。\n指标 | 2024年\n执结率 | 92%"


def test_a_web_page_of_two_articles_gives_each_with_its_headline_date_and_text(tmp_path):
    from lawnews.index.ingest.readers import Record

    (tmp_path / "two.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治动态 - 常德法院网</title></head><body>'
        "<div class='nav'>首页 | 法院动态 | 审判执行</div>"
        "<h1>常德法院执转破工作取得实效</h1><p>发布时间：2024-04-10 来源：常德法院网</p>"
        "<p>今年以来，常德市中级人民法院积极推进执行转破产工作，共移送破产审查案件15件，化解执行积案300余件。</p>"
        "<p>该院建立执转破快速审理机制，对无财产可供执行的企业及时引导进入破产程序。</p>"
        "<h1>澧县法院开展执行宣传周</h1><p>发布时间：2024-04-12 来源：常德法院网</p>"
        "<p>4月12日，澧县人民法院在城区广场开展执行宣传周活动，向群众讲解拒不执行判决裁定罪的有关规定。</p>"
        "<p>活动现场发放宣传资料500余份，解答群众咨询80余人次。</p></body></html>", encoding="utf-8")
    got = read_html(tmp_path / "two.html", "two.html")
    assert isinstance(got, list) and all(isinstance(r, Record) for r in got)
    articles = [r.article for r in got]
    assert [(a.id, a.title, a.date) for a in articles] == [
        ("two#1", "常德法院执转破工作取得实效", "2024-04-10"), ("two#2", "澧县法院开展执行宣传周", "2024-04-12")]
    assert articles[0].text.endswith("及时引导进入破产程序。") and "澧县" not in articles[0].text
    assert articles[1].text.startswith("4月12日，澧县人民法院") and articles[1].text.endswith("解答群众咨询80余人次。")


def test_an_id_naming_a_file_instead_of_its_article_says_how_articles_are_numbered(tmp_path):
    from support import run_cli

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "court_page.txt").write_text(
        "长沙中院集中执行\n本报讯（记者 李明）长沙市中级人民法院组织开展集中执行行动，执结案件36件。\n", encoding="utf-8")
    ix = tmp_path / "ix"
    assert run_cli("index", str(tmp_path / "news"), "--index-dir", str(ix), "--quiet").exit_code == 0
    for command in ("show", "similar"):
        result = run_cli(command, "court_page", "--index-dir", str(ix), ok=False)
        assert result.exit_code == 1
        assert "no article with id 'court_page'" in result.output and "court_page#1" in result.output


def test_the_json_link_of_an_article_page_opens_the_article_whatever_its_id_holds(tmp_path):
    import html
    import json
    import re

    import starlette.testclient

    import lawnews
    from lawnews.web import create_app
    from lawnews.web.params import article_url

    ids = ["100% a?b", "c/d#1"]
    (tmp_path / "x.jsonl").write_text("".join(json.dumps(
        {"id": i, "title": f"标题{n}", "text": f"岳阳市中级人民法院开展执行宣传活动，向群众讲解失信被执行人名单制度。{n}"},
        ensure_ascii=False) + "\n" for n, i in enumerate(ids)), encoding="utf-8")
    lawnews.build_index(tmp_path / "x.jsonl", tmp_path / "ix")
    with starlette.testclient.TestClient(create_app(tmp_path / "ix", workers=1)) as client:
        for article_id in ids:
            page = client.get(article_url(article_id))
            assert page.status_code == 200
            link = html.unescape(re.search(r'class="json" href="([^"]*)"', page.text).group(1))
            assert re.fullmatch(r"(?:[A-Za-z0-9._~/!$&'()*+,;=:@?-]|%[0-9A-F]{2})+", link), link  # a valid address
            got = client.get(link)
            assert got.status_code == 200 and got.json()["id"] == article_id


def test_a_pdf_line_broken_inside_the_credit_bracket_keeps_the_lead_in_whole(tmp_path):
    from fpdf import FPDF

    from lawnews.index.ingest.pages import parse_page
    from lawnews.index.ingest.pdf import pdf_pages

    font = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    if not __import__("os").path.exists(font):
        pytest.skip("needs a Chinese TrueType font (fonts-wqy-zenhei)")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("wqy", "", font)
    pdf.set_font("wqy", size=18)
    pdf.cell(0, 12, "郴州法院执行款物集中发放", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=10)
    # fpdf2 wraps at the space inside the bracket: "本报讯（记者" ends the first line
    pdf.multi_cell(0, 6, "本报讯（记者 吴强）7月1日，郴州市中级人民法院举行执行款物集中发放仪式，向120名申请执行人"
                         "发放执行款2000余万元。该院通过网络查控、司法拍卖等方式，推动一批涉民生案件执结。")
    pdf.output(str(tmp_path / "chenzhou.pdf"))
    [page] = pdf_pages(tmp_path / "chenzhou.pdf")
    [article] = parse_page(page.text, "chenzhou.pdf")
    assert article.title == "郴州法院执行款物集中发放"
    assert article.byline.replace(" ", "") == "记者吴强"
    assert article.text.startswith("7月1日，郴州市中级人民法院")


def _one_page_index(tmp_path):
    """An index of one page at ``tmp_path/ix``."""
    import lawnews

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "长沙中院集中执行\n本报讯（记者 李明）长沙市中级人民法院组织开展集中执行行动，执结案件36件。\n", encoding="utf-8")
    lawnews.build_index(tmp_path / "news", tmp_path / "ix")
    return tmp_path / "ix"


def test_an_open_index_whose_folder_is_deleted_says_it_is_gone_as_a_lawnews_error(tmp_path):
    import shutil

    import lawnews

    with lawnews.NewsIndex.open(_one_page_index(tmp_path)) as ix:
        assert ix.search("执行").total == 1
        shutil.rmtree(tmp_path / "ix")
        for _ in range(2):  # the same answer each time
            with pytest.raises(lawnews.LawNewsError, match="is gone"):
                ix.search("执行")


def test_an_open_index_answers_again_once_its_folder_is_back(tmp_path):
    import lawnews

    with lawnews.NewsIndex.open(_one_page_index(tmp_path)) as ix:
        assert ix.search("执行").total == 1
        (tmp_path / "ix").rename(tmp_path / "away")
        with pytest.raises(lawnews.LawNewsError, match="is gone"):
            ix.search("执行")
        (tmp_path / "away").rename(tmp_path / "ix")
        assert ix.search("执行").total == 1


@pytest.mark.parametrize("name", ["2024年6月18日.txt", "２０２４-０６-１８.txt", "人民法院报2024年6月18日.txt"])
def test_a_page_dated_only_by_its_file_name_in_chinese_or_full_width_digits_gets_that_date(tmp_path, name):
    from lawnews.index.ingest.pages import parse_page
    from lawnews.index.ingest.readers import read_page

    (tmp_path / name).write_text(
        "怀化法院开展夏季执行攻坚\n本报讯（记者 黄磊）怀化市中级人民法院开展夏季执行攻坚行动，集中清理涉民生执行案件。\n",
        encoding="utf-8")
    page = read_page(tmp_path / name, name)
    [article] = parse_page(page.text, name, page.meta)
    assert article.date == "2024-06-18"


def test_a_pdf_web_page_or_word_file_dated_only_by_its_file_name_gets_that_date(tmp_path):
    import docx
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from lawnews.index.ingest.docx import read_docx
    from lawnews.index.ingest.pdf import read_pdf

    text = "本报讯（记者 郑军）永州市中级人民法院发布执行悬赏公告，悬赏金额最高10万元，群众踊跃提供线索。"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "rmfyb_20240315_4.pdf"))
    c.setFont("STSong-Light", 18)
    c.drawString(50, 770, "永州法院执行悬赏见成效")
    c.setFont("STSong-Light", 10)
    c.drawString(50, 745, text)
    c.save()
    [record] = list(read_pdf(tmp_path / "rmfyb_20240315_4.pdf", "rmfyb_20240315_4.pdf"))
    assert (record.article.date, record.article.source, record.article.meta.get("page")) == ("2024-03-15", "人民法院报", 4)

    d = docx.Document()
    d.add_heading("永州法院执行悬赏见成效", level=0)
    d.add_paragraph(text)
    d.save(tmp_path / "2024年3月15日.docx")
    [record] = list(read_docx(tmp_path / "2024年3月15日.docx", "2024年3月15日.docx"))
    assert record.article.date == "2024-03-15"

    html_page = _page(tmp_path, "2024-03-15.html", "<h1>永州法院执行悬赏见成效</h1>" + _LONG.format(extra=""),
                      "<title>永州法院执行悬赏见成效 - 永州法院网</title>")
    assert html_page.date == "2024-03-15"


def test_a_jsonl_province_given_as_a_list_gives_each_province(tmp_path):
    import json

    import lawnews

    record = {"id": "j1", "title": "两省法院签订执行协作协议", "province": ["湖南省", "湖北省"],
              "text": "两省高级人民法院签订执行协作协议，岳阳、荆州两地法院将互相协助查找被执行人。"}
    one = dict(record, id="j2", province="湖南省")
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (record, one)),
                                        encoding="utf-8")
    tags = {a.id: a.tags for a in lawnews.parse(tmp_path / "news.jsonl")}
    assert set(tags["j1"].provinces) == {"湖南省", "湖北省"}
    assert tags["j2"].provinces == ("湖南省",)
