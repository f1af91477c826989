"""``lawnews first`` when no row comes out: nothing matches, or what matches has no
value of ``--by`` (statute articles name no city). Texts are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews.index.documents import Article, Section
from support import run_cli

TEXTS = ("当事人可以通过调解、仲裁等方式多元化解纠纷，节约诉讼成本。",
         "多元化解机制的建设需要各方共同参与，形成工作合力。")


@pytest.fixture(scope="module")
def placeless(tmp_path_factory):
    """Two dated articles of 多元化解 that name no place and no court."""
    path = tmp_path_factory.mktemp("first") / "ix"
    with lawnews.NewsIndex.create(path) as ix:
        ix.add_articles([Article(f"a{n}#1", f"a{n}.txt", f"第{n}条", (Section(None, text),), date=f"202{n}-05-01")
                         for n, text in enumerate(TEXTS, 1)])
    return str(path)


def test_matches_with_no_value_of_by_are_said_so(placeless):
    result = run_cli("first", "多元化解", "--by", "city", "--index-dir", placeless)
    assert result.exit_code == 0
    assert result.output.strip() == "2 stories match '多元化解', none with a city: try another --by"
    out = run_cli("first", "多元化解", "--by", "court", "--from", "2022", "--index-dir", placeless).output
    assert out.strip() == "1 story matches '多元化解' from 2022, none with a court: try another --by"


def test_nothing_matching_is_said_so(placeless):
    out = run_cli("first", "拍卖", "--by", "city", "--index-dir", placeless).output
    assert out.strip() == "no matching articles for '拍卖'"


def test_first_reports_count_what_matches_as_trends_do(placeless):
    """``Adoption.matched`` (and the JSON's ``matched``) is the trends total of the same
    query and range, whether or not a value of ``by`` comes out."""
    with lawnews.NewsIndex.open(placeless) as ix:
        for by, start in (("city", None), ("court", "2022"), ("mechanism", None)):
            assert ix.first("多元化解", by=by, start=start).matched == ix.trends("多元化解", start=start).total
        assert ix.first("拍卖", by="city").matched == 0
    assert '"matched": 2' in run_cli("first", "多元化解", "--by", "city", "--json", "--index-dir", placeless).output
