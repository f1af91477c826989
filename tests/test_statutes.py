"""The statute collection and the resolution of citations against it.

A tiny collection written for the test: two versions of 民事诉讼法 (2021-12-24 and
2023-09-01, whose 第二百三十七条 differ), news dated before, after and not at all.
The tests that only read the news index share one (``read_index``); those that change it or
the collection build their own (``LAWNEWS_STATUTES``) in their temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import lawnews
from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger
from lawnews.index.tagging.citations import extract
from support import news_with_statutes

MSL = "中华人民共和国民事诉讼法"
OLD, NEW = "2021-12-24", "2023-09-01"

STATUTES = [
    {"id": "L1#第一条", "title": f"{MSL} 第一条", "text": "旧法第一条。", "date": OLD, "law": MSL},
    {"id": "L1#第二百三十七条", "title": f"{MSL} 第二百三十七条", "text": "旧法：仲裁裁决不予执行。", "date": OLD, "law": MSL},
    {"id": "L2#第一条", "title": f"{MSL} 第一条", "text": "新法第一条。", "date": NEW, "law": MSL},
    {"id": "L2#第二百三十七条", "title": f"{MSL} 第二百三十七条", "text": "新法：仲裁机构的裁决。", "date": NEW, "law": MSL},
    {"id": "L2#第二百四十八条", "title": f"{MSL} 第二百四十八条", "text": "新法：当事人申请执行。", "date": NEW, "law": MSL},
]
CRIMINAL = [{"id": "L3#第三百一十三条", "title": "中华人民共和国刑法 第三百一十三条",
             "text": "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。",
             "law": "中华人民共和国刑法"}]
NEWS = [
    {"id": "before", "title": "不予执行仲裁裁决", "text": "法院依据《民事诉讼法》第二百三十七条裁定不予执行。",
     "date": "2022-05-01"},
    {"id": "after", "title": "申请执行", "text": "依据民诉法第237条、第二百四十八条，又依据该法第九百条。",
     "date": "2024-03-01"},
    {"id": "undated", "title": "拒执入刑", "text": "依照《刑法》第三百一十三条判决。依照《民事诉讼法》第一条。"},
    {"id": "early", "title": "早年报道", "text": "依据《民事诉讼法》第二百三十七条。", "date": "2019-01-01"},
    {"id": "plain", "title": "交叉执行", "text": "荆州中院推进交叉执行。", "date": "2024-01-01"},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def collection_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "statutes.sqlite"
    monkeypatch.setenv("LAWNEWS_STATUTES", str(path))
    return path


@pytest.fixture()
def news_index(tmp_path: Path, collection_path: Path) -> Path:
    lawnews.build_index(write_jsonl(tmp_path / "statutes.jsonl", STATUTES), tmp_path / "statute-index")
    lawnews.build_index(write_jsonl(tmp_path / "news.jsonl", NEWS), tmp_path / "news")
    return tmp_path / "news"


@pytest.fixture(scope="module")
def shared_news_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The news index of NEWS resolved against a collection of STATUTES, built once for
    the tests that only read it."""
    return news_with_statutes(tmp_path_factory.mktemp("statutes"), STATUTES, NEWS)


