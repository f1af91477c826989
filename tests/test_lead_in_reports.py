"""A story whose copies share a date (or are undated alike) is shown by its lead in the
first reports and a profile's latest articles, as search shows it, not by the copy read
first. Pages are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews import NewsIndex

TITLE = "郴州中院集中执行攻坚 兑现胜诉权益"
BODY = ("郴州市中级人民法院近日开展集中执行专项行动，组织全市两级法院执行干警二百余人，对涉民生案件开展集中执行，"
        "依法拘留拒不履行义务的被执行人五人，执行到位金额三千二百余万元。\n\n"
        "该院坚持善意文明执行理念，对暂时困难的企业采取活封活扣措施，帮助企业恢复生产经营，"
        "同时对拒不申报财产的被执行人依法予以罚款。")


@pytest.mark.parametrize("dated", [True, False])
def test_first_reports_and_profiles_show_the_story_by_its_lead(tmp_path, dated):
    folder = tmp_path / "news"
    folder.mkdir()
    day = "2024年5月1日\n\n" if dated else ""
    (folder / "郴州.txt").write_text(f"{TITLE}\n\n{day}本报讯 {BODY}\n", encoding="utf-8")
    (folder / "郴州 转载.txt").write_text(f"{TITLE}\n\n{day}来源：湖南法院网\n\n{BODY}\n", encoding="utf-8")
    lawnews.build_index(folder, tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as ix:
        hit = ix.search("集中执行").hits[0]
        assert (hit.article_id, hit.copies) == ("郴州#1", 2)
        assert [h.article_id for h in ix.profile("court:郴州中院").latest] == ["郴州#1"]
        if dated:
            assert [r.id for r in ix.first(by="city").rows] == ["郴州#1"]
        copies = ix.profile("court:郴州中院", copies=True).latest
        assert sorted(h.article_id for h in copies) == ["郴州 转载#1", "郴州#1"]
