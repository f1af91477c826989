"""Edges a legal researcher meets in a first afternoon with lawnews: open ranges,
batches of articles, export names, and the like. The articles are made up here."""

from __future__ import annotations

import io
import json

import pytest

import lawnews
from support import run_cli


def _articles() -> list[dict[str, str]]:
    return [
        {"id": "h1", "title": "湖北法院交叉执行", "text": "武汉市中级人民法院开展交叉执行，执行到位一千万元。", "date": "2023-05-06"},
        {"id": "h2", "title": "湖南法院执转破", "text": "长沙市中级人民法院推进执转破工作，清理执行积案。", "date": "2024-02-03"},
        {"id": "h3", "title": "山东法院失信惩戒", "text": "济南市中级人民法院对失信被执行人实施联合惩戒，执行工作见效。"},
    ]


@pytest.fixture()
def small():
    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles(_articles())
    yield ix
    ix.close()


@pytest.mark.parametrize("query, want", [
    ("year:[2023 TO *]", {"h1", "h2"}),
    ("year:[2024 TO *]", {"h2"}),
    ("year:{2023 TO *}", {"h2"}),
    ("year:[* TO 2023]", {"h1"}),
    ("year:[* TO *]", {"h1", "h2"}),
])
def test_a_year_range_open_at_an_end_holds_every_year_on_that_side(small, query, want):
    got = {h.article_id for h in small.search(query, limit=10).hits}
    assert got == want


def test_a_batch_giving_one_id_twice_is_refused_whole_instead_of_merging_two_articles(small):
    batch = [{"id": "n1", "title": "新闻一", "text": "广州市中级人民法院开展执行攻坚。"},
             {"id": "n1", "title": "新闻二", "text": "深圳市中级人民法院推进执转破。"}]
    with pytest.raises(lawnews.InvalidArgumentError, match=r"article 2: id 'n1' .* article 1"):
        small.add_articles(batch)
    with pytest.raises(lawnews.ArticleNotFoundError):
        small.article("n1")  # nothing of the batch was added
    assert small.add_articles(batch[:1]) == 1 and small.add_articles(batch[1:]) == 1  # one after the other: replaced
    assert small.article("n1").title == "新闻二" and len(small.article("n1").sections) == 1


@pytest.mark.parametrize("name", ["Lawnews", "law news", "_lawnews", "news#1", ""])
def test_an_index_name_elasticsearch_refuses_is_an_error_before_anything_is_written(small, tmp_path, name):
    with pytest.raises(lawnews.InvalidArgumentError, match="index name"):
        lawnews.export(small, io.StringIO(), format="es", index_name=name)
    out = tmp_path / "bulk.ndjson"
    out.write_text("kept\n", encoding="utf-8")
    result = run_cli("export", "--format", "es", "--index-name", name, "-o", str(out), ok=False)
    assert result.exit_code == 1 and "Error: " in result.output and "index name" in result.output
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "kept\n"  # the file there is left as it was


def test_a_lowercase_index_name_with_chinese_is_written_into_every_action_line(small):
    buf = io.StringIO()
    assert lawnews.export(small, buf, format="es", index_name="法律新闻-2024") == 3
    actions = [json.loads(line) for line in buf.getvalue().splitlines()[::2]]
    assert {a["index"]["_index"] for a in actions} == {"法律新闻-2024"}


def _regions() -> list[dict[str, str]]:
    return [{"id": "g1", "title": "广东法院执行", "text": "广东省广州市中级人民法院开展执行攻坚，执结一批案件。"},
            {"id": "c1", "title": "长沙法院执行", "text": "湖南省长沙市中级人民法院推进执转破工作。"}]


@pytest.mark.parametrize("facet, typed, want", [
    ("province", "廣東", "g1"), ("province", "廣東省", "g1"), ("city", "廣州", "g1"), ("city", "長沙", "c1"),
])
def test_a_region_typed_in_traditional_characters_filters_as_in_simplified(facet, typed, want):
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles(_regions())
        assert [h.article_id for h in ix.search("", **{facet: typed}).hits] == [want]
        assert [h.article_id for h in ix.search(f"{facet}:{typed}").hits] == [want]


def test_tag_scores_over_no_scored_article_are_no_scores_not_perfect_ones(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([{"file": "缺失.txt", "anchor": "执行", "provinces": ["湖北省"], "cities": [],
                                 "courts": [], "mechanisms": []}], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "texts").mkdir()
    result = run_cli("eval-tags", str(gold), "--texts", str(tmp_path / "texts"))
    assert "0 articles scored, 1 not scored" in result.output
    assert "1.000" not in result.output
    rows = [line.split() for line in result.output.splitlines() if line.startswith("provinces")]
    assert rows == [["provinces", "n/a", "n/a", "n/a", "0", "0", "0"]]
    data = json.loads(run_cli("eval-tags", str(gold), "--texts", str(tmp_path / "texts"), "--json").output)
    assert data["scored"] == 0
    assert all(f["precision"] is None and f["recall"] is None and f["f1"] is None for f in data["facets"])


def test_a_page_saved_in_big5_is_read_and_found_by_simplified_words(tmp_path):
    page = "臺灣高等法院強制執行新聞\n2024年1月2日 來源：測試時報\n廣東省廣州市中級人民法院開展集中執行行動，執行到位金額五百萬元。\n"
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "big5.txt").write_bytes(page.encode("big5"))
    (tmp_path / "news" / "gbk.txt").write_bytes("湖北省武汉市中级人民法院推进执转破工作。\n".encode("gbk"))
    articles = list(lawnews.parse(tmp_path / "news" / "big5.txt"))
    assert [a.title for a in articles] == ["臺灣高等法院強制執行新聞"]
    assert articles[0].date == "2024-01-02" and "集中執行" in articles[0].text
    report = lawnews.build_index(tmp_path / "news", index_dir=tmp_path / "ix")
    assert report.articles == 2 and not report.skipped
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert [h.article_id for h in ix.search("集中执行", province="广东").hits] == ["big5#1"]
        assert [h.article_id for h in ix.search("执转破").hits] == ["gbk#1"]  # GBK is still read as GBK


