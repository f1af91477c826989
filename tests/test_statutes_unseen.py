"""Resolution of citations whose version the page does not settle (``lawnews.index.store.statutes``).

A tiny collection written for the test: two versions of 民事诉讼法 whose 第二百五十五条 hold
different provisions that open with the same words (被执行人…法律文书确定的义务), as the
execution articles of the real law do. The tests share one collection,
built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from support import resolution

MSL = "中华人民共和国民事诉讼法"
OLD, NEW = "2021-12-24", "2023-09-01"
SEARCH = "被执行人不履行法律文书确定的义务，并隐匿财产的，人民法院有权发出搜查令，对被执行人及其住所进行搜查。"
SEIZE = "被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押、冻结、拍卖、变卖被执行人的财产。"
STATUTES = [
    {"id": "L1#第二百五十五条", "title": f"{MSL} 第二百五十五条", "text": SEARCH, "date": OLD, "law": MSL},
    {"id": "L2#第二百五十五条", "title": f"{MSL} 第二百五十五条", "text": SEIZE, "date": NEW, "law": MSL},
]



def test_an_undated_wording_that_fits_neither_versions_article_well_is_not_resolved(collection):
    # the words both articles open with, then a provision neither has (限制出境)
    text = "《民事诉讼法》第二百五十五条规定，被执行人不履行法律文书确定的义务的，人民法院可以限制其出境。"
    r = resolution(collection, text, None)
    assert r.status == "unresolved" and "cannot be told" in r.targets[0].reason


def test_an_undated_wording_that_is_one_versions_article_picks_that_version(collection):
    text = "《民事诉讼法》第二百五十五条规定：“被执行人不履行法律文书确定的义务，并隐匿财产的，人民法院有权发出搜查令。”"
    r = resolution(collection, text, None)
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, "L1#第二百五十五条")


def test_a_dated_page_keeps_the_version_in_force_when_its_wording_fits(collection):
    text = "《民事诉讼法》第二百五十五条规定：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权查封、扣押。”"
    r = resolution(collection, text, "2024-05-01")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", NEW, "L2#第二百五十五条")
