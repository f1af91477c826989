"""trends, first and profile read their cites= and statute= filters as search does: the
same stories counted, the same values typed said to select the same facet values
(statute_filters), a version named in cites= counting the citations of that version, the
same errors. Statute records and news are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes

CRIM = "中华人民共和国刑法"
CIVP = "中华人民共和国民事诉讼法"


def _statute(key: str, law: str, label: str, text: str, date: str | None = None) -> dict:
    return {"id": f"{key}#{label}", "title": f"{law} {label}", "text": text, "date": date, "law": law}


STATUTES = [
    _statute("C1", CRIM, "第三百一十三条", "第三百一十三条文：对人民法院的判决、裁定有能力执行而拒不执行的，处罚。"),
    _statute("C1", CRIM, "第三百一十四条", "第三百一十四条文：隐藏、转移已被司法机关查封的财产的，处罚。"),
    _statute("P21", CIVP, "第二百五十二条", "第二百五十二条文（二〇二一）：执行员接到申请执行书，应当发出执行通知。", "2021-12-24"),
    _statute("P23", CIVP, "第二百五十二条", "第二百五十二条文（二〇二三）：被执行人未按执行通知履行的，应当报告财产。", "2023-09-01"),
]
NEWS = [
    {"id": "n1", "title": "拒执罪宣判", "text": "湖南省青石县人民法院依照《刑法》第三百一十三条判处被告人有期徒刑一年。",
     "date": "2024-03-01"},
    {"id": "n2", "title": "转移查封财产获刑", "text": "湖南省白沙县人民法院依照《刑法》第三百一十四条对被告人判处拘役。",
     "date": "2024-04-02"},
    {"id": "n3", "title": "执行通知发出", "text": "湖北省红土县人民法院依照《民事诉讼法》第二百五十二条发出执行通知。",
     "date": "2022-05-03"},
    {"id": "n4", "title": "财产报告令", "text": "湖北省蓝山县人民法院依照《民事诉讼法》第二百五十二条责令被执行人报告财产。",
     "date": "2024-06-04"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-step"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _counted(ix, **filters) -> dict[str, object]:
    """What search, trends, first and profile count and say for the filters."""
    found = ix.search("", limit=0, **filters)
    trend = ix.trends("", by="province", every="year", **filters)
    first = ix.first("", by="province", **filters)
    return {"search": found.total, "trends": trend.total, "first": first.matched,
            "trends_typed": trend.statute_filters, "first_typed": first.statute_filters,
            "search_typed": found.statute_filters}


@pytest.mark.parametrize("filters, total, typed", [
    ({"cites": "刑法313"}, 1, {"cites": {"刑法313": {"cites": (f"{CRIM} 第三百一十三条",)}}}),
    ({"cites": "刑法"}, 2, {"cites": {"刑法": {"statute": (CRIM,)}}}),
    ({"cites": ["刑法313", "刑法第三百一十四条"]}, 2,
     {"cites": {"刑法313": {"cites": (f"{CRIM} 第三百一十三条",)}, "刑法第三百一十四条": {"cites": (f"{CRIM} 第三百一十四条",)}}}),
    ({"cites": "刑法第313条至第314条"}, 2,
     {"cites": {"刑法第313条至第314条": {"cites": (f"{CRIM} 第三百一十三条", f"{CRIM} 第三百一十四条")}}}),
    ({"statute": "民诉法"}, 2, {"statute": {"民诉法": {"statute": (CIVP,)}}}),
])
def test_trends_and_first_select_and_say_what_search_does(ix, filters, total, typed):
    counted = _counted(ix, **filters)
    assert (counted["search"], counted["trends"], counted["first"]) == (total, total, total), counted
    assert counted["trends_typed"] == counted["first_typed"] == counted["search_typed"] == typed


def test_a_version_in_cites_counts_its_citations_alike(ix):
    for version, article in (("2021年", "n3"), ("2023年", "n4")):
        value = f"{version}民事诉讼法第二百五十二条"
        counted = _counted(ix, cites=value)
        assert (counted["search"], counted["trends"], counted["first"]) == (1, 1, 1), counted
        assert ix.first("", cites=value).rows[0].id == article
        assert counted["trends_typed"] == counted["first_typed"] == {}


@pytest.mark.parametrize("filters, argument", [
    ({"statute": "刑法第313条"}, "statute"),
    ({"cites": ["2021年民事诉讼法第二百五十二条", "刑法313"]}, "cites"),
])
def test_the_same_errors(ix, filters, argument):
    for call in (lambda: ix.search("", **filters), lambda: ix.trends("", **filters), lambda: ix.first("", **filters)):
        with pytest.raises(lawnews.InvalidArgumentError) as caught:
            call()
        assert caught.value.argument == argument, str(caught.value)


def test_an_unknown_law_is_the_same_error(ix):
    said = set()
    for call in (lambda: ix.search("", cites="刑发313"), lambda: ix.trends("", cites="刑发313"),
                 lambda: ix.first("", cites="刑发313"), lambda: ix.profile("province:湖南", cites="刑发313")):
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            call()
        said.add((str(caught.value), caught.value.facet))
    assert len(said) == 1, said


def test_a_profile_within_a_cites_filter_counts_what_search_does(ix):
    assert ix.profile("province:湖南", cites="刑法313").total == ix.search("", province="湖南", cites="刑法313").total == 1
    assert ix.profile("province:湖北", cites="2023年民事诉讼法第二百五十二条").total == 1