@pytest.fixture()
def read_index(shared_news_index: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """That index, its collection the one resolution uses (``LAWNEWS_STATUTES``)."""
    monkeypatch.setenv("LAWNEWS_STATUTES", str(shared_news_index.parent / "statutes.sqlite"))
    return shared_news_index


def resolved(index_dir: Path, article_id: str) -> list[tuple[str, str | None, list[str | None]]]:
    with lawnews.NewsIndex.open(index_dir) as ix:
        return [(c.status, c.version, [a.id for a in c.articles]) for c in ix.citations(article_id)]


# -- the collection ---------------------------------------------------------------------

def test_indexing_statute_records_builds_the_collection_with_every_version(tmp_path, collection_path):
    lawnews.build_index(write_jsonl(tmp_path / "s.jsonl", STATUTES), tmp_path / "ix")
    c = statutes.Collection.at(collection_path)
    assert c is not None and c.count() == len(STATUTES)
    assert c.versions(MSL) == [OLD, NEW]
    assert c.article("L2#第二百三十七条")["text"] == "新法：仲裁机构的裁决。"
    assert c.law("民事诉讼法") == MSL  # the title without 中华人民共和国 finds it too


def test_news_alone_leaves_no_collection_behind(tmp_path, collection_path):
    lawnews.build_index(write_jsonl(tmp_path / "n.jsonl", NEWS), tmp_path / "ix")
    assert not collection_path.exists()


def test_the_fingerprint_changes_with_the_content_and_only_then(tmp_path, collection_path):
    src = write_jsonl(tmp_path / "s.jsonl", STATUTES)
    lawnews.build_index(src, tmp_path / "ix")
    first = statutes.Collection.at(collection_path).fingerprint
    lawnews.build_index(src, tmp_path / "ix")
    assert statutes.Collection.at(collection_path).fingerprint == first
    changed = [dict(STATUTES[0], text="旧法第一条（改）。")] + STATUTES[1:]
    lawnews.build_index(write_jsonl(src, changed), tmp_path / "ix")
    assert statutes.Collection.at(collection_path).fingerprint not in ("", first)


@pytest.mark.parametrize("record, label", [
    ({"id": "L9#第一百零二条之一", "title": "某法 第一百零二条之一"}, "第一百零二条之一"),
    ({"id": "x7", "title": "某法 第十条"}, "第十条"),
    ({"id": "x8", "title": "某法"}, None),
])
def test_a_statute_record_is_a_law_with_an_article_label(record, label):
    article = Article(record["id"], "f", record["title"], (Section(None, "条文"),), meta={"law": "某法"})
    assert statutes.statute_label(article) == label
    assert statutes.statute_label(Article("a#第一条", "f", "第一条", (Section(None, "x"),))) is None  # no law


# -- resolution ---------------------------------------------------------------------------

def test_the_version_in_force_on_the_articles_date_is_used(read_index):
    assert resolved(read_index, "before") == [("resolved", OLD, ["L1#第二百三十七条"])]
    assert resolved(read_index, "after")[0] == ("resolved", NEW, ["L2#第二百三十七条", "L2#第二百四十八条"])


def test_the_cited_text_is_that_of_the_version_used(read_index):
    with lawnews.NewsIndex.open(read_index) as ix:
        (before,) = ix.citations("before")
        after = ix.citations("after")[0]
    assert before.articles[0].text == "旧法：仲裁裁决不予执行。"
    assert after.articles[0].text == "新法：仲裁机构的裁决。"
    assert before.text == "《民事诉讼法》第二百三十七条" and before.law == MSL


def test_an_undated_article_gets_the_latest_version_and_says_so(read_index):
    with lawnews.NewsIndex.open(read_index) as ix:
        criminal, civil = ix.citations("undated")
    assert (civil.status, civil.version, civil.articles[0].id) == ("resolved", NEW, "L2#第一条")
    assert "undated" in civil.note and NEW in civil.note


def test_unresolvable_citations_are_kept_with_their_reason(read_index):
    with lawnews.NewsIndex.open(read_index) as ix:
        criminal, _civil = ix.citations("undated")
        beyond = ix.citations("after")[1]
        (early,) = ix.citations("early")
    assert criminal.status == "unresolved" and "not in the statute collection" in criminal.reason
    assert criminal.text == "《刑法》第三百一十三条" and criminal.law == "中华人民共和国刑法"
    assert beyond.status == "unresolved" and beyond.articles[0].article == "第九百条"
    assert "ends at 第二百四十八条" in beyond.articles[0].reason
    assert early.status == "unresolved" and "2019-01-01" in early.reason and OLD in early.reason


def test_an_ambiguous_title_is_not_resolved():
    c = statutes.Collection(None)  # an empty collection in memory
    (cit,) = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, "依据《拒执罪解释》第一条。"),))).citations
    r = c.resolve(cit, "2024-01-01")
    assert r.status == "unresolved" and "ambiguous" in r.reason


