"""Saved news pages read as a reader reads them: a site's line giving its web address, a
headline printed twice, a breadcrumb ending in the headline, a reporter's 发自 line and a
WeChat article's barred credits are no part of the title or the text. Each page is made up
with the structure of a saved page."""

from __future__ import annotations

from support import SAVED_BODY as BODY, saved_page

first = saved_page


# ---------------------------------------------------------------- a site's line with its web address


def test_a_sites_name_and_web_address_under_the_headline_are_no_part_of_the_title(tmp_path):
    page = ("当前位置:首页 > 专题专栏 > 平安青石\n\n"
            "青石法院集中执行护民生\n\n"
            "青石县人民政府门户网站 www.qingshi.gov.cn \n"
            "来源:青石日报 2025-09-12 \n\n" + BODY)
    a, web = first(tmp_path, page)
    assert web
    assert a.title == "青石法院集中执行护民生"
    assert (a.source, a.date) == ("青石日报", "2025-09-12")


def test_a_web_address_opening_a_page_file_is_not_its_title(tmp_path):
    a, _ = first(tmp_path, "www.qingshi-law.com 青石法律顾问\n" + BODY)
    assert "www." not in a.title and "qingshi" not in a.title


def test_a_headline_naming_a_site_without_its_address_stays_the_title(tmp_path):
    a, _ = first(tmp_path, "青石政务网上线执行公开栏目\n\n" + BODY)
    assert a.title == "青石政务网上线执行公开栏目"


# ---------------------------------------------------------------- a breadcrumb ending in the headline


def test_the_headline_the_breadcrumb_ends_with_is_the_title_alone(tmp_path):
    page = ("首页 > 法律知识 > 判决执行 > 被执行人可以申请变更执行法院吗\n\n"
            "被执行人可以申请变更执行法院吗\n\n"
            "不想读全文,直接问律师?\n"
            "来源:青石法律网 · 2025.06.10 · 2160人看过\n"
            + BODY)
    a, web = first(tmp_path, page)
    assert web
    assert a.title == "被执行人可以申请变更执行法院吗"
    assert a.date == "2025-06-10"
    assert "近日，青石县人民法院" in a.text


# ---------------------------------------------------------------- a headline printed twice


def test_a_headline_printed_twice_over_a_page_files_text_is_the_title_once(tmp_path):
    page = ("“执行财产范围”由谁确定——青石县法院执行问题研究\n\n"
            "“执行财产范围”由谁确定——青石县法院执行问题研究\n\n" + BODY)
    a, web = first(tmp_path, page)
    assert not web
    assert a.title == "“执行财产范围”由谁确定——青石县法院执行问题研究"


def test_a_headline_printed_again_on_two_lines_is_the_title_once(tmp_path):
    page = ("青石法院 -朋友圈悬赏让失信被执行人难藏身\n\n"
            "青石法院\n-朋友圈悬赏让失信被执行人难藏身\n\n" + BODY)
    a, _ = first(tmp_path, page)
    assert a.title == "青石法院 -朋友圈悬赏让失信被执行人难藏身"


def test_a_kicker_over_a_headline_stays_in_the_title(tmp_path):
    a, _ = first(tmp_path, "执行攻坚进行时\n青石法院百日行动执结案件一千二百件\n\n" + BODY)
    assert a.title == "执行攻坚进行时 青石法院百日行动执结案件一千二百件"


def test_the_sites_lines_between_a_headline_and_its_second_copy_are_no_title(tmp_path):
    page = "青石县召开执行联动会议\n\n要闻正文 87 0\n\n青石县召开执行联动会议\n\n" + BODY
    a, _ = first(tmp_path, page)
    assert a.title == "青石县召开执行联动会议"


# ---------------------------------------------------------------- a reporter's 发自 line


def test_a_reporters_dispatch_line_is_no_text(tmp_path):
    page = ("青石法院向县政府发出执行通知\n"
            "青石县政府因建设需要与某公司协商换地，此后一直没有兑现承诺。\n"
            "发自:青石县\n"
            "责任编辑:王明远\n\n"
            "“县政府到底什么时候能执行法院的裁定？”申请执行人再次来到县政府门口。\n"
            "法院随后向县政府发出执行通知书，要求其限期履行。\n")
    a, _ = first(tmp_path, page)
    assert "发自" not in a.text
    assert "青石县政府因建设需要" in a.text and "申请执行人再次来到县政府门口" in a.text


