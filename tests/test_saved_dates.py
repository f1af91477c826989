"""Saved pages: the dated lines that give a page its publication date, and the dates that do not.

Each page here is made up, with the structure of saved web and journal pages: a
headline, a dated line under it (a timestamp, a date run on into names, a labelled
field glued to its neighbours or behind a bullet), the text. Dates inside sentences,
a speech's occasion, a rule's start, a document's 成文日期 or a judgment's 裁判日期
never date a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.ingest.web_fields import meta_of

from support import SAVED_BODY as BODY, saved_page

NAV = "首页 > 栏目 > 法治 > 正文\n"


def first(tmp_path: Path, text: str):
    """The first article lawnews reads from ``text`` saved as a page, as a web page or a paper's."""
    return saved_page(tmp_path, text)[0]
# ---------------------------------------------------------------- web pages: a dated line under the title


def test_a_timestamp_alone_under_the_title_dates_a_web_page(tmp_path):
    a = first(tmp_path, "APP下载 注册登录\n" + NAV + "青石法院集中执行见成效\n——青石县人民法院执行工作纪实\n"
                        "2020-12-28 15:51:09\n" + BODY)
    assert a.date == "2020-12-28"
    assert a.title == "青石法院集中执行见成效"
    assert a.text.startswith("近日")


def test_a_date_alone_under_the_title_dates_a_web_page(tmp_path):
    a = first(tmp_path, "您现在的位置:首页//法治研究\n青石法院集中执行见成效\n2021-06-02\n来源:青石信用\n" + BODY)
    assert a.date == "2021-06-02"
    assert a.title == "青石法院集中执行见成效"


def test_a_date_and_weekday_under_the_title_dates_a_web_page_but_not_above_it(tmp_path):
    a = first(tmp_path, NAV + "青石法院集中执行见成效\n2021年6月2日 星期三\n" + BODY)
    assert a.date == "2021-06-02"
    b = first(tmp_path, "2024年5月6日 星期一\n" + NAV + "青石法院集中执行见成效\n" + BODY)  # the site's today
    assert b.date is None


def test_a_date_run_on_into_names_under_the_title_dates_a_web_page(tmp_path):
    a = first(tmp_path, "您的位置 : 研究 / 评论 / 新闻详情\n青石执行实务 | 之九:终本问题研究\n"
                        "2024年02月01日王青石 | 李白桦 | 赵松林(实习生钱某对本文亦有贡献)\n" + BODY)
    assert a.date == "2024-02-01"
    assert a.title == "青石执行实务 | 之九:终本问题研究"
    assert a.text.startswith("近日")


def test_a_date_beside_a_site_name_and_address_dates_a_web_page(tmp_path):
    a = first(tmp_path, "您当前的位置:青石长安网 > 政法 > 正文\n青石法院“分组办案”亮利剑\n"
                        "青石长安网 http://www.qingshi.gov.cn  2020/10/26\n" + BODY)
    assert a.date == "2020-10-26"
    assert a.title == "青石法院“分组办案”亮利剑"


def test_a_question_title_with_a_counter_and_a_timestamp_stays_one_article(tmp_path):
    a = first(tmp_path, "您的位置:\n执行程序中,扣划的款项归谁所有?\n#综合咨询\n843浏览\n2025-11-26 10:29:07\n"
                        "王青石 律师\n" + BODY)
    assert a.title == "执行程序中,扣划的款项归谁所有?"
    assert a.date == "2025-11-26"


def test_a_welcome_line_above_the_title_is_no_article_of_its_own(tmp_path):
    a = first(tmp_path, "• 欢迎访问青石资讯网!\n• 当前所在:首页 > 法制在线\n青石法庭做精纠纷源头治理\n"
                        "来源:青石政法网 作者:佚名时间:2024-10-22\n" + BODY)
    assert a.title == "青石法庭做精纠纷源头治理"
    assert a.date == "2024-10-22"


# ---------------------------------------------------------------- labels glued, behind bullets and bars, in either script


