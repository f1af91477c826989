"""Reading the statutes cited: cited-by, --cites, show and the statute questions as a
legal researcher uses them (made-up laws and news texts)."""

from __future__ import annotations

import json

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国测试法"
TEST_LAW = [{"id": f"T#第{n}条", "title": f"{LAW} 第{n}条", "text": f"测试法的第{n}条。", "law": LAW,
             "date": "2020-01-01"} for n in "一二三"]
TEST_NEWS = [{"id": "full", "title": "全称", "text": "依照《中华人民共和国测试法》第二条的规定，判决如下。", "date": "2021-05-01"},
             {"id": "short", "title": "简称", "text": "依照《测试法》第二条的规定，判决如下。", "date": "2021-06-01"}]


def test_cited_by_finds_every_citation_resolved_to_the_article_whatever_title_it_printed(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, TEST_LAW, TEST_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        _every_title_finds_both(ix)
    data = json.loads(run_cli("cited-by", "测试法第二条", "--index-dir", str(news), "--json").output)
    assert data["total"] == 2 and [v["articles"] for v in data["versions"]] == [["short", "full"]]


def _every_title_finds_both(ix):
    for typed in ("测试法第二条", "中华人民共和国测试法第二条", "《测试法》第2条"):
        found = ix.cited_by(typed)
        assert sorted(h.article_id for h in found.results.hits) == ["full", "short"], typed
        assert found.total == 2
        assert all(len(found.mentions[a]) == 1 for a in ("full", "short")), typed
        assert ix.statute_article(typed).cited_by == 2
    for typed in ("测试法", LAW):
        assert sorted(h.article_id for h in ix.cited_by(typed).results.hits) == ["full", "short"], typed
    assert ix.cited_by("测试法第三条").total == 0


ARB = "中华人民共和国仲裁测试法"
ARB_LAW = [{"id": f"A{y}#第一条", "title": f"{ARB} 第一条", "text": f"{y}年文本的第一条。", "law": ARB, "date": d}
           for y, d in (("2021", "2021-12-24"), ("2023", "2023-09-01"))]
ARB_NEWS = [{"id": "soon", "title": "新法公布后", "text": "依照《中华人民共和国仲裁测试法》第一条的规定。", "date": "2023-10-15"},
            {"id": "late", "title": "新法施行后", "text": "依照《中华人民共和国仲裁测试法》第一条的规定。", "date": "2024-12-01"}]


def test_a_version_chosen_by_date_says_its_date_is_the_source_records_not_its_coming_into_force(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, ARB_LAW, ARB_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    soon = run_cli("show", "soon", "--index-dir", str(news)).output
    assert "(2023-09-01 version)" in soon
    assert "dated by its source record" in soon and "2021-12-24 version may still have been in force" in soon, soon
    assert "dated by its source record" not in run_cli("show", "late", "--index-dir", str(news)).output
    (cited,) = json.loads(run_cli("show", "soon", "--index-dir", str(news), "--json").output)["citations"]
    assert "2021-12-24 version may still have been in force on 2023-10-15" in cited["note"]
    # a version named by its year is the latest dated in it, not one said to be in force then
    pinned = run_cli("cited-by", "2023年《中华人民共和国仲裁测试法》第一条", "--index-dir", str(news)).output
    assert "in force at the end of 2023" not in pinned and "dated on or before the end of 2023" in pinned, pinned


def test_a_year_before_a_title_only_the_collection_knows_names_its_version_without_brackets(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, ARB_LAW, ARB_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        for typed in ("2021年中华人民共和国仲裁测试法第一条", "2021年 中华人民共和国仲裁测试法 第1条",
                      "2021年《中华人民共和国仲裁测试法》第一条"):
            found = ix.cited_by(typed)
            assert found.statute.pinned and found.statute.version == "2021-12-24", typed
            assert found.statute.text == "2021年文本的第一条。"


def test_articles_typed_one_after_another_with_spaces_are_a_list(tmp_path, monkeypatch):
    news_records = [*TEST_NEWS, {"id": "third", "title": "第三条", "text": "依照《中华人民共和国测试法》第三条的规定。",
                                 "date": "2021-07-01"}]
    news = news_with_statutes(tmp_path, TEST_LAW, news_records)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        listed = ix.search("*", cites=f"{LAW}第二条、第三条")
        assert listed.total >= 2
        for typed in (f"{LAW}第二条 第三条", f"{LAW} 第二条  第三条", f"{LAW}第2条 第3条"):
            assert ix.search("*", cites=typed).total == listed.total, typed
    out = run_cli("cited-by", f"{LAW}第二条 第三条", "--index-dir", str(news), ok=False).output
    assert "names 2 articles (第二条, 第三条): cited-by takes one article" in out, out


def test_cites_selects_the_citations_of_every_printed_title_of_the_law_as_cited_by_lists_them(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, TEST_LAW, TEST_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        for typed in ("测试法第二条", f"{LAW}第二条", "测试法", LAW):
            found = ix.search("*", cites=typed) if "条" in typed else ix.search("*", statute=typed)
            assert sorted(h.article_id for h in found.hits) == ["full", "short"], typed
            assert found.total == ix.cited_by(typed).total == 2
        assert ix.facets("*", cites="测试法第二条")["total"] == 2


def test_stats_says_which_statute_collection_resolved_the_citations_and_whether_it_is_the_current_one(tmp_path,
                                                                                                     monkeypatch):
    news = news_with_statutes(tmp_path, TEST_LAW, TEST_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    data = json.loads(run_cli("stats", "--index-dir", str(news), "--json").output)["statutes"]
    assert data["citations"] == 2 and data["articles"] == 3 and data["same"] is True
    assert "2 citations; 3 statute articles in" in run_cli("stats", "--index-dir", str(news)).output
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "moved.sqlite"))
    data = json.loads(run_cli("stats", "--index-dir", str(news), "--json").output)["statutes"]
    assert data["same"] is False and data["articles"] == 0
    out = " ".join(run_cli("stats", "--index-dir", str(news)).output.split())
    assert f"no statute collection at {tmp_path / 'moved.sqlite'}; they were resolved against" in out, out


def test_every_way_of_selecting_a_law_or_article_selects_the_stories_cited_by_lists(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, TEST_LAW, TEST_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    queries = ("cites:测试法第二条", f"cites:{LAW}第二条", 'cites:"测试法 第二条"', "判决 cites:测试法第2条",
               "statute:测试法", f"statute:{LAW}", "法律:测试法")
    with lawnews.NewsIndex.open(news) as ix:
        assert ix.cited_by("测试法第二条").total == 2
        for q in queries:
            found = ix.search(q)
            assert sorted(h.article_id for h in found.hits) == ["full", "short"], q
            assert found.total == ix.facets(q)["total"] == sum(found.facets["cites"].values()) == 2, q
            assert ix.trends(q).total == 2, q
        for subject in ("cites:测试法第二条", f"cites:{LAW}第二条", "statute:测试法", f"statute:{LAW}"):
            p = ix.profile(subject)
            assert p.total == 2 and sorted(h.article_id for h in p.latest) == ["full", "short"], subject
            assert not {"测试法", LAW} & {v for v, _n in p.cooccurring["statute"]} or subject.startswith("cites"), subject
        expected = ix.profile("statute:测试法").to_dict()
    data = json.loads(run_cli("search", "cites:测试法第二条", "--index-dir", str(news), "--json").output)
    assert data["total"] == 2
    data = json.loads(run_cli("profile", "statute:测试法", "--index-dir", str(news), "--json").output)
    assert data["total"] == 2
    testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    with testclient.TestClient(create_app(news, workers=1)) as client:
        assert client.get("/search.json", params={"q": "cites:测试法第二条"}).json()["total"] == 2
        assert client.get("/profile.json", params={"statute": "测试法"}).json() == expected


def test_a_bare_number_after_the_law_in_a_cites_clause_is_the_article_as_cited_by_reads_it(tmp_path, monkeypatch):
    news = news_with_statutes(tmp_path, TEST_LAW, TEST_NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        assert ix.cited_by("测试法2").total == ix.search("*", cites="测试法2").total == 2
        for q in ("cites:测试法2", 'cites:"测试法 2"', "cites:测试法２", f"判决 cites:{LAW}2"):
            assert ix.search(q).total == 2, q
        assert ix.search("cites:测试法3").total == 0


OTHER = "中华人民共和国另一测试法"
BOTH_LAWS = TEST_LAW + [{"id": f"O#第{n}条", "title": f"{OTHER} 第{n}条", "text": f"另一法的第{n}条。", "law": OTHER,
                         "date": "2020-01-01"} for n in "一二三"]


def test_an_article_citing_the_law_is_listed_though_it_cites_the_same_number_of_another_law(tmp_path, monkeypatch):
    # 《测试法》第二条 quoted with wording it does not have (not resolved), beside another law's 第二条 (resolved)
    news = news_with_statutes(tmp_path, BOTH_LAWS, [
        {"id": "two", "title": "两部法律", "text": "依照《另一测试法》第二条的规定，又依照《测试法》第二条“甲乙丙丁戊己庚辛壬癸”的规定，判决如下。",
         "date": "2021-05-01"}])
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    with lawnews.NewsIndex.open(news) as ix:
        (own,) = [c for c in ix.citations("two") if c.law == "测试法"]
        assert own.status == "unresolved", own
        assert ix.search("*", cites="测试法第二条").total == 1
        assert ix.cited_by("测试法第二条").total == ix.statute_article("测试法第二条").cited_by == 1
        assert ix.cited_by("另一测试法第二条").total == 1


def test_the_whole_index_facets_a_law_is_looked_up_among_follow_each_update():
    """The facet values a law's printed titles are looked up among are counted once per
    state of the index, and again after each change."""
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([{"id": "a", "title": "执行", "text": "依照《中华人民共和国民事诉讼法》第二百三十七条的规定。"}])
        searcher = ix._searcher
        first = searcher.index_facets()
        assert searcher.index_facets() is first  # counted once
        assert first.get("statute") == searcher.facet_counts("").facets.get("statute")
        ix.add_articles([{"id": "b", "title": "拒执", "text": "依照《中华人民共和国刑法》第三百一十三条的规定。"}])
        after = searcher.index_facets()
        assert after is not first and after == searcher.facet_counts("").facets
        assert "中华人民共和国刑法" in after["statute"]
