"""A ``cites`` filter naming a version (``2021年民事诉讼法第二百五十二条``): the facet value
ticked for it names that version and counts what the filter finds, in the library's
results and facets and on the web page's "Article cited" facet; no every-version value of
the same article stands beside it. Statute records and news are made up for the purpose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes

LAW = "中华人民共和国民事诉讼法"
STATUTES = [
    {"id": "P21#第十条", "title": f"{LAW} 第十条", "date": "2021-12-24", "law": LAW,
     "text": "被执行人应当报告财产情况。"},
    {"id": "P23#第十条", "title": f"{LAW} 第十条", "date": "2023-09-01", "law": LAW,
     "text": "人民法院有权查询被执行人的存款。"},
]
NEWS = [
    {"id": "old", "title": "二〇二二年的财产报告", "date": "2022-05-01",
     "text": "县法院依据《中华人民共和国民事诉讼法》第十条责令被执行人报告财产情况。"},
    {"id": "new", "title": "二〇二四年的存款查询", "date": "2024-05-01",
     "text": "市法院依据《中华人民共和国民事诉讼法》第十条查询了被执行人的银行存款。"},
    {"id": "newer", "title": "二〇二五年的存款冻结", "date": "2025-03-01",
     "text": "区法院依据《中华人民共和国民事诉讼法》第十条冻结了被执行人的银行存款。"},
]
ARTICLE = f"{LAW} 第十条"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("version-facet"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir, monkeypatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as opened:
        yield opened


@pytest.mark.parametrize(("typed", "label", "found"), [
    ("2021年民事诉讼法第十条", f"2021年{ARTICLE}", 1),
    ("民事诉讼法（2023修正）第10条", f"2023年{ARTICLE}", 2),
])
def test_the_selected_version_is_the_facet_value_and_counts_what_the_filter_finds(ix, typed, label, found):
    results = ix.search("", cites=typed)
    assert results.total == found
    assert results.filters["cites"] == (label,)
    assert results.facets["cites"] == {label: found}  # no every-version value beside it
    counts = ix.facets("", cites=typed)
    assert counts["filters"]["cites"] == [label] and counts["facets"]["cites"] == {label: found}
    assert ix.search("", cites=label).total == found  # the name shown selects the same


def test_without_a_version_the_facet_counts_every_version(ix):
    results = ix.search("", cites="民事诉讼法第十条")
    assert results.total == 3 and results.facets["cites"] == {ARTICLE: 3}


def test_the_web_facet_names_the_version_ticked_with_the_count_of_the_results(index_dir, monkeypatch):
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with testclient.TestClient(create_app(index_dir, workers=1), raise_server_exceptions=False) as client:
        page = client.get("/", params={"cites": "2021年民事诉讼法第十条"}).text
        facet = page[page.index('data-facet="cites"'):]
        facet = facet[:facet.index("</section>")]
        values = re.findall(r'<span class="v">([^<]*)</span>\s*<span class="n">(\d+)</span>', facet)
        assert values == [(f"2021年{ARTICLE}", "1")]
        assert 'data-total="1"' in page