@pytest.mark.parametrize("line, date", [
    ("发布者:王青石发布时间:2025-09-19浏览次数:10", "2025-09-19"),
    ("• 更新时间2015-10-22", "2015-10-22"),
    ("- 上传时间:2023-02-03", "2023-02-03"),
    ("上传人:b****5 文档编号:18037806 上传时间:2022-12-13 格式:DOCX 页数:9", "2022-12-13"),
    ("| 发文字号: | 发文时间:2025-11-12 |", "2025-11-12"),
    ("发文单位:    文号:    发文日期:2025-07-25", "2025-07-25"),
    ("(整期优先)网络出版时间:2020-11-18", "2020-11-18"),
    ("(Xinhua)| Updated: 2020-01-02", "2020-01-02"),
    ("收稿日期:2023年7月24日;录用日期:2023年8月3日;发布日期:2023年9月19日", "2023-09-19"),
])
def test_a_publication_label_glued_or_behind_a_bullet_dates_the_page(tmp_path, line, date):
    a = first(tmp_path, "青石法院集中执行见成效\n" + line + "\n" + BODY)
    assert a.date == date


def test_pinyin_printed_inside_a_traditional_label_is_left_out(tmp_path):
    a = first(tmp_path, "1. 青石網(wǎng) > 新聞 > 本地新聞\n青石法院集中執行見成效\n"
                        "發(fā)布時間:2021-05-20 09:29:00來源: 青石日報\n" + BODY)
    assert a.date == "2021-05-20"


def test_of_a_document_sites_fields_the_publication_date_is_read_not_the_written_one(tmp_path):
    a = first(tmp_path, "当前位置 : 首页\n• 主题分类:公安_安全_司法\n• 成文日期:2020-01-10\n"
                        "• 公开发布日期:2020-01-15\n• 开始实施时间: 2020-02-01\n" + BODY)
    assert a.date == "2020-01-15"


def test_an_e_paper_issue_date_dates_its_article(tmp_path):
    a = first(tmp_path, "日期查询:2022年06月24日\n青石执行利剑行动发放执行案款\n  本报记者 王青石\n" + BODY)
    assert a.date == "2022-06-24"


def test_a_source_ends_at_a_counter_glued_to_it():
    got = meta_of("2019年09月09日 18:13:22来源：青石新闻网57人参与11评论")
    assert got == {"date": "2019-09-09", "source": "青石新闻网"}


@pytest.mark.parametrize("stamp, source", [("法制日报·2025-07-25 19:39", "法治日报"),
                                           ("2025-07-25 19:39 | 人民日報", "人民日报"),
                                           ("青溪都市报·2025-07-25 19:39", "青溪都市报"),
                                           ("青溪快报 2022-04-11 08:33", "青溪快报"),
                                           ("2005年12月01日16:39 青溪广播网", "青溪广播网"),
                                           ("青溪头条·2025-07-25 19:39", None),  # no paper's or site's name
                                           ("工作简报 2022-04-11 08:33", None),  # a bulletin
                                           ("张三青溪政法报2018-06-13 08:27", None)])  # glued: a writer's name run in?
def test_an_outlet_printed_by_the_date_is_the_source_by_its_canonical_name(stamp, source):
    # a name the table does not know counts when shaped as a paper's or a news site's, set apart from the date
    assert meta_of(stamp).get("source") == source


@pytest.mark.parametrize("stamp, source", [("青溪长安网 http://www.qxcaw.gov.cn  2020/10/26", "青溪长安网"),
                                           ("青溪日报 www.qxrb.com.cn 2020-10-26", "青溪日报"),
                                           ("青溪头条 http://www.qxtt.com 2020/10/26", None)])
def test_a_site_printed_with_its_own_address_by_the_date_is_the_source(stamp, source):
    """A site's name beside its address and the date, with no time: the address is not the
    outlet (a county's gov.cn site is no 中国政府网), the name is."""
    assert meta_of(stamp) == ({"date": "2020-10-26", "source": source} if source else {"date": "2020-10-26"})


def test_a_site_s_address_beside_its_name_and_time_is_no_author():
    assert meta_of("www.qingxi.com    青溪新闻网 2017-11-02 08:49") == {"date": "2017-11-02", "source": "青溪新闻网"}


# ---------------------------------------------------------------- pages read as a paper's: a dated line under the title


