"""An exact copy of a file indexed under a copy's name (``副本 - 报道.txt``, ``报道 - 副本.txt``,
``报道 (1).txt``, ``Copy of report.txt``) is grouped with the original as a repost, and the
original leads the story whatever the names' order; a name without a copy marker is no copy."""

from __future__ import annotations

import pytest

from lawnews import NewsIndex
from lawnews.index.store import stories as S

STORY = ("本报讯 近日，某市中级人民法院召开新闻发布会，通报全市法院开展交叉执行工作的情况。"
         "自去年以来，全市两级法院共选取长期未结的执行案件一百二十件，由异地法院交叉办理，"
         "执行到位金额达一亿元，一批疑难案件得到化解。发布会上，执行局负责人介绍了"
         "交叉执行的选案标准和督办机制：同一被执行人在不同法院有五件以上未结案件的，一律纳入交叉范围；"
         "交叉办理的案件由上级法院挂牌督办，每月通报进展。下一步，全市法院将把交叉执行与执源治理结合起来，"
         "推动执行工作常态化、长效化。")
PAGE = f"人民法院报\n2024年3月1日\n\n某市法院交叉执行化解积案\n\n{STORY}\n"


@pytest.mark.parametrize("copy", ["副本 - 报道", "报道 - 副本", "报道 - 副本 (2)", "报道 副本", "报道 (1)",
                                  "复件 报道", "报道 - 复制", "拷贝 - 报道"])
def test_the_original_file_leads_an_exact_copy(tmp_path, copy):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("报道", copy):
        (folder / f"{name}.txt").write_text(PAGE, encoding="utf-8")
    import lawnews

    lawnews.build_index(folder, tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as ix:
        results = ix.search("交叉执行")
        assert results.total == 1
        hit = results.hits[0]
        assert hit.file == "报道.txt"
        assert hit.copies == 2 and hit.story == hit.article_id
        assert [c.lead for c in ix.copies(hit.article_id) if c.file == "报道.txt"] == [True]


@pytest.mark.parametrize("name", ["Copy of report", "report - Copy", "report copy 2", "report (copy)", "报道(1)",
                                  "副本 - 报道", "dir/报道 - 副本"])
def test_copy_marked_names(name):
    assert S.copy_marked(f"{name}#1")


@pytest.mark.parametrize("name", ["报道", "判决书副本", "起诉状副本送达", "copyright", "复制品展览", "第1期", "2024 (年度)"])
def test_names_without_a_copy_marker(name):
    assert not S.copy_marked(f"{name}#1")


def test_an_earlier_date_still_leads_before_the_name():
    assert S.lead_key("副本 - a#1", "2024-01-01", None) < S.lead_key("a#1", "2024-02-01", None)
    assert S.lead_key("a#1", "2024-01-01", None) < S.lead_key("副本 - a#1", "2024-01-01", None)
