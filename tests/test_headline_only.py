"""A page that prints only its headline is indexed as an article with that title
(no body), counted and warned about; pages with no text at all are still skipped."""

from __future__ import annotations

import lawnews
from lawnews.index.documents import headline_only
from lawnews.index.ingest.pages import parse_page
from lawnews.index.store.build import HEADLINE_ONLY

HEADLINE = "绿水县法院集中执行一批拖欠农民工工资案件"


def test_a_one_line_page_is_an_article_with_its_title_and_no_body():
    [article] = parse_page(HEADLINE + "\n", "brief.txt")
    assert article.title == HEADLINE and article.text == "" and article.id == "brief#1"
    assert headline_only(article) and not article.title_is_fallback


def test_a_page_of_several_headings_and_no_text_gives_no_article():
    assert parse_page("# 标题一\n\n## 标题二\n", "outline.txt") == []


def test_a_headline_only_page_is_indexed_counted_searchable_and_warned_about(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "brief.txt").write_text(HEADLINE + "\n", encoding="utf-8")
    (src / "meeting.html").write_text(
        "<html><head><meta charset='utf-8'><title>青山市法院召开执行工作会议</title></head>"
        "<body><h1>青山市法院召开执行工作会议</h1></body></html>", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"abc\x00def")
    (src / "outline.txt").write_text("# 标题一\n\n## 标题二\n", encoding="utf-8")
    (src / "blank.html").write_text("<html><head><title>青山市人民法院</title></head><body>"
                                    "<script>var a = 1;</script></body></html>", encoding="utf-8")
    report = lawnews.build_index([src], tmp_path / "ix")
    assert (report.files, report.articles) == (2, 2)
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "outline.txt", "blank.html"}
    assert reasons["empty.txt"] == "empty" and reasons["binary.txt"].startswith("binary")
    assert reasons["outline.txt"] == "no article text found"
    assert {w.path.rsplit("/", 1)[-1]: w.reason for w in report.warnings} == {
        "brief.txt": HEADLINE_ONLY, "meeting.html": HEADLINE_ONLY}
    with lawnews.NewsIndex.open(tmp_path / "ix") as index:
        assert [h.title for h in index.search("拖欠农民工工资").hits] == [HEADLINE]
        assert [h.title for h in index.search("执行工作会议").hits] == ["青山市法院召开执行工作会议"]
        assert index.stats()["articles"] == 2


def test_a_headline_with_its_byline_and_an_end_mark_is_still_a_headline_only_article():
    [article] = parse_page(HEADLINE + "\n（记者 张三）\n\n（完）\n", "brief.txt")
    assert (article.title, article.text, article.byline) == (HEADLINE, "", "记者 张三")
    [article] = parse_page(HEADLINE + "\n\n【完】\n", "brief.txt")
    assert article.title == HEADLINE and headline_only(article)
    assert parse_page("（完）\n", "end.txt") == []


def test_a_page_of_invisible_characters_only_is_skipped_as_empty(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "zwsp.txt").write_text("\u200b\u200b\n\u200f\ufeff\n", encoding="utf-8")
    (src / "brief.txt").write_text(HEADLINE + "\n", encoding="utf-8")
    report = lawnews.build_index([src], tmp_path / "ix")
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [("zwsp.txt", "empty")]