def test_without_a_collection_citations_say_how_to_build_one(tmp_path, collection_path):
    lawnews.build_index(write_jsonl(tmp_path / "n.jsonl", NEWS), tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        (c,) = ix.citations("before")
    assert c.status == "unresolved" and "statute JSONL" in c.reason
    assert c.articles[0].article == "第二百三十七条" and c.law == MSL


def test_an_article_without_citations_has_none(read_index):
    with lawnews.NewsIndex.open(read_index) as ix:
        assert ix.citations("plain") == ()
        with pytest.raises(lawnews.ArticleNotFoundError):
            ix.citations("nope")


# -- resolving again -------------------------------------------------------------------------

def test_indexing_again_after_the_collection_changed_resolves_every_citation_again(tmp_path, news_index):
    assert resolved(news_index, "undated")[0][0] == "unresolved"  # no 刑法 yet
    lawnews.build_index(write_jsonl(tmp_path / "criminal.jsonl", CRIMINAL), tmp_path / "statute-index")
    lawnews.build_index(write_jsonl(tmp_path / "more.jsonl", [dict(NEWS[-1], id="more")]), news_index)
    store = statutes.store_for(lawnews.NewsIndex.open(news_index)._ix)
    assert store.resolved_with() == statutes.Collection.current().fingerprint
    assert resolved(news_index, "undated")[0] == ("resolved", None, ["L3#第三百一十三条"])
    info = json.loads((news_index / "lawnews.json").read_text(encoding="utf-8"))
    assert info["extra"]["statutes"]["fingerprint"] == statutes.Collection.current().fingerprint


def test_stored_resolutions_of_an_older_collection_are_shown_resolved_against_the_current_one(tmp_path, news_index):
    lawnews.build_index(write_jsonl(tmp_path / "criminal.jsonl", CRIMINAL), tmp_path / "statute-index")
    assert resolved(news_index, "undated")[0] == ("resolved", None, ["L3#第三百一十三条"])  # not re-indexed


def test_statutes_and_news_in_one_input_resolve_against_the_statutes_read(tmp_path, collection_path):
    mixed = write_jsonl(tmp_path / "mixed.jsonl", NEWS[:2] + STATUTES)
    lawnews.build_index(mixed, tmp_path / "ix")
    assert resolved(tmp_path / "ix", "before") == [("resolved", OLD, ["L1#第二百三十七条"])]


def test_worker_processes_record_the_same_citations(tmp_path, collection_path):
    lawnews.build_index(write_jsonl(tmp_path / "s.jsonl", STATUTES), tmp_path / "s")
    src = write_jsonl(tmp_path / "n.jsonl", NEWS)
    lawnews.build_index(src, tmp_path / "one", jobs=1)
    lawnews.build_index(src, tmp_path / "two", jobs=2)
    for article in ("before", "after", "undated"):
        assert resolved(tmp_path / "one", article) == resolved(tmp_path / "two", article)
    assert resolved(tmp_path / "two", "before") == [("resolved", OLD, ["L1#第二百三十七条"])]


def test_a_library_update_resolves_new_articles_and_records_the_collection(tmp_path, news_index):
    with lawnews.NewsIndex.open(news_index) as ix:
        ix.add_articles([{"id": "lib", "title": "t", "text": "依据《民事诉讼法》第二百四十八条。", "date": "2024-05-01"}])
        (c,) = ix.citations("lib")
    assert (c.status, c.articles[0].id) == ("resolved", "L2#第二百四十八条")


# -- tagging ---------------------------------------------------------------------------------

def test_tagging_gives_the_statute_and_cites_facet_values_and_the_citations():
    article = Tagger.default().tag_article(Article("a", "f", "标题", (
        Section(None, "荆州中院推进交叉执行。"), Section("依法", "依据《民诉法》第237条、第二百四十八条查封。"))))
    assert article.tags.statutes == (MSL,)
    assert article.tags.cites == (f"{MSL} 第二百三十七条", f"{MSL} 第二百四十八条")
    (c,) = article.citations
    assert c.section == 1 and article.sections[1].text[c.start:c.end] == c.text


def test_parse_prints_each_articles_citations(tmp_path):
    (article,) = lawnews.parse([write_jsonl(tmp_path / "n.jsonl", NEWS[:1])])
    data = article.to_dict()
    assert data["statutes"] == [MSL] and data["cites"] == [f"{MSL} 第二百三十七条"]
    assert data["citations"][0]["text"] == "《民事诉讼法》第二百三十七条"


# -- articles older than the collection's versions ---------------------------------------------

INVESTIGATION = "最高人民法院关于民事执行中财产调查若干问题的规定"
RULES = [{"id": "J1#第十条", "title": f"{INVESTIGATION} 第十条", "text": "被执行人拒绝报告财产的，人民法院可以罚款。",
          "date": "2020-12-29", "law": INVESTIGATION}]


def resolution(collection_path: Path, text: str, date: str | None):
    (cit,) = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    return statutes.Collection.at(collection_path).resolve(cit, date, statutes.printed_year(text) if not date else None)


CONSUMPTION = "最高人民法院关于限制被执行人高消费的若干规定"
KEPT = [{"id": f"K{n}#第一条", "title": f"{CONSUMPTION} 第一条", "law": CONSUMPTION, "date": date,
         "text": "被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务的，人民法院可以采取限制消费措施。"}
        for n, date in ((1, "2015-07-22"), (2, "2020-12-29"))]


@pytest.fixture()
def older(tmp_path, collection_path) -> Path:
    lawnews.build_index(write_jsonl(tmp_path / "s.jsonl", STATUTES + RULES + KEPT), tmp_path / "s")
    return collection_path


def test_an_article_older_than_a_law_that_kept_its_numbers_gets_its_earliest_version(older):
    r = resolution(older, f"依照《{CONSUMPTION}》第一条，法院限制其消费。", "2014-05-01")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", "2015-07-22", "K1#第一条")
    assert "earliest version (2015-07-22)" in r.note


def test_an_article_dated_before_the_only_version_of_its_law_is_not_resolved(older):
    r = resolution(older, "依照《财产调查规定》第十条，法院对其罚款。", "2019-05-01")
    assert r.status == "unresolved" and "only version" in r.reason and "2020-12-29" in r.reason


def test_an_article_older_than_a_renumbered_law_is_not_resolved(older):
    assert statutes.Collection.at(older).renumbered(MSL)  # its 第二百三十七条 holds another provision in 2023
    assert not statutes.Collection.at(older).renumbered(INVESTIGATION)
    r = resolution(older, "依据《民事诉讼法》第二百三十七条。", "2019-01-01")
    assert r.status == "unresolved" and "renumbered" in r.reason


def test_an_article_ten_years_older_than_the_earliest_version_is_not_resolved(older):
    r = resolution(older, f"依照《{CONSUMPTION}》第一条，法院限制其消费。", "2005-05-01")
    assert r.status == "unresolved" and "10 years or more" in r.reason


def test_an_undated_article_is_dated_by_the_latest_year_it_prints(older):
    recent = resolution(older, "2024年，依照《财产调查规定》第十条罚款。", None)
    assert (recent.status, recent.note) == ("resolved", None)
    old = resolution(older, "2005年，依照《财产调查规定》第十条罚款。", None)
    assert old.status == "unresolved" and "the latest year it prints is 2005" in old.reason


def test_a_year_printed_before_the_law_names_the_version_used(older):
    r = resolution(older, "2021年修正的《民事诉讼法》第二百三十七条规定了不予执行。", "2024-06-01")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, "L1#第二百三十七条")
    assert "2021" in r.note


