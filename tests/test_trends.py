"""Trends: matching stories per facet value and period (lawnews/landscape.py,
search/landscape.py), checked against the facet counts of the same query and filters
and against a brute-force count over the parsed articles; the ``trends`` command."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys

import pytest
from click.testing import CliRunner

import lawnews
from lawnews.cli import cli
from lawnews.landscape import BY, EVERY

import dated_corpus as D


def sums(t: lawnews.Trends) -> dict[str, int]:
    return {s.value: sum(s.counts) + s.undated for s in t.series}


# -- the counts ---------------------------------------------------------------------

@pytest.mark.parametrize("by", BY)
@pytest.mark.parametrize("copies", [False, True])
def test_a_values_counts_over_periods_and_undated_are_its_facet_count(dated, by, copies):
    for query, flt in [("", {}), ("执行", {}), ("", {"province": "湖南"}), ("法院", {"mechanism": "执转破"}),
                       ("交叉执行 OR 诉源治理", {"source": "法治日报"}), ("", {"year": "2023"})]:
        t = dated.trends(query, by=by, copies=copies, **flt)
        facets = dated.facets(query, all_copies=copies, **flt)
        expected = facets["facets"][by]
        if by in t.filters:  # a filter on the facet counted by keeps its selected values alone
            expected = {v: n for v, n in expected.items() if v in t.filters[by]}
        assert sums(t) == expected, (query, flt)
        assert all(s.total == sum(s.counts) + s.undated for s in t.series)
        assert t.total == facets["total"] == sum(t.totals) + t.undated


@pytest.mark.parametrize("by", BY)
def test_on_the_bundled_corpus_the_counts_are_the_facet_counts(corpus_index, by):
    for query in ("", "执行", "交叉执行"):
        t = corpus_index.trends(query, by=by)
        facets = corpus_index.facets(query)
        assert sums(t) == facets["facets"][by]
        assert t.total == facets["total"] == sum(t.totals) + t.undated


@pytest.mark.parametrize("every", EVERY)
@pytest.mark.parametrize("copies", [False, True])
@pytest.mark.parametrize("by", ["province", "mechanism", "court", "source"])
def test_counts_per_period_are_the_brute_force_counts(dated, tmp_path_factory, every, copies, by):
    articles = D.parsed(tmp_path_factory)
    story_of = D.stories_of(dated, copies)
    assert D.trend_cells(dated.trends(by=by, every=every, copies=copies)) == \
        D.brute_force(articles, story_of, by, every)


def test_a_query_counts_the_articles_search_finds(dated, tmp_path_factory):
    found = {h.article_id for h in dated.search("诉源治理", all_copies=True, limit=1000).hits}
    articles = [a for a in D.parsed(tmp_path_factory) if a.id in found]
    assert D.trend_cells(dated.trends("诉源治理", by="city", copies=True)) == \
        D.brute_force(articles, D.stories_of(dated, True), "city", "month")


def months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_periods_are_ascending_and_have_no_gaps(dated, tmp_path_factory):
    days = sorted(a.date for a in D.parsed(tmp_path_factory) if a.date)
    assert dated.trends(every="month", copies=True).periods == tuple(months(days[0][:7], days[-1][:7]))
    assert dated.trends(every="quarter").periods[:5] == ("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1")
    assert dated.trends(every="year", copies=True).periods == ("2022", "2023", "2024", "2025")
    assert dated.trends(every="year").periods == ("2022", "2023", "2024")  # 2025 has reposts alone
    t = dated.trends(every="month", court="荆州中院")
    assert t.periods == tuple(months(t.periods[0], t.periods[-1])) and len(t.periods) > 12


def test_undated_stories_are_counted_apart(dated, tmp_path_factory):
    dates: dict[str, list[str | None]] = {}
    for a in D.parsed(tmp_path_factory):
        dates.setdefault(D.stories_of(dated, False)[a.id], []).append(a.date)
    t = dated.trends(by="source")
    assert t.undated == sum(1 for ds in dates.values() if not any(ds)) > 0
    assert sum(t.totals) == sum(1 for ds in dates.values() if any(ds))


def test_a_story_counts_once_at_its_first_copy_and_copies_each_at_its_own_date(tmp_path):
    story = D.records(stories=1, reposts=0)[0]
    lead = dict(story, date="2024-01-20", source="法治日报")
    repost = dict(story, id="again", text=D.NAV + story["text"], date="2024-03-02", source="某某网")
    D.write(tmp_path / "two.jsonl", [lead, repost])
    lawnews.build_index([tmp_path / "two.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        assert ix.search("").total == 1  # grouped as one story
        stories = ix.trends(by="source")
        assert stories.periods == ("2024-01", "2024-02", "2024-03") and stories.totals == (1, 0, 0)
        assert {s.value: s.counts for s in stories.series} == {"法治日报": (1, 0, 0), "某某网": (0, 0, 1)}
        copies = ix.trends(by="source", copies=True)
        assert copies.totals == (1, 0, 1) and copies.total == 2


def test_the_empty_query_counts_every_article(dated):
    assert dated.trends().total == dated.search("").total == 240
    assert dated.trends(copies=True).total == dated.stats()["articles"] == 280


def test_a_query_without_hits_gives_an_empty_table(dated):
    t = dated.trends("量子纠缠", by="province")
    assert (t.periods, t.series, t.totals, t.total, t.undated) == ((), (), (), 0, 0)
    t = dated.trends("执行", province="湖南", year="2022", court="杭州中院")
    assert t.total == 0 and t.series == ()


def test_a_query_no_article_fully_matches_is_relaxed_as_search_relaxes_it(dated):
    t = dated.trends("交叉执行 量子纠缠")
    assert t.relaxed and t.total == dated.facets("交叉执行 量子纠缠")["total"] > 0


def test_top_keeps_the_largest_values_and_the_totals_count_every_story(dated):
    every = dated.trends(by="court")
    top = dated.trends(by="court", top=3)
    assert [s.value for s in top.series] == [s.value for s in every.series][:3]
    assert top.totals == every.totals and top.values == every.values == 9
    assert [s.total for s in every.series] == sorted((s.total for s in every.series), reverse=True)


def test_a_filter_on_the_facet_counted_by_keeps_its_values(dated):
    t = dated.trends(by="province", province=["湖南", "湖北"])
    assert {s.value for s in t.series} == {"湖南省", "湖北省"}
    assert t.filters["province"] == ("湖南省", "湖北省")


def test_the_numpy_and_whoosh_evaluations_count_the_same(dated, monkeypatch):
    """A query the numpy evaluation does not take is evaluated as search does without it."""
    from lawnews.search.columnar import Columns

    queries = ["执行 -拍卖", "法院 执行", "交叉执行 OR 执转破", '"新闻发布会"']
    numpy = [dated.trends(q, by="mechanism") for q in queries]
    monkeypatch.setattr(Columns, "evaluate", staticmethod(lambda searcher, q: None))
    assert [dated.trends(q, by="mechanism") for q in queries] == numpy
    assert all(t.total for t in numpy)


@pytest.mark.parametrize("bad, message", [
    ({"by": "year"}, "by must be one of mechanism, province, city, county, court, court_level, source, statute, cites, not 'year'"),
    ({"every": "week"}, "every must be one of month, quarter, year, auto, not 'week'"),
    ({"top": 0}, "top must be 1 or more"),
    ({"province": "火星"}, "unknown province '火星'"),
])
def test_bad_arguments_raise_errors_naming_what_is_accepted(dated, bad, message):
    with pytest.raises(lawnews.InvalidArgumentError, match=message.replace("(", r"\(")):
        dated.trends("执行", **bad)


def test_the_module_function_opens_an_index_dir(dated_dir):
    assert lawnews.trends("执转破", index_dir=dated_dir, by="province").total == \
        lawnews.search("执转破", index_dir=dated_dir).total


def test_to_dict_is_json_with_the_series(dated):
    data = json.loads(json.dumps(dated.trends(by="province", every="year").to_dict(), ensure_ascii=False))
    assert data["periods"] == ["2022", "2023", "2024"]
    assert {s["value"] for s in data["series"]} >= {"湖南省", "湖北省"}
    assert set(data) >= {"query", "by", "every", "copies", "periods", "series", "totals", "total", "undated"}


# -- the command line -------------------------------------------------------------

def run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.output


def test_cli_trends_prints_a_table_with_totals_and_the_undated_apart(dated_dir):
    code, out = run("trends", "--by", "province", "--every", "year", "--index-dir", str(dated_dir))
    assert code == 0, out
    t = lawnews.trends(index_dir=dated_dir, by="province", every="year")
    lines = out.splitlines()
    header = lines[0].split()
    assert header == ["province", *t.periods, "undated", "total"] and t.periods == ("2022", "2023", "2024")
    rows = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in lines[1:] if line.strip()
            and line.split()[0] in {s.value for s in t.series} | {"all"}}
    for s in t.series:
        assert rows[s.value] == [*s.counts, s.undated, s.total]
    assert rows["all"] == [*t.totals, t.undated, t.total]
    assert f"{t.undated} undated" in out


def test_cli_trends_json_is_to_dict(dated_dir):
    code, out = run("trends", "执转破", "--by", "city", "--province", "湖南", "--json", "--index-dir", str(dated_dir))
    assert code == 0
    assert json.loads(out) == lawnews.trends("执转破", index_dir=dated_dir, by="city", province="湖南").to_dict()


def test_cli_trends_csv_has_a_row_per_period_the_undated_and_the_total_and_a_column_per_value(dated_dir):
    code, out = run("trends", "--by", "mechanism", "--every", "quarter", "--csv", "--copies",
                    "--index-dir", str(dated_dir))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    t = lawnews.trends(index_dir=dated_dir, by="mechanism", every="quarter", copies=True)
    assert rows[0] == ["period", *(s.value for s in t.series), "all"]
    assert [r[0] for r in rows[1:]] == [*t.periods, "undated", "total"]
    for i, s in enumerate(t.series, 1):
        assert [int(r[i]) for r in rows[1:]] == [*s.counts, s.undated, s.total]
    assert [int(r[-1]) for r in rows[1:]] == [*t.totals, t.undated, t.total]


def test_the_csv_of_trends_and_first_reports_is_the_same_on_the_command_line_and_the_web(dated_dir):
    starlette_testclient = pytest.importorskip("starlette.testclient")
    from lawnews.web import create_app

    code, out = run("trends", "--by", "province", "--csv", "--index-dir", str(dated_dir))
    with starlette_testclient.TestClient(create_app(dated_dir, workers=1)) as client:
        assert client.get("/trends.csv", params={"by": "province", "bom": "0"}).text == out
        assert client.get("/trends.csv", params={"by": "province"}).text == "\ufeff" + out  # for Excel


def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text():
    from lawnews.landscape import Adoption, FirstReport, first_csv

    a = Adoption("", "province", None, (FirstReport("=HYPERLINK(\"x\")", "2024-01-01", "a#1", "+1 标题",
                                                    "@法院", 1),), ())
    rows = list(csv.reader(io.StringIO(first_csv(a))))
    assert rows[1][:5] == ["'=HYPERLINK(\"x\")", "2024-01-01", "a#1", "'+1 标题", "'@法院"]


def test_cli_trends_top_says_how_many_values_are_left_out(dated_dir):
    code, out = run("trends", "--by", "court", "--top", "2", "--every", "year", "--index-dir", str(dated_dir))
    assert code == 0 and "… 7 more values" in out


def test_cli_trends_with_no_hits_says_so(dated_dir):
    code, out = run("trends", "量子纠缠", "--index-dir", str(dated_dir))
    assert code == 0 and "no matching articles" in out


def test_cli_trends_errors_are_one_line(dated_dir):
    code, out = run("trends", "--court", "不存在法院", "--index-dir", str(dated_dir))
    assert code == 1 and out.startswith("Error: unknown court '不存在法院'") and len(out.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["--by", "year"], ["--every", "week"]])
def test_cli_trends_by_and_every_outside_their_choices_are_usage_errors(dated_dir, args):
    code, out = run("trends", *args, "--index-dir", str(dated_dir))
    assert code == 2 and f"Invalid value for '{args[0]}'" in out


def test_cli_trends_json_and_csv_are_not_both(dated_dir):
    code, out = run("trends", "--json", "--csv", "--index-dir", str(dated_dir))
    assert code == 2 and "not both" in out


# -- the chart (lawnews[plot]) ----------------------------------------------------------

@pytest.fixture()
def cjk_font():
    """The installed Chinese font charts use; skipped, saying what to install, where
    there is none, except in CI (``.ci/run`` installs one), where that fails."""
    from lawnews import plot

    try:
        return plot.cjk_font("湖南省湖北省")
    except lawnews.LawNewsError as e:
        if os.environ.get("CI"):
            pytest.fail(str(e))
        pytest.skip(str(e))


def test_a_font_installed_after_matplotlib_listed_its_fonts_is_found(cjk_font, monkeypatch):
    """matplotlib keeps the font list of when its cache was made: a Chinese font installed
    since must still be found (it was reported missing until the cache was deleted)."""
    from matplotlib import font_manager

    from lawnews import plot

    stale = [e for e in font_manager.fontManager.ttflist if e.name not in plot.FONT_NAMES]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    assert plot.cjk_font("湖南省湖北省") == cjk_font
    assert any(e.name == cjk_font for e in font_manager.fontManager.ttflist)


def test_plot_writes_an_svg_whose_text_is_the_chinese_values(dated, tmp_path, cjk_font):
    from lawnews.plot import trends_chart

    t = dated.trends("执转破", by="province", every="quarter")
    labels = trends_chart(t, tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert labels == tuple(s.value for s in t.series) and len(labels) > 3
    assert all(f">{v}</text>" in svg for v in labels)  # text kept as text
    assert "执转破" in svg and "2022-Q1" in svg


def test_plot_counts_on_whole_numbers_only(tmp_path, cjk_font):
    """Stories are counted whole: two at most in a period gives ticks 0, 1, 2, never 0.25 or 1.75."""
    from lawnews.plot import trends_chart

    ix = lawnews.NewsIndex.in_memory()
    ix.add_articles([{"id": f"r{n}", "title": f"某法院执行{n}", "text": f"某县人民法院开展集中执行行动第{n}次。",
                      "date": date} for n, date in enumerate(("2024-01-05", "2024-02-05", "2024-05-05"))])
    trends_chart(ix.trends("执行", by="source", every="quarter"), tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert re.search(r">\s*1\s*</text>", svg) and not re.search(r">\s*\d+\.\d+\s*</text>", svg)


def test_plot_writes_a_png_labelled_with_the_values(dated, tmp_path, cjk_font):
    from lawnews.plot import trends_chart

    t = dated.trends(by="court", every="year")
    assert trends_chart(t, tmp_path / "chart.png") == tuple(s.value for s in t.series)
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_sums_the_values_past_the_twelfth_as_others(tmp_path, dated, cjk_font, monkeypatch):
    from lawnews import plot

    monkeypatch.setattr(plot, "MOST_VALUES", 3)
    t = dated.trends(by="court", every="year")
    assert plot.trends_chart(t, tmp_path / "chart.svg") == (*(s.value for s in t.series[:3]), "其他")


def test_cli_plot_writes_the_chart_and_prints_the_table(dated_dir, tmp_path, cjk_font):
    code, out = run("trends", "--by", "mechanism", "--every", "year", "--plot", str(tmp_path / "c.svg"),
                    "--index-dir", str(dated_dir))
    assert code == 0, out
    assert "诉源治理" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert f"wrote the chart to {tmp_path / 'c.svg'}" in out and out.count("诉源治理") == 1


def test_without_a_chinese_font_the_chart_is_refused_naming_what_to_install(dated_dir, tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    from lawnews import plot

    monkeypatch.setattr(plot, "FONT_NAMES", ())
    code, out = run("trends", "--plot", str(tmp_path / "c.png"), "--index-dir", str(dated_dir))
    assert code == 1 and out.startswith("Error: no font with Chinese characters found")
    assert "apt-get install fonts-noto-cjk" in out and not (tmp_path / "c.png").exists()


def test_without_matplotlib_the_chart_says_how_to_install_it(dated_dir, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    code, out = run("trends", "--plot", str(tmp_path / "c.png"), "--index-dir", str(dated_dir))
    assert code == 1 and "pip install 'lawnews[plot]'" in out


@pytest.mark.parametrize("name, message", [("c.pdf", "written as .png or .svg, not 'c.pdf'")])
def test_a_chart_of_another_kind_is_refused(dated_dir, tmp_path, name, message):
    code, out = run("trends", "--plot", str(tmp_path / name), "--index-dir", str(dated_dir))
    assert code == 1 and message in out


def test_counts_follow_the_index_when_articles_are_removed(tmp_path):
    D.write(tmp_path / "few.jsonl", D.records(stories=30, reposts=5))
    lawnews.build_index([tmp_path / "few.jsonl"], tmp_path / "ix", rebuild=True)
    with lawnews.NewsIndex.open(tmp_path / "ix") as ix:
        before = ix.trends(by="province", copies=True)
        gone = next(h for h in ix.search("", all_copies=True, limit=100, sort="date").hits if h.date)
        ix.remove(article_id=gone.article_id)
        after = ix.trends(by="province", copies=True)
        assert after.total == before.total - 1 == ix.facets(all_copies=True)["total"]
        assert sums(after) == ix.facets(all_copies=True)["facets"]["province"]
        assert sum(after.totals) == sum(before.totals) - 1


@pytest.mark.parametrize("periods", [5, 8, 12, 30])
def test_a_chart_with_long_values_keeps_its_period_labels_apart_and_its_legend_in_the_picture(tmp_path, cjk_font,
                                                                                             periods):
    # statute articles as values (中华人民共和国民事诉讼法 第二百三十七条): the legend took the
    # width the bars had, and five quarters' labels ran into each other
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from lawnews import plot
    from lawnews.landscape import Trends, TrendSeries

    labels = tuple(f"{year}-Q{q}" for year in range(2015, 2030) for q in range(1, 5))[:periods]
    values = ("中华人民共和国刑法 第三百一十三条", "中华人民共和国民事诉讼法 第二百三十七条")
    series = tuple(TrendSeries(v, tuple((n + i) % 3 for n in range(periods)), periods, 0) for i, v in enumerate(values))
    t = Trends("", "cites", "quarter", False, labels, series, tuple(2 for _ in labels), 2 * periods, 0, values=2)
    import matplotlib

    fig, drawn, style = plot.trends_figure(t)
    assert drawn == values
    with matplotlib.rc_context(style):
        renderer = FigureCanvasAgg(fig).get_renderer()
        fig.draw(renderer)
        ax = fig.axes[0]
        boxes = [label.get_window_extent(renderer) for label in ax.get_xticklabels() if label.get_text()]
        legend = ax.get_legend().get_window_extent(renderer)
        assert all(a.x1 <= b.x0 for a, b in zip(boxes, boxes[1:])), [(b.x0, b.x1) for b in boxes]
        assert legend.x1 <= fig.bbox.width and legend.x0 >= ax.get_window_extent(renderer).x1
    plot.trends_chart(t, tmp_path / "chart.png")
