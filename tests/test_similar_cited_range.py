"""similar and cited-by take the date range search, facets, trends, first and profile
take (``start``/``end``, ``--from``/``--to``): only the articles dated within it are
listed and counted, the range is given back as from/to in the JSON, and a bad bound is
the same error naming --from/--to. Texts are made up for the purpose.
"""

from __future__ import annotations

import json

import pytest

from lawnews import Article, InvalidArgumentError, NewsIndex, Section
from support import run_cli

CITED = "以涉嫌拒不执行判决、裁定罪移送公安机关，依照刑法第三百一十三条追究刑事责任。"


def _article(aid: str, date: str | None, text: str) -> Article:
    return Article(id=aid, file=f"{aid}.txt", title=f"执行攻坚{aid}", date=date, sections=(Section(None, text),))


ARTICLES = [
    _article("a1", "2022-03-01", "本报讯 甲县人民法院开展执行攻坚行动，对拒不履行判决的被执行人依法采取拘留措施，"
             + CITED + "当事人随后履行了全部义务，案件执行完毕。"),
    _article("a2", "2023-05-10", "乙市法院通报执行工作情况，全年执结案件三千件，一名被执行人转移财产，"
             + CITED + "申请执行人领到了案款。"),
    _article("a3", "2024-07-20", "丙区人民法院召开新闻发布会，介绍打击拒执犯罪的做法，"
             + CITED + "法院还组织了执行和解，化解纠纷四十件。"),
    _article("a4", None, "丁县法院执行法官到现场查封了财产，被执行人拒不配合，" + CITED + "此案仍在办理中。"),
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("ranged") / "ix"
    with NewsIndex.create(path) as ix:
        ix.add_articles(ARTICLES)
    return path


def test_similar_keeps_to_the_range(index_dir):
    with NewsIndex.open(index_dir) as ix:
        every = {h.article_id for h in ix.similar("a1", limit=10).hits}
        assert every == {"a2", "a3", "a4"}
        ranged = ix.similar("a1", start="2023", end="2023-12")
        assert [h.article_id for h in ranged.hits] == ["a2"] and ranged.total == 1
        assert (ranged.start, ranged.end) == ("2023", "2023-12")
        assert {h.article_id for h in ix.similar("a1", start="2023").hits} == {"a2", "a3"}


def test_cited_by_keeps_to_the_range(index_dir):
    with NewsIndex.open(index_dir) as ix:
        assert ix.cited_by("刑法第313条").total == 4
        found = ix.cited_by("刑法第313条", end="2023")
        assert [h.article_id for h in found.results.hits] == ["a2", "a1"]
        assert found.to_dict()["from"] is None and found.to_dict()["to"] == "2023"
        assert ix.statute_article("刑法第313条").cited_by == 4


def test_cli_similar_and_cited_by_take_from_and_to(index_dir):
    out = json.loads(run_cli("similar", "a1", "--from", "2024", "--json", "--index-dir", str(index_dir)).output)
    assert [h["article_id"] for h in out["hits"]] == ["a3"] and (out["from"], out["to"]) == ("2024", None)
    out = json.loads(run_cli("cited-by", "刑法第313条", "--from", "2023", "--to", "2023", "--json",
                             "--index-dir", str(index_dir)).output)
    assert out["total"] == 1 and (out["from"], out["to"]) == ("2023", "2023")
    text = run_cli("cited-by", "刑法第313条", "--from", "2023", "--index-dir", str(index_dir)).output
    assert "from 2023" in text.splitlines()[-1]
    none = run_cli("cited-by", "刑法第313条", "--from", "2030", "--index-dir", str(index_dir)).output
    assert "from 2030" in none


@pytest.mark.parametrize("command", [["similar", "a1"], ["cited-by", "刑法第313条"]])
def test_bad_range_is_the_same_error(index_dir, command):
    out = run_cli(*command, "--from", "2025", "--to", "2024", "--index-dir", str(index_dir), ok=False)
    assert out.exit_code == 1
    assert out.output.strip() == "Error: --from 2025 comes after --to 2024: the date range holds no day"
    out = run_cli(*command, "--to", "2024-13", "--index-dir", str(index_dir), ok=False)
    assert "Error: --to must be a date written" in out.output


def test_library_errors_name_start_and_end(index_dir):
    with NewsIndex.open(index_dir) as ix:
        with pytest.raises(InvalidArgumentError) as e:
            ix.similar("a1", start="yesterday")
        assert e.value.argument == "start"
        with pytest.raises(InvalidArgumentError) as e:
            ix.cited_by("刑法第313条", end="soon")
        assert e.value.argument == "end"


def test_help_names_the_range():
    for command in ("similar", "cited-by"):
        out = run_cli(command, "--help").output
        assert "--from DATE" in out and "--to DATE" in out


def test_no_results_within_a_range_say_the_range(index_dir):
    said = run_cli("search", "执行", "--from", "2030", "--index-dir", str(index_dir)).output
    assert "no results for '执行' from 2030" in said
    said = run_cli("search", "执行", "--from", "2030", "--to", "2031", "--fields", "title",
                   "--index-dir", str(index_dir)).output
    assert "no results for '执行' from 2030 to 2031" in said
    said = run_cli("similar", "a1", "--to", "2000", "--index-dir", str(index_dir)).output
    assert "up to 2000" in said
    assert "from" not in run_cli("search", "火星", "--strict", "--index-dir", str(index_dir)).output
