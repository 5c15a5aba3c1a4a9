"""Bar charts as server-rendered SVG: no script, no third-party asset, readable without colour.

Each chart is an ``<svg role="img">`` with a ``<title>`` naming what it shows; every bar carries
its value as text, so the figure does not depend on telling colours apart. Suppressed cells
("<5") are drawn as an empty bar labelled "<5". Styling (colours, fonts) lives in console.css.
"""

from __future__ import annotations

from markupsafe import Markup, escape

BAR = 18
GAP = 8
LABEL = 150
WIDTH = 520


def bars(title: str, items: list[tuple[str, object]], unit: str = "", scale_max: float | None = None) -> Markup:
    """Horizontal bars: one per (label, value); a value may be a number or a suppressed marker."""
    numbers = [v for _, v in items if isinstance(v, (int, float)) and not isinstance(v, bool)]
    top = scale_max or max(numbers + [1])
    height = len(items) * (BAR + GAP) + GAP
    room = WIDTH - LABEL - 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
             f'width="{WIDTH}" height="{height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = GAP + i * (BAR + GAP)
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        w = max(1, round(room * value / top)) if number and value else 0
        shown = (f"{value:.0%}" if unit == "%" else f"{value:g}{unit}") if number else str(value)
        parts.append(f'<text class="chart-label" x="{LABEL - 6}" y="{y + BAR - 5}" text-anchor="end">'
                     f'{escape(label)}</text>')
        parts.append(f'<rect class="chart-bar{"" if number else " chart-hidden"}" x="{LABEL}" y="{y}" '
                     f'width="{w if number else 0}" height="{BAR}"/>')
        parts.append(f'<text class="chart-value" x="{LABEL + w + 6}" y="{y + BAR - 5}">{escape(shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
