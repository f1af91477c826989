"""Profiles: one court, region, mechanism or source over time, what is reported with
it, its sources and latest articles (lawnews/landscape.py); the ``profile`` command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.index.store.schema import ignored_filters

import dated_corpus as D


@pytest.mark.parametrize("subject, kind, value", [
    ("court:荆州中院", "court", "荆州市中级人民法院"),
    ("province:湖南", "province", "湖南省"),
    ("mechanism:交叉执行", "mechanism", "交叉执行"),
    ("city:杭州", "city", "杭州市"),
    ("source:法治日报", "source", "法治日报"),
    ("court：石门县法院", "court", "石门县人民法院"),
])
@pytest.mark.parametrize("copies", [False, True])
def test_a_profile_counts_what_the_facets_count(dated, subject, kind, value, copies):
    p = dated.profile(subject, copies=copies, top=50)
    assert (p.kind, p.value) == (kind, value)
    facets = dated.facets(all_copies=copies, **{kind: value})
    assert p.total == facets["total"] == facets["facets"][kind][value]
    assert [s.value for s in p.trend.series] == [value]
    assert p.trend.series[0].total == p.total == sum(p.trend.totals) + p.trend.undated
    for facet, pairs in p.cooccurring.items():
        expected = {v: n for v, n in facets["facets"][facet].items() if not (facet == kind and v == value)}
        if kind in ignored_filters(facet):  # its own facet, a region level above it: within its own stories
            assert all(n <= p.total for _v, n in pairs)
        else:
            assert dict(pairs) == expected
    if kind != "source":
        assert dict(p.sources) == facets["facets"]["source"]
    else:  # its stories' sources: itself, and those of their reposts
        assert dict(p.sources)[value] == p.total


def test_cooccurring_courts_of_a_province_are_counted_within_it(dated, tmp_path_factory):
    p = dated.profile("province:湖南", top=50)
    story_of = D.stories_of(dated, False)
    courts: dict[str, set[str]] = {}
    for a in D.parsed(tmp_path_factory):
        if "湖南省" in a.tags.provinces:
            for c in a.tags.courts:
                courts.setdefault(c, set()).add(story_of[a.id])
    assert dict(p.cooccurring["court"]) == {c: len(s) for c, s in courts.items()}
    assert "湖南省" not in dict(p.cooccurring["province"])


def test_top_cuts_the_lists_largest_first(dated):
    p = dated.profile("mechanism:诉源治理", top=2)
    assert len(p.cooccurring["court"]) == 2 and len(p.sources) == 2 and len(p.latest) == 2
    counts = [n for _v, n in dated.profile("mechanism:诉源治理", top=50).cooccurring["court"]]
    assert counts == sorted(counts, reverse=True) and [n for _v, n in p.cooccurring["court"]] == counts[:2]


@pytest.mark.parametrize("copies", [False, True])
def test_latest_articles_are_the_newest_of_the_subject_one_per_story(dated, tmp_path_factory, copies):
    p = dated.profile("court:荆州中院", top=5, copies=copies)
    assert all("荆州市中级人民法院" in h.courts for h in p.latest)
    story_of = D.stories_of(dated, copies)
    newest: dict[str, str] = {}
    for a in D.parsed(tmp_path_factory):
        if "荆州市中级人民法院" in a.tags.courts:
            key = story_of[a.id]
            newest[key] = max(newest.get(key, ""), a.date or "")
    assert [h.date for h in p.latest] == sorted(newest.values(), reverse=True)[:5]
    assert len({story_of[h.article_id] for h in p.latest}) == 5
    assert all(h.story == D.stories_of(dated, False)[h.article_id] for h in p.latest)


def test_every_sets_the_trend_periods(dated):
    assert all(len(p) == 4 for p in dated.profile("province:湖北", every="year").trend.periods)


@pytest.mark.parametrize("subject, error, message", [
    ("荆州中院", lawnews.InvalidArgumentError, r"a profile subject is kind:name.*\(did you mean court:荆州中院\?\)"),
    ("湖北省", lawnews.InvalidArgumentError, r"\(did you mean province:湖北省\?\)"),
    ("公安县", lawnews.InvalidArgumentError, r"\(did you mean county:公安县\?\)"),
    ("执转破", lawnews.InvalidArgumentError, r"not '执转破'; kinds are"),
    ("judge:张三", lawnews.InvalidArgumentError, "unknown profile kind 'judge'.*kinds are court, province"),
    ("court:火星中院", lawnews.UnknownFacetError, "unknown court '火星中院'; no court of this index"),
    ("court:", lawnews.InvalidArgumentError, "a profile subject is kind:name"),
])
def test_bad_subjects_raise_errors_naming_what_is_accepted(dated, subject, error, message):
    with pytest.raises(error, match=message):
        dated.profile(subject)


def test_to_dict_is_json(dated):
    data = json.loads(json.dumps(dated.profile("court:荆州中院").to_dict(), ensure_ascii=False))
    assert data["value"] == "荆州市中级人民法院" and data["trend"]["by"] == "court"
    assert set(data["cooccurring"]) == {"mechanism", "court", "province", "city", "county", "court_level", "statute"}


# -- the command line -------------------------------------------------------------

def test_cli_profile_shows_counts_over_time_cooccurring_sources_and_latest(dated_dir):
    r = CliRunner().invoke(cli, ["profile", "court:荆州中院", "--every", "year", "--index-dir", str(dated_dir)])
    assert r.exit_code == 0, r.output
    p = lawnews.profile("court:荆州中院", index_dir=dated_dir, every="year")
    out = r.output
    assert out.splitlines()[0].startswith("court 荆州市中级人民法院")
    for period, n in zip(p.trend.periods, p.trend.totals):
        assert any(line.split()[:1] == [period] and line.split()[-1] == str(n) for line in out.splitlines())
    for facet, pairs in p.cooccurring.items():
        if pairs:
            assert f"{pairs[0][0]} {pairs[0][1]}" in out
    assert f"{p.sources[0][0]} {p.sources[0][1]}" in out
    assert all(h.title in out for h in p.latest)


def test_cli_profile_of_a_court_no_article_is_tagged_with_says_so_without_empty_headings(dated_dir):
    r = CliRunner().invoke(cli, ["profile", "court:北京市第一中级人民法院", "--index-dir", str(dated_dir)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "court 北京市第一中级人民法院 · 0 stories"
    assert "no article of the index is tagged with court 北京市第一中级人民法院" in r.output
    assert "per month" not in r.output and "reported with" not in r.output


def test_cli_profile_json(dated_dir):
    r = CliRunner().invoke(cli, ["profile", "province:湖南", "--json", "--index-dir", str(dated_dir)])
    assert r.exit_code == 0
    assert json.loads(r.output) == lawnews.profile("province:湖南", index_dir=dated_dir).to_dict()


def test_cli_profile_unknown_kind_is_one_error_line(dated_dir):
    r = CliRunner().invoke(cli, ["profile", "judge:张三", "--index-dir", str(dated_dir)])
    assert r.exit_code == 1 and r.output.startswith("Error: unknown profile kind 'judge'")


CITING = [
    {"id": "c1", "title": "石门法院审结一起拒执案", "date": "2024-03-05", "source": "常德日报",
     "text": "石门县人民法院依据《中华人民共和国刑法》第三百一十三条，以拒不执行判决、裁定罪判处被告人张某有期徒刑一年。"},
    {"id": "c2", "title": "荆州中院对被执行人限制高消费", "date": "2024-05-10", "source": "荆州日报",
     "text": "荆州市中级人民法院根据《民事诉讼法》第二百六十二条，对被执行人采取限制高消费措施，并依照刑法第三百一十三条追究其责任。"},
    {"id": "c3", "title": "浏阳法院开展集中执行", "date": "2024-06-01", "source": "长沙晚报",
     "text": "浏阳市人民法院开展集中执行行动，出动干警50人次，执结案件40件，兑现案款300万元。"},
]


@pytest.mark.parametrize("subject, kind, value", [
    ("statute:刑法", "statute", "中华人民共和国刑法"),
    ("cites:刑法第三百一十三条", "cites", "中华人民共和国刑法 第三百一十三条"),
    ("statute：民诉法", "statute", "中华人民共和国民事诉讼法"),
])
def test_a_profile_of_a_law_or_an_article_of_it_counts_the_stories_citing_it(tmp_path, subject, kind, value):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CITING), encoding="utf-8")
    lawnews.build_index(source, tmp_path / "ix")
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        p = ix.profile(subject, every="year")
        facets = ix.facets(**{kind: value})
    assert (p.kind, p.value) == (kind, value)
    assert p.total == facets["total"] == facets["facets"][kind][value] > 0
    assert {h.article_id for h in p.latest} == {r["id"] for r in CITING if r["id"] != "c3" and
                                                 (kind != "statute" or "民诉" not in subject or r["id"] == "c2")}
    assert dict(p.cooccurring["court"]) == facets["facets"]["court"]
    assert "statute" in p.cooccurring
    out = CliRunner().invoke(cli, ["profile", subject, "--index-dir", str(tmp_path / "ix")])
    assert out.exit_code == 0 and value in out.output and "statute: " in out.output
