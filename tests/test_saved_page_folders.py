"""A web page saved whole by a browser ("Webpage, Complete": ``新闻.html`` and the folder
``新闻_files`` beside it) is one article: the folder of its pictures, styles, scripts and
frames is skipped once, saying whose it is, not read file by file."""

from __future__ import annotations

from pathlib import Path

import lawnews
from lawnews.index.ingest.readers import Skip, discover

PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某市法院开展集中执行行动</title></head>"
        "<body><h1>某市法院开展集中执行行动</h1><p>某市中级人民法院组织干警开展集中执行行动，"
        "对多名失信被执行人依法采取拘留措施。</p><p>此次行动共执结案件八十余件，"
        "执行到位金额三千余万元。</p></body></html>")
FRAME = "<html><body><p>扫码关注</p></body></html>"


def saved_whole(folder: Path, name: str = "某市法院 - 新闻", resources: str = "_files", page: str = ".html") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}{page}").write_text(PAGE, encoding="utf-8")
    res = folder / f"{name}{resources}"
    res.mkdir()
    (res / "style.css").write_text("body{}", encoding="utf-8")
    (res / "app.js").write_text("var a = 1;", encoding="utf-8")
    (res / "saved_resource.html").write_text(FRAME, encoding="utf-8")
    return res


def walk(paths) -> tuple[list[str], dict[str, str]]:
    read, skipped = [], {}
    for item in discover(paths):
        if isinstance(item, Skip):
            skipped[Path(item.path).name] = item.reason
        else:
            read.append(item[1])
    return read, skipped


def test_the_folder_a_browser_saves_beside_a_page_is_skipped_once_naming_the_page(tmp_path):
    saved_whole(tmp_path / "news")
    read, skipped = walk([tmp_path / "news"])
    assert read == ["某市法院 - 新闻.html"]
    assert list(skipped) == ["某市法院 - 新闻_files"]
    assert "某市法院 - 新闻.html" in skipped["某市法院 - 新闻_files"]


def test_internet_explorers_dot_files_folder_and_an_htm_page_in_any_case(tmp_path):
    saved_whole(tmp_path / "news", name="报道", resources=".files", page=".HTM")
    read, skipped = walk([tmp_path / "news"])
    assert read == ["报道.HTM"] and "报道.HTM" in skipped["报道.files"]


def test_a_files_folder_beside_no_page_is_read(tmp_path):
    (tmp_path / "news" / "court_files").mkdir(parents=True)
    (tmp_path / "news" / "court_files" / "a.txt").write_text("某法院执行\n\n某市中级人民法院开展执行工作。\n",
                                                             encoding="utf-8")
    read, skipped = walk([tmp_path / "news"])
    assert read == ["court_files/a.txt"] and not skipped


def test_the_folder_given_by_name_is_read(tmp_path):
    res = saved_whole(tmp_path / "news")
    read, _skipped = walk([res])
    assert "saved_resource.html" in read


def test_an_index_of_a_page_saved_whole_holds_the_page_alone(tmp_path):
    saved_whole(tmp_path / "news")
    report = lawnews.build_index(tmp_path / "news", tmp_path / "ix")
    assert report.articles == 1 and not report.warnings
    assert [Path(s.path).name for s in report.skipped] == ["某市法院 - 新闻_files"]
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert [a.title for a in ix.articles()] == ["某市法院开展集中执行行动"]
