"""``file:`` in a query finds a file of a subfolder of the indexed folder by the name results
give it (``sub/a.txt``, relative to that folder), by its name alone (``file:a.txt``: every file
of that name in any subfolder), by the end of its path (``file:deep/b.txt``) and with ``\\``
between its folders as Windows writes them; a file named as typed keeps only itself."""

from __future__ import annotations

import pytest

import lawnews


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("subfolders")
    news = folder / "news"
    (news / "sub" / "deep").mkdir(parents=True)
    (news / "other").mkdir()
    (news / "top.txt").write_text("青石县法院集中执行\n\n湖南省青石县人民法院开展集中执行行动，执结案件三十余件。\n", encoding="utf-8")
    (news / "sub" / "a.txt").write_text("红河镇法庭调解纠纷\n\n湖南省某法庭深入红河镇调解邻里纠纷，当事人当场履行，案件执行完毕。\n",
                                        encoding="utf-8")
    (news / "sub" / "deep" / "b.txt").write_text(
        "荆州中院网络拍卖\n\n湖北省荆州市中级人民法院通过网络拍卖处置被执行人房产，执行到位金额八十余万元。\n", encoding="utf-8")
    (news / "other" / "b.txt").write_text(
        "白沙县法院执行和解\n\n白沙县人民法院促成双方当事人达成执行和解协议，被执行人当场支付欠款。\n", encoding="utf-8")
    lawnews.build_index([news], folder / "ix")
    return folder / "ix"


def files(index, query):
    with lawnews.NewsIndex.open(index) as ix:
        return sorted(h.file for h in ix.search(query, limit=20).hits)


@pytest.mark.parametrize("query, wanted", [
    ("file:sub/a.txt", ["sub/a.txt"]),
    ("file:a.txt", ["sub/a.txt"]),
    ('执行 file:"a.txt"', ["sub/a.txt"]),
    ("文件：a.txt", ["sub/a.txt"]),
    ("file:b.txt", ["other/b.txt", "sub/deep/b.txt"]),
    ("file:deep/b.txt", ["sub/deep/b.txt"]),
    ("file:sub\\deep\\b.txt", ["sub/deep/b.txt"]),
    ("file:top.txt", ["top.txt"]),
    ("执行 -file:b.txt", ["sub/a.txt", "top.txt"]),
])
def test_a_file_of_a_subfolder_is_found_by_its_name(index, query, wanted):
    assert files(index, query) == wanted


def test_a_name_that_is_no_file_s_whole_name_finds_nothing(index):
    assert files(index, "file:a") == [] and files(index, "file:ub/a.txt") == []
