"""The library facade, used as an embedder would."""

from __future__ import annotations

import pytest

import lawnews
from lawnews import Article, Hit, NewsIndex, SearchResults, Section



def test_public_names_are_exported():
    for name in lawnews.__all__:
        assert hasattr(lawnews, name), name


def test_search_ranks_and_materialises_plain_results(data_index):
    res = data_index.search("交叉执行")
    assert isinstance(res, SearchResults) and all(isinstance(h, Hit) for h in res.hits)
    assert {h.article_id for h in res.hits} == {"t01", "t02"}
    assert res.hits[0].article_id == "t01"  # title, heading and text all match
    assert [h.rank for h in res.hits] == [1, 2]
    assert res.hits[0].score >= res.hits[1].score
    assert res.total == 2 and res.took_ms > 0


def test_hits_are_grouped_by_article(data_index):
    res = data_index.search("执行")
    ids = [h.article_id for h in res.hits]
    assert len(ids) == len(set(ids))
    t01 = next(h for h in data_index.search("交叉执行 荆州").hits)
    assert t01.article_id == "t01" and t01.matched_sections == 2


def test_snippet_highlights_are_exact(data_index):
    from lawnews.index.tagging import Tagger

    for query in ("交叉执行", "执转破", "网络司法拍卖"):
        allowed = {query, *Tagger.default().expansions(query)}
        for hit in data_index.search(query).hits:
            assert hit.highlights, hit
            for s, e in hit.highlights:
                marked = hit.snippet[s:e]
                assert any(marked in a or a in marked for a in allowed), (marked, allowed)
            assert hit.marked_snippet().count("<em>") == len(hit.highlights)


def test_cross_field_and_sub_word_matching(data_index):
    assert [h.article_id for h in data_index.search("湖南高院 指引").hits] == ["t02"]
    # 法院 is found inside 人民法院 without being a word of its own there
    assert data_index.search("法院").total >= 15


def test_facets_count_articles(data_index):
    res = data_index.search("中级人民法院")
    assert sum(res.facets["province"].values()) >= res.total - 2
    assert set(res.facets) == {"province", "city", "county", "court", "court_level", "mechanism", "statute", "cites",
                               "source", "year"}
    assert all(n > 0 for counts in res.facets.values() for n in counts.values())


def test_filters_accept_short_forms_and_lists(data_index):
    full = data_index.search("执行", province="湖北省")
    short = data_index.search("执行", province="湖北")
    assert full.total == short.total > 0
    assert all("湖北省" in h.provinces for h in short.hits)
    both = data_index.search("执行", province=["湖北", "湖南"])
    assert both.total == full.total + data_index.search("执行", province="湖南").total


def test_unknown_facet_values_and_names_raise(data_index):
    with pytest.raises(lawnews.UnknownFacetError):
        data_index.search("执行", province="火星")
    with pytest.raises(lawnews.UnknownFacetError):
        data_index.search("执行", colour="red")


def test_pagination(data_index):
    all_hits = data_index.search("法院", limit=30).hits
    page2 = data_index.search("法院", limit=5, offset=5).hits
    assert [h.article_id for h in page2] == [h.article_id for h in all_hits[5:10]]
    assert page2[0].rank == 6


def test_article_roundtrip(data_index):
    a = data_index.article("t01")
    assert isinstance(a, Article)
    assert a.title == "荆州中院推进交叉执行"
    assert [s.heading for s in a.sections] == ["提级攻坚", "成效"]
    with pytest.raises(lawnews.ArticleNotFoundError):
        data_index.article("nope")


def test_writer_commits_on_success_and_cancels_on_error():
    ix = NewsIndex.in_memory()
    art = Article(id="x1", file="mem", title="执转破新闻", sections=(Section(None, "法院推进执转破。"),))
    ix.add_articles([art])
    assert ix.search("执转破").total == 1
    with pytest.raises(RuntimeError):
        with ix.writer() as w:
            w.add(Article(id="x2", file="mem", title="终本", sections=(Section(None, "终本案件。"),)))
            raise RuntimeError("abort")
    assert ix.search("终本").total == 0
    assert ix.remove(article_id="x1") == 1
    assert ix.search("执转破").total == 0


def test_module_search_uses_the_default_index_built_from_the_corpus(default_index_dir):
    res = lawnews.search("交叉执行")
    files = {h.file for h in res.hits}
    assert {"001_8969ffdc580c6263.txt", "002_79b23406edc23697.txt"} <= files
    info = lawnews.NewsIndex.open(default_index_dir).stats()
    assert info["built_by"]["origin"] == "bundled"
    assert info["articles"] >= 25


