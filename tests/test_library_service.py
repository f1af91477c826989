"""A small service built on the library: one call per question, the same options for
search, facets, trends, first, profile and similar, and errors a caller can act on by
their fields, not by parsing their text."""

from __future__ import annotations

import json

import pytest

import lawnews
from lawnews import NewsIndex
from lawnews.search.searcher import IndexSearcher
from support import memory_index

ARTICLES = [
    {"id": "hn1", "title": "长沙法院集中执行", "text": "长沙市中级人民法院开展集中执行行动，执结案件一百件。",
     "date": "2023-03-01", "source": "测试日报"},
    {"id": "hn2", "title": "岳阳法院执行攻坚", "text": "岳阳市中级人民法院执行攻坚，查封房产三处。",
     "date": "2023-07-12", "source": "测试日报"},
    {"id": "hb1", "title": "荆州法院交叉执行", "text": "荆州市中级人民法院组织交叉执行，执结积案。",
     "date": "2024-01-05", "source": "测试晚报"},
    {"id": "hb2", "title": "武汉法院司法拍卖", "text": "武汉市中级人民法院网络司法拍卖成交，执行款到位。",
     "date": "2024-05-20", "source": "测试晚报"},
    {"id": "gd1", "title": "广州法院调解", "text": "广州市中级人民法院诉前调解纠纷，当事人握手言和。",
     "date": "2024-09-09", "source": "测试日报"},
]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


def test_search_all_runs_one_search(ix, monkeypatch):
    calls = []
    search = IndexSearcher.search

    def counted(self, *args, **kwargs):
        calls.append(kwargs.get("limit"))
        return search(self, *args, **kwargs)

    monkeypatch.setattr(IndexSearcher, "search", counted)
    found = ix.search_all("执行")
    assert found.total == len(found.hits) >= 3 and [h.rank for h in found.hits] == list(range(1, found.total + 1))
    assert len(calls) == 1
    calls.clear()
    with pytest.raises(lawnews.InvalidArgumentError, match="at most 2"):
        ix.search_all("执行", most=2)
    assert len(calls) == 1


def test_a_date_range_is_checked_once_and_said_one_way(ix, monkeypatch):
    from lawnews import arguments, landscape

    checks = []
    date_range = arguments.date_range
    monkeypatch.setattr(arguments, "date_range", lambda *a, **k: checks.append(a) or date_range(*a, **k))
    for call in (lambda: ix.trends("执行", start="2023", end="2024"), lambda: ix.first(start="2023"),
                 lambda: ix.profile("province:湖南", end="2024-06")):
        checks.clear()
        call()
        assert len(checks) == 1
    # whoever calls the counting, the bad bound is named as the argument passed, marked for the CLI's words
    with pytest.raises(lawnews.InvalidArgumentError, match="^start 2024 comes after end 2023") as caught:
        landscape.trends(ix._searcher, "执行", start="2024", end="2023")
    assert lawnews.errors.message(caught.value).startswith("--from 2024 comes after --to 2023")
    with pytest.raises(lawnews.InvalidArgumentError, match="^end must be a date") as caught:
        ix.first(end="2024-13")
    assert lawnews.errors.message(caught.value, web=True).startswith("to must be a date")


@pytest.mark.parametrize("options", [{}, {"expand": False}, {"strict": True}, {"lenient": True},
                                     {"all_copies": True}, {"semantic": False}])
def test_facets_read_the_query_as_search_does(ix, options):
    for query in ("执行 长沙", "执行 火星", "集中执行 拍卖"):
        found = ix.search(query, **options)
        counts = ix.facets(query, **options)
        assert (counts["total"], counts["relaxed"]) == (found.total, found.relaxed)
        assert counts["facets"] == found.facets


def test_facets_say_when_they_count_a_relaxed_query(ix):
    assert ix.facets("执行 火星")["relaxed"] is True
    assert ix.facets("执行 火星", strict=True)["total"] == 0


def test_the_facets_command_says_it_counts_a_relaxed_query():
    from lawnews import output

    counts = NewsIndex.in_memory()
    counts.add_articles(ARTICLES[:2])
    text = output.render_facets(counts.facets("执行 火星"))
    assert "no article has every word: counting articles with any of them" in text
    assert "no article has every word" not in output.render_facets(counts.facets("执行"))


