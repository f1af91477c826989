"""Full-width operators mean what their ASCII forms mean, and ``text:`` means the
text field alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import lawnews
from lawnews.search.syntax import normalize
from support import CORPUS, DATA


def ids(res):
    return {h.article_id for h in res.hits}


def containing(phrase: str) -> set[str]:
    """The test articles whose title or text holds ``phrase`` verbatim."""
    with open(DATA / "articles.jsonl", encoding="utf-8") as fh:
        return {o["id"] for o in map(json.loads, fh) if phrase in o["title"] or phrase in o["text"]}


@pytest.mark.parametrize("typed, ascii_", [
    ("“交叉执行案件”", '"交叉执行案件"'),
    ("「交叉执行案件」", '"交叉执行案件"'),
    ("『交叉执行案件』", '"交叉执行案件"'),
    ("＂交叉执行案件＂", '"交叉执行案件"'),
    ("（交叉执行 OR 执转破） AND 石门", "(交叉执行 OR 执转破) AND 石门"),
    ("交叉执行 －湖南", "交叉执行 -湖南"),
    ("交叉执行　－湖南", "交叉执行 -湖南"),
    ("交叉执行 ＮＯＴ 湖南", "交叉执行 NOT 湖南"),
    ("交叉执行 ＯＲ 执转破", "交叉执行 OR 执转破"),
    ("title：执行", "title:执行"),
    ("ｔｉｔｌｅ：终本", "title:终本"),
    ("date：［２０２４－０７－０１ TO ２０２４－０８－３１］", "date:[2024-07-01 TO 2024-08-31]"),
    ("date:＞＝2024-11", "date:>=2024-11"),
    ("执行 ＋湖南", "执行 +湖南"),
])
def test_full_width_operators_give_the_hits_of_their_ascii_forms(data_index, typed, ascii_):
    expected = ids(data_index.search(ascii_, limit=50))
    assert expected
    assert ids(data_index.search(typed, limit=50)) == expected


def test_curly_quotes_are_an_exact_phrase(data_index):
    # 交叉执行 and 案件 are both in t02, but not side by side
    assert ids(data_index.search("“交叉执行案件”", limit=50)) == containing("交叉执行案件")
    assert ids(data_index.search("交叉执行 案件", limit=50)) > containing("交叉执行案件")


def test_full_width_brackets_group(data_index):
    assert ids(data_index.search("（交叉执行 OR 执转破） AND 石门", limit=50)) == {"t03"}


def test_full_width_minus_excludes(data_index):
    assert ids(data_index.search("交叉执行 －湖南", limit=50)) == {"t01"}


def test_a_full_width_colon_after_a_field_name_restricts_to_the_field(data_index):
    res = data_index.search("title：执行", explain=True, limit=50)
    assert "title:" in res.parsed and "text:" not in res.parsed


def test_a_chinese_colon_elsewhere_is_punctuation(data_index):
    assert normalize("湖南：执行") == "湖南：执行"
    assert normalize("AI：赋能") == "AI：赋能"  # not a field name
    assert data_index.search("湖南：交叉执行", limit=50).total == data_index.search("湖南 交叉执行", limit=50).total


def test_normalisation_keeps_every_position():
    typed = "ｔｉｔｌｅ：“执行”（ＡＮＤ　－湖南）［１｝"
    narrow = normalize(typed)
    assert len(narrow) == len(typed)
    assert narrow == 'title:"执行"(AND -湖南)[1}'
    assert normalize('"人民法院（２０２４）“执行”"') == '"人民法院（２０２４）“执行”"'  # a phrase is exact text


@pytest.mark.parametrize("typed, position", [
    ("“执行到位", 0), ("（交叉执行 OR 终本", 0), ("交叉执行）", 4), ("执行　［2024", 3), ("title：“执行", 6),
    ("date：２０２４－１３－４５", 5),
])
def test_errors_in_full_width_queries_point_into_the_typed_string(data_index, typed, position):
    with pytest.raises(lawnews.QuerySyntaxError) as e:
        data_index.search(typed)
    assert e.value.position == position
    assert repr(typed) in str(e.value)


# --------------------------------------------------------------- text:

@pytest.fixture(scope="module")
def fields_index(tmp_path_factory) -> Path:
    """石门 in the title of f1, a section heading of f2 and the text of f3."""
    tmp = tmp_path_factory.mktemp("fields")
    records = [
        {"id": "f1", "title": "石门法院执行工作", "text": "县法院推进执行工作。"},
        {"id": "f2", "title": "法院执行工作", "text": "## 石门经验\n县法院推进执行工作。"},
        {"id": "f3", "title": "法院执行工作", "text": "石门县法院推进执行工作。"},
    ]
    (tmp / "f.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                 encoding="utf-8")
    lawnews.build_index([tmp / "f.jsonl"], tmp / "ix", rebuild=True)
    return tmp / "ix"


@pytest.mark.parametrize("query, expected", [
    ("text:石门", {"f3"}),
    ('text:"石门县"', {"f3"}),
    ("title:石门", {"f1"}),
    ("heading:石门", {"f2"}),
    ("石门", {"f1", "f2", "f3"}),
    ("text:石门 OR title:石门", {"f1", "f3"}),
])
def test_a_field_prefix_restricts_to_that_field_and_text_is_one(fields_index, query, expected):
    with lawnews.NewsIndex.open(fields_index) as ix:
        assert ids(ix.search(query, limit=50)) == expected


def test_text_field_explained_scores_only_the_text(fields_index):
    with lawnews.NewsIndex.open(fields_index) as ix:
        res = ix.search("text:石门", explain=True)
    assert "title:" not in res.parsed and "heading:" not in res.parsed
    assert {f for hit in res.hits for f, _t, _s in hit.explanation} == {"text"}


def test_a_long_pasted_text_with_operators_is_refused_clearly_or_searched_leniently(data_index):
    text = (CORPUS / "001_8969ffdc580c6263.txt").read_text(encoding="utf-8").replace("\n", "")[:6000]
    text = re.sub(r"[^\u4e00-\u9fff]+", " ", text)  # Chinese words only
    query = "交叉执行 AND (" + text + ")"
    with pytest.raises(lawnews.QuerySyntaxError) as e:
        data_index.search(query)
    assert "distinct words" in str(e.value)
    assert data_index.search(query, lenient=True).total >= 0