def test_a_misquoted_title_finds_its_law_loosely(older):
    r = resolution(older, "最高人民法院《关于民事执行中财产调查的规定》第十条。", "2024-06-01")
    assert r.law == INVESTIGATION and r.targets[0].id == "J1#第十条"


def test_a_version_named_for_a_law_whose_only_version_is_undated_is_not_resolved(tmp_path, collection_path):
    lawnews.build_index(write_jsonl(tmp_path / "c.jsonl", CRIMINAL), tmp_path / "s")
    old = resolution(collection_path, "1979年刑法第三百一十三条规定了拒不执行判决、裁定罪。", "2020-01-01")
    assert old.status == "unresolved" and "undated" in old.reason and "1979" in old.reason
    assert resolution(collection_path, "依照刑法第三百一十三条判决。", "2020-01-01").status == "resolved"


def test_years_naming_the_version_of_a_law_do_not_date_the_text():
    text = "新修订的《行政处罚法》第33条第1款是由1996年《行政处罚法》第27条第2款演变而来。"
    assert statutes.printed_year(text) == 1996
    assert statutes.printed_year(text, extract(text)) is None
    dated = "2022年，" + text
    assert statutes.printed_year(dated, extract(dated)) == 2022


def test_the_wording_a_text_quotes_picks_the_version_whose_article_has_it(older):
    r = resolution(older, "《民事诉讼法》第二百三十七条规定：“旧法：仲裁裁决不予执行。”", "2024-06-01")
    assert (r.status, r.version, r.targets[0].id) == ("resolved", OLD, "L1#第二百三十七条")
    assert "wording the text quotes" in r.note
    same = resolution(older, "《民事诉讼法》第二百三十七条规定：“新法：仲裁机构的裁决。”", "2024-06-01")
    assert (same.status, same.version, same.note) == ("resolved", NEW, None)


