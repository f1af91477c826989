"""A lawyer's memo on refusing to enforce judgments and enforcement objections: reading the
laws the news cites through ``search`` clauses, ``cited-by``, ``show``, ``stats`` and profiles,
the same references asked about several ways.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes, run_cli

#: Two interpretations of one series, told apart by their number only.
THIRD = "最高人民法院关于适用《中华人民共和国测试诉讼法》若干问题的解释（三）"
FIRST = "最高人民法院关于适用《中华人民共和国测试诉讼法》若干问题的解释（一）"
STATUTES = [
    {"id": "J3#第五条", "title": f"{THIRD} 第五条", "text": "三号解释第五条：案外人异议的审查。", "date": "2020-01-01",
     "law": THIRD},
    {"id": "J1#第五条", "title": f"{FIRST} 第五条", "text": "一号解释第五条：管辖的规定。", "date": "2020-01-01",
     "law": FIRST},
]
#: Two interpretations on refusing to enforce judgments, both of which 拒执解释 may abbreviate.
COURT = "最高人民法院关于审理拒不执行判决、裁定刑事案件适用法律若干问题的解释"
BOTH = "最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释"
STATUTES += [
    {"id": "R1#第三条", "title": f"{COURT} 第三条", "text": "法院解释第三条：自诉的条件。", "date": "2020-12-29", "law": COURT},
    {"id": "R2#第三条", "title": f"{BOTH} 第三条", "text": "两高解释第三条：情节严重的情形。", "date": "2024-10-30",
     "law": BOTH},
]
CRIM = "中华人民共和国刑法"
STATUTES += [
    {"id": "C1#第一百三十三条之一", "title": f"{CRIM} 第一百三十三条之一", "text": "刑法第一百三十三条之一：危险驾驶的处罚。",
     "date": None, "law": CRIM},
    {"id": "C1#第三百一十三条", "title": f"{CRIM} 第三百一十三条", "text": "刑法第三百一十三条：拒不执行判决、裁定的处罚。",
     "date": None, "law": CRIM},
]
ARB = "中华人民共和国仲裁法"
STATUTES += [
    {"id": "A1#第五条", "title": f"{ARB} 第五条", "text": "旧仲裁法第五条：协议的效力。", "date": "2017-09-01", "law": ARB},
    {"id": "A2#第五条", "title": f"{ARB} 第五条", "text": "新仲裁法第五条：执行的申请。", "date": "2021-06-01", "law": ARB},
]
NEWS = [
    {"id": "n1", "title": "案外人异议被驳回", "text": f"法院依照《{THIRD}》第五条驳回案外人异议。", "date": "2022-01-01",
     "source": "人民法院报"},
    {"id": "n2", "title": "管辖异议", "text": f"法院依照《{FIRST}》第五条裁定移送管辖。", "date": "2022-02-01",
     "source": "人民法院报"},
    {"id": "n4", "title": "拒执罪自诉", "text": "申请执行人提起自诉，法院依照《拒执解释》第三条受理。", "date": "2023-04-04",
     "source": "人民法院报"},
    {"id": "n5", "title": "醉驾与拒执", "text": "法院依照《刑法》第一百三十三条之一判处拘役，另依照刑法第三百一十三条判处有期徒刑。",
     "date": "2023-05-05", "source": "法治日报"},
    {"id": "n6", "title": "仲裁裁决执行", "text": "法院依照《中华人民共和国仲裁法》第五条受理执行申请。", "date": "2022-06-06",
     "source": "法治日报"},
    {"id": "n3", "title": "援引不存在的条文", "text": f"法院依照《{FIRST}》第九十九条作出裁定。", "date": "2022-03-01",
     "source": "法治日报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-memo"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _ids(found) -> list[str]:
    return [h.article_id for h in found.hits]


@pytest.mark.parametrize("query", [
    f"statute:{THIRD}", f"cites:{THIRD}第五条", f"statute:{THIRD} 案外人",
    f"cites:{THIRD.replace('（', '(').replace('）', ')')}第五条", f"法律：{THIRD}",
])
def test_a_numbered_interpretation_typed_unquoted_keeps_its_number(ix, query):
    assert _ids(ix.search(query)) == ["n1"]
    assert ix.search(query).total == ix.cited_by(f"{THIRD}第五条").total == 1


def test_brackets_grouping_words_still_group():
    from lawnews.search.query import parse_query

    for query in ("规定(执行 OR 拍卖)", "解释（三 OR 四）"):
        words = parse_query(query)
        group = words.subqueries[1]  # either word: 执行 or 拍卖, 三 or 四
        assert type(words).__name__ == "And" and type(group).__name__ == "Or" and len(group.subqueries) == 2


# -- citation rules older than the program's ---------------------------------------------------

def _older_rules(monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    """This lawnews reads citations by rules ``version`` (as an older one did)."""
    from lawnews.index.store import build
    from lawnews.index.tagging import citations

    monkeypatch.setattr(citations, "RULES_VERSION", version)
    monkeypatch.setattr(build, "RULES_VERSION", version, raising=False)


@pytest.fixture()
def older_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A news index whose citations were read by citation rules older than this lawnews's."""
    from lawnews.index.tagging import citations

    now = citations.RULES_VERSION
    with monkeypatch.context() as mp:
        _older_rules(mp, str(int(now) - 1))
        index_dir = news_with_statutes(tmp_path, STATUTES, NEWS)
    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    return index_dir


