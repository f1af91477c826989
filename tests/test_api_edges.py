"""The library's calls at their edges: each wrong argument a call refuses, named as the
argument at fault, the states an index object says of itself, an update whose files are
all gone, and every name ``lawnews.api`` has given callers still importable from it. The
statute records and news texts are made up for these tests."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest

import lawnews
from support import memory_index, news_with_statutes, write_jsonl

CRIM = "中华人民共和国刑法"
CIVP = "中华人民共和国民事诉讼法"
PINNED = "2021年民事诉讼法第二百五十二条"


def _statute(key: str, law: str, label: str, text: str, date: str | None = None) -> dict:
    return {"id": f"{key}#{label}", "title": f"{law} {label}", "text": text, "date": date, "law": law}


STATUTES = [
    _statute("K1", CRIM, "第三百一十三条", "第三百一十三条文：有能力执行而拒不执行法院裁判的，依法处罚。"),
    _statute("Q21", CIVP, "第二百五十二条", "第二百五十二条文（二〇二一）：执行员收到申请后应当通知被执行人。", "2021-12-24"),
    _statute("Q23", CIVP, "第二百五十二条", "第二百五十二条文（二〇二三）：被执行人逾期不履行的应当申报财产。", "2023-09-01"),
]
NEWS = [
    {"id": "m1", "title": "拒执案件宣判", "text": "湖南省青石县人民法院依照《刑法》第三百一十三条判处被告人拘役六个月。",
     "date": "2024-02-01"},
    {"id": "m2", "title": "执行通知送达", "text": "湖北省红土县人民法院依照《民事诉讼法》第二百五十二条送达执行通知。",
     "date": "2022-05-03"},
]
PLAIN = [{"id": "p1", "title": "执行工作推进", "text": "青石县人民法院推进执行工作，执结案件一百件。", "date": "2024-01-02"}]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("api-edges"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _refused(error: type, call, argument: str | None, words: str) -> None:
    with pytest.raises(error) as caught:
        call()
    assert caught.value.argument == argument, vars(caught.value)
    assert words in str(caught.value), str(caught.value)


# -- the statute filters ------------------------------------------------------------------
def test_a_version_named_in_one_cites_value_and_none_in_another_is_refused(ix):
    _refused(lawnews.InvalidArgumentError, lambda: ix.search("执行", cites=[PINNED, "刑法第313条"]), "cites",
             "names a version in one value and none in '刑法第313条'")


def test_a_version_in_cites_selects_that_versions_citations_named_with_its_version(ix):
    found = ix.search("", cites=PINNED)
    assert [h.article_id for h in found.hits] == ["m2"]
    assert found.filters["cites"] == (f"2021年{CIVP} 第二百五十二条",)


def test_statute_naming_an_article_is_refused(ix):
    _refused(lawnews.InvalidArgumentError, lambda: ix.search("执行", statute="刑法第313条"), "statute",
             "names an article: use cites= for one article")


def test_cited_by_takes_its_article_first_not_as_cites(ix):
    _refused(lawnews.InvalidArgumentError, lambda: ix.cited_by("刑法第313条", cites="刑法第313条"), "cites",
             "not as cites=")


def test_the_look_up_of_a_law_alone_asks_for_an_article(ix):
    _refused(lawnews.InvalidArgumentError, lambda: ix.statute_article("刑法"), "statute",
             f"names a law ({CRIM}) but no article")


def test_a_profile_of_one_version_points_to_trends(ix):
    _refused(lawnews.InvalidArgumentError, lambda: ix.profile(f"cites:{PINNED}"), "subject",
             "a profile takes a law or one article without its version")


def test_trends_and_first_take_a_version_in_cites_as_a_clause_of_their_query(ix):
    assert ix.trends("", by="province", every="year", cites=PINNED).total == 1
    assert ix.first("", by="province", cites=PINNED).matched == 1


# -- the arguments every call checks --------------------------------------------------------
def test_search_all_takes_no_page():
    with memory_index(PLAIN) as index:
        for name in ("limit", "offset"):
            _refused(lawnews.ArgumentTypeError, lambda: index.search_all("执行", **{name: 1}), name,
                     f"it takes no {name}")
        _refused(lawnews.InvalidArgumentError, lambda: index.search_all("执行", most=0), "most", "most must be")


def test_search_all_names_what_it_counts_when_too_many_match():
    with memory_index(PLAIN * 1 + [{**PLAIN[0], "id": "p2", "text": "白沙县人民法院推进执行工作。"}]) as index:
        for options, units in (({}, "stories"), ({"all_copies": True}, "articles"),
                               ({"group": "section"}, "sections")):
            with pytest.raises(lawnews.TooManyHitsError) as caught:
                index.search_all("执行", most=1, **options)
            assert f"2 {units} match" in str(caught.value) and caught.value.argument == "most"


@pytest.mark.parametrize("call", [lambda ix: ix.search("执行", question_bank="yes"),
                                  lambda ix: ix.facets("执行", question_bank=1),
                                  lambda ix: lawnews.search("执行", index_dir=ix.path, question_bank="yes")])
def test_a_question_bank_is_true_false_or_a_bank(ix, call):
    _refused(lawnews.ArgumentTypeError, lambda: call(ix), "question_bank", "must be True, False or a QuestionBank")


@pytest.mark.parametrize("method", ["trends", "first", "profile"])
def test_copies_is_a_flag(ix, method):
    subject = ("province:湖南",) if method == "profile" else ("执行",)
    _refused(lawnews.ArgumentTypeError, lambda: getattr(ix, method)(*subject, copies="yes"), "copies",
             "copies must be True or False")


def test_remove_takes_one_of_an_id_and_a_file():
    with memory_index(PLAIN) as index:
        _refused(lawnews.InvalidArgumentError, lambda: index.remove(), "article_id", "give exactly one")
        _refused(lawnews.InvalidArgumentError, lambda: index.remove(article_id="p1", file="a.jsonl"), "file",
                 "give exactly one")


def test_export_refuses_what_it_cannot_write_to():
    with memory_index(PLAIN) as index:
        _refused(lawnews.ArgumentTypeError, lambda: lawnews.export("index", io.StringIO()), "index",
                 "index must be a NewsIndex")
        _refused(lawnews.ArgumentTypeError, lambda: lawnews.export(index, object()), "out",
                 "out must be a text file open for writing")
        _refused(lawnews.InvalidArgumentError,
                 lambda: lawnews.export(index, io.StringIO(), format="es", index_name="Bad Name"), "index_name",
                 "must be lowercase")
        out = io.StringIO()
        assert lawnews.export(index, out, query="执行") == 1 and '"p1"' in out.getvalue()


def test_parse_takes_lists_to_append_to(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", PLAIN)
    _refused(lawnews.ArgumentTypeError, lambda: list(lawnews.parse(path, skipped=())), "skipped",
             "skipped must be a list (or None), not tuple")
    _refused(lawnews.ArgumentTypeError, lambda: list(lawnews.parse(path, warnings="x")), "warnings",
             "warnings must be a list (or None), not str")
    skipped: list = []
    assert [a.id for a in lawnews.parse(path, skipped=skipped)] == ["p1"] and skipped == []


def test_tag_reads_bytes_as_page_files_are():
    assert [m.value for m in lawnews.tag("荆州中院组织交叉执行".encode("gb18030")).courts] == ["荆州市中级人民法院"]
    assert [m.value for m in lawnews.tag("荆州中院组织交叉执行".encode("utf-8")).courts] == ["荆州市中级人民法院"]


# -- the index object -----------------------------------------------------------------------
def test_an_index_says_where_it_is_and_whether_it_is_closed(tmp_path):
    index = lawnews.NewsIndex.in_memory()
    assert repr(index) == "NewsIndex(in memory)"
    index.close()
    assert repr(index) == "NewsIndex(in memory, closed)"
    index.close()  # again: nothing
    with lawnews.NewsIndex.create(tmp_path / "ix") as on_disk:
        assert repr(on_disk) == f"NewsIndex({str(tmp_path / 'ix')!r})"


def test_a_closed_index_refuses_writes_and_reads():
    index = lawnews.NewsIndex.in_memory()
    index.close()
    for call in (index.writer, lambda: index.remove_all(article_ids=["p1"]), lambda: index.add_articles(PLAIN)):
        with pytest.raises(lawnews.IndexClosedError, match="open it again"):
            call()
    with pytest.raises(lawnews.IndexClosedError, match="to use it"):
        index.search("执行")


def test_an_index_is_not_pickled():
    with memory_index(PLAIN) as index:
        with pytest.raises(lawnews.ArgumentTypeError, match="cannot be pickled: pass its path"):
            pickle.dumps(index)


def test_an_index_is_not_created_over_another(tmp_path):
    lawnews.NewsIndex.create(tmp_path / "ix").close()
    _refused(lawnews.InvalidArgumentError, lambda: lawnews.NewsIndex.create(tmp_path / "ix"), "path",
             "an index already exists at")


def test_an_index_in_memory_says_no_folder_and_current_rules():
    with memory_index(PLAIN) as index:
        stats = index.stats()
        assert stats["index_dir"] is None and stats["articles"] == 1 and stats["sections"] == 1
        assert index.citation_rules()["current"] is True and index.citation_rules()["index"] is None
        assert index.outdated_citations() is None and index.outdated_tags() is None


# -- building --------------------------------------------------------------------------------
def test_an_update_whose_files_are_all_gone_asks_for_their_new_place(tmp_path):
    (tmp_path / "in").mkdir()
    source = write_jsonl(tmp_path / "in" / "a.jsonl", PLAIN)
    assert lawnews.build_index([source], tmp_path / "ix").articles == 1
    source.unlink()
    _refused(lawnews.InvalidArgumentError, lambda: lawnews.build_index(None, tmp_path / "ix"), "paths",
             "none of the files and folders the index at")


def test_a_build_records_its_inputs_absolute_and_a_file_inside_a_folder_once(tmp_path):
    folder = tmp_path / "in"
    (folder / ".hidden").mkdir(parents=True)
    one = write_jsonl(folder / "a.jsonl", PLAIN)
    write_jsonl(folder / ".hidden" / "b.jsonl", [{**PLAIN[0], "id": "h1"}])
    lawnews.build_index([one], tmp_path / "ix")
    report = lawnews.build_index([folder, folder / ".hidden" / "b.jsonl"], tmp_path / "ix")
    assert report.index_dir == str(tmp_path / "ix")
    from lawnews.index.store import storage

    inputs = storage.read_info(tmp_path / "ix").extra["inputs"]
    assert inputs == sorted([str(folder), str(folder / ".hidden" / "b.jsonl")])  # a.jsonl is read through its folder


# -- the names callers import ------------------------------------------------------------------
#: Every name lawnews.api has held for callers (public and private ones imported elsewhere).
API_NAMES = ("BUNDLED", "MOST_HITS", "NewsIndex", "TAXONOMY_COPY", "_SEARCH_OPTIONS", "_TAXONOMY_ADVICE",
             "_absolute_inputs", "_build", "_check_bank", "_check_search", "_check_writable", "_every_copy",
             "_folder_id", "_fresh", "_in_turn", "_index_at", "_inputs", "_keep_taxonomy", "_parse",
             "_recorded_inputs", "_recorded_taxonomy", "_tagger", "_typed", "_under", "_update_taxonomy", "_usable",
             "_versioned_facets", "_versioned_filters", "_walked", "build_index", "ensure_default_index", "export",
             "export_mapping", "first", "parse", "profile", "search", "tag", "trends")


def test_every_name_of_the_api_module_is_importable_from_it():
    from lawnews import api

    assert [name for name in API_NAMES if not hasattr(api, name)] == []
    assert lawnews.NewsIndex is api.NewsIndex and lawnews.build_index is api.build_index
