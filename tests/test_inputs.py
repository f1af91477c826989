"""Input files and folders: stable file names and ids, what a walk skips and why,
unreadable entries, the taxonomy an index keeps, and how paths may be given."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.errors import ArgumentTypeError, LawNewsError
from lawnews.index.store.build import IngestReport, corpus_fingerprint, input_size, iter_articles
from lawnews.index.ingest.readers import Skip, discover, iter_inputs
from lawnews.output import render_report

from support import CORPUS, DATA

PAGE = (CORPUS / "002_79b23406edc23697.txt").read_text(encoding="utf-8")
SHORT = "湖南：执行有力 攻坚有效\n\n湖南省高级人民法院持续开展集中执行行动，执行到位金额大幅增长。\n"


def page(path: Path, text: str = SHORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ids_by_file(index_dir: Path) -> dict[str, set[str]]:
    with lawnews.NewsIndex.open(index_dir) as ix:
        out: dict[str, set[str]] = {}
        for a in ix.articles():
            out.setdefault(a.file, set()).add(a.id)
        return out


def skips(paths, **kw) -> dict[str, str]:
    """``{file name: reason}`` of the skips of a walk."""
    return {Path(s.path).name: s.reason for s in discover(paths, **kw) if isinstance(s, Skip)}


def found(paths, **kw) -> list[str]:
    return [item[1] for item in discover(paths, **kw) if not isinstance(item, Skip)]


# -- file names and ids -------------------------------------------------------

def test_same_file_name_in_two_folders_gives_two_files_not_an_overwrite(tmp_path):
    papers = tmp_path / "papers"
    page(papers / "2024-03-01" / "01.txt")
    page(papers / "2024-03-02" / "01.txt", SHORT.replace("湖南", "湖北"))
    ix = tmp_path / "ix"
    first = lawnews.build_index(papers / "2024-03-01", ix)
    second = lawnews.build_index(papers / "2024-03-02", ix)
    assert first.articles == second.articles == 1
    files = ids_by_file(ix)
    assert len(files) == 2
    assert len(set().union(*files.values())) == 2
    # the parent folder holds the same two files: nothing new, nothing stale
    lawnews.build_index(papers, ix)
    assert ids_by_file(ix) == files


def test_ids_do_not_depend_on_how_a_file_is_named(tmp_path, monkeypatch):
    folder = tmp_path / "papers" / "day"
    f = page(folder / "01.txt")
    page(folder / "02.txt", SHORT.replace("湖南", "湖北"))
    ix = tmp_path / "ix"
    lawnews.build_index(folder, ix)
    before = ids_by_file(ix)
    monkeypatch.chdir(tmp_path)
    for given in (f, str(f), "papers/day/01.txt", "papers/day/../day/01.txt", "papers", folder):
        lawnews.build_index(given, ix)
        assert ids_by_file(ix) == before, given
    with lawnews.NewsIndex.open(ix) as nix:
        nix.add(["papers/day/01.txt"])
    assert ids_by_file(ix) == before


def test_bundled_corpus_keeps_its_ids_and_file_names(tmp_path):
    articles = list(lawnews.parse(CORPUS))
    assert {a.file for a in articles} == {p.name for p in CORPUS.glob("*.txt")}
    assert "002_79b23406edc23697#1" in {a.id for a in articles}
    one = list(lawnews.parse(CORPUS / "002_79b23406edc23697.txt"))
    assert one[0].id == "002_79b23406edc23697#1" and one[0].file == "002_79b23406edc23697.txt"


def test_files_outside_the_index_folder_are_named_by_their_absolute_path(tmp_path):
    page(tmp_path / "a" / "x.txt")
    other = page(tmp_path / "b" / "x.txt", SHORT.replace("湖南", "湖北"))
    ix = tmp_path / "ix"
    lawnews.build_index(tmp_path / "a", ix)
    lawnews.build_index(other, ix)
    files = ids_by_file(ix)
    assert set(files) == {"x.txt", other.resolve().as_posix()}


def test_two_page_files_that_would_share_ids_are_reported_as_a_clash(tmp_path):
    page(tmp_path / "in" / "a.txt")
    page(tmp_path / "in" / "a.md", SHORT.replace("湖南", "湖北"))
    report = lawnews.build_index(tmp_path / "in", tmp_path / "ix")
    assert report.articles == 1
    (skip,) = report.skipped
    assert Path(skip.path).name == "a.txt" and "a#" in skip.reason and "a.md" in skip.reason
    assert ids_by_file(tmp_path / "ix") == {"a.md": {"a#1"}}


def test_an_update_never_overwrites_an_article_of_another_file(tmp_path):
    page(tmp_path / "in" / "a.txt")
    ix = tmp_path / "ix"
    lawnews.build_index(tmp_path / "in", ix)
    page(tmp_path / "in" / "a.md", SHORT.replace("湖南", "湖北"))
    report = lawnews.build_index(tmp_path / "in" / "a.md", ix)
    assert report.articles == 0
    assert any("a.txt" in s.reason for s in report.skipped)
    assert ids_by_file(ix) == {"a.txt": {"a#1"}}


def test_the_account_counts_in_the_singular_for_one():
    report = IngestReport(files=1, articles=1, sections=1, index_dir="ix")
    text = render_report(report)
    assert "1 article (1 section) from 1 file " in text
    assert "2 articles (3 sections) from 2 files" in render_report(IngestReport(files=2, articles=2, sections=3))


# -- what a walk reads and skips ---------------------------------------------

def test_hidden_files_and_folders_are_skipped_with_a_reason(tmp_path):
    page(tmp_path / "in" / "a.txt")
    page(tmp_path / "in" / ".hidden" / "h.txt")
    page(tmp_path / "in" / ".h.txt")
    assert found([tmp_path / "in"]) == ["a.txt"]
    reasons = skips([tmp_path / "in"])
    assert "hidden" in reasons[".hidden"] and "hidden" in reasons[".h.txt"]


def test_a_hidden_file_given_by_name_is_read(tmp_path):
    f = page(tmp_path / ".h.txt")
    assert found([f]) == [".h.txt"]


def test_symlinked_folders_are_followed_once(tmp_path):
    page(tmp_path / "elsewhere" / "e.txt")
    page(tmp_path / "in" / "sub" / "s.txt")
    (tmp_path / "in" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "in" / "again").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "in" / "sub" / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    (tmp_path / "in" / "zz").symlink_to(tmp_path / "in" / "sub", target_is_directory=True)
    assert found([tmp_path / "in"]) == ["again/e.txt", "sub/s.txt"]
    reasons = skips([tmp_path / "in"])
    assert "again" in reasons["link"]
    assert "cycle" in reasons["loop"]
    assert "sub" in reasons["zz"]


def test_broken_symlinks_are_reported(tmp_path):
    page(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert "broken symlink" in skips([tmp_path / "in"])["gone.txt"]


def test_a_file_reached_twice_is_read_once(tmp_path):
    f = page(tmp_path / "in" / "a.txt")
    assert found([tmp_path / "in", f]) == ["a.txt"]
    assert skips([tmp_path / "in", f]) == {}  # read, under the name it was given by: no skip


# -- unreadable entries -------------------------------------------------------

def test_an_unreadable_folder_is_reported_and_the_walk_goes_on(tmp_path, monkeypatch):
    page(tmp_path / "in" / "a" / "1.txt")
    page(tmp_path / "in" / "b" / "2.txt")
    page(tmp_path / "in" / "c" / "3.txt")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "b":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert found([tmp_path / "in"]) == ["a/1.txt", "c/3.txt"]
    assert "Permission denied" in skips([tmp_path / "in"])["b"]
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "in"), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Permission denied" in result.output and "would index 2 articles" in result.output


def test_special_files_are_not_read(tmp_path):
    page(tmp_path / "in" / "a.txt")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    assert found([tmp_path / "in"]) == ["a.txt"]
    assert "not a regular file" in skips([tmp_path / "in"])["pipe.txt"]


# -- the taxonomy an index was built with --------------------------------------

TAXONOMY = DATA / "taxonomy" / "extra.toml"
SMART = "法院推进智慧执行建设\n\n某某市中级人民法院推进智慧执行建设。执行信息化系统上线，智能执行提升效率。\n"


def test_an_update_tags_with_the_taxonomy_the_index_was_built_with(tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(page(tmp_path / "one.txt", SMART), ix, taxonomy=TAXONOMY)
    lawnews.build_index(page(tmp_path / "two.txt", SMART), ix)
    info = json.loads((ix / "lawnews.json").read_text(encoding="utf-8"))
    assert info["extra"]["taxonomy"] == str(TAXONOMY.resolve())
    with lawnews.NewsIndex.open(ix) as nix:
        assert all("智慧执行" in a.tags.mechanisms for a in nix.articles())
        nix.add([page(tmp_path / "three.txt", SMART)])
        assert len([a for a in nix.articles() if "智慧执行" in a.tags.mechanisms]) == 3


def test_an_update_keeps_what_the_index_records(tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(page(tmp_path / "one.txt"), ix)
    meta = ix / "lawnews.json"
    info = json.loads(meta.read_text(encoding="utf-8"))
    info["extra"]["note"] = "kept"
    meta.write_text(json.dumps(info), encoding="utf-8")
    lawnews.build_index(page(tmp_path / "two.txt"), ix)
    assert json.loads(meta.read_text(encoding="utf-8"))["extra"]["note"] == "kept"


def test_an_update_with_another_taxonomy_is_refused(tmp_path):
    ix = tmp_path / "ix"
    lawnews.build_index(page(tmp_path / "one.txt", SMART), ix)
    with pytest.raises(LawNewsError, match="rebuild=True"):
        lawnews.build_index(page(tmp_path / "two.txt", SMART), ix, taxonomy=TAXONOMY)
    report = lawnews.build_index(tmp_path / "two.txt", ix, taxonomy=TAXONOMY, rebuild=True)
    assert report.articles == 1


def test_an_index_whose_taxonomy_file_is_gone_searches_and_updates_with_its_copy(tmp_path):
    own = tmp_path / "mine.toml"
    own.write_bytes(TAXONOMY.read_bytes())
    ix = tmp_path / "ix"
    lawnews.build_index(page(tmp_path / "one.txt", SMART), ix, taxonomy=own)
    own.unlink()  # moved or deleted after the build
    assert lawnews.search("执行", index_dir=ix, mechanism="智慧执行").total == 1
    report = lawnews.build_index([tmp_path / "one.txt", page(tmp_path / "two.txt", SMART)], ix)
    assert (report.unchanged, report.articles) == (1, 1)  # tagged as before: nothing read again
    assert lawnews.search("执行", index_dir=ix, mechanism="智慧执行").total == 2
    result = CliRunner().invoke(cli, ["search", "执行", "--mechanism", "智慧执行", "--index-dir", str(ix)])
    assert result.exit_code == 0 and "of 2 stories" in result.output


def test_a_recorded_taxonomy_gone_with_the_index_copy_is_named(tmp_path):
    own = tmp_path / "mine.toml"
    own.write_bytes(TAXONOMY.read_bytes())
    ix = tmp_path / "ix"
    lawnews.build_index(page(tmp_path / "one.txt", SMART), ix, taxonomy=own)
    own.unlink()
    (ix / "taxonomy.toml").unlink()
    with pytest.raises(LawNewsError, match="mine.toml"):
        lawnews.build_index(page(tmp_path / "two.txt", SMART), ix)
    with pytest.raises(LawNewsError, match="mine.toml.*gone"):
        lawnews.NewsIndex.open(ix)
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "two.txt"), "--index-dir", str(ix)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "mine.toml" in result.output


# -- how paths may be given ----------------------------------------------------

def test_build_index_takes_one_path_as_a_string(tmp_path, monkeypatch):
    f = page(tmp_path / "chengdu.txt")
    monkeypatch.chdir(tmp_path)
    report = lawnews.build_index("chengdu.txt", tmp_path / "ix")
    assert (report.files, report.articles, report.skipped) == (1, 1, [])
    dry = lawnews.build_index(str(f), tmp_path / "other", dry_run=True)
    assert (dry.files, dry.articles, dry.skipped) == (1, 1, [])


def test_parse_takes_one_path(tmp_path):
    f = page(tmp_path / "chengdu.txt")
    for given in (str(f), f):
        skipped: list = []
        assert [a.file for a in lawnews.parse(given, skipped=skipped)] == ["chengdu.txt"]
        assert skipped == []


def test_newsindex_add_takes_one_path(tmp_path):
    f = page(tmp_path / "chengdu.txt")
    with lawnews.NewsIndex.in_memory() as ix:
        report = ix.add(str(f))
        assert (report.files, report.articles, report.skipped) == (1, 1, [])


def test_internal_path_functions_take_one_path(tmp_path):
    f = page(tmp_path / "chengdu.txt")
    assert found(str(f)) == ["chengdu.txt"]
    assert [type(i).__name__ for i in iter_inputs(str(f))] == ["PageText"]
    assert [a.file for a in iter_articles(str(f))] == ["chengdu.txt"]
    assert input_size(str(f)) == f.stat().st_size
    assert corpus_fingerprint(str(f)) == corpus_fingerprint([f])


@pytest.mark.parametrize("bad", [123, None, b"corpus", [b"corpus"], [1, 2], object()])
def test_paths_of_a_wrong_type_are_refused(tmp_path, bad):
    calls = [
        lambda: list(lawnews.parse(bad)),
        lambda: lawnews.NewsIndex.in_memory().add(bad),
        lambda: list(discover(bad)),
    ]
    if bad is not None:  # build_index(None) means the bundled corpus
        calls.append(lambda: lawnews.build_index(bad, tmp_path / "ix", dry_run=True))
    for call in calls:
        with pytest.raises(ArgumentTypeError) as e:
            call()
        assert isinstance(e.value, TypeError) and isinstance(e.value, LawNewsError)
        assert "path" in str(e.value)
