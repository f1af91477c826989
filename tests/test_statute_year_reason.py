"""The reason a citation naming its year (2012年《民事诉讼法》第二百二十五条) is not resolved
says the year where it says the date, not as a tail after the advice."""

from __future__ import annotations

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract

LAW = "中华人民共和国民事诉讼法"


def test_a_year_named_before_a_renumbered_law_is_said_in_its_place(tmp_path):
    from lawnews.index.documents import Article, Section

    collection = statutes.Collection(tmp_path / "statutes.sqlite")
    texts = {"2021-12-24": ["甲甲甲甲甲甲", "乙乙乙乙乙乙"], "2023-09-01": ["丙丙丙丙丙丙", "丁丁丁丁丁丁"]}
    with collection.writer() as writer:
        for version, (one, two) in texts.items():
            for label, text in (("第一条", one), ("第二条", two)):
                writer.add(Article(id=f"M{version[:4]}#{label}", file="s.jsonl", title=f"{LAW} {label}",
                                   sections=(Section(None, text),), date=version, meta={"law": LAW}))
    (cited,) = extract("依照2012年《民事诉讼法》第二条的规定。")
    r = collection.resolve(cited, "2015-01-01")
    assert r.reason.startswith(f"no version of {LAW} in the statute collection is dated on or before the end of"
                               " 2012, the year the text names for it (versions are dated by their source record:"
                               " adoption or promulgation), before the collection's earliest version"), r.reason
    assert r.reason.endswith("the article may cite an older numbering"), r.reason
    assert "in force" not in r.reason


def test_a_date_before_every_version_is_said_as_the_versions_are_dated(tmp_path):
    from lawnews.index.documents import Article, Section

    collection = statutes.Collection(tmp_path / "statutes.sqlite")
    with collection.writer() as writer:
        writer.add(Article(id="M2021#第一条", file="s.jsonl", title=f"{LAW} 第一条",
                           sections=(Section(None, "甲甲甲甲甲甲"),), date="2021-12-24", meta={"law": LAW}))
    (cited,) = extract("依照《民事诉讼法》第一条的规定。")
    r = collection.resolve(cited, "2015-03-01")
    assert r.reason.startswith(f"no version of {LAW} in the statute collection is dated on or before 2015-03-01"
                               " (versions are dated by their source record: adoption or promulgation), before the"
                               " only version"), r.reason
    assert "in force" not in r.reason
