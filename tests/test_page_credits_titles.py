"""Titles, bylines, dates and sources of saved pages as a reader expects them: a line of
reporters' credits, a photo's note, a phone line or a site's menu word is never a title; a
byline holds names, not dates, photo notes or labels."""

from __future__ import annotations

from pathlib import Path

from lawnews.index.ingest.pages import parse_page
from lawnews.index.store.build import iter_articles

LEAD = "近日，某县人民法院集中清理一批涉民生执行案件，为四十余名申请执行人发放案款一百二十万元。"
MORE = "执行干警分成三组，逐户走访被执行人，核实财产状况，并对拒不履行的两人依法采取拘留措施。"


def body(article) -> str:
    return "\n".join(s.text for s in article.sections)


def read(tmp_path: Path, text: str, name: str = "page.txt") -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(iter_articles([path], tag=False))


def test_a_credit_line_over_a_text_without_headline_is_its_byline():
    page = f"（资料图片）\n\n某某日报全媒体记者 王明远\n\n{LEAD}\n\n{MORE}\n"
    [article] = parse_page(page, "a.txt")
    assert article.byline == "某某日报全媒体 记者 王明远"
    assert article.title_is_fallback and article.title.startswith("近日")
    assert LEAD in body(article) and MORE in body(article)


def test_a_credit_printed_on_two_lines_under_a_headline_is_one_byline():
    page = f"县法院集中发放执行案款\n\n□ 某某法制报记者 王明远\n\n通讯员 李清\n\n{LEAD}\n\n{MORE}\n"
    [article] = parse_page(page, "a.txt")
    assert article.title == "县法院集中发放执行案款"
    assert article.byline == "某某法制报 记者 王明远 通讯员 李清"
    assert body(article).startswith(LEAD)


def test_credits_glued_or_in_traditional_script_or_led_by_a_name_are_bylines():
    for credit in ("本报记者张小明通讯员李大海", "本報記者 陳明 林華", "赵小兰 某某法治报全媒体记者 钱多多"):
        [article] = parse_page(f"{credit}\n{LEAD}\n{MORE}\n", "a.txt")
        assert article.byline and ("记者" in article.byline or "記者" in article.byline), credit
        assert article.title_is_fallback, credit


def test_a_credit_closing_the_page_is_the_texts_byline():
    [article] = parse_page(f"{LEAD}\n\n{MORE}\n\n某某晚报记者 王明远 通讯员 李清\n", "a.txt")
    assert article.byline == "某某晚报 记者 王明远 通讯员 李清"
    assert body(article) == f"{LEAD}\n{MORE}"