def test_corpus_search_matches_the_done_criteria(corpus_index):
    res = corpus_index.search("交叉执行")
    ids = [h.article_id for h in res.hits]
    assert "002_79b23406edc23697#1" in ids and "001_8969ffdc580c6263#1" in ids
    for h in res.hits:
        assert any(h.snippet[s:e] == "交叉执行" for s, e in h.highlights)
    assert res.facets["province"]
    hubei = corpus_index.search("交叉执行", province="湖北")
    assert hubei.total >= 1
    assert all("湖北省" in h.provinces for h in hubei.hits)


@pytest.mark.parametrize("field", ["corpus_fingerprint", "lawnews_version", "tagger"])
def test_default_index_rebuilds_when_corpus_or_engine_changes(default_index_dir, field):
    import json

    from lawnews.index.store import storage

    lawnews.NewsIndex.default().close()
    meta_path = default_index_dir / storage.META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    good = meta[field]
    meta[field] = "stale"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with lawnews.NewsIndex.default() as ix:
        assert ix.stats()["built_by"][field] == good
        assert ix.search("交叉执行").total >= 2


def test_a_users_own_default_index_is_never_rebuilt_behind_their_back(tmp_path, monkeypatch):
    from support import DATA

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    lawnews.build_index([DATA / "articles.jsonl"], tmp_path / "lawnews" / "index")
    with lawnews.NewsIndex.default() as ix:
        assert ix.stats()["articles"] == 20


def test_facets_are_multi_select(data_index):
    plain = data_index.search("中级人民法院")
    hubei = data_index.search("中级人民法院", province="湖北")
    # the province facet ignores its own selection: the user sees what else to pick
    assert hubei.facets["province"] == plain.facets["province"]
    assert hubei.total == plain.facets["province"]["湖北省"] < plain.total
    # other facets are counted over the selection
    assert sum(hubei.facets["year"].values()) == hubei.total
    both = data_index.search("中级人民法院", province=["湖北", "湖南"])
    assert both.total == plain.facets["province"]["湖北省"] + plain.facets["province"]["湖南省"]


def test_year_and_source_facets_and_filters(data_index):
    res = data_index.search("法院")
    assert set(res.facets["year"]) <= {"2023", "2024"} and res.facets["source"] == {"测试报": res.total}
    y2023 = data_index.search("法院", year=2023)
    assert y2023.total == res.facets["year"]["2023"]
    assert all(h.date.startswith("2023") for h in y2023.hits)


def test_sort_by_date(data_index):
    dates = [h.date for h in data_index.search("法院", sort="date", limit=50).hits]
    assert dates == sorted(dates, reverse=True)
    asc = [h.date for h in data_index.search("法院", sort="date-asc", limit=50).hits]
    assert asc == sorted(asc)


def test_an_empty_index_answers_with_nothing(tmp_path):
    for ix in (NewsIndex.in_memory(), NewsIndex.create(tmp_path / "empty")):
        with ix:
            res = ix.search("交叉执行")
            assert res.total == 0 and res.hits == ()
            assert ix.stats()["articles"] == 0
            assert ix.facets()["total"] == 0


def test_a_search_on_a_small_index_loads_only_what_it_uses(corpus_index_dir):
    """Start-up: the command line's most frequent call loads neither the ingest
    pipeline, the exporters, the PDF and Word readers nor numpy (a small index is
    answered without it)."""
    import subprocess
    import sys

    code = (
        "import sys, lawnews\n"
        f"ix = lawnews.NewsIndex.open({str(corpus_index_dir)!r})\n"
        "assert ix.search('交叉执行').total\n"
        "assert ix.search('执行 OR 法院', province='湖南').total\n"
        "print(sorted(m for m in ('lawnews.index.store.build', 'lawnews.index.store.pipeline', 'lawnews.index.ingest.pages',\n"
        "    'lawnews.index.ingest.clean', 'lawnews.exporters', 'lawnews.index.store.writer', 'numpy',\n"
        "    'lawnews.index.ingest.pdf', 'lawnews.index.ingest.docx', 'pypdfium2', 'pdfplumber', 'pdfminer', 'docx',\n"
        "    'lawnews.index.ingest.html', 'trafilatura', 'lxml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert lawnews.IngestReport.__name__ == "IngestReport"  # still there, loaded when asked for


def test_the_version_is_the_installed_packages():
    from importlib.metadata import version

    assert lawnews.__version__ == version("lawnews")


def test_an_unknown_court_spelt_like_none_lists_no_court(data_index):
    # nothing spelt like 某某某, no place like it: no court is offered (the commonest courts were
    # listed, which had nothing to do with what was typed), and the message says how many there are
    with pytest.raises(lawnews.UnknownFacetError) as e:
        data_index.search("执行", court="某某某")
    said = str(e.value)
    assert said.startswith("unknown court '某某某'; no court of this index (") and e.value.known == ()
