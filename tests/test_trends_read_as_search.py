"""Trends and first reports read the query as the search does: words only
(``expand=False``, ``--no-expand``, the web's ``no_expand=1``), ``strict``, ``lenient``,
so a trends total is the search's total for the same query and options, and the web's
links from a search to its trends (and back) keep those options."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from lawnews import Article, NewsIndex, Section

from .support import run_cli

ARTICLES = [
    # the court named in full: a search for 荆州中院 finds it only through the court's tag
    ("t1", "2023-01-05", "荆州市中级人民法院开展执行工作", "荆州市中级人民法院今天召开执行工作会议。"),
    # the short name typed as is
    ("t2", "2023-02-06", "荆州中院执行新闻", "荆州中院召开会议，部署执行工作。"),
    # words a strict search finds none together with the others
    ("t3", "2023-03-07", "调解工作简讯", "某地基层调解员走访群众，化解邻里纠纷。"),
    ("t4", "2023-04-08", "破产审判简讯", "某法院审结一起破产案件。"),
]

OPTIONS = [
    {},
    {"expand": False},
    {"strict": True},
    {"expand": False, "strict": True},
    {"lenient": True},
]

QUERIES = ["荆州中院", "调解 破产", "荆州中院 破产", "(调解"]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("trends_read") / "ix"
    ix = NewsIndex.create(path)
    ix.add_articles([Article(id=i, file=f"{i}.txt", title=t, date=d, sections=(Section(None, body),))
                     for i, d, t, body in ARTICLES])
    ix.close()
    return path


def _search_total(ix, query, options):
    return ix.search(query, **options).total


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "default")
@pytest.mark.parametrize("query", QUERIES)
def test_a_trends_total_is_the_search_total_for_the_same_query_and_options(index_dir, query, options):
    with NewsIndex.open(index_dir) as ix:
        if query.startswith("(") and not options.get("lenient"):
            return  # a syntax error without lenient: both raise, as other tests check
        expected = _search_total(ix, query, options)
        assert ix.trends(query, by="province", **options).total == expected
        first = ix.first(query, by="source", **options)
        assert first.relaxed == ix.search(query, **options).relaxed


def test_words_only_and_strict_change_what_trends_count(index_dir):
    with NewsIndex.open(index_dir) as ix:
        assert ix.trends("荆州中院").total == 2
        assert ix.trends("荆州中院", expand=False).total == 1
        assert ix.trends("调解 破产").total == 2 and ix.trends("调解 破产").relaxed
        assert ix.trends("调解 破产", strict=True).total == 0
        assert ix.first("荆州中院", by="court", expand=False).rows[0].id == "t2"


def test_cli_trends_and_first_take_the_search_options(index_dir):
    words = json.loads(run_cli("trends", "荆州中院", "--no-expand", "--index-dir", str(index_dir), "--json").output)
    assert words["total"] == 1
    strict = json.loads(run_cli("trends", "调解 破产", "--strict", "--index-dir", str(index_dir), "--json").output)
    assert strict["total"] == 0 and not strict["relaxed"]
    first = json.loads(run_cli("first", "荆州中院", "--by", "court", "--no-expand", "--index-dir", str(index_dir),
                               "--json").output)
    assert [r["id"] for r in first["rows"]] == ["t2"]
    lenient = json.loads(run_cli("trends", "(调解", "--lenient", "--index-dir", str(index_dir), "--json").output)
    assert lenient["total"] == 1


@pytest.fixture(scope="module")
def client(index_dir):
    from starlette.testclient import TestClient

    from lawnews.web import create_app

    with TestClient(create_app(index_dir)) as c:
        yield c


def test_web_trends_and_first_pass_words_only_and_strict(client):
    assert client.get("/trends.json", params={"q": "荆州中院", "no_expand": "1"}).json()["total"] == 1
    assert client.get("/trends.json", params={"q": "荆州中院"}).json()["total"] == 2
    assert client.get("/trends.json", params={"q": "调解 破产", "strict": "1"}).json()["total"] == 0
    first = client.get("/first.json", params={"q": "荆州中院", "by": "court", "no_expand": "1"}).json()
    assert [r["id"] for r in first["rows"]] == ["t2"]


def test_web_links_from_a_words_only_strict_search_to_its_trends_keep_the_options(client):
    page = client.get("/", params={"q": "荆州中院", "no_expand": "1", "strict": "1"}).text
    links = [unescape(h) for h in re.findall(r'href="(/(?:trends|first)\?[^"]*)"', page)]
    assert links
    for link in links:
        assert "no_expand=1" in link and "strict=1" in link
        answer = client.get(link).text
        assert 'name="no_expand" value="1"' in answer and 'name="strict" value="1"' in answer


def test_semantic_without_vectors_is_refused_by_trends_as_by_search(index_dir):
    import lawnews

    with NewsIndex.open(index_dir) as ix:
        for call in (ix.search, ix.trends, ix.first):
            with pytest.raises(lawnews.VectorsNotFoundError):
                call("荆州中院", semantic=True)
        with pytest.raises(lawnews.ArgumentTypeError, match="strict"):
            ix.trends("荆州中院", strict="false")
