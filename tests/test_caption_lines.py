"""Captions on saved pages whose lines are whole paragraphs: a caption is its own line, the
text around it stays text, and short statements closing the text are text, not captions;
ornaments and letter-spaced field labels."""

from __future__ import annotations

from lawnews.index.ingest.masthead import field_line, read_masthead
from lawnews.index.ingest.pages import parse_page
from support import memory_index

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


LEAD = "本报讯（通讯员 李明）近日，某市某区人民法院审结一起拒不执行判决、裁定案，被告人张某被判处有期徒刑一年。"


def test_a_short_statement_closing_the_page_is_its_texts_last_line():
    page = "\n\n".join(["某区法院审结一起拒执案", LEAD, "张某当庭表示认罪悔罪。"]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    assert article.text.endswith("被判处有期徒刑一年。\n张某当庭表示认罪悔罪。")
    assert article.byline == "通讯员 李明"


def test_two_short_statements_over_the_closing_credit_are_text_and_found():
    page = "\n\n".join(["某市召开政法工作会议",
                         "本报讯 3月5日，某市召开全市政法工作会议，总结去年工作，部署今年任务，要求各单位履职尽责。",
                         "会议强调要持续推进执行攻坚。", "会议还要求加强队伍建设。", "（记者 王芳）"]) + "\n"
    [article] = parse_page(page, "a.txt")
    assert not article.captions
    assert article.text.endswith("履职尽责。\n会议强调要持续推进执行攻坚。\n会议还要求加强队伍建设。")
    assert article.byline == "记者 王芳"
    with memory_index([article]) as index:
        assert index.search("text:队伍建设").total == 1


def test_a_closing_line_with_a_captions_marks_stays_a_caption():
    for caption, credit, kept in (("▲法官向当事人释法析理。", None, "法官向当事人释法析理。"),
                                  ("图为法官向当事人释法析理。", None, "图为法官向当事人释法析理。"),
                                  ("法官向当事人释法析理。", "王明 摄", "法官向当事人释法析理。 王明 摄")):
        page = "\n\n".join(["某区法院审结一起拒执案", LEAD, caption, *([credit] if credit else [])]) + "\n"
        [article] = parse_page(page, "a.txt")
        assert list(article.captions) == [kept]
        assert article.text.endswith("被判处有期徒刑一年。")


def test_a_short_statement_between_two_texts_stays_a_photos_caption():
    second = "本报讯（记者 赵敏）近日，某县人民法院开展集中执行行动，执结一批涉民生案件，执行到位金额三百余万元。"
    page = "\n\n".join(["某区法院审结一起拒执案", LEAD, "执行干警清点查封财物。",
                         "某县法院集中执行见成效", second]) + "\n"
    first, other = parse_page(page, "a.txt")
    assert list(first.captions) == ["执行干警清点查封财物。"]
    assert "清点" not in first.text and "清点" not in other.text


#: A court site's story saved as text: each paragraph one line, blank lines between them.
SCREEN_PAGE = "\n\n".join([
    "青石法院执行干警跨省追车记",
    "近日，青石县人民法院的五名执行干警跨省追踪，辗转多地找寻被执行人的车辆，往返奔波数千公里，成功扣押车辆十余辆。",
    "执行干警讲述了几个路上的小故事。",
    "一、门卫拦路",
    "“不行，你们不能进去。”在郊区一处园区门口，执行干警们被门卫拦下，再三解释身份和来意后仍被拒之门外。",
    "现场气氛一度十分紧张。",
    "执行干警一边安抚对方情绪，一边释明拒不配合执行的法律后果，最终顺利进入园区扣押了车辆。",
    "二、连夜蹲守",
    "为了找到另一辆车，干警们在停车场外守了一整夜，直到次日清晨才等到车辆出现。",
]) + "\n"


def test_short_statements_of_a_page_saved_from_a_screen_are_its_text_and_part_nothing():
    [article] = parse_page(SCREEN_PAGE, "a.txt")
    assert article.title == "青石法院执行干警跨省追车记"
    assert not article.captions
    assert "执行干警讲述了几个路上的小故事。" in body(article)
    assert "现场气氛一度十分紧张。" in body(article)
    assert [s.heading for s in article.sections] == [None, "一、门卫拦路", "二、连夜蹲守"]


def test_on_a_page_printed_in_columns_a_short_statement_between_texts_is_a_caption():
    articles = parse_page(SCREEN_PAGE, "a.txt", columns=True)  # a PDF's page: laid out in columns
    assert "执行干警讲述了几个路上的小故事。" in articles[0].captions


def test_a_caption_in_brackets_is_its_articles_not_the_next_headline(tmp_path):
    """（图为…） under a text is that text's photo caption, and a court acting only there is
    the article's; it is not read into the headline of the item printed after it."""
    caption = "（图为某县人民法院法官联合综治中心调解纠纷现场）"
    page = "\n\n".join(["综治中心化解一起土地纠纷", PARAS[0], caption, "另一则新闻的标题", "本报讯 " + PARAS[1]]) + "\n"
    first, second = parse_page(page, "a.txt")
    assert list(first.captions) == [caption]
    assert second.title == "另一则新闻的标题"
    (tmp_path / "b.txt").write_text(page.replace("某县人民法院", "信宜法院"), encoding="utf-8")
    from lawnews.api import parse
    first, second = parse(tmp_path / "b.txt")
    assert first.tags.courts == ("信宜市人民法院",) and second.tags.courts == ()
