"""Charts drawn on the server as inline SVG: no script, no library to ship to the browser, and
nothing the Content-Security-Policy must allow (only presentation attributes, no ``style``).

Every chart is ``role="img"`` with a ``<title>`` and a ``<desc>`` that say what it shows; the
page puts the same numbers in a table beside it (the text alternative).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000")
"""Okabe–Ito: told apart by people with the common colour-vision deficiencies."""
DASHES = ("", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "")
FONT = 'font-family="system-ui, sans-serif"'


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _ticks(top: float, count: int = 4) -> list[float]:
    """Gridlines; whole numbers when the values are small counts."""
    count = min(count, int(top)) if top == int(top) and top >= 1 else count
    return [top * i / count for i in range(count + 1)]


def _label(value: float) -> str:
    return f"{value:g}" if value < 10_000 else f"{value / 1000:g}k"


def _frame(ident: str, title: str, desc: str, width: int, height: int, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%"'
        f' role="img" aria-labelledby="{ident}-t {ident}-d" class="chart">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def line_chart(
    ident: str, title: str, desc: str, labels: Sequence[str], series: Sequence[Series]
) -> Markup:
    """One line per series over ``labels`` (days), with a legend."""
    width, height, left, right, top, bottom = 760, 300, 44, 16, 16, 64
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _nice_max(max((max(s.values, default=0) for s in series), default=0))
    n = max(1, len(labels) - 1)

    def x(i: int) -> float:
        return left + plot_w * (i / n if len(labels) > 1 else 0.5)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / peak)

    body = []
    for tick in _ticks(peak):
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"'
            ' stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11" {FONT}'
            f' fill="#333">{_label(tick)}</text>'
        )
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            body.append(
                f'<text x="{x(i):.1f}" y="{top + plot_h + 16}" text-anchor="middle" font-size="11"'
                f' {FONT} fill="#333">{escape(label)}</text>'
            )
    for k, s in enumerate(series):
        colour, dash = PALETTE[k % len(PALETTE)], DASHES[k % len(DASHES)]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(s.values))
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        if len(s.values) > 1:
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"'
                f"{dashed}/>"
            )
        for i, v in enumerate(s.values):
            body.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{colour}"/>')
        lx, ly = left + (k % 4) * 180, height - 26 + (k // 4) * 16
        body.append(
            f'<line x1="{lx}" x2="{lx + 22}" y1="{ly - 4}" y2="{ly - 4}" stroke="{colour}"'
            f' stroke-width="2"{dashed}/><text x="{lx + 28}" y="{ly}" font-size="12" {FONT}'
            f' fill="#111">{escape(s.name)}</text>'
        )
    return _frame(ident, title, desc, width, height, body)


def bar_chart(
    ident: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    label_width: int = 170,
) -> Markup:
    """Horizontal bars: one group per label, one bar per series, the value written at its end."""
    bar, gap = 11, 10
    group = bar * len(series) + gap
    width, top = 760, 8
    legend = 22 * ((len(series) + 3) // 4)
    height = top + group * max(1, len(labels)) + legend + 8
    plot_w = width - label_width - 60
    peak = _nice_max(max((max(s.values, default=0) for s in series), default=0))
    body = []
    for g, label in enumerate(labels):
        gy = top + g * group
        body.append(
            f'<text x="{label_width - 8}" y="{gy + bar * len(series) / 2 + 4:.1f}"'
            f' text-anchor="end" font-size="12" {FONT} fill="#111">{escape(label)}</text>'
        )
        for k, s in enumerate(series):
            value = s.values[g]
            w = plot_w * value / peak
            by = gy + k * bar
            body.append(
                f'<rect x="{label_width}" y="{by}" width="{w:.1f}" height="{bar - 2}"'
                f' fill="{PALETTE[k % len(PALETTE)]}"/>'
                f'<text x="{label_width + w + 4:.1f}" y="{by + bar - 3}" font-size="10" {FONT}'
                f' fill="#333">{_label(value)}</text>'
            )
    ly0 = top + group * max(1, len(labels)) + 14
    for k, s in enumerate(series):
        lx, ly = label_width + (k % 4) * 140, ly0 + (k // 4) * 22
        body.append(
            f'<rect x="{lx}" y="{ly - 10}" width="14" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>'
            f'<text x="{lx + 20}" y="{ly}" font-size="12" {FONT} fill="#111">{escape(s.name)}</text>'
        )
    return _frame(ident, title, desc, width, height, body)
