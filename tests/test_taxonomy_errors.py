"""A taxonomy file that cannot be used is a clear error naming the file and the fault."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import LawNewsError, TaxonomyError

CASES = {
    "toml": ('[[mechanism]\nlabel = "甲"\n', "not valid TOML"),
    "label": ('[[mechanism]]\nlabels = "甲"\n', "label"),
    "field": ('[[mechanism]]\nlabel = "甲"\nsynonyms = "乙"\n', "synonyms must be a list of strings"),
    "key": ('[[mechanism]]\nlabel = "甲"\nsynonym = ["乙"]\n', "unknown key synonym"),
    "pattern": ('[[mechanism]]\nlabel = "甲"\npatterns = ["(未闭合"]\n', "pattern"),
    "table": ('mechanism = ["甲"]\n', "mechanism"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_taxonomy_is_a_lawnews_error_with_the_file_and_the_fault(tmp_path, case):
    body, fault = CASES[case]
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TaxonomyError) as e:
        lawnews.tag("交叉执行", taxonomy=path)
    assert isinstance(e.value, LawNewsError)
    assert str(path) in str(e.value) and fault in str(e.value)
    out = CliRunner().invoke(cli, ["tag", "--taxonomy", str(path), "交叉执行"])
    assert out.exit_code == 1 and out.output.startswith("Error:") and "Traceback" not in out.output


def test_a_taxonomy_that_is_not_utf8_or_absent_is_a_clear_error(tmp_path):
    path = tmp_path / "gbk.toml"
    path.write_bytes('[[mechanism]]\nlabel = "交叉执行"\n'.encode("gbk"))
    with pytest.raises(TaxonomyError, match="UTF-8"):
        lawnews.tag("交叉执行", taxonomy=path)
    with pytest.raises(TaxonomyError, match="cannot read"):
        lawnews.tag("交叉执行", taxonomy=tmp_path / "absent.toml")


def test_a_good_user_taxonomy_still_extends_the_shipped_one(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('extends = "default"\n[[mechanism]]\nlabel = "网格化执行"\nsynonyms = ["执行网格"]\n',
                    encoding="utf-8")
    found = lawnews.tag("法院推行执行网格，网格化执行覆盖全县。交叉执行成效明显，交叉执行案件执结30件。", taxonomy=path)
    assert {"网格化执行", "交叉执行"} <= set(found.mechanisms)
