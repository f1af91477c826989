"""A researcher's hour over web news kept in several folders: the answers and the
messages lawnews gives when ids, years and sorting are typed as people type them.
The pages are written for these tests.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli

# (folder, file stem, year): one page per year, so that the index has many years
_PAGES = [("news", f"p{y}", y) for y in (2002, 2004, 2006, 2009, 2010, 2011, 2012, 2013, 2015, 2017, 2019, 2020, 2021, 2023, 2026)] + [("briefs", "b01", 2024)]


def _page(year: int) -> str:
    return (f"石门法院开展执行攻坚\n"
            f"发布时间：{year}-05-10\n"
            f"{year}年5月，湖南省常德市石门县人民法院开展执行攻坚行动，执结案件三百件，"
            f"执行到位金额二千万元，切实解决执行难。\n")


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("webnews")
    for folder, stem, year in _PAGES:
        (root / "pages" / folder).mkdir(parents=True, exist_ok=True)
        (root / "pages" / folder / f"{stem}.txt").write_text(_page(year), encoding="utf-8")
    lawnews.build_index([root / "pages" / "news", root / "pages" / "briefs"], root / "ix")
    return root / "ix"


def test_an_unknown_year_lists_the_nearest_years_the_index_has(web_index):
    with lawnews.NewsIndex.open(web_index) as ix:
        years = sorted(ix.facets("")["facets"]["year"])
        assert len(years) > 12 and "2007" not in years  # enough years for the list to be cut
        with pytest.raises(lawnews.UnknownFacetError) as e:
            ix.search("执行", year=2007)
    listed = str(e.value).split("year values in this index: ", 1)[1].split(" (of")[0].split(", ")
    nearest = sorted(years, key=lambda y: (abs(int(y) - 2007), y))[:len(listed)]
    assert listed == nearest


def test_an_id_typed_without_its_folder_names_the_article_it_may_mean(web_index):
    with lawnews.NewsIndex.open(web_index) as ix:
        assert ix.article("briefs/b01#1").title  # the id search results give
        with pytest.raises(lawnews.ArticleNotFoundError, match="did you mean briefs/b01#1"):
            ix.article("b01#1")
        with pytest.raises(lawnews.ArticleNotFoundError) as e:
            ix.article("x99#1")
    assert "did you mean" not in str(e.value)
    r = CliRunner().invoke(cli, ["show", "b01#1", "--index-dir", str(web_index)])
    assert r.exit_code == 1 and "did you mean briefs/b01#1" in r.output


def test_hits_sorted_by_date_show_no_score_they_were_not_ranked_by(web_index):
    def first_line(*args):
        r = CliRunner().invoke(cli, ["search", "执行难", "-n", "1", "--index-dir", str(web_index), *args],
                               env={"NO_COLOR": "1"})
        assert r.exit_code == 0, r.output
        return next(line for line in r.output.splitlines() if line.startswith("1. "))

    ranked = first_line()
    assert ranked.rsplit("  ", 1)[1].replace(".", "").isdigit()  # the relevance score ends the line
    for sort in ("date", "date-asc"):
        line = first_line("--sort", sort)
        assert not line.rsplit("  ", 1)[-1].replace(".", "").isdigit(), line
