"""HTML pages: charset, main text, sections, captions, date/source/url, skips, end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lawnews.index.ingest.html import decode_html, html_article, read_html
from lawnews.index.ingest.readers import Record, Skip, iter_inputs, read_page

WEB = Path(__file__).parent / "data" / "web"


def article(name: str):
    got = read_html(WEB / name, name)
    assert isinstance(got, Record), got
    return got.article


def test_a_gbk_court_page_is_decoded_by_its_meta_charset():
    text, encoding = decode_html((WEB / "court.html").read_bytes())
    assert encoding == "gb18030" and "青山区法院开展涉企执行专项行动" in text


def test_a_court_site_page_gives_title_body_sections_caption_date_source_and_url():
    a = article("court.html")
    assert a.title == "青山区法院开展涉企执行专项行动"
    assert a.text.startswith("为优化营商环境，青山区人民法院")
    assert (a.date, a.source, a.byline) == ("2024-03-15", "青山区人民法院", "王小明")
    assert [s.heading for s in a.sections] == [None, "精准识别困难企业", "信用修复同步推进"]
    assert a.captions == ("图为执行干警在企业车间核实设备查封情况。",)
    assert a.meta["url"] == "http://www.example-court.gov.cn/article/2024/03/15/a1024.shtml"  # saved-from comment
    everything = a.title + a.text + "".join(a.captions)
    for chrome in ("首页", "浏览次数", "打印本页", "上一篇", "相关新闻", "白石市", "长河县", "ICP", "责任编辑"):
        assert chrome not in everything


def test_a_portal_page_drops_app_prompts_and_related_news():
    a = article("portal.html")
    assert a.title == "男子冒充法官诈骗被判刑"
    assert a.text.startswith("一名男子自称“法院执行局法官”")
    assert a.text.endswith("应当及时向法院核实或者报警。")
    assert (a.date, a.source) == ("2024-04-02", "法治日报")
    assert a.meta["url"] == "https://news.example.com/24/0402/08/ABCDEF.html"  # <link rel=canonical>
    for chrome in ("打开APP", "查看更多图片", "相关新闻", "白石市", "Copyright"):
        assert chrome not in a.text


def test_a_wechat_page_is_read_from_its_content_block_with_date_and_account():
    a = article("wechat.html")
    assert a.title == "法官说法|邻居装修损坏管道，谁来赔？"
    assert a.text.startswith("楼上邻居装修时凿穿了共用排水管道")
    assert a.date == "2024-04-09"  # var ct, Beijing time
    assert a.source == "长河县人民法院"
    assert [s.heading for s in a.sections] == [None, "法院判决", "法官说法"]
    assert a.meta["url"].startswith("http://mp.weixin.qq.com/s?__biz=ABC123==")  # og:url
    assert "扫一扫" not in a.text


@pytest.mark.parametrize("name", ["court", "portal"])
def test_the_same_page_as_html_and_as_saved_text_gives_the_same_article(name):
    h = article(f"{name}.html")
    t = read_page(WEB / f"{name}.txt", f"{name}.txt").article
    assert (h.title, h.sections, h.captions, h.date, h.source, h.byline) == \
           (t.title, t.sections, t.captions, t.date, t.source, t.byline)


def test_without_meta_or_printed_date_the_url_path_gives_the_date():
    page = ("<html><head><meta charset='utf-8'><title>标题</title>"
            "<link rel='canonical' href='http://www.example.gov.cn/xw/202403/t20240315_123.html'></head><body>"
            "<h1>绿水县法院审结一起借款纠纷</h1><div><p>" + "法院审理认为，借款事实清楚，判决被告归还借款本金及利息。" * 4
            + "</p></div></body></html>")
    a = html_article(page, "x.html")
    assert a.title == "绿水县法院审结一起借款纠纷" and a.date == "2024-03-15"


def test_the_meta_date_wins_over_the_printed_line_and_the_url():
    page = ("<html><head><meta charset='utf-8'><meta name='PubDate' content='2024-05-06 09:00'>"
            "<link rel='canonical' href='http://www.example.gov.cn/2024/03/15/a.html'></head><body>"
            "<h1>绿水县法院审结一起借款纠纷</h1><p>发布时间：2024-05-07 来源：绿水县人民法院</p><div><p>"
            + "法院审理认为，借款事实清楚，判决被告归还借款本金及利息。" * 4 + "</p></div></body></html>")
    a = html_article(page, "x.html")
    assert a.date == "2024-05-06" and a.source == "绿水县人民法院"


def test_a_page_with_no_article_text_is_a_skip_saying_so(tmp_path):
    f = tmp_path / "nav.html"
    f.write_text("<html><body><div>首页 | 新闻 | 法院动态 | 联系我们</div></body></html>", encoding="utf-8")
    got = read_html(f, "nav.html")
    assert isinstance(got, Skip) and "no article text" in got.reason


def test_an_mhtml_archive_is_read_with_its_location(tmp_path):
    html = (WEB / "portal.html").read_text(encoding="utf-8")
    mht = ("From: <Saved by Blink>\nSnapshot-Content-Location: https://news.example.com/a.html\n"
           "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"\n\n--B\n"
           "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
           "Content-Location: https://news.example.com/a.html\n\n" + html + "\n--B--\n")
    f = tmp_path / "portal.mhtml"
    f.write_bytes(mht.encode("utf-8"))
    a = read_html(f, "portal.mhtml").article
    assert a.title == "男子冒充法官诈骗被判刑" and a.date == "2024-04-02"


def test_html_files_are_inputs_of_their_own_kind(tmp_path):
    for name in ("a.html", "b.htm", "c.shtml"):
        shutil.copy(WEB / "portal.html", tmp_path / name)
    got = list(iter_inputs(tmp_path))
    assert [type(g) for g in got] == [Record, Record, Record]


def test_html_pages_are_indexed_searched_and_shown_end_to_end(tmp_path):
    from click.testing import CliRunner

    from lawnews.cli import cli

    folder = tmp_path / "web"
    folder.mkdir()
    shutil.copy(WEB / "court.html", folder)
    shutil.copy(WEB / "wechat.html", folder)
    ix = tmp_path / "ix"
    run = CliRunner().invoke
    res = run(cli, ["index", str(folder), "--index-dir", str(ix)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    res = run(cli, ["search", "涉企执行", "--index-dir", str(ix), "--json"], catch_exceptions=False)
    hits = json.loads(res.output)["hits"]
    assert [h["article_id"] for h in hits] == ["court#1"]
    res = run(cli, ["show", "court#1", "--index-dir", str(ix)], catch_exceptions=False)
    assert res.exit_code == 0 and "2024-03-15" in res.output and "青山区人民法院" in res.output
    assert "相关新闻" not in res.output


def test_text_the_extractor_puts_above_the_printed_title_is_kept():
    page = ("<html><head><meta charset='utf-8'><title>德清县投资结构趋稳</title></head><body>"
            "<div class='content'><p>" + "全县固定资产投资完成二百四十亿元，同比增长百分之十五。" * 6 + "</p></div>"
            "<div>当前位置：首页 &gt; 投资运行</div><div><h2>德清县投资结构趋稳</h2></div>"
            "<div>版权所有：德清县发改局</div></body></html>")
    from lawnews.index.ingest.webpage import Block, read_blocks

    blocks = [Block("全县固定资产投资完成二百四十亿元，同比增长百分之十五。" * 6), Block("当前位置：首页 > 投资运行"),
              Block("德清县投资结构趋稳")]
    got = read_blocks(blocks, title="德清县投资结构趋稳")
    assert got.parts[0][1] == [blocks[0].text]
    assert html_article(page, "x.html").text.startswith("全县固定资产投资完成")


@pytest.mark.parametrize("name", ["court.html", "portal.html", "wechat.html"])
def test_no_paragraph_of_an_html_article_is_lost(name):
    """Every paragraph of the page's article block is in the article, as text, heading or caption."""
    from lxml import html as lxml_html

    text, _ = decode_html((WEB / name).read_bytes())
    doc = lxml_html.document_fromstring(text)
    block = doc.xpath('//*[@class="content" or @class="post_body" or @id="js_content"]')[0]
    a = article(name)
    kept = "".join((a.text + "".join(a.captions) + "".join(s.heading or "" for s in a.sections)).split())
    for p in block.iter("p", "h3"):
        para = "".join(p.text_content().split())
        if para and "打开网易新闻" not in para:
            assert para in kept, para


