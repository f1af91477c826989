"""An article of a text older than every version the collection holds, cited twice in that
text (``lawnews.index.store.statutes``): once with the wording the held version's article has
under the same number, once without wording. The wording shows the article kept its number, so
both citations get the held version.

A tiny collection written for the test: one version of 道路交通安全法 (2021). Every test uses its
own collection (``LAWNEWS_STATUTES``) in its temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger
from support import statute_collection

ROAD = "中华人民共和国道路交通安全法"
LIABILITY = ("机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿；"
             "不足的部分，按照下列规定承担赔偿责任。")
CHECK = "交通警察执行职务时，应当按照规定着装，佩带人民警察标志，持有人民警察证件。"


@pytest.fixture()
def road(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    return statute_collection(tmp_path, monkeypatch, [
        {"id": "R#第七十六条", "title": f"{ROAD} 第七十六条", "text": LIABILITY, "date": "2021-04-29", "law": ROAD},
        {"id": "R#第八十条", "title": f"{ROAD} 第八十条", "text": CHECK, "date": "2021-04-29", "law": ROAD}])


def resolutions(collection: statutes.Collection, text: str) -> list[statutes.Resolution]:
    """How indexing resolves every citation of an undated ``text`` (read as one article)."""
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),))).citations
    return collection.resolve_all(cited, None, statutes.printed_year(text))


def test_a_mention_of_an_article_whose_wording_the_text_quotes_elsewhere_gets_that_version(road):
    text = (f"道路交通安全法释义：第76条\n本条经2007年的修改决定修改。\n中华人民共和国道路交通安全法\n"
            f"第七十六条 {LIABILITY}\n")
    first, heading = resolutions(road, text)
    assert (heading.status, heading.targets[0].id) == ("resolved", "R#第七十六条")
    assert (first.status, first.version, first.targets[0].id) == ("resolved", "2021-04-29", "R#第七十六条")


def test_another_article_of_that_older_text_stays_unresolved(road):
    # the wording shows only that 第七十六条 kept its number, not that 第八十条 did
    text = (f"本条经2007年的修改决定修改，另见道路交通安全法第八十条。\n中华人民共和国道路交通安全法\n"
            f"第七十六条 {LIABILITY}\n")
    other, heading = resolutions(road, text)
    assert heading.status == "resolved"
    assert other.status == "unresolved" and other.targets[0].id is None
