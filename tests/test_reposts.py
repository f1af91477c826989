"""Reposts of one story: grouped at indexing time (index/store/stories.py), one hit per
story in search with its copies counted, ``--all-copies`` for every copy, ``show``
listing the copies. Texts are made up for the purpose.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import lawnews
from lawnews.cli import cli
from lawnews.index.documents import Article, Section
from lawnews.index.store import stories as S
from lawnews.search import searcher as searcher_module

STORY = ("本报讯 近日，荆州市中级人民法院召开新闻发布会，通报全市法院开展交叉执行工作的情况。"
         "自去年以来，全市两级法院共选取长期未结的执行案件三百二十件，由异地法院交叉办理，"
         "执行到位金额达四亿六千万元，一批“骨头案”得到化解。发布会上，执行局负责人介绍了"
         "交叉执行的选案标准和督办机制：同一被执行人在不同法院有五件以上未结案件的，一律纳入交叉范围；"
         "交叉办理的案件由上级法院挂牌督办，每月通报进展。下一步，全市法院将把交叉执行与执源治理结合起来，"
         "推动执行工作常态化、长效化。")
OTHER = ("本报讯 近日，岳阳市中级人民法院召开新闻发布会，通报全市法院开展交叉执行工作的情况。"
         "今年以来，岳阳法院聚焦涉企执行积案，指定十二家基层法院对一百零六件案件交叉执行，"
         "通过网络查控、悬赏公告和司法拘留等措施，促成和解四十一件，执行到位一亿二千万元。"
         "岳阳中院还建立了执行线索共享平台，各基层法院每周上报财产线索，由中院统一调度。"
         "下一步，全市法院将把交叉执行与执源治理结合起来，推动执行工作常态化、长效化。")
NAV = "首页 > 新闻中心 > 法院动态 > 正文\n分享到：微信 微博 QQ空间 打印本页 关闭窗口\n"
FOOT = "\n责任编辑：李明\n版权所有 未经授权禁止转载"


def article(aid: str, text: str, *, title: str = "荆州法院交叉执行化解积案", date: str | None = None,
            source: str | None = None) -> Article:
    return Article(aid, aid.split("#")[0] + ".txt", title, (Section(None, text),), date=date, source=source)


def linked(a: Article, b: Article) -> bool:
    sa, sb = S.sketch(a), S.sketch(b)
    return bool(set(S.band_keys(sa.sig)) & set(S.band_keys(sb.sig))) and S.is_copy(sa.sig, sa.size, sb.sig, sb.size)


# -- which pairs are copies -------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    NAV + STORY + FOOT,  # navigation and footer around it
    "（来源：法治日报 记者 张伟）\n" + STORY,  # an editor's line
    STORY[: int(len(STORY) * 0.65)],  # truncated
    STORY.replace("执行到位金额达四亿六千万元，", "").replace("每月通报进展。", ""),  # sentences dropped
    STORY.replace("三百二十", "三百二十一").replace("四亿", "近四亿"),  # a few changed characters
    "据报道，" + STORY[STORY.index("通报"):],  # a changed lead
], ids=["nav", "editor", "truncated", "dropped", "changed", "lead"])
def test_a_repost_is_grouped_with_its_story(copy):
    assert linked(article("a#1", STORY), article("b#1", copy, title="【转载】荆州法院交叉执行化解积案"))


def test_another_story_on_the_same_topic_is_not_grouped():
    assert not linked(article("a#1", STORY), article("b#1", OTHER, title="岳阳法院交叉执行"))
    # not even with the same portal's navigation around both
    assert not linked(article("a#1", NAV + STORY + FOOT), article("b#1", NAV + OTHER + FOOT, title="岳阳法院交叉执行"))


def test_a_short_notice_is_never_grouped():
    notice = "本法自公布之日起施行。"
    assert not linked(article("a#1", notice, title="第一条"), article("b#1", notice, title="第一条"))


def test_articles_of_a_law_that_share_their_wording_are_never_reposts(tmp_path):
    """Each statute article is a provision of its own: two that share a long sentence
    (单位犯前款罪的，…) stay two hits, each its own story."""
    shared = ("单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。"
              "有前款行为，同时又构成其他犯罪的，依照处罚较重的规定定罪处罚。")
    law = {"law": "中华人民共和国刑法"}
    arts = [Article(f"L001#{label}", "law.jsonl", f"中华人民共和国刑法 {label}",
                    (Section(None, f"{head}{shared}"),), meta=law)
            for label, head in (("第一百七十七条", "有下列情形之一，伪造、变造金融票证的，处五年以下有期徒刑。"),
                                ("第三百一十三条", "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。"))]
    assert not linked(*arts)
    with make(tmp_path / "ix", arts) as ix:
        res = ix.search("单位犯前款罪")
        assert res.total == 2 and {h.story for h in res.hits} == {a.id for a in arts}
        assert all(h.copies == 1 for h in res.hits)


def test_signatures_do_not_change_between_runs():
    a = article("a#1", STORY)
    assert S.sketch(a).sig.tolist() == S.sketch(a).sig.tolist()
    assert S.signature(S.shingles("交叉执行工作")).dtype.name == "uint32"


# -- grouping in an index -------------------------------------------------------------

def corpus() -> list[Article]:
    return [
        article("portal#1", NAV + STORY + FOOT, title="【转载】荆州法院交叉执行化解积案", date="2024-03-02", source="某某网"),
        article("paper#1", STORY, date="2024-03-01", source="法治日报"),
        article("mirror#1", STORY[: int(len(STORY) * 0.8)], date="2024-03-01", source="聚合资讯"),
        article("other#1", OTHER, title="岳阳法院交叉执行", date="2024-02-20", source="湖南日报"),
    ]


def make(path, articles) -> lawnews.NewsIndex:
    ix = lawnews.NewsIndex.create(path)
    ix.add_articles(articles)
    return ix


def test_search_gives_one_hit_per_story_with_its_reposts(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        res = ix.search("交叉执行")
        assert res.total == 2
        assert len(res.hits) == 2
        story = next(h for h in res.hits if h.story == "paper#1")
        assert story.article_id == "paper#1"  # the lead is shown
        assert story.copies == 3
        other = next(h for h in res.hits if h.story != "paper#1")
        assert (other.article_id, other.copies) == ("other#1", 1)


def test_all_copies_lists_and_counts_every_copy(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        res = ix.search("交叉执行", all_copies=True)
        assert res.total == 4
        assert {h.article_id for h in res.hits} == {"portal#1", "paper#1", "mirror#1", "other#1"}
        assert {h.story for h in res.hits if h.article_id != "other#1"} == {"paper#1"}
        assert sum(res.facets["source"].values()) == 4


def test_facets_count_stories_once_per_value(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        res = ix.search("交叉执行")
        # the story has three sources among its copies: each counts it once
        assert res.facets["source"] == {"法治日报": 1, "某某网": 1, "聚合资讯": 1, "湖南日报": 1}
        assert res.facets["year"] == {"2024": 2}


def test_a_filter_only_a_repost_passes_shows_that_repost(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        res = ix.search("交叉执行", source="某某网")
        assert res.total == 1
        assert (res.hits[0].article_id, res.hits[0].story, res.hits[0].copies) == ("portal#1", "paper#1", 3)


def test_lead_is_the_earliest_dated_then_the_outlet_of_record():
    rows = {"a": ("2024-03-02", "法治日报"), "b": ("2024-03-01", "某某网"), "c": (None, "人民法院报")}
    assert S.group({"a", "b", "c"}, [("a", "b"), ("b", "c")], rows).copies["b"] == ("b", "a", "c")
    rows = {"a": ("2024-03-01", "某某网"), "b": ("2024-03-01", "法治日报")}
    assert S.group({"a", "b"}, [("a", "b")], rows).story == {"a": "b", "b": "b"}
    rows = {"z": (None, None), "y": (None, None)}
    assert S.group({"z", "y"}, [("y", "z")], rows).story == {"z": "y", "y": "y"}


def test_story_ids_are_stable_across_a_rebuild_in_another_order(tmp_path):
    with make(tmp_path / "one", corpus()) as ix:
        first = {h.article_id: h.story for h in ix.search("交叉执行", all_copies=True).hits}
    with make(tmp_path / "two", list(reversed(corpus()))) as ix:
        second = {h.article_id: h.story for h in ix.search("交叉执行", all_copies=True).hits}
    assert first == second
    assert first["portal#1"] == first["mirror#1"] == "paper#1"


def test_files_rebuilt_give_the_same_stories(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("荆州法院交叉执行化解积案\n2024年3月1日 来源：法治日报\n\n" + STORY, encoding="utf-8")
    (folder / "b.txt").write_text("【转载】荆州法院交叉执行化解积案\n\n" + NAV + STORY + FOOT, encoding="utf-8")
    stories = []
    for _ in range(2):
        lawnews.build_index(folder, index_dir=tmp_path / "ix", rebuild=True)
        with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
            stories.append(sorted((h.article_id, h.story, h.copies) for h in ix.search("交叉执行", all_copies=True).hits))
    assert stories[0] == stories[1]
    assert [c for _a, _s, c in stories[0]] == [2, 2]


def test_a_new_copy_joins_its_story_and_an_earlier_one_becomes_lead(tmp_path):
    with make(tmp_path / "ix", corpus()[1:]) as ix:
        assert ix.search("交叉执行").hits[0].copies in (1, 2)
        ix.add_articles([article("early#1", "（转自荆州日报）\n" + STORY, date="2024-02-28", source="荆州日报")])
        res = ix.search("交叉执行")
        story = next(h for h in res.hits if h.copies > 1)
        assert (story.story, story.article_id, story.copies) == ("early#1", "early#1", 3)
        assert res.total == 2


def test_removing_the_lead_promotes_the_next_copy(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        ix.remove(article_id="paper#1")
        res = ix.search("交叉执行")
        story = next(h for h in res.hits if h.copies > 1)
        assert (story.story, story.copies) == ("mirror#1", 2)  # the earliest dated of the copies left
        ix.remove(file="mirror.txt")
        assert all(h.copies == 1 for h in ix.search("交叉执行").hits)
        assert ix.search("交叉执行").total == 2


def test_a_cancelled_write_changes_no_story(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        with pytest.raises(RuntimeError):
            with ix.writer() as w:
                w.add(article("late#1", STORY, date="2020-01-01"))
                raise RuntimeError("stop")
        assert next(h for h in ix.search("交叉执行").hits if h.copies > 1).story == "paper#1"


def test_columnar_path_groups_the_same(tmp_path, monkeypatch):
    with make(tmp_path / "ix", corpus()) as ix:
        for all_copies in (False, True):
            for flt in ({}, {"source": "某某网"}, {"year": "2024"}):
                monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 10**9)
                plain = ix.search("交叉执行", all_copies=all_copies, **flt)
                monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0)
                fast = ix.search("交叉执行", all_copies=all_copies, **flt)
                assert (plain.total, plain.facets) == (fast.total, fast.facets)
                assert [(h.article_id, h.story, h.copies) for h in plain.hits] == \
                       [(h.article_id, h.story, h.copies) for h in fast.hits]


@pytest.mark.parametrize("columnar", [False, True])
@pytest.mark.parametrize("sort", ["date", "date-asc"])
def test_sorting_by_date_orders_a_story_by_the_date_it_shows(tmp_path, monkeypatch, columnar, sort):
    """A story shows its lead (the earliest copy) and its lead's date: sorted by date,
    it goes where that date puts it, not where its newest repost would."""
    arts = [
        article("paper#1", STORY, date="2023-01-10", source="法治日报"),
        article("portal#1", NAV + STORY + FOOT, title="【转载】荆州法院交叉执行化解积案", date="2024-06-01",
                source="某某网"),
        article("other#1", OTHER, title="岳阳法院交叉执行", date="2024-03-01", source="某某网"),
        article("third#1", "本报讯 常德市鼎城区人民法院与区司法局签订协议，在各乡镇设立执行联络站，"
                           "由人民调解员协助送达文书、查找被执行人下落。一年来，联络站协助办理执行案件九十余件，"
                           "其中以交叉执行方式移送的案件十二件，当事人自动履行率明显提高。", title="鼎城法院设立执行联络站",
                date="2023-06-01"),
    ]
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with make(tmp_path / "ix", arts) as ix:
        for limit in (1, 2, 10):
            hits = ix.search("交叉执行", sort=sort, limit=limit).hits
            dates = [h.date for h in hits]
            assert dates == sorted(dates, reverse=sort == "date")
            assert len(hits) == min(limit, 3)
        shown = [(h.article_id, h.date) for h in ix.search("交叉执行", sort=sort).hits]
        order = [("other#1", "2024-03-01"), ("third#1", "2023-06-01"), ("paper#1", "2023-01-10")]
        assert shown == (order if sort == "date" else order[::-1])
        # a story's year is that of its date: first printed in 2023, it is no story of 2024
        assert [(h.article_id, h.date) for h in ix.search("交叉执行", sort=sort, year="2024").hits] == \
            [("other#1", "2024-03-01")]
        # a filter that only the repost passes shows the repost, at its own date
        only = ix.search("交叉执行", sort=sort, source="某某网").hits
        assert [(h.article_id, h.date) for h in only] == \
            sorted([("portal#1", "2024-06-01"), ("other#1", "2024-03-01")], key=lambda x: x[1],
                   reverse=sort == "date")


# -- totals and facets describe the hits one can page through -------------------------

SOURCES = ["法治日报", "某某网", "聚合资讯"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(copies=st.lists(st.tuples(st.sampled_from([0, 1]), st.sampled_from(SOURCES), st.booleans()),
                       min_size=1, max_size=6),
       columnar=st.booleans(), all_copies=st.booleans(), source=st.sampled_from([None, *SOURCES]))
def test_totals_and_facets_count_the_hits_one_can_page(tmp_path_factory, monkeypatch, copies, columnar,
                                                        all_copies, source):
    texts = [STORY, OTHER]
    arts = [article(f"c{k}#1", (NAV if nav else "") + texts[which], date=f"2024-03-0{k + 1}", source=src)
            for k, (which, src, nav) in enumerate(copies)]
    source = source if any(src == source for _w, src, _n in copies) else None  # a filter on a value the index has
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with make(tmp_path_factory.mktemp("ix"), arts) as ix:
        flt = {"source": source} if source else {}
        res = ix.search("交叉执行", all_copies=all_copies, limit=100, **flt)
        pages = [h for off in range(0, max(res.total, 1), 2)
                 for h in ix.search("交叉执行", all_copies=all_copies, limit=2, offset=off, **flt).hits]
        assert len(pages) == res.total == len(res.hits)
        keys = [h.article_id if all_copies else h.story for h in pages]
        assert len(set(keys)) == len(keys)
        if source:
            assert all(h.source == source for h in pages)
        else:
            by_source = {}
            for h in ix.search("交叉执行", all_copies=True, limit=100).hits:
                by_source.setdefault(h.source, set()).add(h.article_id if all_copies else h.story)
            assert res.facets["source"] == {s: len(v) for s, v in by_source.items()}


# -- the command line -------------------------------------------------------------

def test_cli_search_says_reposts_and_all_copies_lists_them(tmp_path):
    make(tmp_path / "ix", corpus()).close()
    runner = CliRunner()
    out = runner.invoke(cli, ["search", "交叉执行", "--index-dir", str(tmp_path / "ix")])
    assert out.exit_code == 0, out.output
    assert "2 reposts" in out.output
    out = runner.invoke(cli, ["search", "交叉执行", "--all-copies", "--json", "--index-dir", str(tmp_path / "ix")])
    data = json.loads(out.output)
    assert data["total"] == 4
    assert {(h["article_id"], h["story"], h["copies"]) for h in data["hits"]} >= {("portal#1", "paper#1", 3)}


def test_cli_show_lists_the_copies(tmp_path):
    make(tmp_path / "ix", corpus()).close()
    runner = CliRunner()
    out = runner.invoke(cli, ["show", "portal#1", "--index-dir", str(tmp_path / "ix")])
    assert out.exit_code == 0, out.output
    assert "3 copies of this story" in out.output
    lines = out.output.splitlines()
    at = next(k for k, line in enumerate(lines) if "copies of this story" in line)
    assert "paper#1" in lines[at + 1] and "法治日报" in lines[at + 1]
    out = runner.invoke(cli, ["show", "portal#1", "--json", "--index-dir", str(tmp_path / "ix")])
    data = json.loads(out.output)
    assert data["story"] == "paper#1"
    assert [c["article_id"] for c in data["copies"]][0] == "paper#1"
    assert data["copies"][0]["lead"] is True and len(data["copies"]) == 3


def test_similar_leaves_out_the_story_s_own_copies(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        assert {h.article_id for h in ix.similar("portal#1").hits} == {"other#1"}


def test_facets_count_stories_unless_all_copies(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        assert ix.facets("交叉执行")["total"] == 2
        assert ix.facets("交叉执行", all_copies=True)["total"] == 4
        assert ix.facets("交叉执行", all_copies=True)["facets"]["year"] == {"2024": 4}


def test_rows_of_removed_articles_are_dropped_once_many(tmp_path):
    from lawnews.index.store.writer import compact_stories

    with make(tmp_path / "ix", corpus()) as ix:
        ix.remove(file="portal.txt")
        store = S.store_for(ix._ix)
        assert store.count() == 4
        assert compact_stories(ix._ix, slack=-100)  # due at once
        assert store.count() == 3
        story = next(h for h in ix.search("交叉执行").hits if h.copies > 1)
        assert (story.story, story.copies) == ("paper#1", 2)


def test_a_copy_joins_only_a_lead_it_is_like_itself():
    # c is like b and b like a, but c is not like a: no chain of formulas makes one story
    rows = {"a": ("2024-01-01", None), "b": ("2024-01-02", None), "c": ("2024-01-03", None)}
    got = S.group({"a", "b", "c"}, [("a", "b"), ("b", "c")], rows)
    assert got.copies == {"a": ("a", "b")}
    assert got.story_of("c") == "c"


def test_a_short_text_made_of_a_long_one_s_formulas_is_not_its_copy():
    formula = STORY[:80]
    a, b = article("a#1", STORY + OTHER + OTHER[::-1]), article("b#1", formula)
    sa, sb = S.sketch(a), S.sketch(b)
    assert S.containment(sa.sig, sa.size, sb.sig, sb.size) >= S.THRESHOLD  # contained …
    assert not linked(a, b)  # … but not a copy


def test_a_build_by_worker_processes_groups_the_same(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    lines = [json.dumps(a, ensure_ascii=False) for a in (
        {"id": "paper", "title": "荆州法院交叉执行化解积案", "text": STORY, "date": "2024-03-01", "source": "法治日报"},
        {"id": "portal", "title": "【转载】荆州法院交叉执行化解积案", "text": NAV + STORY + FOOT, "date": "2024-03-02"},
        {"id": "other", "title": "岳阳法院交叉执行", "text": OTHER, "date": "2024-02-20"},
    )]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = []
    for procs in (1, 2):
        lawnews.build_index(folder, index_dir=tmp_path / f"ix{procs}", jobs=procs)
        with lawnews.NewsIndex.open(tmp_path / f"ix{procs}") as ix:
            got.append(sorted((h.article_id, h.story, h.copies) for h in ix.search("交叉执行", all_copies=True).hits))
    assert got[0] == got[1]
    assert ("portal", "paper", 2) in got[0]


def test_an_article_written_again_with_another_text_leaves_its_story(tmp_path):
    with make(tmp_path / "ix", corpus()) as ix:
        ix.add_articles([article("mirror#1", OTHER[::-1], title="另一篇", date="2024-03-01")])
        res = ix.search("交叉执行")
        story = next(h for h in res.hits if h.copies > 1)
        assert (story.story, story.copies) == ("paper#1", 2)
        ix.add_articles([article("mirror#1", STORY[: int(len(STORY) * 0.8)], date="2024-03-01")])
        story = next(h for h in ix.search("交叉执行").hits if h.copies > 1)
        assert (story.story, story.copies) == ("paper#1", 3)  # looked up among the committed signatures


def test_a_huge_article_is_sketched_by_its_first_pages():
    huge = article("h#1", STORY * 2000)
    assert len(S.shingle_text(huge)) == S.SKETCH_CHARS
    assert linked(huge, article("p#1", STORY))


def _traditional(text: str) -> str:
    """``text`` written in traditional characters, from the fold table read backwards."""
    from lawnews.index.analysis import fold as F

    back: dict[str, str] = {}
    for line in F._table_text().splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")[:2]
            back.setdefault(simp, trad)
    return "".join(back.get(c, c) for c in text)


def test_a_traditional_copy_is_grouped_and_found_by_a_simplified_query(tmp_path):
    trad = _traditional(STORY)
    assert sum(a != b for a, b in zip(trad, STORY)) > 40  # really written otherwise
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add_articles([article("a#1", STORY, date="2024-03-01"),
                         article("b#1", NAV + trad + FOOT, title="荊州法院交叉執行化解積案", date="2024-03-02")])
        grouped = ix.search("交叉执行")
        assert grouped.total == 1 and grouped.hits[0].copies == 2
        every = ix.search("骨头案", all_copies=True)
        assert {h.article_id for h in every.hits} == {"a#1", "b#1"}


@pytest.mark.parametrize("columnar", [False, True])
def test_section_grouping_lists_the_sections_of_one_copy_per_story_unless_all_copies(tmp_path, monkeypatch, columnar):
    monkeypatch.setattr(searcher_module, "COLUMNAR_MIN_DOCS", 0 if columnar else 10**9)
    with make(tmp_path / "ix", corpus()) as ix:
        res = ix.search("交叉执行", group="section", limit=50)
        assert sorted(h.article_id for h in res.hits) == ["other#1", "paper#1"]  # the lead shows its story
        assert res.total == len(res.hits)
        # the sources counted as the stories count them: choosing one lists that many stories' sections
        assert res.facets["source"] == ix.search("交叉执行").facets["source"]
        assert all(ix.search("交叉执行", group="section", source=s).total == n for s, n in res.facets["source"].items())
        every = ix.search("交叉执行", group="section", all_copies=True, limit=50)
        assert sorted(h.article_id for h in every.hits) == ["mirror#1", "other#1", "paper#1", "portal#1"]
        assert every.total == len(every.hits)
        only_repost = ix.search("交叉执行", group="section", source="某某网", limit=50)
        assert [h.article_id for h in only_repost.hits] == ["portal#1"] and only_repost.total == 1
