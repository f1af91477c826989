"""Resolution of the citations of a text that shows it cites an older text of a law
(``lawnews.index.store.statutes``).

A tiny collection written for the test: one version of 反不正当竞争法, whose 第九条 and
第二十四条 hold the provisions of the current text (商业秘密, 违反第十一条的处罚), while a page
may quote the 1993 text, where 第九条 was 虚假宣传 and 第二十四条 its penalty. The tests
share one collection, built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from lawnews.index.documents import Article, Section
from lawnews.index.store import statutes
from lawnews.index.tagging import Tagger

AUC = "中华人民共和国反不正当竞争法"
VERSION = "2019-04-23"
STATUTES = [
    {"id": "U#第二条", "title": f"{AUC} 第二条", "date": VERSION, "law": AUC,
     "text": "经营者在生产经营活动中，应当遵循自愿、平等、公平、诚信的原则，遵守法律和商业道德。"},
    {"id": "U#第九条", "title": f"{AUC} 第九条", "date": VERSION, "law": AUC,
     "text": "经营者不得实施下列侵犯商业秘密的行为：以盗窃、贿赂、欺诈、胁迫、电子侵入或者其他不正当手段获取权利人的商业秘密。"},
    {"id": "U#第二十四条", "title": f"{AUC} 第二十四条", "date": VERSION, "law": AUC,
     "text": "经营者违反本法第十一条规定损害竞争对手商业信誉、商品声誉的，由监督检查部门责令停止违法行为、消除影响。"},
]


def resolutions(collection: statutes.Collection, text: str, date: str | None) -> list[statutes.Resolution]:
    cited = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date=date)).citations
    return collection.resolve_all(cited, date, statutes.printed_year(text, cited) if not date else None)


def test_a_text_quoting_an_older_wording_of_one_article_cites_the_laws_other_articles_in_that_text_too(collection):
    text = ("《反不正当竞争法》第九条规定：“经营者不得利用广告或者其他方法，对商品的质量、制作成分、性能、用途作"
            "引人误解的虚假宣传。”\n依照该法第二十四条，监督检查部门应当责令停止违法行为，消除影响，可以处以罚款。")
    first, second = resolutions(collection, text, "2022-06-26")
    assert first.status == "unresolved"
    assert second.status == "unresolved" and "older numbering" in second.targets[0].reason


def test_without_such_a_quote_the_other_articles_keep_their_link(collection):
    text = ("《反不正当竞争法》第九条规定：“经营者不得实施下列侵犯商业秘密的行为：以盗窃、贿赂、欺诈、胁迫获取"
            "权利人的商业秘密。”\n依照该法第二十四条，监督检查部门应当责令停止违法行为，消除影响。")
    first, second = resolutions(collection, text, "2022-06-26")
    assert (first.status, second.status) == ("resolved", "resolved")


def test_an_article_of_another_law_in_that_text_keeps_its_link(collection):
    text = ("《反不正当竞争法》第九条规定：“经营者不得利用广告或者其他方法，对商品的质量、制作成分、性能、用途作"
            "引人误解的虚假宣传。”\n《民法典》第一条另有规定。")
    rs = resolutions(collection, text, "2022-06-26")
    assert rs[0].status == "unresolved"
    assert "older numbering" not in " ".join(t.reason or "" for t in rs[1].targets)
