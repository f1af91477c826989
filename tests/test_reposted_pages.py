"""A court's stories and their reposts as a press office saves them: court sites, portals
and WeChat pages in HTML or saved as text, copies in traditional characters, with their
menus, share bars, comment boxes, lists of related stories and footers."""

from __future__ import annotations

from lawnews.index.ingest.pages import parse_page
from lawnews.index.ingest.webpage import web_articles

BODY = [
    "3月4日清晨，青山县人民法院组织四十名干警开展集中执行行动，为二十三名务工人员追回工资款八十六万元。",
    "行动中，执行干警兵分五路，对拒不履行的被执行人实施拘传，并现场查封两台挖掘机。",
    "一名被执行人当场交纳全部欠款，其余案件已和申请人达成分期履行协议。",
]
TRAD_BODY = [
    "3月4日清晨，青山縣人民法院組織四十名幹警開展集中執行行動，為二十三名務工人員追回工資款八十六萬元。",
    "行動中，執行幹警兵分五路，對拒不履行的被執行人實施拘傳，並現場查封兩台挖掘機。",
]


def body(article) -> str:
    return "\n".join(f"{s.heading or ''}\n{s.text}" for s in article.sections)


def saved(*lines: str) -> list:
    return web_articles("\n".join(lines) + "\n", "a.txt")


def test_an_editor_credit_in_traditional_characters_is_the_editor_as_printed():
    [article] = saved("主頁 | 港聞 | 兩岸 | 國際 | 財經", "青山縣法院集中執行追回工資款",
                      "發佈時間：2024年3月8日 12:30 來源：某某省高級人民法院", *TRAD_BODY,
                      "責任編輯：周敏", "審核：吳剛 編輯：陳亮")
    assert article.meta["editor"] == "周敏"
    assert article.meta["reviewer"] == "吳剛"
    assert "周敏" not in body(article)


def test_a_share_bar_is_no_text_whatever_its_label_and_wherever_its_buttons_stand():
    [article] = saved("青山县法院集中执行追回工资款", "发布时间：2024-03-05 来源：某某省高级人民法院", *BODY,
                      "分享至：Facebook Twitter WhatsApp 微博", "分享：", "微信", "微博", "QQ空间")
    text = body(article)
    for sentence in BODY:
        assert sentence in text
    for button in ("分享", "Facebook", "微信", "微博", "QQ空间"):
        assert button not in text


def test_a_comment_box_under_the_text_is_no_text():
    for opening in ("全部评论（2）", "评论区", "登录后发表评论", "共2条评论", "查看更多评论"):
        [article] = saved("青山县法院集中执行追回工资款", "发布时间：2024-03-05 来源：某某省高级人民法院", *BODY,
                          opening, "张三 2024-03-06", "执行款及时发放，为法院点赞！")
        text = body(article)
        assert BODY[-1] in text
        assert "点赞" not in text and "张三" not in text, opening


def test_a_footer_opening_with_the_site_s_address_and_postcode_is_no_text():
    [article] = saved("青山县法院集中执行追回工资款", "发布时间：2024-03-05 来源：某某省高级人民法院", *BODY,
                      "地址：某某市青山县人民路1号 邮编：412000", "联系电话：0731-12345678", "湘ICP备00000000号")
    text = body(article)
    assert BODY[-1] in text
    assert "人民路" not in text and "0731" not in text


RELATED = ["▶ 红山区法院开展夜间执行", "▶ 白水市中院召开执行工作会议"]


