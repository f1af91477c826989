"""The source a saved web page's labelled line gives: the outlet as printed, without what is
printed against it and with what belongs to it. Each line here is written for the test."""

from __future__ import annotations

from lawnews.index.ingest import readers
from lawnews.index.ingest.web_fields import meta_of


def read(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    out = readers.read_page(path, "page.txt")
    records = out if isinstance(out, list) else [out]
    return [r.article for r in records]


def test_a_source_ending_in_a_bracket_keeps_its_closing_bracket():
    assert meta_of("发布时间:2025年03月15日10:01 来源: 某某网(某某日报网)")["source"] == "某某网(某某日报网)"
    assert meta_of("信息来源:某某司法(应用) 发布日期:2019-05-06")["source"] == "某某司法(应用)"
    assert meta_of("来源：（某某日报）")["source"] == "某某日报"


def test_a_saved_page_keeps_the_bracketed_part_of_its_source(tmp_path):
    [article] = read(tmp_path, "\n".join([
        "某县法院开展执行宣传周活动",
        "发布时间:2025年03月15日10:01 来源: 某某网(某某日报网)",
        "近日，某县法院在城区广场开展执行宣传周活动，向群众发放宣传资料500余份，现场解答法律咨询。",
    ]) + "\n")
    assert article.source == "某某网(某某日报网)"


def test_an_empty_source_field_before_the_next_label_gives_no_source():
    out = meta_of("来源: 添加时间:2019/05/06")
    assert "source" not in out and out["date"] == "2019-05-06"
    assert meta_of("来源：某某日报 作者：张三")["source"] == "某某日报"


def test_a_journal_issue_after_its_name_is_no_part_of_the_source(tmp_path):
    [article] = read(tmp_path, "\n".join([
        "论执行和解协议的效力",
        "信息来源:《某某法学》2019年第5期 发布日期:2019-10-08",
        "执行和解是当事人在执行程序中自愿协商达成的协议，其效力问题在实务中争议较大，本文对此加以分析。",
    ]) + "\n")
    assert article.source == "某某法学"
    assert article.date == "2019-10-08"


def test_reporters_credited_after_the_outlet_on_the_source_line_are_the_byline(tmp_path):
    [article] = read(tmp_path, "\n".join([
        "某市推进执行联动机制建设",
        "2023-04-12 08:30:00 来源:某某在线-某某日报 记者 赵一鸣 通讯员 钱二",
        "近日，某市出台执行联动机制实施意见，明确了二十余家单位在查人找物方面的协助义务。",
    ]) + "\n")
    assert article.source == "某某日报"  # the paper the site carries
    assert article.byline == "记者 赵一鸣 通讯员 钱二"


def test_a_paper_published_through_its_groups_app_is_the_source(tmp_path):
    from lawnews.index.ingest.sources import canonical_source

    assert canonical_source("草原云内蒙古法治报") == "内蒙古法治报"
    assert canonical_source("云南日报") == "云南日报"  # a province's name opening with 云 is no app
    assert canonical_source("石榴云") == "石榴云"
    [article] = read(tmp_path, "\n".join([
        "某县法院集中兑付执行案款",
        "作者:石榴云宁夏法治报记者 孙立  发布时间:2024-06-19 20:06:09 打印 字号: | |",
        "近日，某县法院举行执行案款集中兑付仪式，为80余名申请执行人兑付案款300余万元。",
    ]) + "\n")
    assert article.source == "宁夏法治报"


def test_a_source_glued_to_the_next_label_is_still_the_source():
    assert meta_of("发布日期:2018-03-09 信息来源:某某日报字号:[ ]")["source"] == "某某日报"
    assert meta_of("来源：某某时报作者：王五")["source"] == "某某时报"