def test_trends_first_and_profile_take_all_copies_as_search_names_it(ix):
    options = {"all_copies": True, "province": "湖南"}
    assert ix.trends("执行", by="province", every="year", **options).to_dict()["copies"] is True
    assert ix.first("执行", **options).copies is True
    assert ix.profile("province:湖南", all_copies=True).trend.copies is True
    assert ix.trends("执行", **options).total == ix.search("执行", **options).total
    with pytest.raises(lawnews.ArgumentTypeError, match="^all_copies must be True or False"):
        ix.trends("执行", all_copies="yes")


def test_similar_lists_every_copy_with_all_copies(tmp_path):
    index = NewsIndex.in_memory()
    text = ("荆州市中级人民法院组织交叉执行，执结积案三十件，兑现胜诉权益。执行干警分赴各地查控财产，"
            "对拒不履行的被执行人依法采取强制措施，一批长期未结的案件得到化解，申请执行人拿到执行款。")
    index.add_articles([{"id": "a", "title": "荆州交叉执行", "text": text, "date": "2024-01-05", "source": "甲网"},
                        {"id": "b", "title": "荆州交叉执行", "text": text, "date": "2024-01-06", "source": "乙网"},
                        {"id": "c", "title": "荆州法院交叉执行", "text": text + "另有执行款到位。", "date": "2024-01-07"},
                        {"id": "d", "title": "宜昌法院执行", "text": "宜昌市中级人民法院交叉执行积案，执行款到位。"}])
    stories = index.similar("d")
    every = index.similar("d", all_copies=True)
    assert (stories.total, len(stories.hits), stories.hits[0].copies) == (1, 1, 3)  # a, b and c: one story
    assert every.total == 3 and {h.article_id for h in every.hits} == {"a", "b", "c"}
    with pytest.raises(lawnews.ArgumentTypeError, match="^all_copies must be True or False"):
        index.similar("d", all_copies="yes")


# ------------------------------------------------------------------ errors a program reads by their fields

def test_an_unknown_facet_value_names_the_facet_the_value_and_what_there_is(ix):
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.search("执行", province="火星")
    e = caught.value
    assert (e.argument, e.facet, e.value) == ("province", "province", "火星")
    assert set(e.known) <= {"湖南省", "湖北省", "广东省"} and e.known
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.search("执行", planet="火星")
    assert (caught.value.facet, caught.value.value, caught.value.argument) == (None, "planet", "planet")
    assert "province" in caught.value.known
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.facets("执行", source="测试周刊")
    assert (caught.value.facet, caught.value.value) == ("source", "测试周刊")
    assert set(caught.value.known) == {"测试日报", "测试晚报"}


def test_an_article_not_found_lists_the_ids_and_files_missing(ix):
    with pytest.raises(lawnews.ArticleNotFoundError) as caught:
        ix.article("hn9")
    assert caught.value.article_ids == ("hn9",)
    with pytest.raises(lawnews.ArticleNotFoundError) as caught:
        ix.remove_all(article_ids=["hn1", "hn9", "hb9"], files=["gone.txt"])
    assert (caught.value.article_ids, caught.value.files) == (("hn9", "hb9"), ("gone.txt",))
    assert ix.article("hn1").title == "长沙法院集中执行"  # nothing removed


def test_a_bad_argument_names_it(ix):
    cases = {"limit": lambda: ix.search("执行", limit=-1), "sort": lambda: ix.search("执行", sort="newest"),
             "by": lambda: ix.trends(by="planet"), "start": lambda: ix.trends(start="2024-13"),
             "query": lambda: ix.search(None), "expand": lambda: ix.search("执行", expand="no"),
             "articles": lambda: ix.add_articles([{"id": "x"}]), "most": lambda: ix.search_all("执行", most=0),
             "offset": lambda: ix.search_all("执行", offset=3)}
    for argument, call in cases.items():
        with pytest.raises((lawnews.InvalidArgumentError, lawnews.ArgumentTypeError)) as caught:
            call()
        assert caught.value.argument == argument, (argument, caught.value)


def test_a_download_of_too_many_hits_says_how_many(ix):
    with pytest.raises(lawnews.TooManyHitsError) as caught:
        ix.search_all("执行", most=2)
    e = caught.value
    assert isinstance(e, lawnews.InvalidArgumentError) and (e.total, e.most, e.argument) == (
        ix.search("执行").total, 2, "most")