def test_a_right_arrow_in_a_text_marks_a_section_heading_not_a_photo_caption():
    page = "\n".join(["青山县法院集中执行追回工资款", *BODY, "▶理解与适用", "该院执行局负责人表示，将持续开展涉民生案件专项执行。"]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    assert article.title == "青山县法院集中执行追回工资款"
    assert [s.heading for s in article.sections] == [None, "理解与适用"]
    assert "持续开展涉民生案件专项执行" in article.sections[1].text


def test_a_list_of_related_stories_under_a_page_file_is_neither_caption_nor_text():
    page = "\n".join(["青山县法院集中执行追回工资款", *BODY, *RELATED]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    text = body(article)
    assert all(sentence in text for sentence in BODY)
    assert "夜间执行" not in text and "工作会议" not in text


def test_a_list_of_related_stories_under_a_saved_web_text_is_no_section():
    [article] = saved("青山县法院集中执行追回工资款", "发布时间：2024-03-05 来源：某某日报", *BODY, *RELATED)
    assert [s.heading for s in article.sections] == [None]
    assert "夜间执行" not in body(article) and BODY[-1] in body(article)


def test_a_bulleted_list_of_related_stories_whose_heading_the_extractor_dropped_is_no_text():
    from lawnews.index.ingest.html import html_article

    paras = "".join(f"<p>{s}</p>" for s in BODY)
    page = ("<html><head><meta charset='utf-8'><title>青山县法院集中执行追回工资款-某某新闻网</title></head><body>"
            "<div class='nav'><a>首页</a> <a>时政</a> <a>法治</a></div><h1>青山县法院集中执行追回工资款</h1>"
            f"<div class='src'>2024-03-06 10:12:05 来源：某某省高级人民法院</div><div id='text'>{paras}"
            "<p>（编辑：刘洋）</p></div><div class='rel'><h3>延伸阅读</h3><p>· 红山区法院开展夜间执行</p>"
            "<p>· 白水市中院召开执行工作会议</p></div></body></html>")
    article = html_article(page, "a.html")
    assert [s.heading for s in article.sections] == [None]
    assert "夜间执行" not in body(article) and BODY[-1] in body(article)


def test_a_bulleted_list_the_text_introduces_stays_text():
    [article] = saved("青山县法院集中执行追回工资款", "发布时间：2024-03-05 来源：某某日报", *BODY,
                      "执行干警当天采取的措施有：", "· 查控被执行人财产", "· 拘传拒不到庭的被执行人")
    assert "查控被执行人财产" in body(article) and "拘传拒不到庭的被执行人" in body(article)


def test_a_photo_inside_an_excerpt_whose_headline_is_printed_after_it_splits_nothing():
    paras = ["3月11日晚，红山区人民法院执行局组织干警开展夜间执行，一举找到三名长期躲避执行的被执行人，当场督促其履行。",
             "▲干警在被执行人住所外等候。 赵刚 摄",
             "在干警释法说理下，两名被执行人当场履行义务，共计十二万元，另一名被执行人被依法司法拘留。",
             "据悉，今年以来该院已开展夜间执行行动六次，执结案件四十余件，执行到位金额三百余万元。",
             "红山区法院开展夜间执行"]
    [article] = parse_page("\n\n".join(paras) + "\n", "a.txt")
    assert article.title == "红山区法院开展夜间执行"
    assert list(article.captions) == ["干警在被执行人住所外等候。 赵刚 摄"]
    for para in paras[0], paras[2], paras[3]:
        assert para in body(article)


TRAD_PAGE = ("<!DOCTYPE html><html><head>{meta}<title>青山縣法院集中執行追回工資款 | 香港某某報</title></head><body>"
             "<nav><a>主頁</a> <a>港聞</a> <a>兩岸</a></nav><article><h1>青山縣法院集中執行追回工資款</h1>"
             "<p>2024年3月8日 來源：某某省高級人民法院</p>" + "".join(f"<p>{s}</p>" for s in TRAD_BODY)
             + "</article></body></html>")


def test_a_big5_page_declaring_no_charset_or_utf8_wrongly_is_read_as_big5(tmp_path):
    from lawnews.index.ingest.html import read_html

    for n, meta in enumerate(("", '<meta charset="utf-8">', '<meta charset="big5">')):
        path = tmp_path / f"hk{n}.html"
        path.write_bytes(TRAD_PAGE.format(meta=meta).encode("big5"))
        article = read_html(path, path.name).article
        assert article.title == "青山縣法院集中執行追回工資款", meta
        assert TRAD_BODY[0] in body(article)


def test_a_gbk_page_declaring_no_charset_stays_gbk(tmp_path):
    from lawnews.index.ingest.html import read_html

    page = TRAD_PAGE.format(meta="").replace("青山縣法院集中執行追回工資款", "青山县法院集中执行追回工资款")
    page = page.replace("".join(f"<p>{s}</p>" for s in TRAD_BODY), "".join(f"<p>{s}</p>" for s in BODY))
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    article = read_html(path, path.name).article
    assert article.title == "青山县法院集中执行追回工资款"
    assert BODY[0] in body(article)


def test_an_e_mailed_story_is_skipped_saying_what_it_is_and_how_to_save_it(tmp_path):
    from lawnews.index.ingest.readers import Skip, iter_inputs

    (tmp_path / "forward.eml").write_text("Subject: story\n\n" + BODY[0] + "\n", encoding="utf-8")
    [skip] = list(iter_inputs([tmp_path / "forward.eml"]))
    assert isinstance(skip, Skip)
    assert skip.reason.startswith("unsupported file type '.eml': an e-mail message")
    assert ".html" in skip.reason and ".mht" in skip.reason


def test_labels_set_apart_by_a_bar_give_the_source_and_credits_and_are_no_text():
    for line in ("来源丨某某省高级人民法院", "来源 | 某某省高级人民法院", "本文来源：某某省高级人民法院 2024-03-06"):
        [article] = saved("首页 | 新闻 | 法治 | 图片", "青山县法院集中执行追回工资款", line, *BODY, "编辑丨周敏", "审核 | 吴刚")
        assert article.source == "某某省高级人民法院", line
        text = body(article)
        assert "来源" not in text and "周敏" not in text and "吴刚" not in text, line
        assert article.meta["editor"] == "周敏" and article.meta["reviewer"] == "吴刚"


def test_an_author_credit_ends_before_a_photo_credit_or_a_date_on_its_line():
    [article] = saved("青山县法院集中执行追回工资款", "文/王明 图/赵刚 2024-03-06 来源：某某日报", *BODY)
    assert article.byline == "王明"
    assert article.date == "2024-03-06" and article.source == "某某日报"


def test_one_reading_of_a_line_s_cells_serves_page_files_web_texts_and_whole_file_tables():
    from lawnews.index.ingest.clean import cells, table_rows
    from lawnews.index.ingest.found import table_lines

    assert cells("记者 | 张三") == [] and cells("记者 | 张三", pairs=True) == ["记者", "张三"]
    assert cells("| 一月 | 120 |") == ["一月", "120"] and cells("一月\t120") == ["一月", "120"]
    assert cells("一月   120") == [] and cells("一月   120", spaces=True) == ["一月", "120"]
    assert table_rows(["记者 | 张三", "编辑 | 李四"]) == {}
    assert table_rows(["红山区 | 45件", "青山县 | 38件"], pairs=True) == {0: "红山区 | 45件", 1: "青山县 | 38件"}
    assert table_lines("法院   结案数\n红山区   45件\n青山县   38件\n") == 3
    [article] = saved("各院结案情况", "发布时间：2024-03-05 来源：某某日报", BODY[0], "红山区 | 45件", "青山县 | 38件", BODY[1])
    assert "红山区 | 45件" in body(article) and "青山县 | 38件" in body(article)


def test_an_archive_and_a_download_not_finished_are_skipped_saying_what_to_do(tmp_path):
    import zipfile
    from pathlib import Path

    from lawnews.index.ingest.readers import Skip, iter_inputs

    with zipfile.ZipFile(tmp_path / "新闻.zip", "w") as z:
        z.writestr("a.txt", BODY[0])
    (tmp_path / "报道.html.crdownload").write_text("<html><body><p>" + BODY[0], encoding="utf-8")
    (tmp_path / "报道.txt.part").write_text(BODY[0], encoding="utf-8")
    reasons = {Path(s.path).name: s.reason for s in iter_inputs([tmp_path]) if isinstance(s, Skip)}
    assert reasons["新闻.zip"] == ("unsupported file type '.zip': an archive; unpack it and index the folder"
                                  " it unpacks to")
    for name in ("报道.html.crdownload", "报道.txt.part"):
        assert "a download not finished" in reasons[name]
