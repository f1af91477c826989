"""A JSONL record's ``id``: a string, or a whole number as database exports write it (kept as
its decimal string); a fraction or a boolean is refused with the field named."""

from __future__ import annotations

import re

import pytest

from lawnews.index.ingest.jsonl import record_article


def test_a_whole_number_id_is_kept_as_its_string():
    article = record_article({"id": 3, "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)
    assert article.id == "3"


@pytest.mark.parametrize("value, said", [(4.5, "a number (4.5)"), (True, "true"), ([1], "an array")])
def test_other_ids_are_refused_naming_the_field(value, said):
    with pytest.raises(ValueError, match=re.escape(f"field 'id' must be a string, not {said}")):
        record_article({"id": value, "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)


@pytest.mark.parametrize("written", [" a1 ", "a1\t", "\u3000a1", "a1\n"])
def test_spaces_around_an_id_are_not_part_of_it(written):
    # the id a user is shown and types is the one without them (`lawnews show a1`)
    article = record_article({"id": written, "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)
    assert article.id == "a1"


def test_spaces_inside_an_id_are_kept():
    article = record_article({"id": " 青溪 一号 ", "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)
    assert article.id == "青溪 一号"


def test_an_id_written_with_spaces_is_found_without_them(tmp_path):
    import lawnews

    path = tmp_path / "n.jsonl"
    path.write_text('{"id": " a1 ", "title": "青溪法院执行", "text": "青溪县人民法院执结一案，执行案款到位。"}\n',
                    encoding="utf-8")
    with lawnews.NewsIndex.create(tmp_path / "ix") as ix:
        ix.add([path])
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.article("a1").id == "a1"