def test_stats_and_show_say_the_citation_rules_are_older_and_what_to_run(older_index):
    from lawnews.index.tagging import citations

    older = str(int(citations.RULES_VERSION) - 1)
    with lawnews.NewsIndex.open(older_index) as ix:
        rules = ix.stats()["statutes"]["rules"]
        assert rules == {"index": older, "lawnews": citations.RULES_VERSION, "current": False}
        assert ix.citation_rules() == rules
        note = ix.outdated_citations()
        assert note and f"version {older}" in note and f"lawnews index --reread --index-dir {older_index}" in note
        assert ix.show("n1").rules_note == note and ix.show("n1").to_dict()["rules_note"] == note
    stats = run_cli("stats", "--index-dir", str(older_index)).output
    assert note in stats
    assert note in run_cli("show", "n1", "--index-dir", str(older_index)).output
    assert json.loads(run_cli("stats", "--json", "--index-dir", str(older_index)).output)["statutes"]["rules"] == rules

    run_cli("index", "--reread", "--index-dir", str(older_index))
    with lawnews.NewsIndex.open(older_index) as ix:
        assert ix.citation_rules()["current"] and ix.outdated_citations() is None
        assert ix.show("n1").rules_note is None and "rules_note" not in ix.show("n1").to_dict()
    assert "--reread" not in run_cli("stats", "--index-dir", str(older_index)).output


def test_an_update_reading_some_files_keeps_the_older_rules_of_the_others(older_index, tmp_path):
    from support import write_jsonl

    more = write_jsonl(tmp_path / "more.jsonl", [{"id": "n9", "title": "另一篇", "text": "法院执行完毕。",
                                                  "date": "2023-01-01", "source": "人民法院报"}])
    run_cli("index", str(more), "--index-dir", str(older_index))
    with lawnews.NewsIndex.open(older_index) as ix:
        assert not ix.citation_rules()["current"] and ix.outdated_citations()


def test_an_index_recording_no_rules_is_current_only_when_tagged_by_this_lawnews(index_dir, ix, tmp_path):
    import shutil

    assert ix.citation_rules()["current"] and ix.outdated_citations() is None
    copy = tmp_path / "copy"
    shutil.copytree(index_dir, copy)
    info = json.loads((copy / "lawnews.json").read_text(encoding="utf-8"))
    info["extra"].pop("citation_rules", None)
    info["tagger"] = "0000000000000000"
    (copy / "lawnews.json").write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    with lawnews.NewsIndex.open(copy) as old:
        assert old.citation_rules()["index"] is None and not old.citation_rules()["current"]
        assert "a version it does not record" in old.outdated_citations()


def test_the_statute_look_up_of_an_article_no_version_holds_counts_the_news_citing_it(ix):
    reference = f"{FIRST}第九十九条"
    assert ix.cited_by(reference).total == 1
    found = ix.statute_article(reference)
    assert found.cited_by == 1 and found.versions == ()
    assert found.statute.note and "第九十九条" in found.statute.note
    with pytest.raises(lawnews.UnknownFacetError, match="nearest"):  # cited by no news article either
        ix.statute_article(f"{FIRST}第九十八条")


def test_a_short_name_of_two_interpretations_says_which_it_may_be(ix):
    (view,) = ix.citations("n4")
    for said in (view.reason or view.articles[0].reason, ix.cited_by("拒执解释第三条").statute.note):
        assert "拒执解释 may abbreviate any of 2 laws" in said and COURT in said and BOTH in said
        assert "not in the statute collection" not in said


@pytest.mark.parametrize("typed", ["刑法313条", "刑法 313条", "刑法３１３条", "刑法133条之1", "刑法133条之一", "刑法133之一",
                                   "刑法 133条之1第一款"])
def test_an_article_numbered_without_di_is_read_every_way_alike(ix, typed):
    counts = {"cited-by": ix.cited_by(typed).total, "filter": ix.search("", cites=typed).total,
              "clause": ix.search(f"cites:{typed}").total, "quoted": ix.search(f'cites:"{typed}"').total,
              "look-up": ix.statute_article(typed).cited_by}
    assert set(counts.values()) == {1}, counts


@pytest.mark.parametrize("typed", ["仲裁法（2021修正）第五条", "仲裁法(2021年修正)第5条", "仲裁法（２０２１修正）第五条"])
def test_a_version_in_brackets_after_the_title_is_read_every_way_alike(ix, typed):
    counts = {"cited-by": ix.cited_by(typed).total, "filter": ix.search("", cites=typed).total,
              "clause": ix.search(f"cites:{typed}").total, "quoted": ix.search(f'cites:"{typed}"').total,
              "look-up": ix.statute_article(typed).cited_by}
    assert set(counts.values()) == {1}, counts
    assert ix.statute_article(typed).pinned_version == "2021-06-01"


@pytest.mark.parametrize("typed", ["刑法2021", "刑法 2021年"])
def test_a_year_typed_after_a_law_says_how_to_name_that_version(ix, typed):
    for ask in (lambda: ix.cited_by(typed), lambda: ix.search("", cites=typed), lambda: ix.statute_article(typed)):
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ask()
        said = str(caught.value)
        assert "is a year" in said and "'2021年刑法第一条'" in said and "'刑法' for the whole law" in said