def test_a_quoted_wording_no_version_has_is_an_older_numbering_and_not_resolved(older):
    r = resolution(older, "《民事诉讼法》第二百三十七条规定：“当事人可以书面协议选择管辖法院。”", "2024-06-01")
    assert r.status == "unresolved" and "older numbering" in r.targets[0].reason


def test_a_paraphrase_after_gui_ding_and_a_comma_is_checked_like_a_quoted_wording(older):
    other = resolution(older, "《民事诉讼法》第二百三十七条规定，当事人可以书面协议选择被告住所地的法院管辖。", "2024-06-01")
    assert other.status == "unresolved" and "older numbering" in other.targets[0].reason
    same = resolution(older, "《民事诉讼法》第二百三十七条规定，新法：仲裁机构的裁决应当执行。", "2024-06-01")
    assert (same.status, same.version) == ("resolved", NEW)


def test_the_wording_right_against_a_bare_article_heading_is_checked(older):
    text = "依照《民事诉讼法》第一条。\n第二百三十七条当事人可以书面协议选择被告住所地的法院管辖。"
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date="2024-06-01")).citations
    r = statutes.Collection.at(older).resolve(cited[-1], "2024-06-01")
    assert cited[-1].text == "第二百三十七条" and r.status == "unresolved"


def test_an_undated_article_printing_only_the_year_of_the_earliest_version_may_be_older_than_it(older):
    r = resolution(older, "2021年3月，法院依据《民事诉讼法》第二百三十七条裁定不予执行。", None)
    assert r.status == "unresolved" and "renumbered" in r.reason
    kept = resolution(older, "2020年，依照《财产调查规定》第十条罚款。", None)  # its only version: 2020-12-29
    assert (kept.status, kept.version) == ("resolved", "2020-12-29")


# -- what the text shows of the article: its wording, its 款 and 项, its other citations ------------

COMPANY = "中华人民共和国公司法"
C18, C23 = "2018-10-26", "2023-12-29"
PURPOSE = "为了规范公司的组织和行为，保护公司、股东和债权人的合法权益，制定本法。"
RIGHTS = "公司股东依法享有资产收益、参与重大决策和选择管理者等权利。"
COMPANY_LAW = [
    {"id": "C1#第一条", "law": COMPANY, "date": C18, "title": f"{COMPANY} 第一条", "text": PURPOSE},
    {"id": "C1#第四条", "law": COMPANY, "date": C18, "title": f"{COMPANY} 第四条", "text": RIGHTS},
    {"id": "C1#第二十一条", "law": COMPANY, "date": C18, "title": f"{COMPANY} 第二十一条",
     "text": "公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用其关联关系损害公司利益。"},
    {"id": "C2#第一条", "law": COMPANY, "date": C23, "title": f"{COMPANY} 第一条", "text": PURPOSE},
    {"id": "C2#第四条", "law": COMPANY, "date": C23, "title": f"{COMPANY} 第四条",
     "text": "有限责任公司的股东以其认缴的出资额为限对公司承担责任。\n公司股东对公司依法享有资产收益、参与重大决策和选择管理者等权利。"},
    {"id": "C2#第五条", "law": COMPANY, "date": C23, "title": f"{COMPANY} 第五条",
     "text": "有下列情形之一的，公司应当办理变更登记：\n（一）变更名称；\n（二）变更住所。"},
    {"id": "C2#第二十一条", "law": COMPANY, "date": C23, "title": f"{COMPANY} 第二十一条",
     "text": "公司股东应当遵守法律、行政法规和公司章程，依法行使股东权利，不得滥用股东权利损害公司或者其他股东的利益。"},
]
COMPETITION = "中华人民共和国反不正当竞争法"
COMPETITION_LAW = [{"id": f"F1#第{n}条", "law": COMPETITION, "date": "2019-04-23", "title": f"{COMPETITION} 第{n}条",
                    "text": text} for n, text in (
    ("二", "经营者在生产经营活动中，应当遵循自愿、平等、公平、诚信的原则，不得利用其他方法扰乱市场竞争秩序。"),
    ("三", "经营者不得实施下列混淆行为，或者利用其他方法引人误认为是他人商品。"),
    ("四", "经营者不得采用财物或者其他手段贿赂下列单位或者个人。"),
    ("五", "经营者不得对其商品作虚假或者引人误解的商业宣传，或者利用其他方法欺骗消费者。"),
    ("六", "经营者不得利用技术手段或者其他方法实施下列妨碍网络产品正常运行的行为。"),
    ("七", "经营者不得编造、传播虚假信息或者误导性信息，或者利用其他方法损害竞争对手的商业信誉。"),
    ("九", "经营者不得实施下列侵犯商业秘密的行为：以盗窃、贿赂、欺诈或者其他不正当手段获取权利人的商业秘密。"),
)]


