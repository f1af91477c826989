"""Captions on saved pages whose lines are whole paragraphs: a caption is its own line, the
text around it stays text; ornaments and letter-spaced field labels."""

from __future__ import annotations

from lawnews.index.ingest.masthead import field_line, read_masthead
from lawnews.index.ingest.pages import parse_page

PARAS = [
    "8月2日，某市公安局东城分局依托“街长制”多警联动，成功劝下一名站在天台边缘欲轻生的男子；8月3日，"
    "该市交警大队协管员在执勤时发现一名老人迷路后护送其归家……这样的暖心场景，在这座城市时常上演。",
    "身穿警服的协管员在车流中指挥交通保障行人安全；巡逻支队队员穿梭在大街小巷开展安全巡逻；佩戴着红袖章的联防队员"
    "处理大小紧急事务……目前，该市基本形成了以“街长制”为基础、以巡逻支队为主力、以联防队为延伸的治安防控新机制。",
    "据统计，在全市130条道路，该市共划定总街长、副总街长以及一级、二级、三级街长190名，协管员2800名；组建了400名"
    "警员规模的巡逻支队，全天候屯警街面；成立了170个联防中队，队员达2万余名。如今，“平安城市”名片越擦越亮。",
]


def body(article) -> str:
    return "".join(s.text for s in article.sections)


def test_a_caption_with_its_credit_after_whole_paragraphs_takes_none_of_them():
    caption = "某市实验小学学生欢度“六一”。 记者 王明 特约记者 李华 摄"
    page = "\n".join(["优化城市治安管控体系，保障百姓安全", *PARAS, caption]) + "\n"
    [article] = parse_page(page, "a.txt")
    for para in PARAS:
        assert para in body(article)
    assert list(article.captions) == [caption]
    assert "摄" not in body(article)


def test_a_sentence_ending_in_a_shooting_is_no_credit():
    # 拍摄 at a paragraph's end with no names is text, and joins as text does
    page = "\n".join(["某法院开展普法宣传", PARAS[0], "活动结束后，参加活动的师生与法官们在法院门前一起合影拍摄"]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    assert "一起合影拍摄" in body(article)


def test_a_marked_caption_line_ends_where_the_next_paragraph_begins():
    page = "\n".join(["开发区厂房腾退记", PARAS[0], "▲法官组织当事人沟通协商", PARAS[1], PARAS[2]]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert list(article.captions) == ["法官组织当事人沟通协商"]
    for para in PARAS:
        assert para in body(article)


def test_a_caption_line_opened_by_a_picture_mark_and_no_stop():
    page = "\n".join(["执行款管理变革", "图为某区人民法院集控中心全时掌控执行案件进度", PARAS[0], PARAS[1]]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert list(article.captions) == ["图为某区人民法院集控中心全时掌控执行案件进度"]
    assert PARAS[0] in body(article) and PARAS[1] in body(article)


def test_marks_alone_are_an_ornament_and_a_letter_spaced_source_line_is_read():
    page = "\n".join(["某派出所开展反诈宣传进校园活动", PARAS[0], PARAS[1], "◆ ◆ ◆", "来 源：某某公安分局"]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    assert article.source == "某某公安分局"
    assert article.title == "某派出所开展反诈宣传进校园活动"
    assert "◆" not in body(article) and "来 源" not in body(article)


def test_letter_spaced_labels_are_fields():
    assert read_masthead("正文。\n来 源：人民法院报\n") == ("正文。\n", {"source": "人民法院报"})


def test_a_source_after_a_day_of_no_year_names_the_outlet():
    assert field_line("来源：12月15日人民法院报") == {"source": "人民法院报"}
