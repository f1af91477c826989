"""``lawnews profile`` takes a subject's kind as a query takes a field's name: by its Chinese
field name (``法院:荆州中院`` is ``court:荆州中院``), in any case and in full-width letters
(``COURT:``, ``ｃｏｕｒｔ：``), and names the kind as written when it is unknown."""

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
    ("COURT:荆州中院", ("court", "荆州中院")),
    ("Court_Level:中院", ("court_level", "中院")),
    ("ｃｏｕｒｔ：荆州中院", ("court", "荆州中院")),
    ("ＰＲＯＶＩＮＣＥ:湖南", ("province", "湖南")),
])
def test_a_kind_by_its_chinese_field_name(subject: str, expected: tuple[str, str]) -> None:
    assert parse_subject(subject) == expected


def test_an_unknown_chinese_kind_is_named_as_written() -> None:
    with pytest.raises(InvalidArgumentError, match="'标题'"):
        parse_subject("标题:执行")


def test_an_unknown_kind_in_capitals_is_named_as_written() -> None:
    with pytest.raises(InvalidArgumentError, match="'COURTS'.*did you mean court:荆州中院"):
        parse_subject("COURTS:荆州中院")
