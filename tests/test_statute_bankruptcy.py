"""A bankruptcy lawyer's memo on 执转破 and the enterprise bankruptcy law: the articles the
news cites looked up, listed and searched several ways, the law held in two versions, laws
named the way people shorten their titles.

The statute records and news articles are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from support import news_with_statutes

BANK = "中华人民共和国企业破产法"
PROC = "中华人民共和国人民检察院组织法"
EXIT = "中华人民共和国出境入境管理法"
OLD_EXIT = "中华人民共和国公民出境入境管理法"
RULE = "工伤保险条例"
OLD, NEW = "2006-08-27", "2024-06-30"


def _statute(key: str, law: str, label: str, text: str, date: str | None) -> dict:
    return {"id": f"{key}#{label}", "title": f"{law} {label}", "text": text, "date": date, "law": law}


STATUTES = [
    _statute("B1", BANK, "第二条", "旧文第二条：企业法人不能清偿到期债务的，依照本法清理债务。", OLD),
    _statute("B1", BANK, "第七条", "旧文第七条：债务人可以向人民法院提出重整、和解或者破产清算申请。", OLD),
    _statute("B1", BANK, "第一百三十六条", "旧文第一百三十六条：本法自二〇〇七年六月一日起施行。", OLD),
    _statute("B2", BANK, "第二条", "新文第二条：企业法人不能清偿到期债务，并且资产不足以清偿全部债务的，依照本法清理债务。", NEW),
    _statute("B2", BANK, "第七条", "新文第七条：债务人可以向人民法院提出重整、和解或者破产清算申请；执行法院可以移送破产审查。", NEW),
    _statute("B2", BANK, "第一百四十条", "新文第一百四十条：本法自公布之日起施行。", NEW),
    _statute("P1", PROC, "第二十条", "组织法第二十条：人民检察院行使下列职权。", "2018-10-26"),
    _statute("E1", EXIT, "第十二条", "出入境第十二条：中国公民有下列情形之一的，不准出境。", "2012-06-30"),
    _statute("E0", OLD_EXIT, "第八条", "旧出境法第八条：有下列情形之一的，不批准出境。", "1985-11-22"),
    _statute("W1", RULE, "第十四条", "工伤第十四条：职工有下列情形之一的，应当认定为工伤。", "2010-12-20"),
]
NEWS = [
    {"id": "m1", "title": "执转破案件审结", "text": "青石县法院依照《中华人民共和国企业破产法》第七条、第二条，裁定受理甲公司破产清算申请。",
     "date": "2020-03-01", "source": "人民法院报"},
    {"id": "m2", "title": "执行转破产", "text": "法院根据《企业破产法》第7条，将案件移送破产审查。", "date": "2025-03-01",
     "source": "法治日报"},
    {"id": "m3", "title": "破产程序终结", "text": "依照《企业破产法》第一百三十六条的规定，本案程序终结。", "date": "2019-05-01",
     "source": "人民法院报"},
    {"id": "m4", "title": "旧案引新条", "text": "法院依照《企业破产法》第一百四十条的规定作出裁定。", "date": "2020-07-01",
     "source": "人民法院报"},
    {"id": "m5", "title": "检察监督", "text": "检察院依照《人民检察院组织法》第二十条对执行活动开展监督。", "date": "2021-05-01",
     "source": "检察日报"},
    {"id": "m6", "title": "限制出境", "text": "法院依照《出境入境管理法》第十二条，决定对被执行人限制出境。", "date": "2022-05-01",
     "source": "人民法院报"},
    {"id": "m7", "title": "工伤认定", "text": "法院依照《工伤保险条例》第十四条认定为工伤，并依法强制执行。", "date": "2022-06-01",
     "source": "人民法院报"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return news_with_statutes(tmp_path_factory.mktemp("statute-bankruptcy"), STATUTES, NEWS)


@pytest.fixture()
def ix(index_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LAWNEWS_STATUTES", str(index_dir.parent / "statutes.sqlite"))
    with lawnews.NewsIndex.open(index_dir) as index:
        yield index


def _counts(ix, typed: str, clause: str | None = None) -> dict[str, int]:
    return {"cited-by": ix.cited_by(typed).total, "filter": ix.search("", cites=typed).total,
            "clause": ix.search(clause or f"cites:{typed}").total, "quoted": ix.search(f'cites:"{typed}"').total,
            "look-up": ix.statute_article(typed).cited_by}


# -- a bare number after a space in a cites: clause -------------------------------------------

@pytest.mark.parametrize("clause", ["cites:企业破产法 7", "cites:破产法 7", "cites：企业破产法 ７", "statute:企业破产法 7"])
def test_a_bare_number_after_a_space_in_a_clause_is_the_article_as_in_the_option(ix, clause):
    assert ix.search(clause).total == ix.search("", cites="企业破产法 7").total == ix.cited_by("企业破产法 7").total == 2


def test_bare_numbers_after_a_space_in_a_clause_are_a_list_as_in_the_option(ix):
    assert ix.search("cites:企业破产法 7 2").total == ix.search("", cites="企业破产法 7 2").total == 2
    # a word after the number is still a word of the query
    assert ix.search("cites:企业破产法 7 移送").total == 1


def test_a_year_after_a_space_in_a_clause_is_said_to_be_a_year_as_in_the_option(ix):
    for ask in (lambda: ix.search("cites:企业破产法 2021"), lambda: ix.search("", cites="企业破产法 2021")):
        with pytest.raises(lawnews.UnknownFacetError, match="is a year"):
            ask()


# -- an article number no law reaches -----------------------------------------------------------

@pytest.mark.parametrize("typed", ["破产法 9999", "企业破产法9999", "企业破产法 ９９９９"])
def test_a_bare_number_beyond_any_law_is_said_to_be_so_not_an_unknown_law(ix, typed):
    asks = (lambda: ix.cited_by(typed), lambda: ix.search("", cites=typed), lambda: ix.statute_article(typed),
            lambda: ix.search(f"cites:{typed}"), lambda: ix.search(f'cites:"{typed}"'))
    for ask in asks:
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ask()
        assert "no law has that many articles" in str(caught.value) and "no statute named" not in str(caught.value)


@pytest.mark.parametrize("clause", ["cites:企业破产法第9999条", 'cites:"企业破产法 第9999条"', "cites:企业破产法第九千九百九十九条"])
def test_a_clause_naming_an_article_beyond_any_law_is_the_error_the_option_gives(ix, clause):
    with pytest.raises(lawnews.UnknownFacetError, match="no law has that many articles"):
        ix.search("", cites="企业破产法第9999条")
    with pytest.raises(lawnews.UnknownFacetError, match="no law has that many articles"):
        ix.search(clause)


# -- a law held in two versions ------------------------------------------------------------------

def _cli(index_dir: Path, *args: str):
    from click.testing import CliRunner

    from lawnews.cli import cli

    return CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)],
                              env={"LAWNEWS_STATUTES": str(index_dir.parent / "statutes.sqlite")})


def test_cited_by_an_article_only_the_older_version_holds_does_not_call_that_version_the_latest(ix, index_dir):
    found = ix.cited_by("企业破产法第一百三十六条")
    assert found.statute.version == OLD and "has no 第一百三十六条" in found.statute.note
    assert [(v.version, v.latest) for v in found.versions] == [(OLD, False)]
    printed = _cli(index_dir, "cited-by", "企业破产法第一百三十六条").output
    heading = printed.splitlines()[0]
    assert f"{OLD} version" in heading and "the latest" not in heading, printed
    assert json.loads(_cli(index_dir, "cited-by", "企业破产法第一百三十六条", "--json").output)["versions"][0]["latest"] is False


def test_cited_by_an_article_of_the_latest_version_still_says_it_is_the_latest(ix, index_dir):
    assert [(v.version, v.latest) for v in ix.cited_by("企业破产法第七条").versions] == [(NEW, True), (OLD, False)]
    assert f"{NEW} version, the latest" in _cli(index_dir, "cited-by", "企业破产法第七条").output.splitlines()[0]


# -- laws named the way people shorten their titles ----------------------------------------------

@pytest.mark.parametrize("typed, law, article", [("检察院组织法第二十条", PROC, "第二十条"), ("出入境管理法第12条", EXIT, "第十二条"),
                                                 ("公民出境入境管理法第八条", OLD_EXIT, "第八条")])
def test_a_title_shortened_the_way_people_write_it_finds_its_law(ix, typed, law, article):
    found = ix.cited_by(typed)
    assert (found.statute.law, found.statute.article) == (law, article)
    assert found.statute.text is not None
    looked_up = ix.statute_article(typed)
    assert looked_up.statute.law == law and looked_up.cited_by == found.total


def test_a_shortened_title_counts_alike_every_way(ix):
    assert _counts(ix, "检察院组织法第二十条") == dict.fromkeys(("cited-by", "filter", "clause", "quoted", "look-up"), 1)
    assert ix.search("", cites="检察院组织法").total == ix.cited_by("检察院组织法").total == ix.search("statute:检察院组织法").total == 1


def test_a_shortened_title_several_laws_fit_says_which_it_chose_and_the_others(ix):
    # 出境入境管理法 fits both the 2012 law and the 1985 law on citizens, the 2012 one adding fewer characters
    found = ix.cited_by("出境入境管理法第十二条")
    assert found.statute.law == EXIT
    found = ix.cited_by("出入境管理法第十二条")
    assert found.statute.law == EXIT and found.statute.note
    assert "出入境管理法" in found.statute.note and EXIT in found.statute.note and OLD_EXIT in found.statute.note


def test_a_name_no_title_holds_in_order_is_still_an_unknown_law(ix):
    with pytest.raises(lawnews.UnknownFacetError, match="no statute named '组织检察院法'"):
        ix.cited_by("组织检察院法第二十条")


def test_a_title_less_the_states_name_that_only_the_news_print_finds_their_citations_every_way(ix, index_dir):
    # no collection text: the title the news print, 中华人民共和国 before the name typed
    from support import write_jsonl

    root = index_dir.parent / "printed-only"
    root.mkdir(exist_ok=True)
    lawnews.build_index(write_jsonl(root / "news.jsonl", [
        {"id": "p1", "title": "旧条例", "text": "依照《中华人民共和国测绘管理条例》第十八条予以处罚。", "date": "1990-01-01"}]), root / "news")
    with lawnews.NewsIndex.open(root / "news") as printed:
        assert printed.cited_by("测绘管理条例第十八条").total == printed.search("", cites="测绘管理条例第十八条").total == 1
        assert printed.search("cites:测绘管理条例第十八条").total == 1


def test_a_title_the_news_print_with_the_states_name_comes_before_a_longer_title_it_shortens(tmp_path, monkeypatch):
    from support import write_jsonl

    monkeypatch.setenv("LAWNEWS_STATUTES", str(tmp_path / "statutes.sqlite"))
    lawnews.build_index(write_jsonl(tmp_path / "statutes.jsonl", [s for s in STATUTES if s["law"] == PROC]), tmp_path / "s")
    lawnews.build_index(write_jsonl(tmp_path / "news.jsonl", [
        {"id": "q1", "title": "监督", "text": "依照《中华人民共和国人民检察院法》第二十条开展监督。", "date": "2021-01-01"}]),
        tmp_path / "news")
    with lawnews.NewsIndex.open(tmp_path / "news") as ix:
        found = ix.cited_by("人民检察院法第二十条")
        assert found.total == 1 and found.statute.law == "中华人民共和国人民检察院法"
        assert PROC in found.statute.note  # the collection's law it may also shorten is named
        assert ix.search("cites:人民检察院法第二十条").total == ix.search("", cites="人民检察院法第二十条").total == 1


# -- bare numbers after a title holding 条 ---------------------------------------------------------

@pytest.mark.parametrize("typed", ["工伤保险条例14", "工伤保险条例 14", "工伤保险条例14条", "《工伤保险条例》14"])
def test_a_bare_number_after_a_rule_whose_title_holds_tiao_is_its_article(ix, typed):
    assert _counts(ix, typed) == dict.fromkeys(("cited-by", "filter", "clause", "quoted", "look-up"), 1)
    assert ix.statute_article(typed).statute.article == "第十四条"


def test_bare_numbers_after_a_rule_whose_title_holds_tiao_are_a_list(ix):
    assert ix.search("", cites="工伤保险条例 14 15").total == ix.search("cites:工伤保险条例 14 15").total == 1
    assert ix.search("", cites="工伤保险条例14、15").total == ix.search('cites:"工伤保险条例14、15"').total == 1


def test_an_article_only_a_later_version_holds_says_that_version_has_it(ix, index_dir):
    (view,) = ix.citations("m4")  # 2020: the 2006 text ends at 第一百三十六条; 第一百四十条 is the 2024 text's
    said = view.reason or view.articles[0].reason
    assert "has no 第一百四十条" in said and f"its {NEW} version, a later text, has it" in said
    found = ix.cited_by("企业破产法第一百四十条")
    assert found.untied == ("m4",) and found.statute.version == NEW


@pytest.mark.parametrize("subject", ["statute:企业破产法第七条", "statute:企业破产法 7", "statute:破产法7条"])
def test_a_profile_of_a_statute_subject_naming_an_article_profiles_the_article_as_the_query_field_selects_it(ix, subject):
    clause = subject.replace(" ", "") if " " not in subject else subject
    profile = ix.profile(subject)
    assert profile.total == ix.search(clause).total == ix.cited_by("企业破产法第七条").total == 2
    assert profile.to_dict()["kind"] == "cites"


@pytest.mark.parametrize("typed, other", [("2006年企业破产法第一百四十条", NEW), ("2024年企业破产法第一百三十六条", OLD)])
def test_a_version_named_that_lacks_the_article_says_which_version_has_it_every_way(ix, typed, other):
    asks = (lambda: ix.cited_by(typed), lambda: ix.search("", cites=typed), lambda: ix.statute_article(typed),
            lambda: ix.search(f'cites:"{typed}"'))
    for ask in asks:
        with pytest.raises(lawnews.UnknownFacetError) as caught:
            ask()
        said = str(caught.value)
        assert "version of 中华人民共和国企业破产法 has no" in said and f"its {other} version has it" in said, said
        assert "leave the year out ('中华人民共和国企业破产法第" in said  # and how to name it for every version