def test_a_headline_naming_reporters_stays_a_headline():
    [article] = parse_page(f"记者走访执行一线\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert article.title == "记者走访执行一线"


def test_a_credit_line_above_a_saved_web_pages_text_is_its_byline(tmp_path):
    page = f"首页 > 新闻中心 > 法院动态\n\n本报记者 王明远 通讯员 李清\n\n{LEAD}\n\n{MORE}\n"
    [article] = read(tmp_path, page)
    assert article.byline == "本报记者 王明远 通讯员 李清"
    assert article.title_is_fallback


def test_a_photo_note_is_a_caption_never_a_title_nor_a_byline(tmp_path):
    for note in ("图片来源：某某图库", "（资料图片）", "【資料圖】", "执行现场.jpg"):
        [article] = parse_page(f"{note}\n\n{LEAD}\n\n{MORE}\n", "a.txt")
        assert article.title_is_fallback and article.title.startswith("近日"), note
        assert note in article.captions and article.byline is None, note
    # a photo's note after a sentence, or between two parts, neither names a reporter nor ends the article
    page = f"县法院集中发放执行案款\n\n{LEAD}（资料图片）\n\n{MORE}\n\n（图片来源于网络）\n\n二、执行干警的做法\n\n{LEAD}\n"
    [article] = parse_page(page, "a.txt")
    assert article.byline is None and article.title == "县法院集中发放执行案款"
    assert [s.heading for s in article.sections] == [None, "二、执行干警的做法"]
    assert "（资料图片）" in body(article) and "（图片来源于网络）" in article.captions


def test_a_photo_note_above_a_saved_web_pages_text_is_no_title(tmp_path):
    page = f"首页 > 新闻中心 > 法院动态\n\n图片来源：某某图库\n\n{LEAD}\n\n{MORE}\n"
    [article] = read(tmp_path, page)
    assert article.title_is_fallback and "图片来源：某某图库" in article.captions


def test_a_byline_holds_no_date_toolbar_label_or_placeholder(tmp_path):
    cases = {
        "来源：某某日报 作者：  2023-02-27 08:34:40": None,  # an empty 作者： before the date
        "来源：某某日报 作者：原创 发布时间：2023-02-27": None,
        "来源：某某日报 作者：admin 发布时间：2023-02-27": None,
        "作者：王明远 字号：[ ] 发布时间：2023-02-27": "王明远",
    }
    for line, byline in cases.items():
        [article] = read(tmp_path, f"县法院集中发放执行案款\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
        assert article.byline == byline, line
        assert article.date == "2023-02-27", line
    [article] = parse_page(f"县法院集中发放执行案款\n\n某某日报客户端 2025-06-25 16:02:59\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert article.byline is None or "2025" not in article.byline


def test_a_letter_spaced_part_label_under_a_headline_is_no_byline():
    [article] = parse_page(f"论执行款的发放\n\n导 读\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert article.title == "论执行款的发放" and article.byline is None
    assert [s.heading for s in article.sections] == ["导读"] and body(article).startswith(LEAD)


def test_a_contact_line_or_a_sites_own_word_is_never_a_title(tmp_path):
    for top in ("正文复制", "简体中文", "网站首页", "咨询热线：0591-2236899 手机：139 1680 0902"):
        [article] = read(tmp_path, f"{top}\n\n{LEAD}\n\n{MORE}\n")
        assert article.title_is_fallback and article.title.startswith("近日"), top
        assert LEAD in body(article)
    # a headline beside a phone line no longer is the title, and stays text
    [article] = parse_page(f"执行工作的若干意见 热线电话：021-37005396\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert article.title_is_fallback and "执行工作的若干意见" in body(article)


def test_a_headline_with_a_number_in_it_stays_the_title():
    [article] = parse_page(f"县法院为农民工追回工资138万元\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert article.title == "县法院为农民工追回工资138万元"


def test_the_outlet_a_credit_opens_with_is_the_source_where_the_page_names_none(tmp_path):
    cases = {
        "某某日报客户端记者 王明远": ("某某日报", "某某日报客户端 记者 王明远"),  # a paper's app: the paper
        "某某日报·新某某客户端 2025-06-25 16:02:59": ("某某日报", None),  # the paper, not the app; no names
        "某某法治报全媒体记者 王明远": ("某某法治报", "某某法治报全媒体 记者 王明远"),
        "新某某客户端记者 王明远": (None, "新某某客户端 记者 王明远"),  # an app of no paper's name: no outlet
    }
    for credit, (source, byline) in cases.items():
        [article] = parse_page(f"县法院集中发放执行案款\n\n{credit}\n\n{LEAD}\n\n{MORE}\n", "a.txt")
        assert (article.source, article.byline) == (source, byline), credit
    # a printed 来源 wins over the credit's outlet
    [article] = read(tmp_path, f"县法院集中发放执行案款\n\n来源：某某晚报 发布时间：2024-03-05\n\n某某日报记者 王明远\n\n{LEAD}\n")
    assert article.source == "某某晚报"


def test_a_date_printed_after_the_headline_dates_the_page_and_leaves_the_title():
    for line in ("县法院集中发放执行案款 2024年01月13日", "县法院集中发放执行案款 (2024-01-13)"):
        [article] = parse_page(f"{line}\n\n{LEAD}\n\n{MORE}\n", "a.txt")
        assert (article.title, article.date) == ("县法院集中发放执行案款", "2024-01-13"), line
    [article] = parse_page(f"本规定自2024年1月13日\n\n{LEAD}\n\n{MORE}\n", "a.txt")
    assert "2024年1月13日" in article.title + body(article)
