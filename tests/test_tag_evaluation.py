"""`lawnews eval-tags`: facet precision and recall against hand annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawnews.cli import cli
from lawnews.search.evaluation import EvalDataError
from lawnews.tag_evaluation import evaluate_tags

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "articles.json"

PAGES = {
    "t1": "荆州市中级人民法院近日组织开展交叉执行专项行动，将长期未执结案件交由异地法院办理。"
          "公安县人民法院执行干警连续奋战，执结案件二十件，到位金额三百万元。",
    "t2": "石门县人民法院召开执行工作推进会，部署下一阶段工作任务，要求全院干警提高认识。",
    "t3": "漯河市中级人民法院坚持把非诉讼纠纷解决机制挺在前面，推动诉源治理工作走深走实，诉前调解成功案件一千件。",
}


def _write(tmp_path: Path, records: list[dict]) -> Path:
    folder = tmp_path / "pages" / "tags"
    folder.mkdir(parents=True)
    for rid, text in PAGES.items():
        (folder / f"{rid}.txt").write_text(text, encoding="utf-8")
    ann = tmp_path / "tag-pages.jsonl"
    ann.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return ann


RECORDS = [
    {"id": "t1", "half": "dev", "anchor": "公安县人民法院执行干警连续奋战",
     "provinces": ["湖北省"], "cities": ["荆州市"],
     "courts": ["荆州市中级人民法院", "公安县人民法院", "荆州市荆州区人民法院"], "mechanisms": ["交叉执行"]},
    {"id": "t2", "half": "test", "anchor": "部署下一阶段工作任务",
     "provinces": [], "cities": [], "courts": ["石门县人民法院"], "mechanisms": []},
    {"id": "t3", "half": "test", "anchor": "推动诉源治理工作走深走实",
     "provinces": ["河南省"], "cities": ["漯河市"], "courts": ["漯河市中级人民法院"], "mechanisms": ["诉源治理"]},
]


def test_the_gold_of_the_bundled_pages_scores_one_on_every_facet():
    if not GOLD.is_file():
        pytest.skip(f"the gold annotations are not at {GOLD}")
    report = evaluate_tags(GOLD)
    assert len(report.records) == 29 and not report.unscored
    for s in report.scores:
        assert (s.precision, s.recall) == (1.0, 1.0), s


def test_a_missed_court_is_a_false_negative_and_listed_as_a_miss(tmp_path):
    report = evaluate_tags(_write(tmp_path, RECORDS))
    courts = report.score("courts")
    t1 = next(r for r in report.records if r.id == "t1")
    assert "荆州市荆州区人民法院" in t1.misses["courts"]  # annotated, not in the text: the tagger cannot find it
    assert courts.fn >= 1 and courts.recall < 1.0
    # every annotated value is either found or listed as a miss
    for r in report.records:
        want = set(next(x for x in RECORDS if x["id"] == r.id)["courts"])
        assert set(r.misses["courts"]) <= want


def test_a_tag_the_annotation_lacks_is_a_false_positive_and_listed_as_an_extra(tmp_path):
    report = evaluate_tags(_write(tmp_path, RECORDS))
    t2 = next(r for r in report.records if r.id == "t2")
    # 石门县 is in 常德市, 湖南省: the tagger adds both; the annotation left them out on purpose
    assert "湖南省" in t2.extras["provinces"]
    assert report.score("provinces").fp >= 1 and report.score("provinces").precision < 1.0


def test_the_half_option_scores_only_that_half(tmp_path):
    ann = _write(tmp_path, RECORDS)
    assert {r.id for r in evaluate_tags(ann, half="test").records} == {"t2", "t3"}
    assert {r.id for r in evaluate_tags(ann, half="dev").records} == {"t1"}


def test_a_missing_text_or_an_unmatched_anchor_is_reported_not_scored(tmp_path):
    records = RECORDS + [{"id": "t9", "anchor": "不存在的页面文本片段", "courts": ["荆州市中级人民法院"]},
                         {"id": "t3x", "anchor": "这句话不在文本中出现", "courts": []}]
    ann = _write(tmp_path, records)
    (tmp_path / "pages" / "tags" / "t3x.txt").write_text(PAGES["t3"], encoding="utf-8")
    report = evaluate_tags(ann)
    reasons = dict(report.unscored)
    assert "no text" in reasons["t9"]
    assert "anchor" in reasons["t3x"]
    assert {r.id for r in report.records} == {"t1", "t2", "t3"}


def test_the_command_prints_the_table_and_json(tmp_path):
    ann = _write(tmp_path, RECORDS)
    out = CliRunner().invoke(cli, ["eval-tags", str(ann)])
    assert out.exit_code == 0, out.output
    assert "courts" in out.output and "荆州市荆州区人民法院" in out.output
    js = CliRunner().invoke(cli, ["eval-tags", str(ann), "--json", "--half", "dev"])
    data = json.loads(js.output)
    assert data["half"] == "dev" and data["scored"] == 1
    assert "荆州市荆州区人民法院" in js.output  # UTF-8, not \\u escapes


def test_a_malformed_annotation_file_is_a_clear_error(tmp_path):
    ann = tmp_path / "bad.jsonl"
    ann.write_text('{"id": "x", "courts": "荆州中院"}\n', encoding="utf-8")
    (tmp_path / "pages" / "tags").mkdir(parents=True)
    with pytest.raises(EvalDataError, match="courts must be a list"):
        evaluate_tags(ann)
    out = CliRunner().invoke(cli, ["eval-tags", str(ann)])
    assert out.exit_code == 1 and out.output.startswith("Error:") and "courts must be a list" in out.output
    ann.write_text("{not json\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval-tags", str(ann)])
    assert out.exit_code == 1 and "line 1" in out.output


def test_a_facet_the_record_leaves_out_is_not_scored(tmp_path):
    ann = _write(tmp_path, [{"id": "t2", "anchor": "部署下一阶段工作任务", "courts": ["石门县人民法院"]}])
    report = evaluate_tags(ann)
    assert report.score("courts").tp == 1
    # the tagger finds 湖南省 and 常德市, but the record annotates courts only
    assert report.score("provinces").fp == 0 and report.score("cities").fp == 0


def test_annotated_names_are_compared_in_the_form_a_filter_resolves_them_to(tmp_path):
    ann = _write(tmp_path, [{"id": "t3", "anchor": "推动诉源治理工作走深走实", "provinces": ["河南"],
                             "courts": ["河南省漯河市中级人民法院"], "cities": ["漯河"]}])
    report = evaluate_tags(ann)
    for facet in ("provinces", "cities", "courts"):
        assert (report.score(facet).tp, report.score(facet).fn) == (1, 0), facet


def test_a_municipality_is_scored_as_a_province_not_as_a_city(tmp_path):
    folder = tmp_path / "pages" / "tags"
    folder.mkdir(parents=True)
    (folder / "m1.txt").write_text("北京市朝阳区人民法院近日召开执行工作会议，部署专项执行行动。", encoding="utf-8")
    ann = tmp_path / "a.jsonl"
    ann.write_text(json.dumps({"id": "m1", "anchor": "近日召开执行工作会议", "provinces": ["北京市"],
                               "cities": []}, ensure_ascii=False), encoding="utf-8")
    report = evaluate_tags(ann)
    assert report.score("provinces").tp == 1
    assert report.score("cities").fp == 0


def test_a_facet_with_nothing_scored_shows_n_a_not_perfect_scores(tmp_path):
    ann = _write(tmp_path, RECORDS)
    for page in (tmp_path / "pages" / "tags").iterdir():
        page.unlink()  # no text of any page: nothing is scored
    report = evaluate_tags(ann)
    assert not report.records and len(report.unscored) == 3
    assert all(s.to_dict()["precision"] is None and s.to_dict()["recall"] is None for s in report.scores)
    out = CliRunner().invoke(cli, ["eval-tags", str(ann), "--json"])
    assert json.loads(out.output)["facets"][0]["precision"] is None
    out = CliRunner().invoke(cli, ["eval-tags", str(ann)])
    assert "1.000" not in out.output and "provinces      n/a    n/a    n/a" in out.output


@pytest.mark.parametrize("body", ["", "\n", "[]"])
def test_an_annotations_file_without_annotations_is_an_error(tmp_path, body):
    ann = _write(tmp_path, RECORDS)
    ann.write_text(body, encoding="utf-8")
    with pytest.raises(EvalDataError, match="has no annotated article"):
        evaluate_tags(ann)
    out = CliRunner().invoke(cli, ["eval-tags", str(ann)])
    assert out.exit_code == 1 and "has no annotated article" in out.output


def test_a_half_without_annotations_is_an_error_and_a_bom_is_read(tmp_path):
    ann = _write(tmp_path, RECORDS[:1])
    with pytest.raises(EvalDataError, match="no annotated article of half 'test'"):
        evaluate_tags(ann, half="test")
    ann.write_bytes(b"\xef\xbb\xbf" + ann.read_bytes())  # saved by a Windows editor
    assert {r.id for r in evaluate_tags(ann).records} == {"t1"}


def test_annotations_are_read_as_the_other_evaluation_files_are(tmp_path):
    ann = _write(tmp_path, RECORDS)
    ann.write_bytes(b"\xef\xbb\xbf" + ann.read_bytes())  # a byte order mark (Windows editors) is left out
    assert evaluate_tags(ann, half="dev").records[0].id == "t1"
    with pytest.raises(EvalDataError, match=r"^no annotations file at .*gone\.jsonl$"):
        evaluate_tags(tmp_path / "gone.jsonl")
    ann.write_bytes('{"id": "t1", "anchor": "执行"}\n'.encode("gb18030"))
    with pytest.raises(EvalDataError, match=r"^cannot read annotations file .*: not UTF-8 \(byte 26\)$"):
        evaluate_tags(ann)
