"""Resolution checked against what the page itself says of the article
(``lawnews.index.store.statutes``): a trial text named after the title, a sanction the page
says the article imposes.

A tiny collection written for the test: 民事诉讼法 in one version whose 第十一条 is no rule on
fines, and 消防法 whose 第五十条 imposes no detention while its 第六十四条 does. The tests
share one collection, built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger

MSL = "中华人民共和国民事诉讼法"
FIRE = "中华人民共和国消防法"
STATUTES = [
    {"id": "M#第十一条", "title": f"{MSL} 第十一条", "text": "各民族公民都有用本民族语言、文字进行民事诉讼的权利。",
     "date": "2021-12-24", "law": MSL},
    {"id": "F#第五十条", "title": f"{FIRE} 第五十条",
     "text": "对因参加扑救火灾或者应急救援受伤、致残或者死亡的人员，按照国家有关规定给予医疗、抚恤。",
     "date": "2021-04-29", "law": FIRE},
    {"id": "F#第六十四条", "title": f"{FIRE} 第六十四条",
     "text": "违反本法规定，有下列行为之一，尚不构成犯罪的，处十日以上十五日以下拘留，可以并处五百元以下罚款。",
     "date": "2021-04-29", "law": FIRE},
]


def resolutions(collection: statutes.Collection, text: str, date: str | None) -> list[statutes.Resolution]:
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    return collection.resolve_all(list(cited), date, statutes.printed_year(text, cited) if not date else None)


def test_a_trial_text_named_after_the_title_is_not_the_law_the_collection_holds(collection):
    # the 1982 trial code, not the code in force: its 第十一条 is another provision
    (r,) = resolutions(collection, "根据《民事诉讼法》(试行)第11条的规定，罚款适用于以下六种行为。", "2023-08-13")
    assert r.status == "unresolved" and "not in the statute collection" in r.reason


def test_the_law_itself_still_resolves_where_no_trial_text_is_named(collection):
    (r,) = resolutions(collection, "根据《民事诉讼法》第11条的规定，各民族公民都有用本民族语言进行诉讼的权利。",
                       "2023-08-13")
    assert (r.status, r.targets[0].id) == ("resolved", "M#第十一条")


def test_an_article_the_page_says_imposes_a_detention_it_lacks_is_not_resolved(collection):
    text = "故意破坏火灾现场，尚不构成犯罪的，依照《消防法》第五十条规定处15日以下拘留。"
    (r,) = resolutions(collection, text, None)
    assert r.targets[0].id is None and "拘留" in r.targets[0].reason


def test_an_article_that_imposes_the_sanction_the_page_names_is_resolved(collection):
    text = "拒不执行火灾现场管制的，依照《消防法》第六十四条规定处十日以上十五日以下拘留。"
    (r,) = resolutions(collection, text, None)
    assert (r.status, r.targets[0].id) == ("resolved", "F#第六十四条")


def test_a_sentence_passed_after_a_list_of_articles_proves_nothing_of_the_last_one(collection):
    # the sentence follows from the articles together: 第五十条 alone need not impose it
    text = "依照《消防法》第六十四条、第五十条的规定，处十日拘留。"
    rs = resolutions(collection, text, None)
    assert [t.id for r in rs for t in r.targets] == ["F#第六十四条", "F#第五十条"]
