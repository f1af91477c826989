"""Pages saved from a paper's web edition, read as newspaper pages: the edition and
imprint lines printed beside an article are no part of its title or text."""

from __future__ import annotations

from lawnews.index.ingest import pages
from lawnews.index.ingest.pages import parse_page


def _one(text: str):
    articles = parse_page(text, "saved.txt")
    assert len(articles) == 1
    return articles[0]


def test_edition_line_under_the_headline_is_not_part_of_the_title():
    text = ("法槌声里的春天故事\n\n《青禾晚报》(2024年3月5日) 06版\n\n"
            "本报讯（通讯员 王小明）近日，青禾县法院为果农追回货款十二万元。\n\n"
            "果农们送来锦旗，感谢法官奔波。\n")
    a = _one(text)
    assert a.title == "法槌声里的春天故事"
    assert a.source == "青禾晚报"
    assert a.date == "2024-03-05"
    assert "06版" not in a.text and "青禾晚报" not in a.text


def test_edition_line_glued_under_a_wrapped_headline_is_taken_out():
    text = ("青禾山下:法官骑马送法进牧场\n7月28日 《青禾法治报》第8版\n"
            "每年夏天，青禾法庭的法官都骑马走进牧场，为牧民调解草场纠纷。\n"
            "今年以来，法庭已调解纠纷四十余件。\n")
    a = _one(text)
    assert a.title == "青禾山下:法官骑马送法进牧场"
    assert a.source == "青禾法治报"


def test_page_label_above_the_headline_gives_the_page_and_section_not_the_title():
    text = ("第B03版:法苑\n\n欠款不还三人被拘\n\n"
            "本报讯 （记者 李四）1月9日，青禾区法院集中开展执行行动，拘留失信被执行人三名。\n\n"
            "执行干警清晨出发，兵分三路。\n")
    a = _one(text)
    assert a.title == "欠款不还三人被拘"
    assert a.meta.get("page") == "B03"
    assert a.meta.get("section") == "法苑"
    assert not a.text.startswith("第B03版")


def test_imprint_line_above_the_headline_is_not_part_of_the_title():
    text = ("青禾日报社 出版 国内统一刊号:CN99-0001 代号11-22\n\n\n"
            "从讨薪无门到安心返乡\n\n"
            "2024年4月7日，青禾县法律援助中心收到一面锦旗，送旗的是外省务工的周某。\n\n"
            "援助律师查清被告信息后，依法提起诉讼。\n")
    a = _one(text)
    assert a.title == "从讨薪无门到安心返乡"
    assert "刊号" not in a.text


def test_edition_words_inside_a_sentence_stay_text():
    assert pages.edition_line("详见本报第5版。") is None
    assert pages.edition_line("05版") is None  # a number and 版 alone says too little
    text = ("青禾法院开展执行攻坚\n\n"
            "近日，青禾法院开展执行攻坚行动，详情见第5版。\n\n"
            "本次行动共执结案件十二件。\n")
    a = _one(text)
    assert "详情见第5版" in a.text
