"""Statute citations in forms that pages of many sites print (``lawnews.index.tagging.citations``,
``lawnews.index.store.statutes``): an interpretation named after its law's full bracketed title,
each with a look-alike that must not be linked.

Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.index.store import statutes
from support import cited as cites
from support import resolution, statute_collection

CIVIL_PROCEDURE = "中华人民共和国民事诉讼法"
PROCEDURE_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
LABOUR_CONTRACT = "中华人民共和国劳动合同法"
CIVIL_CODE = "中华人民共和国民法典"


@pytest.fixture()
def procedure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> statutes.Collection:
    return statute_collection(tmp_path, monkeypatch, [
        {"id": "L#第二百四十七条", "title": f"{CIVIL_PROCEDURE} 第二百四十七条", "law": CIVIL_PROCEDURE,
         "text": "人民法院对申请执行的仲裁裁决应当审查。", "date": "2023-09-01"},
        {"id": "I#第二百四十七条", "title": f"{PROCEDURE_INTERPRETATION} 第二百四十七条",
         "law": PROCEDURE_INTERPRETATION, "text": "当事人就已经提起诉讼的事项再次起诉的，构成重复起诉。",
         "date": "2022-04-01"}])


def test_an_interpretation_named_after_its_laws_full_title_resolves_to_the_interpretation(procedure):
    text = "依据《中华人民共和国民事诉讼法》司法解释第二百四十七条，后诉不予受理。"
    r = resolution(procedure, text, "2023-12-01")
    assert (r.law, r.targets[0].id) == (PROCEDURE_INTERPRETATION, "I#第二百四十七条")


def test_the_full_title_itself_still_resolves_to_the_law(procedure):
    text = "依据《中华人民共和国民事诉讼法》第二百四十七条，法院审查了裁决。"
    r = resolution(procedure, text, "2023-12-01")
    assert (r.law, r.targets[0].id) == (CIVIL_PROCEDURE, "L#第二百四十七条")
