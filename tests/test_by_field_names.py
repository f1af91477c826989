"""``trends --by`` and ``first --by`` (``by=`` in the library) take a facet by the names a query
takes for its field: its Chinese name (``省份``, ``法院``, ``法院层级``, ``来源``), in any case
(``Province``) or typed in full width (``ＣＯＵＲＴ``), as ``profile 法院:荆州中院`` takes its kind.
A name of no facet they count by (``年份``) is still refused, named as typed. Texts are made up
for the purpose."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from support import memory_index

ARTICLES = [
    {"id": "b1", "title": "长沙法院集中执行", "text": "湖南省长沙市岳麓区人民法院开展集中执行行动，执结案件一批。",
     "date": "2024-03-05", "source": "湘江日报"},
    {"id": "b2", "title": "荆州中院网络拍卖", "text": "湖北省荆州市中级人民法院网络拍卖房产，执行到位资金三百万元。",
     "date": "2024-06-01", "source": "荆州新闻"},
]

NAMES = [("省份", "province"), ("省", "province"), ("法院", "court"), ("法院层级", "court_level"), ("来源", "source"),
         ("机制", "mechanism"), ("Province", "province"), ("ＣＯＵＲＴ", "court"), (" city ", "city")]


@pytest.fixture(scope="module")
def ix():
    with memory_index(ARTICLES) as index:
        yield index


@pytest.mark.parametrize("typed, by", NAMES)
def test_the_library_counts_by_a_facet_named_as_a_query_names_it(ix, typed, by):
    assert ix.trends(by=typed).to_dict() == ix.trends(by=by).to_dict()
    assert ix.first(by=typed).to_dict() == ix.first(by=by).to_dict()
    assert ix.trends(by=typed).by == by


def test_a_name_of_no_facet_counted_by_is_refused_as_typed(ix):
    with pytest.raises(lawnews.InvalidArgumentError, match="not '年份'"):
        ix.trends(by="年份")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("by") / "ix"
    with lawnews.NewsIndex.create(path) as index:
        index.add_articles(ARTICLES)
    return str(path)


@pytest.mark.parametrize("command", ["trends", "first"])
@pytest.mark.parametrize("typed, by", NAMES)
def test_the_command_line_counts_by_a_facet_named_as_a_query_names_it(index_dir, command, typed, by):
    got = CliRunner().invoke(cli, [command, "--by", typed, "--json", "--index-dir", index_dir])
    assert got.exit_code == 0, got.output
    assert got.stdout == CliRunner().invoke(cli, [command, "--by", by, "--json", "--index-dir", index_dir]).stdout


def test_the_command_line_refuses_a_name_of_no_facet_counted_by_as_typed(index_dir):
    got = CliRunner().invoke(cli, ["trends", "--by", "年份", "--index-dir", index_dir])
    assert got.exit_code == 2 and "'年份' is not one of" in got.output