def test_index_errors_name_the_index_folder(tmp_path):
    import pickle

    with pytest.raises(lawnews.IndexNotFoundError) as caught:
        NewsIndex.open(tmp_path / "none")
    assert caught.value.path == str(tmp_path / "none")
    folder = tmp_path / "ix"
    NewsIndex.create(folder).close()
    (folder / "lawnews.json").write_text("{", encoding="utf-8")
    with pytest.raises(lawnews.IndexVersionError) as caught:
        NewsIndex.open(folder)
    assert caught.value.path == str(folder)
    error = pickle.loads(pickle.dumps(lawnews.IndexLockedError("busy", path="/srv/ix")))
    assert (str(error), error.path) == ("busy", "/srv/ix")
    with pytest.raises(TypeError, match="no field 'colour'"):
        lawnews.IndexLockedError("busy", colour="red")


def test_a_second_writer_is_told_which_index_is_busy(tmp_path):
    folder = tmp_path / "ix"
    with NewsIndex.create(folder) as first, NewsIndex.open(folder) as second:
        with first.writer():
            with pytest.raises(lawnews.IndexLockedError) as caught:
                with second.writer(timeout=0.2):
                    pass
        assert caught.value.path == str(folder)
        assert second.add_articles(ARTICLES[:1]) == 1  # once the first is done


def test_a_read_only_index_names_the_folder_it_cannot_write(tmp_path, monkeypatch):
    from lawnews.index.store import sidestore

    folder = tmp_path / "ix"
    with NewsIndex.create(folder) as index:
        monkeypatch.setattr(sidestore, "writable", lambda path: False)
        with pytest.raises(lawnews.IndexReadOnlyError) as caught:
            index.add_articles(ARTICLES[:1])
    assert (caught.value.path, caught.value.folder) == (str(folder), str(folder))


def test_cited_by_takes_the_facet_filters_of_search():
    index = NewsIndex.in_memory()
    index.add_articles([
        {"id": "c1", "title": "长沙法院审理拒执案", "text": "长沙市中级人民法院依照《中华人民共和国刑法》第三百一十三条判处被告人拒不执行判决罪。",
         "date": "2024-03-01"},
        {"id": "c2", "title": "武汉法院审理拒执案", "text": "武汉市中级人民法院依照《中华人民共和国刑法》第三百一十三条判处被告人拒不执行判决罪。",
         "date": "2024-04-01"}])
    assert index.cited_by("刑法313").total == 2
    hunan = index.cited_by("刑法313", province="湖南")
    assert [h.article_id for h in hunan.results.hits] == ["c1"]
    assert index.cited_by("刑法", city=["武汉", "长沙"], limit=1).results.total == 2
    with pytest.raises(lawnews.UnknownFacetError) as caught:
        index.cited_by("刑法313", province="火星")
    assert caught.value.facet == "province"
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        index.cited_by("刑法313", cites="刑法314")
    assert caught.value.argument == "cites"


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_files_added_to_an_index_are_read_again_by_an_update(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    monday = _jsonl(news / "2024-05-06.jsonl", ARTICLES[:2])
    tuesday = _jsonl(news / "2024-05-07.jsonl", ARTICLES[2:4])
    folder = tmp_path / "ix"
    lawnews.build_index([monday], folder)
    with NewsIndex.open(folder) as index:
        index.add(tuesday)  # the nightly job adds the day's file
        assert index.stats()["articles"] == 4
    _jsonl(tuesday, [{**ARTICLES[2], "title": "荆州法院交叉执行（更正）"}, ARTICLES[3]])
    report = lawnews.build_index(None, folder)  # the update reads what the index was built from
    assert report.unchanged == 1
    with NewsIndex.open(folder) as index:
        assert index.article("hb1").title == "荆州法院交叉执行（更正）"
    created = tmp_path / "created"
    with NewsIndex.create(created) as index:
        index.add(monday)
    assert lawnews.build_index(None, created).articles + lawnews.build_index(None, created).unchanged >= 2
    with NewsIndex.open(created) as index:
        assert index.stats()["articles"] == 2


def test_a_build_that_reads_nothing_lists_what_it_skipped(tmp_path, monkeypatch):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(lawnews.CorpusError) as caught:
        lawnews.build_index(["empty.txt", "missing.jsonl"], tmp_path / "ix")
    skipped = {s.path: s.reason for s in caught.value.skipped}
    assert set(skipped) == {str(empty), str(tmp_path / "missing.jsonl")}
    assert skipped[str(tmp_path / "missing.jsonl")] == "no such file or folder"
    (tmp_path / "nothing").mkdir()
    with pytest.raises(lawnews.CorpusError) as caught:
        lawnews.build_index([tmp_path / "nothing"], tmp_path / "ix2")
    assert caught.value.skipped == () and "no file found" in str(caught.value)
