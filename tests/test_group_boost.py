"""A boost on a group, a field's group or a word naming a court or region scores
exactly that many times more, finds the same articles, in full-width forms too,
and ``explain`` shows the boosted parts; a ``NOT`` scores as a ``-`` does."""

from __future__ import annotations

import json

import pytest

import lawnews

RECORDS = [
    {"id": "a", "title": "法院执行工作", "text": "青山县法院开展执行工作，集中执行一批案件。"},
    {"id": "b", "title": "司法拍卖", "text": "绿水县法院网络拍卖房产一处，拍卖成交。"},
    {"id": "c", "title": "调解", "text": "法院调解一起邻里纠纷，执行顺利。"},
    {"id": "d", "title": "其他", "text": "法院开展普法宣传活动。"},
    {"id": "e", "title": "长沙中院", "text": "长沙市中级人民法院召开新闻发布会，通报执行工作情况。"},
    {"id": "f", "title": "湖南法院", "text": "湖南法院开展交叉执行。"},
    {"id": "g", "title": "不予执行", "text": "依照《中华人民共和国民事诉讼法》第二百三十七条的规定，裁定不予执行。"
                                        "另依刑法第三百一十三条判处。"},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    src = tmp_path_factory.mktemp("boost") / "records.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    ix = src.parent / "ix"
    lawnews.build_index([src], ix)
    with lawnews.NewsIndex.open(ix) as opened:
        yield opened


def scores(index, query, **kw):
    return {h.article_id: h.score for h in index.search(query, **kw).hits}


@pytest.mark.parametrize("plain, boosted, n", [
    ("(执行 OR 拍卖)", "(执行 OR 拍卖)^2", 2),
    ("(执行 OR 拍卖)", "（执行 OR 拍卖）＾２", 2),
    ("执行", "执行＾２", 2),
    ("(执行 法院)", "(执行 法院)^3", 3),
    ("title:(执行 OR 拍卖)", "title:(执行 OR 拍卖)^2", 2),
    ("title:(执行 OR 拍卖) 法院", "title:(执行 OR 拍卖)^2 法院^2", 2),
    ("(执行 OR 拍卖) -调解", "(执行 OR 拍卖)^2 -调解", 2),
    ("(执行 OR 拍卖)", "((执行 OR 拍卖)^2)^3", 6),
    ("湖南", "湖南^2", 2),
    ("长沙中院", "长沙中院^2", 2),
    ("(湖南 OR 拍卖)", "(湖南 OR 拍卖)^0.5", 0.5),
    ("cites:民诉法第237条", "cites:民诉法第237条^2", 2),
    ('cites:"民诉法第237条"', 'cites:"民诉法第237条"^2', 2),
    ("cites:民事诉讼法 第二百三十七条", "cites:民事诉讼法 第二百三十七条^3", 3),
    ("statute:刑法", "statute:刑法^2", 2),
    ("statute:刑法 OR 拍卖", "statute:刑法^2 OR 拍卖^2", 2),
])
def test_a_boost_scores_exactly_that_many_times_more_and_finds_the_same(index, plain, boosted, n):
    before, after = scores(index, plain), scores(index, boosted)
    assert before and set(after) == set(before)
    for article_id, score in before.items():
        assert after[article_id] == pytest.approx(score * n, rel=1e-5)


def test_a_boosted_word_naming_a_court_still_finds_the_articles_tagged_with_it(index):
    assert set(scores(index, "湖南^2")) == {"e", "f"}  # e names 长沙市中级人民法院, not 湖南


def test_explain_shows_a_boosted_group_parts_adding_up_to_the_score(index):
    for hit in index.search("(执行 OR 拍卖)^2", explain=True).hits:
        assert sum(part[2] for part in hit.explanation) == pytest.approx(hit.score, rel=1e-3)


@pytest.mark.parametrize("written, as_minus", [
    ("执行 NOT 调解", "执行 -调解"),
    ("(执行 NOT 调解) OR 拍卖", "(执行 ANDNOT 调解) OR 拍卖"),
    ("执行 NOT 调解 NOT 湖南", "执行 -调解 -湖南"),
])
def test_a_not_scores_as_a_minus_does_adding_nothing_to_the_matches(index, written, as_minus):
    got, want = scores(index, written), scores(index, as_minus)
    assert set(got) == set(want)
    for article_id, score in want.items():
        assert got[article_id] == pytest.approx(score, rel=1e-6)
    assert scores(index, "执行 NOT 调解")["a"] == pytest.approx(scores(index, "执行")["a"], rel=1e-6)