def test_a_sentence_opening_with_the_words_is_text(tmp_path):
    page = "青石法院执行纪实\n\n" + BODY + "发自内心的感谢让执行干警倍感欣慰。\n"
    a, _ = first(tmp_path, page)
    assert "发自内心的感谢让执行干警倍感欣慰。" in a.text


# ---------------------------------------------------------------- a labelled author under the headline


def _article_page(label: str) -> str:
    return ("【解读】青石县执行和解的几个问题\n\n"
            "号外\n\n"
            f"作者{label}王明远(青石大学法学院教授,博士生导师)\n\n"
            "执行和解在实践中越来越常见。当事人在执行程序中自愿协商，达成和解协议。\n\n"
            "法院对和解协议的履行进行监督，被执行人不履行的，申请执行人可以申请恢复执行。\n")


def test_a_barred_author_line_under_the_headline_is_the_byline(tmp_path):
    a, web = first(tmp_path, _article_page("  |  "))
    assert not web
    assert a.title == "【解读】青石县执行和解的几个问题"
    assert a.byline == "王明远(青石大学法学院教授,博士生导师)"
    assert a.text.startswith("执行和解在实践中越来越常见")


def test_an_author_line_with_a_colon_and_a_unit_is_the_byline(tmp_path):
    a, _ = first(tmp_path, _article_page(":"))
    assert a.title == "【解读】青石县执行和解的几个问题"
    assert a.byline == "王明远(青石大学法学院教授,博士生导师)"


def test_a_barred_writer_line_over_the_text_is_the_byline(tmp_path):
    a, _ = first(tmp_path, "青石法院执行和解观察\n\n文 | 王明远 青石律师事务所高级合伙人\n\n" + BODY)
    assert a.title == "青石法院执行和解观察" and a.byline == "王明远 青石律师事务所高级合伙人"
    assert "王明远" not in a.text


# ---------------------------------------------------------------- a paper's keywords line


def test_a_keywords_line_under_the_abstract_is_a_line_of_the_text_not_a_headline(tmp_path):
    page = ("论执行和解协议的效力\n\n"
            "摘要:执行和解是当事人自愿达成的协议，法院应当尊重当事人的意思自治；以和解为名拖延执行的，应当恢复执行。\n\n"
            "关键词:执行和解 恢复执行 意思自治\n\n"
            "执行和解在实践中越来越常见。当事人在执行程序中自愿协商，达成和解协议。\n\n"
            "法院对和解协议的履行进行监督，被执行人不履行的，申请执行人可以申请恢复执行。\n")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    from lawnews.index.ingest.pages import parse_page
    articles = parse_page(page, "page.txt")
    assert len(articles) == 1
    [a] = articles
    assert a.title == "论执行和解协议的效力"
    assert "关键词:执行和解 恢复执行 意思自治" in a.text and "执行和解在实践中越来越常见" in a.text


# ---------------------------------------------------------------- a tags line under the text


def test_a_tags_line_under_a_web_articles_text_is_no_text(tmp_path):
    page = ("首页 > 新闻 > 法治\n\n青石法院院史馆揭牌\n\n2024-11-02 08:30 来源:青石新闻网\n\n" + BODY
            + "\n标签:法院|院史馆\n\n稿源: 青石新闻网  编辑: 王明远 [打印]\n")
    a, web = first(tmp_path, page)
    assert web
    assert "标签" not in a.text and "院史馆\n" not in a.text + "\n"
    assert a.text.rstrip().endswith("多名被执行人当场履行义务。")


def test_a_sentence_about_tags_stays_text(tmp_path):
    page = ("首页 > 新闻 > 法治\n\n青石法院院史馆揭牌\n\n2024-11-02 08:30 来源:青石新闻网\n\n" + BODY
            + "\n标签：这些商品的价格标签均由执法人员当场核对。\n")
    a, _ = first(tmp_path, page)
    assert "价格标签均由执法人员当场核对" in a.text


# ---------------------------------------------------------------- a notice that the text is cut


def test_a_notice_that_the_text_is_cut_is_no_text_glued_or_alone(tmp_path):
    for tail in ("因篇幅问题不能全部显示,请点此查看更多更全内容\n", "\n因篇幅问题不能全部显示，请点此查看更多更全内容\n"):
        a, _ = first(tmp_path, "青石法院执行常识\n\n" + BODY.rstrip("\n") + tail)
        assert "篇幅" not in a.text and "点此查看" not in a.text
        assert a.text.rstrip().endswith("多名被执行人当场履行义务。")
