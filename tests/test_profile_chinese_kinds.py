"""``lawnews profile`` takes a subject's kind by its Chinese field name, as a query does
(``法院:荆州中院`` is ``court:荆州中院``), and names the kind as written when it is unknown."""

from __future__ import annotations

import pytest

from lawnews.errors import InvalidArgumentError
from lawnews.landscape import parse_subject


@pytest.mark.parametrize("subject, expected", [
    ("法院:荆州中院", ("court", "荆州中院")),
    ("机制：交叉执行", ("mechanism", "交叉执行")),
    ("省份:湖南", ("province", "湖南")),
    ("区县:浦东新区", ("county", "浦东新区")),
    ("法律:民诉法", ("statute", "民诉法")),
    ("court:荆州中院", ("court", "荆州中院")),
])
def test_a_kind_by_its_chinese_field_name(subject: str, expected: tuple[str, str]) -> None:
    assert parse_subject(subject) == expected


def test_an_unknown_chinese_kind_is_named_as_written() -> None:
    with pytest.raises(InvalidArgumentError, match="'标题'"):
        parse_subject("标题:执行")
