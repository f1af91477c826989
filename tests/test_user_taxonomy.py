"""A user's taxonomy file: saved with a BOM it is read; an ``extends`` not understood
and a label given twice are errors naming the line; a label of the user's own that is
a form of a shipped label wins that form (text and filters alike); the synonyms of the
taxonomy an index was built with expand its queries, a label the segmenter cuts into
words too."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import TaxonomyError

OWN = 'extends = "default"\n\n[[mechanism]]\nlabel = "智慧执行"\nsynonyms = ["智能执行"]\n'


def test_a_taxonomy_saved_with_a_bom_is_read(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_bytes(b"\xef\xbb\xbf" + OWN.encode("utf-8"))
    assert lawnews.tag("本院推进智能执行建设。", taxonomy=path).mechanisms == ("智慧执行",)
    out = CliRunner().invoke(cli, ["tag", "--taxonomy", str(path), "本院推进智能执行建设。"])
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("value", ['"other"', '"defaults"', "true"])
def test_an_extends_not_understood_names_its_line(tmp_path, value):
    path = tmp_path / "mine.toml"
    path.write_text(f"# my labels\nextends = {value}\n\n[[mechanism]]\nlabel = \"智慧执行\"\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"line 2: extends = .* is not understood; write extends = \"default\""):
        lawnews.tag("智慧执行", taxonomy=path)


def test_a_label_given_twice_names_both_lines(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(OWN + '\n[[mechanism]]\nlabel = "云执行"\n\n[[mechanism]]\nlabel = "智慧执行"\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="'智慧执行' is given twice, mechanisms 1 and 3 \\(lines 4 and 11\\)"):
        lawnews.tag("智慧执行", taxonomy=path)


def test_a_users_label_that_is_a_shipped_form_wins_it(tmp_path):
    text = "法院对企业设备采取活封活扣措施，为其保留生产条件。"
    assert lawnews.tag(text).mechanisms == ("善意文明执行",)
    path = tmp_path / "mine.toml"
    path.write_text('extends = "default"\n\n[[mechanism]]\nlabel = "活封活扣"\n', encoding="utf-8")
    assert lawnews.tag(text, taxonomy=path).mechanisms == ("活封活扣",)
    from lawnews.index.tagging.mechanisms import Taxonomy

    mine = Taxonomy.load(path)
    assert mine.label_of("活封活扣") == "活封活扣"
    assert "活封活扣" not in mine.synonyms("善意文明执行")
    assert mine.label_of("放水养鱼") == "善意文明执行"  # its other forms stay


def test_a_users_form_inside_a_shipped_description_is_found_beside_it(tmp_path):
    """The shipped description of 善意文明执行 (what is sealed used all the same: 采取…措施，允许其继续生产)
    takes in the words 活封活扣; a user's label 活封活扣 is found there all the same, beside it."""
    text = "法院对企业设备采取活封活扣措施，允许其继续生产。"
    assert lawnews.tag(text).mechanisms == ("善意文明执行",)
    path = tmp_path / "mine.toml"
    path.write_text('extends = "default"\n\n[[mechanism]]\nlabel = "活封活扣"\n', encoding="utf-8")
    assert set(lawnews.tag(text, taxonomy=path).mechanisms) == {"活封活扣", "善意文明执行"}


SMART = ('extends = "default"\n\n[[mechanism]]\nlabel = "智慧执行"\n'
         'synonyms = ["执行信息化", "智能执行"]\n')
INFORMATISED = "法院推进执行工作\n\n本院大力推进执行信息化建设，提高办案效率。\n"


def _folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "信息化.txt").write_text(INFORMATISED, encoding="utf-8")
    return folder


def test_an_own_labels_synonyms_expand_the_query(tmp_path):
    taxonomy = tmp_path / "mine.toml"
    taxonomy.write_text(SMART, encoding="utf-8")
    index_dir = tmp_path / "ix"
    lawnews.build_index([_folder(tmp_path)], index_dir, taxonomy=taxonomy)
    out = CliRunner().invoke(cli, ["search", "智慧执行", "--index-dir", str(index_dir), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert [h["title"] for h in data["hits"]] == ["法院推进执行工作"]
    assert not data["relaxed"]
    assert {"执行信息化", "智能执行"} <= set(data["expanded"]["智慧执行"])
    taxonomy.unlink()  # the copy the index keeps of it reads the same
    with lawnews.NewsIndex.open(index_dir) as ix:
        found = ix.search("执行信息化")
    assert {"智慧执行", "智能执行"} <= set(found.expanded["执行信息化"])


def test_an_index_of_the_shipped_taxonomy_has_no_such_synonyms(tmp_path):
    index_dir = tmp_path / "ix"
    lawnews.build_index([_folder(tmp_path)], index_dir)
    with lawnews.NewsIndex.open(index_dir) as ix:
        found = ix.search("智慧执行")
    assert found.expanded == {}
    assert found.relaxed  # found by its word 执行 alone, as a query of words no article has all of is


def test_a_shipped_synonym_cut_into_words_expands_whole():
    with lawnews.NewsIndex.in_memory() as ix:
        found = ix.search("府院协调")
    assert "府院联动" in found.expanded["府院协调"]
