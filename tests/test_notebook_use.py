"""lawnews used from a notebook: the library's answers to what a researcher asks
of an index of their own articles, written here for the purpose."""

from __future__ import annotations

import pytest

import lawnews
from lawnews import NewsIndex

ARTICLES = [
    {"id": "n1", "title": "长沙中院集中执行", "date": "2024-03-05", "source": "人民法院报",
     "text": "长沙市中级人民法院开展集中执行行动，执结案件一百件。"},
    {"id": "n2", "title": "执行工作座谈会", "date": "2024-04-10", "source": "新华社",
     "text": "座谈会上，与会代表谈到人民法院报刊登的执行经验和最高人民法院的部署。"},
    {"id": "n3", "title": "最高人民法院发布执行工作报告", "date": "2024-05-01",
     "text": "最高人民法院发布报告，部署全国法院执行工作。"},
]


@pytest.fixture()
def ix():
    with NewsIndex.in_memory() as opened:
        opened.add_articles(ARTICLES)
        yield opened


def ids(results):
    return {h.article_id for h in results.hits}


def test_a_quoted_facet_value_selects_the_articles_tagged_with_it(ix):
    assert ids(ix.search('province:"湖南省"')) == ids(ix.search("province:湖南省")) == {"n1"}
    assert ids(ix.search('province:"湖南"')) == {"n1"}
    assert ids(ix.search('court:"最高人民法院"')) == ids(ix.search("court:最高人民法院"))


def test_a_quoted_source_is_the_source_not_words_of_the_text(ix):
    assert ids(ix.search('source:"人民法院报"')) == ids(ix.search("source:人民法院报")) == {"n1"}


def test_a_quoted_value_that_names_no_value_is_the_same_error_as_unquoted(ix):
    with pytest.raises(lawnews.UnknownFacetError):
        ix.search('province:"火星"')


def test_an_open_index_shows_where_it_is_and_whether_it_is_closed(tmp_path):
    with NewsIndex.in_memory() as memory:
        assert repr(memory) == "NewsIndex(in memory)"
    assert repr(memory) == "NewsIndex(in memory, closed)"
    NewsIndex.create(tmp_path / "ix").close()
    with NewsIndex.open(tmp_path / "ix") as on_disk:
        assert repr(on_disk) == f"NewsIndex({str(tmp_path / 'ix')!r})"


def test_building_an_index_where_a_file_is_refuses_and_keeps_the_file(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("我的笔记", encoding="utf-8")
    page = tmp_path / "news" / "a.txt"
    page.parent.mkdir()
    page.write_text("法院集中执行\n\n2024年5月1日，长沙市中级人民法院开展集中执行行动。\n", encoding="utf-8")
    with pytest.raises(lawnews.InvalidArgumentError, match="is a file, not a folder"):
        lawnews.build_index([page.parent], notes)
    with pytest.raises(lawnews.InvalidArgumentError, match="is a file, not a folder"):
        NewsIndex.create(notes)
    assert notes.read_text(encoding="utf-8") == "我的笔记"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "notes.txt"]


def test_opening_a_file_as_an_index_says_it_is_a_file(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("我的笔记", encoding="utf-8")
    with pytest.raises(lawnews.IndexNotFoundError, match="it is a file"):
        NewsIndex.open(notes)
