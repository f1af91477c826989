"""The wording a text quotes after ``第X条的规定：“…”`` or ``第X条之规定“…”`` (``lawnews.index.tagging.citations``,
``lawnews.index.store.statutes``): it is the article's wording as much as after ``第X条规定：“…”``, so it is checked
against the article resolved, and a wording that is another law's (the 劳动合同法's under a misprinted 劳动法) leaves
the article unlinked, with the text's other articles of that law; ``的规定，`` with words and no quotation marks
after it (``依照…第X条的规定，判处…``) is still no wording of the article.

A tiny collection written for the test: a 劳动法 whose 第八十七条 and 第四十七条 hold other provisions than the
劳动合同法's articles of those numbers, as the real laws do. Every sentence is written for the test.
"""

from __future__ import annotations

from lawnews.index.tagging.citations import extract

LABOUR = "中华人民共和国劳动法"
STATUTES = [
    {"id": "L1#第八十七条", "title": f"{LABOUR} 第八十七条", "law": LABOUR, "date": "2018-12-29",
     "text": "违反本法规定，侵害劳动者合法权益，造成损害的，由劳动行政部门责令改正。"},
    {"id": "L1#第四十七条", "title": f"{LABOUR} 第四十七条", "law": LABOUR, "date": "2018-12-29",
     "text": "用人单位根据本单位的生产经营特点和经济效益，依法自主确定本单位的工资分配方式和工资水平。"},
]
WORDING = "用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。"


def _resolved(collection, text):
    from lawnews.index.documents import Article, Section
    from lawnews.index.tagging import Tagger

    cits = Tagger.default().tag_article(Article("a", "f", "t", (Section(None, text),), date="2021-03-01")).citations
    return [(c.text, r.status) for c, r in zip(cits, collection.resolve_all(cits, "2021-03-01"))]


def test_the_wording_after_de_guiding_in_quotation_marks_is_the_articles():
    (c, *_rest) = extract(f"根据《劳动法》第八十七条的规定：“{WORDING}”")
    assert c.verbatim and c.quote.startswith("用人单位违反本法规定")
    (c, *_rest) = extract(f"依据《劳动法》第87条之规定“{WORDING}”，公司应当支付赔偿金。")
    assert c.verbatim and c.quote.startswith("用人单位违反本法规定")


def test_de_guiding_followed_by_the_writers_words_is_no_wording():
    (c,) = extract("法院依照《中华人民共和国刑法》第二百三十四条的规定，判处被告人张某有期徒刑一年。")
    assert c.quote == ""


def test_another_laws_wording_after_de_guiding_leaves_the_article_unlinked(collection):
    text = f"根据《劳动法》第八十七条的规定：“{WORDING}”"
    assert _resolved(collection, text) == [("《劳动法》第八十七条", "unresolved"), ("本法第四十七条", "unresolved")]
