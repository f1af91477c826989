"""Trends as a chart: a stacked bar per period, one colour per value, Chinese labels.

In: a :class:`~lawnews.landscape.Trends` and a file name ending in ``.png`` or
``.svg``. Out: the file, and the labels drawn (the values in the legend); the figure itself
(:func:`trends_figure`), its bars and its legend each as wide as their labels need.
matplotlib is the optional extra ``lawnews[plot]``; without it, or without a font
that has Chinese characters (which would draw every label as boxes), a
LawNewsError says what to install. An SVG keeps its text as text
(``svg.fonttype: none``): the reader's fonts draw it, and it can be searched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvalidArgumentError, LawNewsError

if TYPE_CHECKING:
    from .landscape import Trends

#: Font families with Chinese characters, in the order they are preferred.
FONT_NAMES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
    "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Serif CJK SC", "Source Han Serif SC", "Droid Sans Fallback",
    "AR PL UMing CN", "Arial Unicode MS",
)

INSTALL_FONT = ("install one: on Debian or Ubuntu `apt-get install fonts-noto-cjk`, on Fedora"
                " `dnf install google-noto-sans-cjk-fonts`, on macOS and Windows one comes with the system")

#: Values drawn one by one; the others are summed as one (其他).
MOST_VALUES = 12

SUFFIXES = (".png", ".svg")


def trends_chart(t: Trends, path: "str | os.PathLike[str]") -> tuple[str, ...]:
    """Draw ``t`` into ``path`` (PNG or SVG, by its suffix); returns the legend's labels."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidArgumentError(f"a chart is written as .png or .svg, not {Path(path).name!r}")
    fig, labels, style = trends_figure(t)  # (says what to install when matplotlib is missing)
    import matplotlib

    with matplotlib.rc_context(style):  # the Chinese font, and SVG text kept as text
        try:
            fig.savefig(path, format=suffix[1:])
        except OSError as e:
            raise LawNewsError(f"cannot write the chart {path}: {e.strerror or e}") from None
    return labels


#: Inches of width each period's bar takes, its label upright (up to eight periods) or turned.
UPRIGHT_WIDTH, TURNED_WIDTH = 0.65, 0.35


def trends_figure(t: Trends) -> "tuple[Any, tuple[str, ...], dict[str, Any]]":
    """The chart of ``t`` as a matplotlib Figure, the legend's labels and the matplotlib
    settings to draw it with (its Chinese font): the bars as wide as their periods' labels
    need, the legend beside them as wide as its longest value (a statute article's name is
    long), so that neither takes the other's room."""
    if not t.periods:
        raise InvalidArgumentError("nothing to draw: no matching article has a date")
    try:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise LawNewsError("drawing a chart needs matplotlib: pip install 'lawnews[plot]'") from None
    series = [(s.value, s.counts) for s in t.series[:MOST_VALUES]]
    rest = t.series[MOST_VALUES:]
    if rest:
        series.append(("其他", tuple(sum(c) for c in zip(*(s.counts for s in rest)))))
    title = f"{t.query or '全部'} · {t.by} · {t.every}"
    labels = tuple(v for v, _c in series)
    font = cjk_font("".join((title, *labels)))
    style = {"font.family": "sans-serif", "font.sans-serif": [font, "DejaVu Sans"], "svg.fonttype": "none",
             "axes.unicode_minus": False}
    with matplotlib.rc_context(style):
        fig = Figure(figsize=(6.0, 4.5), layout="constrained")
        ax = fig.add_subplot()
        x = list(range(len(t.periods)))
        bottom = [0] * len(x)
        for value, counts in series:
            ax.bar(x, counts, bottom=bottom, label=value, width=0.8)
            bottom = [b + c for b, c in zip(bottom, counts)]
        step = max(1, len(x) // 24)
        upright = len(x) <= 8
        ax.set_xticks(x[::step], t.periods[::step], rotation=0 if upright else 90)
        ax.set_ylabel("articles" if t.copies else "stories")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no tick at 1.25 stories
        ax.set_title(title)
        bars = max(4.0, (UPRIGHT_WIDTH if upright else TURNED_WIDTH) * len(x[::step]) + 1.0)
        beside = 0.0
        if series:
            legend = ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
            beside = legend.get_window_extent(FigureCanvasAgg(fig).get_renderer()).width / fig.dpi + 0.3
        fig.set_size_inches(max(6.0, bars + beside), 4.5)
    return fig, labels, style


def cjk_font(text: str, names: "tuple[str, ...] | None" = None) -> str:
    """The first installed font of ``names`` (default :data:`FONT_NAMES`) that has every
    character of ``text``; LawNewsError naming what to install when there is none."""
    from matplotlib import font_manager, ft2font

    names = FONT_NAMES if names is None else names
    wanted = {ord(c) for c in text if ord(c) > 0x7F}

    def first(entries: list[Any]) -> str | None:
        installed: dict[str, str] = {}
        for entry in entries:
            installed.setdefault(entry.name, entry.fname)
        for name in names:
            if name in installed:
                face = ft2font.FT2Font(installed[name])
                if all(face.get_char_index(c) for c in wanted):
                    return name
        return None

    found = first(font_manager.fontManager.ttflist)
    if found is None:
        # matplotlib lists the fonts it found when its cache was made: one installed since
        # is only seen by looking again (then added to the list this process draws with)
        known = {(entry.fname, entry.name) for entry in font_manager.fontManager.ttflist}
        fresh = [entry for entry in font_manager.FontManager().ttflist if (entry.fname, entry.name) not in known]
        found = first(fresh)
        if found is not None:
            font_manager.fontManager.ttflist.extend(fresh)
    if found is not None:
        return found
    raise LawNewsError(f"no font with Chinese characters found (looked for {', '.join(names[:4]) or 'none'}{' …' if len(names) > 4 else ''}),"
                       f" so the chart's labels would be boxes; {INSTALL_FONT}")