@pytest.fixture()
def company(tmp_path, collection_path) -> Path:
    lawnews.build_index(write_jsonl(tmp_path / "s.jsonl", COMPANY_LAW + COMPETITION_LAW), tmp_path / "s")
    return collection_path


def resolutions(collection_path: Path, text: str, date: str | None) -> list:
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    year = statutes.printed_year(text, cited) if not date else None
    return statutes.Collection.at(collection_path).resolve_all(cited, date, year)


def test_an_undated_article_gets_the_version_whose_article_has_the_wording_it_quotes(company):
    (r,) = resolutions(company, f"《公司法》第四条规定：“{RIGHTS}”", None)
    assert (r.status, r.version, r.targets[0].id) == ("resolved", C18, "C1#第四条")
    assert "wording" in r.note


def test_an_undated_article_citing_an_article_the_versions_hold_differently_is_not_resolved(company):
    (r,) = resolutions(company, "依照《公司法》第二十一条，判决被告赔偿。", None)
    assert r.status == "unresolved" and r.targets[0].reason.startswith("the article is undated")
    assert C18 in r.targets[0].reason and C23 in r.targets[0].reason
    (same,) = resolutions(company, "依照《公司法》第一条，公司受法律保护。", None)  # one provision in every version
    assert (same.status, same.version) == ("resolved", C23)
    (later,) = resolutions(company, "2025年，依照《公司法》第二十一条，判决被告赔偿。", None)  # printed after 2023
    assert (later.status, later.version) == ("resolved", C23)


def test_a_paragraph_or_item_the_article_lacks_is_an_older_numbering_and_not_resolved(company):
    item, paragraph, kept, second = resolutions(
        company, "依照《公司法》第二十一条第（二）项处理。依照《公司法》第一条第三款处理。"
                 "依照《公司法》第五条第（二）项处理。依照《公司法》第四条第二款处理。",
        "2024-06-01")
    assert item.status == "unresolved" and "has no 第2项" in item.targets[0].reason
    assert paragraph.status == "unresolved" and "has no 第3款" in paragraph.targets[0].reason
    assert (kept.status, kept.targets[0].id) == ("resolved", "C2#第五条")
    assert (second.status, second.targets[0].id) == ("resolved", "C2#第四条")


def test_an_article_cited_again_in_a_text_that_quotes_other_wording_for_it_is_not_resolved(company):
    quoted, again, other = resolutions(
        company, "《公司法》第二十一条规定：“有限责任公司设经理，由董事会决定聘任或者解聘。”"
                 "法院依照公司法第二十一条处理。另依照《公司法》第一条。", "2024-06-01")
    assert quoted.status == "unresolved" and again.status == "unresolved"
    assert "older numbering" in again.targets[0].reason
    assert (other.status, other.targets[0].id) == ("resolved", "C2#第一条")  # another article of the law


def test_an_article_cited_again_gets_the_version_whose_wording_the_text_quotes_for_it(company):
    quoted, again = resolutions(
        company, "《公司法》第二十一条规定：“公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用其关联关系损害公司利益。”"
                 "被告违反公司法第二十一条，应当赔偿。", None)
    assert (quoted.version, again.version) == (C18, C18)
    assert (again.status, again.targets[0].id) == ("resolved", "C1#第二十一条")


def test_wording_sharing_only_the_laws_common_phrases_with_the_article_does_not_confirm_it(company):
    quote = "经营者不得利用广告或者其他方法，对商品的质量、制作成分、性能、用途作引人误解的虚假宣传。"
    (r,) = resolutions(company, f"《反不正当竞争法》第九条规定：“{quote}”", "2022-06-26")
    article = statutes.Collection.at(company).text("F1#第九条")
    quoted = "".join(statutes.wording._HAN.findall(quote))[:24]
    assert statutes.likeness(quoted, article) >= statutes.QUOTE_MATCH  # by plain runs it would pass
    assert r.status == "unresolved" and "older numbering" in r.targets[0].reason
