"""Resolution of a text citing, by the law's name, an article beyond the end of the law as the
collection holds it (``lawnews.index.store.statutes``): the text cites another numbering of the
law (an older text renumbered since, or one newer than the collection holds), so its other
articles of that law are not linked by their numbers either.

A tiny collection written for the test: a made-up interpretation of five articles, dated 2020,
whose older text (not held) had more; and the 刑法, numbered once, where a number past its end is a
misprint. The tests share one collection, built once for the module (``collection`` in conftest).
"""

from __future__ import annotations

from lawnews.index.store import statutes
from lawnews.index.tagging.citations import extract

RULE = "最高人民法院关于审理测试赔偿案件适用法律若干问题的解释"
CRIMINAL = "中华人民共和国刑法"
STATUTES = [
    *({"id": f"R#第{n}条", "title": f"{RULE} 第{n}条", "text": f"测试赔偿的第{n}项规则，按照实际损失计算赔偿数额。",
       "date": "2020-12-29", "law": RULE} for n in "一二三四五"),
    {"id": "C#第二十条", "title": f"{CRIMINAL} 第二十条", "text": "为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害，而采取的制止不法侵害的行为，属于正当防卫。",
     "law": CRIMINAL},
    {"id": "C#第二十一条", "title": f"{CRIMINAL} 第二十一条", "text": "为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在发生的危险，不得已采取的紧急避险行为，不负刑事责任。",
     "law": CRIMINAL},
]


def resolved(collection: statutes.Collection, text: str, date: str | None) -> list[tuple[str, list[str | None]]]:
    cited = extract(text)
    return [(c.text, [t.id for t in r.targets]) for c, r in zip(cited, collection.resolve_all(cited, date))]


def test_an_article_past_the_end_unlinks_the_texts_other_articles_of_that_law(collection):
    text = (f"法院依照《{RULE}》第三条计算医疗费。\n\n"
            f"对于死亡赔偿金，法院依照《{RULE}》第九条计算，判决被告赔偿。")
    assert resolved(collection, text, "2021-05-01") == [(f"《{RULE}》第三条", [None]), (f"《{RULE}》第九条", [None])]


def test_so_does_one_past_the_end_in_the_same_list(collection):
    text = f"法院依照《{RULE}》第三条、第九条计算赔偿数额。"
    assert resolved(collection, text, "2021-05-01") == [(f"《{RULE}》第三条、第九条", [None, None])]


def test_without_an_article_past_the_end_the_articles_are_linked(collection):
    text = f"法院依照《{RULE}》第三条计算医疗费，并依照《{RULE}》第五条计算护理费。"
    assert resolved(collection, text, "2021-05-01") == [(f"《{RULE}》第三条", ["R#第三条"]),
                                                      (f"《{RULE}》第五条", ["R#第五条"])]


def test_a_bare_article_past_the_end_shows_nothing_of_the_kind(collection):
    # a bare number takes its law from the text around it: it may be another document's
    text = f"法院依照《{RULE}》第三条计算医疗费。\n\n第九条 本规定自公布之日起施行。"
    assert resolved(collection, text, "2021-05-01")[0] == (f"《{RULE}》第三条", ["R#第三条"])


def test_a_number_past_the_end_of_a_law_numbered_once_is_a_misprint(collection):
    text = "依照刑法第二十条的规定，其行为属于正当防卫；刑法第九百二十一条另有规定。"
    assert resolved(collection, text, "2021-05-01") == [("刑法第二十条", ["C#第二十条"]), ("刑法第九百二十一条", [None])]
