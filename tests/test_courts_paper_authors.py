"""The courts of a paper's authors are their employers, not what the paper is about: an author
line with 作者系 (（作者系某高新区法院法官）), a court alone in brackets after the authors' names
(张某某李某某（鲤城法院）), an author block ending in the abstract or the author's note
(…中级人民法院 3 摘要：…, …人民法院 李某某 二〇一四年六月十日 作者简介：…) and the courts of the
author's career in that note. A court the paper's body tells of still counts."""

from __future__ import annotations

import pytest

from lawnews.index.tagging import Tagger


def about(tagger: Tagger, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    a = tagger.tag_text(text).about
    return a.courts, a.cities


AUTHORS = [
    ("执行和解的效力问题（作者系成都高新区法院法官）执行和解协议达成后，申请执行人能否反悔？", ((), ())),
    ("诉前调解机制研究 张某某 李某某（鲤城法院） 一、多元解纷概况 当事人的纠纷日益多样。", ((), ())),
    ("诉前调解的立法完善 1.王某某 2.李某某 1.某师范学院法学院 352100 2.福建省宁德市中级人民法院 "
     "3 摘要：诉前调解起步较晚，立法不足。", ((), ())),
    ("论探望权的不足 广东省怀集县人民法院 邱某某 二〇一四年六月十日 作者简介：邱某某，女，"
     "2004年10月进入怀集法院从事书记员工作。摘要：探望权的立法有不足。", ((), ())),
]


@pytest.mark.parametrize("text, expected", AUTHORS, ids=["作者系", "brackets", "abstract", "author's note"])
def test_an_authors_court_is_not_what_the_paper_is_about(tagger: Tagger, text: str,
                                                        expected: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert about(tagger, text) == expected


KEPT = [
    ("诉前调解研究 张某某（鲤城法院） 摘要：近年来，大荔县人民法院的诉前调解机制运行良好，调解率逐年上升。",
     ("大荔县人民法院",)),
    ("泉州市鲤城区人民法院（鲤城法院）开展集中执行，执结案件30件。", ("泉州市鲤城区人民法院",)),
    ("广东高院发布十大典型案例，其中怀集法院办理的案例摘要如下：被执行人拒不履行。",
     ("广东省高级人民法院", "怀集县人民法院")),
]


@pytest.mark.parametrize("text, expected", KEPT, ids=["body", "short name in brackets", "cases summed up"])
def test_a_court_the_text_tells_of_still_counts(tagger: Tagger, text: str, expected: tuple[str, ...]) -> None:
    assert about(tagger, text)[0] == expected
