"""Charts drawn on the server as SVG: no script, nothing fetched, testable as text.

In: the periods, series and totals of a :class:`~lawnews.landscape.Trends`. Out: an
``<svg>`` element (markup made of escaped text) with one stacked bar per period,
one colour per value (CSS classes ``c0`` … in ``static/style.css``), the total of
matching stories per period as a line, axes and a ``<title>`` tooltip on every bar.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from markupsafe import Markup, escape

#: Colours available (``.c0`` … ``.c9`` in the stylesheet); further series reuse them.
COLOURS = 10

WIDTH, HEIGHT = 960, 340
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 56


def colour(n: int) -> str:
    return f"c{n % COLOURS}"


def _nice(top: int) -> int:
    """A round axis maximum at or above ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 4:
            return -(-top // step) * step
    return top


def stacked_bars(periods: Sequence[str], series: Sequence[Any], totals: Sequence[int], *,
                 label: str = "stories", link: "Callable[[str, str], str] | None" = None,
                 description: str = "") -> Markup:
    """Stacked bars of ``series`` (each with ``value`` and ``counts``) over ``periods``,
    and ``totals`` as a line; empty markup when there is no period. ``link(period, value)``:
    the address a bar leads to (the stories it counts), kept out of the keyboard's way
    (``tabindex=-1``: the table under the chart has the same links). ``description``:
    the chart's text alternative, what a screen reader says of it (default: ``label per period``)."""
    if not periods:
        return Markup("")
    stacks = [sum(s.counts[i] for s in series) for i in range(len(periods))]
    top = _nice(max([*stacks, *totals, 1]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(periods)
    bar = max(slot * 0.7, 1.0)

    def y(v: float) -> float:
        return TOP + plot_h - plot_h * v / top

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(description or label + " per period")}">',
             f"<title>{escape(label)} per period</title>"]  # the tooltip: the description holds Chinese names
    for tick in (0, top // 2, top) if top > 1 else (0, top):
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>')
    every = max(1, -(-len(periods) * 60 // plot_w))  # a label about every 60 pixels
    for i, period in enumerate(periods):
        x = LEFT + i * slot + (slot - bar) / 2
        base = 0
        for n, s in enumerate(series):
            v = s.counts[i]
            if not v:
                continue
            rect = (f'<rect class="bar {colour(n)}" x="{x:.1f}" y="{y(base + v):.1f}" width="{bar:.1f}" '
                    f'height="{y(base) - y(base + v):.1f}"><title lang="zh-Hans">{escape(period)} · {escape(s.value)}: {v}'
                    f"</title></rect>")
            if link is not None:
                rect = f'<a href="{escape(link(period, s.value))}" tabindex="-1">{rect}</a>'
            parts.append(rect)
            base += v
        if i % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">{escape(period)}</text>')
    if totals:
        points = " ".join(f"{LEFT + (i + 0.5) * slot:.1f},{y(t):.1f}" for i, t in enumerate(totals))
        parts.append(f'<polyline class="total" points="{points}"><title>all matching {escape(label)}</title></polyline>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
