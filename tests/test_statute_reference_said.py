"""A statute reference typed with something lawnews cannot read around its one article is
told what that is, in cited-by, the look-up and ``--cites`` alike: a year after the article
(a version goes before it), the article before its law, words after it, an article number no
law reaches written with 万, or one that is no whole number. The error named several
articles where one was typed, or a law cut off inside the number (``民诉法第-``).

A statute collection and a news article written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

LAW = "中华人民共和国刑法"
STATUTES = [{"id": "X1#第三百一十三条", "title": f"{LAW} 第三百一十三条", "law": LAW,
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金。"}]
NEWS = [{"id": "n", "title": "拒执案件宣判", "date": "2024-03-10", "text": "青石县人民法院依照刑法第313条判处被告人有期徒刑。"}]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("said"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


@pytest.mark.parametrize("typed, said", [
    ("刑法第313条 2021", "a version goes before the article: '2021年刑法第313条'"),
    ("刑法第313条（2021年）", "a version goes before the article: '2021年刑法第313条'"),
    ("第313条刑法", "names its article before its law: write the law first: '刑法第313条'"),
    ("刑法第313条之", "'之' after its article 第313条 is no part of a reference: write a law and at most one article"),
    ("刑法第一千万条", "names article 10000000: no law has that many articles"),
    ("刑法第-1条", "names article -1: articles are numbered with whole numbers from 1"),
    ("刑法第1.5条", "names article 1.5: articles are numbered with whole numbers from 1"),
])
def test_what_is_wrong_around_the_article_is_said(ix, index_dir, typed, said):
    for call in (lambda: ix.cited_by(typed), lambda: ix.statute_article(typed), lambda: ix.search("", cites=typed)):
        with pytest.raises(lawnews.LawNewsError) as caught:
            call()
        assert said in str(caught.value) and "more than one article" not in str(caught.value), str(caught.value)
    out = run_cli("cited-by", typed, "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1 and said in out.output and "Traceback" not in out.output


def test_several_articles_are_still_said_to_be_several(ix):
    with pytest.raises(lawnews.LawNewsError, match="names more than one article"):
        ix.cited_by("刑法第313条 民法典第1条")
