"""Lines of a saved web page's text that use the words of its chrome are text: one naming a
footer's word among its own words (``拨打举报电话反映线索``, ``提供技术支持``) that ends no sentence
(it introduces a list, or the save cut it off) starts no footer, so no text under it is
dropped; a sentence opening as a toolbar's button does (``扫一扫…，即可…。``) is no toolbar.
The site's footer lines and buttons are still no text. Every text here is made up."""

from __future__ import annotations

import lawnews
from lawnews.index.ingest.web_lines import kind_of

HEAD = "首页 > 法院新闻 > 正文\n青山法院公布执行线索举报方式\n发布时间：2024-03-01 10:20 来源：青山法院网\n"
TEXT = ["为进一步拓宽执行线索来源，青山县人民法院近日向社会公布被执行人财产线索举报方式。",
        "群众可拨打举报电话反映被执行人财产线索，具体方式如下：",
        "一是拨打执行指挥中心电话；二是通过法院网站留言；三是到法院立案大厅现场反映。",
        "该院表示，将对举报人信息严格保密，对查证属实的线索给予奖励。"]
FOOTER = "青山县人民法院版权所有,未经许可严禁复制\n技术支持：某某网络公司\n"


def _article(tmp_path, text):
    page = tmp_path / "举报方式.txt"
    page.write_text(text, encoding="utf-8")
    [article] = lawnews.parse(page)
    return article


def test_a_line_introducing_a_list_that_names_a_report_line_keeps_the_text_under_it(tmp_path):
    article = _article(tmp_path, HEAD + "\n".join(TEXT) + "\n" + FOOTER)
    assert article.title == "青山法院公布执行线索举报方式"
    assert article.text.splitlines() == TEXT  # the footer under it is still no text


def test_a_last_paragraph_cut_off_by_the_save_is_kept_though_it_names_technical_support(tmp_path):
    cut = "此外，民警还提醒学生，“出售银行卡为诈骗分子提供技术支持”属于违法犯罪行为，警示新生“勿"
    article = _article(tmp_path, HEAD + "\n".join(TEXT[:1]) + "\n" + cut + "\n")
    assert article.text.splitlines() == [TEXT[0], cut]


def test_a_sites_footer_lines_are_still_its_footer():
    for line in ("青山县人民法院版权所有", "青山县人民法院版权所有,未经许可严禁复制", "技术支持：某某网络公司",
                 "主办单位：青山县人民法院", "本站由某某网络公司提供技术支持", "京ICP备12345678号"):
        assert kind_of(line) == "footer", line


def test_sentences_opening_as_a_toolbars_buttons_are_text(tmp_path):
    text = ["为方便当事人，青山县人民法院近日开通案件进度网上查询服务。",
            "扫一扫法院公众号的二维码，即可查询案件进度。",
            "打开移动微法院APP，当事人即可在线申请立案、查询进度。",
            "分享到朋友圈的裁判文书涉及他人隐私的，也可能构成侵权。"]
    article = _article(tmp_path, HEAD + "\n".join(text) + "\n扫一扫 在手机打开当前页\n打印本页 关闭窗口\n")
    assert article.text.splitlines() == text  # the page's own buttons are still no text
