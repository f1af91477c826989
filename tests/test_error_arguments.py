"""An InvalidArgumentError names the argument at fault in its ``argument`` field, for a
service to answer which field of its request is wrong without reading the sentence: a
profile's subject, a statute look-up naming no article, an update with nothing recorded
to read, another taxonomy for an update. Texts are made up for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from support import memory_index

ARTICLES = [{"id": "e1", "title": "拒执罪判决", "text": "法院依照《中华人民共和国刑法》第三百一十三条判决。",
             "date": "2024-03-01"}]


@pytest.mark.parametrize("subject", ["荆州中院", "planet:火星", "court:火星法院", "province:火星"])
def test_a_profile_subject_that_is_no_subject_names_subject(subject):
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.profile(subject)
    assert caught.value.argument == "subject"


def test_a_statute_look_up_naming_a_law_alone_names_statute():
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.statute_article("刑法")
    assert caught.value.argument == "statute"


def test_an_update_with_nothing_recorded_to_read_names_paths(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("执行报道\n\n法院执行工作取得新进展，群众满意。\n", encoding="utf-8")
    lawnews.build_index([folder], tmp_path / "ix")
    (folder / "a.txt").unlink()
    folder.rmdir()
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        lawnews.build_index(None, tmp_path / "ix")
    assert caught.value.argument == "paths"


def test_an_update_with_another_taxonomy_names_taxonomy(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("执行报道\n\n法院执行工作取得新进展，群众满意。\n", encoding="utf-8")
    lawnews.build_index([folder], tmp_path / "ix")
    other = tmp_path / "taxonomy.yaml"
    other.write_text("mechanisms:\n  测试机制:\n    - 测试词\n", encoding="utf-8")
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        lawnews.build_index([folder], tmp_path / "ix", taxonomy=other)
    assert caught.value.argument == "taxonomy"


#: Statute references a user may type wrong: an article 0, one beyond the longest law, a
#: range typed backwards or too long, a law no table knows, a year for an article.
BAD_REFERENCES = ["刑法第0条", "刑法第9999条", "刑法 313-300", "刑法第1条至第300条", "民事诉讼发", "刑法 2021"]


@pytest.mark.parametrize("ref", BAD_REFERENCES)
def test_a_statute_reference_that_cannot_be_read_names_the_argument_it_was_given_as(ref):
    with memory_index(ARTICLES) as ix:
        for call, argument in [(lambda: ix.cited_by(ref), "statute"),
                               (lambda: ix.statute_article(ref), "statute"),
                               (lambda: ix.search("判决", cites=ref), "cites"),
                               (lambda: ix.search("判决", statute=ref), "statute"),
                               (lambda: ix.facets("判决", cites=ref), "cites"),
                               (lambda: ix.trends("判决", cites=ref), "cites"),
                               (lambda: ix.first("判决", cites=ref), "cites"),
                               (lambda: ix.profile(f"cites:{ref}"), "subject"),
                               (lambda: ix.profile(f"statute:{ref}"), "subject")]:
            with pytest.raises(lawnews.InvalidArgumentError) as caught:
                call()
            assert caught.value.argument == argument, (argument, str(caught.value))


def test_paths_of_the_wrong_type_or_empty_name_paths(tmp_path):
    for call in [lambda: lawnews.build_index(5, tmp_path / "ix"), lambda: lawnews.build_index([5], tmp_path / "ix"),
                 lambda: lawnews.build_index("", tmp_path / "ix"), lambda: list(lawnews.parse(5)),
                 lambda: lawnews.NewsIndex.in_memory().add(b"news.txt")]:
        with pytest.raises((lawnews.InvalidArgumentError, lawnews.ArgumentTypeError)) as caught:
            call()
        assert caught.value.argument == "paths", str(caught.value)


def test_an_index_folder_that_is_a_file_or_holds_other_files_names_the_folder_argument(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("执行报道\n\n法院执行工作取得新进展，群众满意。\n", encoding="utf-8")
    for taken in [news / "a.txt", news]:
        with pytest.raises(lawnews.InvalidArgumentError) as caught:
            lawnews.build_index([news / "a.txt"], taken)
        assert caught.value.argument == "index_dir", str(caught.value)
        with pytest.raises(lawnews.InvalidArgumentError) as caught:
            lawnews.NewsIndex.create(taken)
        assert caught.value.argument == "path", str(caught.value)


def test_an_index_folder_that_cannot_be_made_names_index_dir(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("执行报道\n\n法院执行工作取得新进展，群众满意。\n", encoding="utf-8")
    with pytest.raises(lawnews.InvalidArgumentError) as caught:
        lawnews.build_index([news], news / "a.txt" / "ix")  # under a file
    assert caught.value.argument == "index_dir", str(caught.value)


@pytest.mark.parametrize("item", ["拒执罪判决", {"id": "w1", "title": "判决", "text": "判决。", "date": "2024-02-30"}])
def test_a_writer_given_no_article_names_article(item):
    with memory_index(ARTICLES) as ix:
        with pytest.raises((lawnews.InvalidArgumentError, lawnews.ArgumentTypeError)) as caught:
            with ix.writer() as w:
                w.add(item)
        assert caught.value.argument == "article", str(caught.value)


def test_a_statute_look_up_naming_several_articles_names_the_call_that_was_made():
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.InvalidArgumentError) as caught:
        ix.statute_article("刑法第313、314条")
    assert "statute_article" in str(caught.value), str(caught.value)
    assert "statute_article" not in lawnews.errors.message(caught.value)  # the command line and the web have none


@pytest.mark.parametrize("ref", BAD_REFERENCES + ["刑法第99999条"])
def test_a_statute_clause_of_a_query_that_cannot_be_read_names_the_query(ref):
    # a cites: or statute: clause typed in the query is checked as the filter is; its error
    # names the argument that holds it, the query, as the message --cites gives
    with memory_index(ARTICLES) as ix:
        with pytest.raises(lawnews.InvalidArgumentError) as by_option:
            ix.search("判决", cites=ref)
        for call in [lambda: ix.search(f"判决 cites:{ref}"), lambda: ix.search(f'cites:"{ref}"'),
                     lambda: ix.search(f"statute:{ref}"), lambda: ix.trends(f"cites:{ref}"),
                     lambda: ix.facets(f"判决 cites:{ref}"), lambda: ix.first(f"判决 cites:{ref}"),
                     lambda: ix.profile("mechanism:执转破", query=f"cites:{ref}")]:
            with pytest.raises(lawnews.InvalidArgumentError) as caught:
                call()
            assert caught.value.argument == "query", str(caught.value)
            assert caught.value.facet in ("cites", "statute"), vars(caught.value)
        assert by_option.value.argument == "cites"


@pytest.mark.parametrize("clause, facet", [("province:火星", "province"), ("court:火星法院", "court"),
                                           ("mechanism:火星机制", "mechanism")])
def test_an_unknown_facet_value_typed_in_the_query_names_the_query_and_the_facet(clause, facet):
    with memory_index(ARTICLES) as ix:
        for call in [lambda: ix.search(f"判决 {clause}"), lambda: ix.trends(clause), lambda: ix.first(clause)]:
            with pytest.raises(lawnews.UnknownFacetError) as caught:
                call()
            assert (caught.value.argument, caught.value.facet) == ("query", facet), str(caught.value)
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ix.search("判决", **{facet: clause.split(":")[1]})
        assert caught.value.argument == facet


@pytest.mark.parametrize("typed", ["刑法第99999条", "刑法第１２３４５条"])
def test_an_article_number_no_law_reaches_in_a_clause_is_quoted_as_typed(typed):
    # as --cites says it: the number typed, never a label garbled from it (第九十九千…)
    with memory_index(ARTICLES) as ix, pytest.raises(lawnews.UnknownFacetError) as caught:
        ix.search(f"cites:{typed}")
    said = str(caught.value)
    assert "no law has that many articles" in said and "千" not in said, said
    assert f"names article {int(typed[3:-1].translate(str.maketrans('０１２３４５６７８９', '0123456789')))}" in said, said


def test_a_clause_naming_a_negative_article_says_so_as_the_option_does():
    with memory_index(ARTICLES) as ix:
        with pytest.raises(lawnews.InvalidArgumentError) as by_option:
            ix.search("判决", cites="刑法第-1条")
        with pytest.raises(lawnews.InvalidArgumentError) as in_query:
            ix.search("判决 cites:刑法第-1条")
        assert str(in_query.value) == str(by_option.value) and "names article -1" in str(in_query.value)


@pytest.mark.parametrize("ref", ["刑法第0条", "刑法 313-300", "刑法第1条至第300条", "刑法第-1条", "刑法第99999条"])
def test_a_lenient_search_keeps_a_clause_naming_no_article_which_finds_nothing(ref):
    with memory_index(ARTICLES) as ix:
        assert ix.search(f"判决 cites:{ref}", lenient=True).total == 0
        assert ix.search(f"判决 OR cites:{ref}", lenient=True).total == 1
