"""A search narrowed to a statute article the statute collection lacks (公司法第999条): said
as such, with the law's nearest articles, as cited-by says it, instead of 'no results'.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

CRIM = "中华人民共和国刑法"


def _statute(label: str, text: str) -> dict:
    return {"id": f"C1#{label}", "title": f"{CRIM} {label}", "text": text, "date": None, "law": CRIM}


STATUTES = [
    _statute("第三百条", "第三百条文：组织、利用会道门的，处三年以上七年以下有期徒刑。"),
    _statute("第三百一十三条", "第三百一十三条文：有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。"),
    _statute("第三百一十四条", "第三百一十四条文：隐藏、转移已被查封的财产，情节严重的，处三年以下有期徒刑。"),
]
NEWS = [
    {"id": "n1", "title": "拒执罪宣判", "text": "青石县法院依照《刑法》第三百一十三条，以拒不执行判决罪判处被告人有期徒刑一年。",
     "date": "2024-03-01", "source": "人民法院报"},
    {"id": "n2", "title": "非法处置查封财产", "text": "法院依照《刑法》第三百一十四条，对转移查封财产的被告人判处拘役。",
     "date": "2024-03-02", "source": "法治日报"},
]
NEAREST = (f"{CRIM} 第三百条", f"{CRIM} 第三百一十三条", f"{CRIM} 第三百一十四条")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("cites-lacking"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


@pytest.mark.parametrize("ask", [lambda ix: ix.search("判处", cites="刑法第999条"),
                                 lambda ix: ix.search("判处 cites:刑法第999条"),
                                 lambda ix: ix.search('cites:"刑法 第九百九十九条"'),
                                 lambda ix: ix.facets("判处", cites="刑法第999条"),
                                 lambda ix: ix.trends("判处", cites="刑法第999条")])
def test_a_search_citing_an_article_its_law_lacks_names_the_nearest_articles(ix, ask):
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ask(ix)
    error = caught.value
    assert "in the statute collection has 第九百九十九条" in str(error), str(error)
    assert error.facet == "cites" and error.known == NEAREST, vars(error)


def test_an_article_held_or_cited_is_searched_as_before(ix):
    assert ix.search("判处", cites="刑法第313条").total == 1
    assert ix.search("判处 cites:刑法第313条").total == 1
    assert ix.search("判处", cites="刑法第300条").total == 0  # held, cited by none: no error


@pytest.mark.parametrize("as_json", [False, True])
def test_the_command_line_says_it_in_text_and_json(index_dir, monkeypatch, as_json):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    args = ["search", "判处", "--cites", "刑法第999条", "--index-dir", str(index_dir)] + (["--json"] if as_json else [])
    result = run_cli(*args, ok=False)
    assert result.exit_code == 1, result.output
    assert "nearest: " + ", ".join(NEAREST) in result.output, result.output
    assert "no results" not in result.output


def test_a_list_is_an_error_only_when_none_of_its_articles_is_held_or_cited(ix):
    assert ix.search("", cites="刑法 313 999").total == ix.search("cites:刑法 313 999").total == 1
    with pytest.raises(lawnews.UnknownFacetError):
        ix.search("cites:刑法 998 999")
    with pytest.raises(lawnews.UnknownFacetError):
        ix.search("", cites="刑法 998 999")


def test_a_collection_left_unfinished_is_not_taken_at_its_word(ix, monkeypatch):
    from lawnews.index.store.statutes import Collection

    monkeypatch.setattr(Collection, "unfinished", property(lambda self: True))
    assert ix.search("判处", cites="刑法第999条").total == 0
