"""A JSONL record's ``id``: a string, or a whole number as database exports write it (kept as
its decimal string); a fraction or a boolean is refused with the field named."""

from __future__ import annotations

import re

import pytest

from lawnews.index.ingest.readers import record_article


def test_a_whole_number_id_is_kept_as_its_string():
    article = record_article({"id": 3, "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)
    assert article.id == "3"


@pytest.mark.parametrize("value, said", [(4.5, "a number (4.5)"), (True, "true"), ([1], "an array")])
def test_other_ids_are_refused_naming_the_field(value, said):
    with pytest.raises(ValueError, match=re.escape(f"field 'id' must be a string, not {said}")):
        record_article({"id": value, "title": "青溪法院执行", "text": "青溪县人民法院执结一案。"}, "a.jsonl", 1)
