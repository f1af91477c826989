"""``show`` (and ``similar``) given the file name a hit prints beside its id
(``brief.txt``), an article number the file does not have (``brief#9``), or an id or file
typed with the folders of its path from the current folder (``news/brief.txt``), names the
file's articles, or the id meant, instead of a bare 'no article with id …'."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from lawnews import Article, ArticleNotFoundError, NewsIndex, Section
from lawnews.cli import cli


def _article(aid: str, file: str, n: int) -> Article:
    return Article(id=aid, file=file, title=f"执行简讯第{n}则", ordinal=n,
                   sections=(Section(None, f"本院开展执行工作，简讯正文第{n}则。"),))


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("hint") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles([_article("brief#1", "brief.txt", 1), _article("brief#2", "brief.txt", 2),
                         _article("page#1", "page.txt", 1)])
    return path


@pytest.mark.parametrize("typed, said", [
    ("page.txt", "that is a file: its article is page#1"),
    ("brief.txt", "that is a file: its articles are brief#1, brief#2"),
    ("page#3", "page has one article, page#1"),
    ("brief#9", "brief has 2 articles, brief#1 to brief#2"),
    ("news/page#1", "did you mean 'page#1'? (an id names its file by its path in the folder indexed)"),
    ("/home/me/news/page#1", "did you mean 'page#1'?"),
    ("news/brief.txt", "that is the file brief.txt (the index names a file by its path in the folder indexed):"
                       " its articles are brief#1, brief#2"),
])
def test_a_file_name_or_a_missing_number_names_the_files_articles(index_dir, typed, said):
    with NewsIndex.open(index_dir) as ix, pytest.raises(ArticleNotFoundError, match=re.escape(said)):
        ix.article(typed)
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
    assert out.exit_code == 1 and said in out.output
    out = CliRunner().invoke(cli, ["similar", typed, "--index-dir", str(index_dir)])
    assert out.exit_code == 1 and said in out.output


def test_an_unknown_name_says_no_more(index_dir):
    with NewsIndex.open(index_dir) as ix, pytest.raises(ArticleNotFoundError, match=r"'nothing' in the index$"):
        ix.article("nothing")