def test_a_date_run_on_into_the_authors_name_dates_a_journal_page(tmp_path):
    a = first(tmp_path, "青石县一村一警警务模式发展现状分析\n2021-12-28王青石\n王青石\n(青石警察学院 公安基础教研部)\n" + BODY)
    assert a.date == "2021-12-28"
    b = first(tmp_path, "?\n执破衔接实施的困境反思\n——以破产启动为视角\n2020-12-20 10:09王青石李白桦\n"
                        "青石财经政法大学学报 2020年3期\n" + BODY)
    assert b.date == "2020-12-20"


@pytest.mark.parametrize("line, date", [
    ("执行者说 青石望月 2186 字 2023-05-22", "2023-05-22"),
    ("王青石 李白桦 赵松林 2023-05-18", "2023-05-18"),
    ("青石头条 2019-11-19 11:56:56 新闻", "2019-11-19"),
    ("2015-07-09  【收藏本文", "2015-07-09"),
])
def test_a_date_line_of_a_few_words_near_the_top_dates_the_page(tmp_path, line, date):
    a = first(tmp_path, "青石法院集中执行见成效\n" + line + "\n" + BODY)
    assert a.date == date


def test_a_timestamp_leading_labelled_fields_below_a_list_of_headlines_dates_the_page(tmp_path):
    a = first(tmp_path, "主管主办:青石日报传媒集团指导协办:青石省委政法委员会\n法治导读:\n"
                        "“三重境界”守护青石水源 ——青石检察助力水源区保护纪实\n"
                        "“匠心淬炼”为民 ——青石县人民法院构建立体执行工作格局纪实\n"
                        "2025-12-08 17:27:07 来源:青石法治 点击: 0\n" + BODY)
    assert a.date == "2025-12-08"


@pytest.mark.parametrize("title, date", [("“银发课堂”助力青石反诈 2025年05月08日", "2025-05-08"),
                                         ("青石区健全法律援助体系,助力劳动者安“薪”过年 (2026-02-09)", "2026-02-09")])
def test_a_date_after_the_headline_on_its_line_dates_the_page(tmp_path, title, date):
    a = first(tmp_path, title + "\n" + BODY)
    assert a.date == date


# ---------------------------------------------------------------- dates that are not the page's


@pytest.mark.parametrize("text", [
    "2022年2月4日，青石银行发布宜商环境评估体系概念文件，并随之形成报告第一版。\n" + BODY,
    "青石法院助企修复信用\n为不影响企业经营，青石法院于2018年6月1日出具说明函证明该企业已从名单中删除。\n" + BODY,
    "青石省高级人民法院关于全省破产审判工作情况的报告\n——2019年5月29日在省十三届人大常委会第十次会议上\n"
    "青石省高级人民法院院长 王青石\n" + BODY,
    "青石县执行工作若干规定\n第五条 本规定自2011年6月16日起施行。\n" + BODY,
    "青石法院集中执行见成效\n• 成文日期:2020-01-15\n" + BODY,
    "(2015)青民一终字第51号\n裁判日期: 2015-04-09\n案件名称\n" + BODY,
    "青政发〔2025〕4号\n青石市人民政府印发关于完善府院联动机制的意见的通知\n各县(区)人民政府:\n"
    "现将《关于完善府院联动机制的意见》印发给你们，请认真贯彻执行。\n青石市人民政府\n2025年4月30日\n" + BODY,
    "青石法院集中执行见成效\n开庭时间:2024-05-06 09:00 地点:第一法庭\n" + BODY,
])
def test_dates_in_sentences_occasions_rules_and_documents_do_not_date_a_page(tmp_path, text):
    assert first(tmp_path, text).date is None


@pytest.mark.parametrize("printed", ["2024-05-06", "2024/5/6", "2024.5.6", "2024年5月6日", "2024 年 5 月 6", "2024 - 05 - 06"])
def test_a_printed_date_in_any_of_its_forms_reads_as_one_day(printed):
    import re

    from lawnews.index.ingest.dates import PRINTED_DATE, printed_date

    m = re.search(PRINTED_DATE, f"发布时间：{printed} 来源：某某网")
    assert m is not None and printed_date(m.group()) == "2024-05-06"