def test_courts_named_in_a_related_news_list_are_not_tagged():
    from lawnews import parse

    [a] = list(parse([str(WEB / "court.html")]))
    assert "白石市中级人民法院" not in a.tags.courts and "长河县人民法院" not in a.tags.courts


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path):
    body = "法院审理认为，借款事实清楚，判决被告归还借款本金及利息。" * 4
    f = tmp_path / "a.xhtml"
    f.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                 "<title>绿水县法院审结一起借款纠纷</title></head><body><h1>绿水县法院审结一起借款纠纷</h1>"
                 f"<p>{body}</p></body></html>", encoding="utf-8")
    a = read_html(f, "a.xhtml").article
    assert a.title == "绿水县法院审结一起借款纠纷" and a.text == body


def test_a_wechat_page_saved_without_its_scripts_names_its_account_as_shown(tmp_path):
    page = (WEB / "wechat.html").read_text(encoding="utf-8")
    no_scripts = page[:page.index("<script>")] + page[page.index("</script>") + len("</script>"):]
    (tmp_path / "saved.html").write_text(no_scripts, encoding="utf-8")
    assert read_html(tmp_path / "saved.html", "saved.html").article.source == "长河县人民法院"
    shown = no_scripts.replace('<span class="rich_media_meta_nickname">长河县人民法院</span>',
                               '<a href="javascript:void(0);" id="js_name">\n    长河县人民法院\n  </a>')
    (tmp_path / "shown.html").write_text(shown, encoding="utf-8")
    assert read_html(tmp_path / "shown.html", "shown.html").article.source == "长河县人民法院"