def test_filter_values_given_as_a_generator_filter_as_a_list_does(small):
    for call in (lambda ix, **f: ix.search("执行", **f).total, lambda ix, **f: ix.facets("执行", **f)["total"],
                 lambda ix, **f: ix.trends("执行", by="province", **f).total,
                 lambda ix, **f: len(ix.first("执行", by="city", **f).rows)):
        want = call(small, province=["湖北", "湖南"])
        assert want == 2
        assert call(small, province=(p for p in ["湖北", "湖南"])) == want
    assert {h.article_id for h in small.similar("h3", province=iter(["湖南"])).hits} == {"h2"}


def test_first_reports_with_an_empty_list_of_mechanisms_are_unfiltered(small):
    got = small.first("执行", by="province", mechanism=[])
    assert got.mechanism is None
    assert got.rows == small.first("执行", by="province").rows
    assert [r.value for r in small.first("执行", by="province", mechanism=iter(["执转破"])).rows] == ["湖南省"]


@pytest.mark.parametrize("paths", ["", "  ", [""], ["a.txt", ""]])
def test_an_empty_path_is_an_error_not_the_current_folder(tmp_path, monkeypatch, paths):
    (tmp_path / "here.txt").write_text("湖北省武汉市中级人民法院开展执行攻坚，执结一批案件。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("湖南省长沙市中级人民法院推进执转破。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(lawnews.InvalidArgumentError, match="path is empty"):
        lawnews.build_index(paths, index_dir=tmp_path / "ix")
    assert not (tmp_path / "ix").exists()
    with pytest.raises(lawnews.InvalidArgumentError, match="path is empty"):
        lawnews.parse(paths)
    with lawnews.NewsIndex.in_memory() as ix, pytest.raises(lawnews.InvalidArgumentError, match="path is empty"):
        ix.add(paths)


def test_the_html_snippet_escapes_the_text_it_marks():
    with lawnews.NewsIndex.in_memory() as ix:
        ix.add_articles([{"id": "x", "title": "测试", "text": "湖北法院执行 <b>A&B</b> 执行到位"}])
        hit = ix.search("执行").hits[0]
        assert "<b>" in hit.snippet  # the text as printed
        want = "湖北法院<em>执行</em> &lt;b&gt;A&amp;B&lt;/b&gt; <em>执行</em>到位"
        assert hit.snippet_html == hit.to_dict()["snippet_html"] == want
        assert hit.marked_snippet("[", "]") == "湖北法院[执行] <b>A&B</b> [执行]到位"  # other markers: text as is


def test_a_word_lock_file_beside_an_open_document_is_skipped_as_such(tmp_path):
    docx = pytest.importorskip("docx")
    folder = tmp_path / "稿件"
    folder.mkdir()
    doc = docx.Document()
    doc.add_heading("湖北法院交叉执行", 1)
    doc.add_paragraph("武汉市中级人民法院开展交叉执行，执行到位一千万元。")
    doc.save(folder / "报道.docx")
    (folder / "~$报道.docx").write_bytes(b"\x0czhang san" + b"\x00" * 150)  # what Word leaves while it edits
    skipped: list = []
    assert [a.title for a in lawnews.parse(folder, skipped=skipped)] == ["湖北法院交叉执行"]
    assert [(s.path.rsplit("/", 1)[-1], s.reason.split(" (")[0]) for s in skipped] == \
        [("~$报道.docx", "an Office lock file")]


@pytest.mark.parametrize("typed", ["h1 ", " h1", "h1\u3000"])
def test_an_id_pasted_with_a_space_at_an_end_is_not_found_but_the_error_names_the_id_meant(small, typed):
    for look in (small.article, small.copies, small.show, small.citations, small.similar):
        with pytest.raises(lawnews.ArticleNotFoundError, match="did you mean 'h1'"):
            look(typed)
    with pytest.raises(lawnews.ArticleNotFoundError) as nothing_close:
        small.article("h9 ")
    assert "did you mean" not in str(nothing_close.value)


def test_show_names_the_id_meant_when_one_was_pasted_with_a_space_or_a_full_width_sign(tmp_path):
    (tmp_path / "news.txt").write_text("湖北法院交叉执行\n武汉市中级人民法院开展交叉执行，执行到位一千万元。\n",
                                       encoding="utf-8")
    lawnews.build_index(tmp_path / "news.txt", index_dir=tmp_path / "ix")
    for typed in ("news#1 ", "news＃1"):
        result = run_cli("show", typed, "--index-dir", str(tmp_path / "ix"), ok=False)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "did you mean 'news#1'?" in result.output
