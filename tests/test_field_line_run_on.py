"""A page's line of labelled fields whose counter (``点击:``) the save left empty, the text's first
paragraph run on after its label, gives the page's date and keeps that paragraph as the text's
first: no text is taken out with the fields. Every text here is made up."""

from __future__ import annotations

import lawnews
from lawnews.index.ingest.masthead import field_line

FIRST = "面对年底收案数量不断增加的压力，青山县人民法院厘清执行思路、优化执行举措，集中清理一批执行积案。"
SECOND = "当天上午，全体执行干警分成三组，前往各乡镇查找被执行人，当场执结案件十二件。"
FIELDS = "时间:2024-11-09单位/部门:青山县人民法院作者/编辑:李某点击:"


def test_the_paragraph_run_on_after_an_empty_counter_is_the_texts_first(tmp_path):
    page = tmp_path / "积案.txt"
    page.write_text(f"青山法院集中清理执行积案\n\n{FIELDS}{FIRST}\n\n{SECOND}\n", encoding="utf-8")
    [article] = lawnews.parse(page)
    assert article.title == "青山法院集中清理执行积案" and article.date == "2024-11-09"
    assert article.text.splitlines() == [FIRST, SECOND]


def test_a_line_of_fields_with_its_count_is_still_fields_alone():
    from lawnews.index.ingest.masthead import glued_fields

    assert field_line("时间:2024-11-09 作者:李某 点击:35") == {"date": "2024-11-09", "byline": "李某"}
    assert glued_fields("时间:2024-11-09 作者:李某 点击:35") is None
    assert field_line(FIELDS + FIRST) is None  # not fields alone: text is run on
    assert glued_fields(FIELDS + FIRST) == ({"date": "2024-11-09"}, FIRST)
