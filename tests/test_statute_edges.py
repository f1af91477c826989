"""A judge's assistant checking the laws a week of court news cites: article numbers beyond
the longest law, ranges typed backwards, the fields of the errors a program reads.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

CRIM = "中华人民共和国刑法"
CIVIL = "中华人民共和国民法典"


def _statute(key: str, law: str, label: str, text: str, date: str | None = None) -> dict:
    return {"id": f"{key}#{label}", "title": f"{law} {label}", "text": text, "date": date, "law": law}


STATUTES = [
    _statute("C1", CRIM, "第三百条", "第三百条文：组织、利用会道门的，处三年以上七年以下有期徒刑。"),
    _statute("C1", CRIM, "第三百一十三条", "第三百一十三条文：对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。"),
    _statute("C1", CRIM, "第三百一十四条", "第三百一十四条文：隐藏、转移、变卖已被司法机关查封的财产，情节严重的，处三年以下有期徒刑。"),
    _statute("D1", CIVIL, "第一千二百六十条", "第一千二百六十条文：本法自二〇二一年一月一日起施行。", "2020-05-28"),
]
NEWS = [
    {"id": "n1", "title": "拒执罪宣判", "text": "青石县法院依照《刑法》第三百一十三条，以拒不执行判决罪判处被告人有期徒刑一年。",
     "date": "2024-03-01", "source": "人民法院报"},
    {"id": "n2", "title": "非法处置查封财产", "text": "法院依照《刑法》第三百一十四条，对转移查封财产的被告人判处拘役。",
     "date": "2024-03-02", "source": "法治日报"},
    {"id": "n3", "title": "民法典施行", "text": "《民法典》第一千二百六十条规定了施行日期，法院据此适用新法。",
     "date": "2024-03-03", "source": "人民法院报"},
    {"id": "n4", "title": "比较法视野", "text": "学者介绍，《德国民法典》第1300条曾规定婚约解除的赔偿，我国法律未作此规定。",
     "date": "2024-03-04", "source": "法治日报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-edges"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _asks(ix, typed: str):
    return (lambda: ix.cited_by(typed), lambda: ix.statute_article(typed), lambda: ix.search("", cites=typed),
            lambda: ix.search(f'cites:"{typed}"'))


# -- an article number beyond the longest law ---------------------------------------------------

@pytest.mark.parametrize("typed", ["民法典第1261条", "民法典 1300", "刑法第1500条"])
def test_an_article_beyond_the_longest_law_is_the_error_naming_it_however_asked(ix, typed):
    for ask in _asks(ix, typed):
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ask()
        said = str(caught.value)
        assert "no law has that many articles" in said and f"{CIVIL}, has 1260" in said, said


def test_an_article_of_a_foreign_code_beyond_the_longest_law_is_counted_as_the_news_cite_it(ix):
    typed = "德国民法典第1300条"
    counts = {"cited-by": ix.cited_by(typed).total, "look-up": ix.statute_article(typed).cited_by,
              "filter": ix.search("", cites=typed).total, "clause": ix.search(f'cites:"{typed}"').total}
    assert set(counts.values()) == {1}, counts


def test_the_last_article_of_the_longest_law_is_no_error(ix):
    assert ix.cited_by("民法典第1260条").total == 1
    assert ix.search("", cites="民法典第1260条").total == 1


def test_a_collection_holding_a_longer_law_names_it_and_reaches_its_articles(tmp_path, monkeypatch):
    long = "中华人民共和国测试法典"
    records = [*STATUTES, _statute("T1", long, "第一千四百条", "第一千四百条文：本法典自公布之日起施行。", "2024-01-01")]
    index_dir = news_with_statutes(tmp_path, records, NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as ix:
        assert ix.statute_article(f"{long}第1400条").statute.article == "第一千四百条"
        with pytest.raises(lawnews.UnknownFacetError, match=f"the longest, {long}, has 1400"):
            ix.cited_by(f"{long}第1401条")


# -- a range typed backwards ---------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["刑法第314条至第313条", "刑法第三百一十四条至第三百一十三条", "刑法 314-313",
                                   "刑法314至313"])
def test_a_range_typed_backwards_is_said_to_be_so_however_asked(ix, typed):
    for ask in _asks(ix, typed):
        with pytest.raises(lawnews.LawNewsError) as caught:
            ask()
        said = str(caught.value)
        assert "running backwards" in said and "刑法第313条至第314条" in said, said
    with pytest.raises(lawnews.LawNewsError, match="running backwards"):
        ix.search(f"cites:{typed.replace(' ', '')}")


@pytest.mark.parametrize("typed", ["刑法第313条至第314条", "刑法 313-314", "刑法313至314"])
def test_a_range_of_bare_numbers_selects_its_articles_as_the_written_range_does(ix, typed):
    assert ix.search("", cites=typed).total == 2
    assert ix.search(f'cites:"{typed}"').total == 2
    assert {h.article_id for h in ix.search(f"cites:{typed.replace(' ', '')}").hits} == {"n1", "n2"}


# -- the fields of a statute error ----------------------------------------------------------------

def _caught(ask) -> lawnews.UnknownFacetError:
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ask()
    return caught.value


def test_an_article_no_version_holds_names_its_facet_value_and_the_nearest(ix):
    for typed in ("刑法第2条", "刑法 2"):
        error = _caught(lambda: ix.statute_article(typed))
        assert (error.facet, error.value) == ("cites", f"{CRIM} 第二条"), str(error)
        assert error.known and all(k.startswith(f"{CRIM} 第三百") for k in error.known), error.known
        assert all(k in str(error) for k in error.known)


def test_an_unknown_law_names_its_facet_value_and_the_closest(ix):
    error = _caught(lambda: ix.cited_by("刑发第313条"))
    assert error.facet == "statute" and error.value and "刑发" in error.value and error.known, vars(error)
    year = _caught(lambda: ix.cited_by("刑法2021"))
    assert (year.facet, year.value, year.known) == ("statute", "刑法2021", ("刑法",)), vars(year)


def test_a_version_named_names_its_facet_value_and_the_versions_holding_it(ix):
    error = _caught(lambda: ix.cited_by("2019年民法典第1260条"))
    assert error.facet == "cites" and error.value and "2019" in error.value and error.known == ("2020-05-28",)


def test_a_version_in_cites_without_a_collection_names_its_facet_and_value(index_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "none.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as ix:
        error = _caught(lambda: ix.cited_by("2021年民法典第1260条"))
    assert error.facet == "cites" and error.value and "2021" in error.value, vars(error)
    assert "index its statute records" in str(error)


def test_several_articles_given_one_is_taken_names_them(ix):
    error = _caught(lambda: ix.cited_by("刑法第313条、第314条"))
    assert error.facet == "cites" and error.known == ("刑法 第三百一十三条", "刑法 第三百一十四条"), vars(error)


def test_a_year_after_the_latest_version_says_what_to_write_instead(ix):
    for ask in (lambda: ix.cited_by("2030年民法典第1260条"), lambda: ix.search("", cites="2030年民法典第1260条")):
        error = _caught(ask)
        assert "its 2030 text is not held" in str(error) and f"'2020年{CIVIL}…'" in str(error), str(error)
        assert "leave the year out" in str(error) and error.known == ("2020-05-28",)


@pytest.mark.parametrize("typed", ["刑法第999条", "刑法第315条", "刑法 999", "刑法第二条"])
def test_cited_by_an_article_its_law_lacks_names_the_nearest_articles(ix, index_dir, typed):
    nearest = f"nearest: {CRIM} 第三百条, {CRIM} 第三百一十三条, {CRIM} 第三百一十四条"
    found = ix.cited_by(typed)
    assert found.total == 0 and "in the statute collection has" in found.statute.note
    assert nearest in found.statute.note, found.statute.note
    out = run_cli("cited-by", typed, "--index-dir", str(index_dir)).output
    assert nearest in out
    error = _caught(lambda: ix.statute_article(typed))  # the look-up's error names the same
    assert nearest in str(error)


def test_a_profile_of_an_article_its_law_lacks_names_the_nearest_articles(ix):
    error = _caught(lambda: ix.profile("cites:刑法第999条"))
    assert error.argument == "subject" and error.known == (f"{CRIM} 第三百条", f"{CRIM} 第三百一十三条",
                                                            f"{CRIM} 第三百一十四条"), vars(error)
    assert ix.profile("cites:刑法第313条").total == 1  # one the collection holds, as before
    assert ix.profile("statute:刑法").total == 2


@pytest.mark.parametrize("subject", ["cites:刑法第313条至第314条", "cites:刑法 313 314", "statute:刑法第313条、第314条"])
def test_a_profile_of_several_articles_says_a_profile_takes_one(ix, index_dir, subject):
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.profile(subject)
    error, said = caught.value, str(caught.value)
    assert error.argument == "subject", vars(error)
    assert "names 2 articles" in said and "a profile takes one" in said and "cited_by" not in said, said
    out = run_cli("profile", subject, "--index-dir", str(index_dir), ok=False).output
    assert "a profile takes one" in out and "cited-by" not in out, out
