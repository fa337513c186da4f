"""The Sankey picture (PNG/SVG button, `bild`): plotly moves a Sankey to its final place with a
500 ms transition whenever the margins change, and the title's automargin changes them after
the first draw, so the renderer photographed the flows half-way - drawn over the caption
("Stand …" under "M01 Energie") and a few pixels elsewhere on every render."""

from __future__ import annotations

import re

import pytest

from dashboard.domain.filters import Filters
from dashboard.export.images import IMAGE_HEIGHT, IMAGE_WIDTH, titled
from dashboard.store.reference import read_taxonomy
from dashboard.views import build

SHORT = "Auswahl: alle Projekte · Stand 01.12.2026"
LONG = ("Auswahl: " + ", ".join(f"Fachnetzwerk {n}" for n in range(1, 30)) + " · Stand 01.12.2026")


def _svg(demo_db, renderer, caption: str) -> str:
    view = build("portfolio_sankey", demo_db, Filters(), read_taxonomy(demo_db))
    figure = titled(view.figure, view.title, caption)
    return renderer.render(figure, "svg", width=IMAGE_WIDTH, height=IMAGE_HEIGHT).decode()


def _flows_top(svg: str) -> float:
    return float(re.search(r'class="sankey" transform="translate\(([-\d.]+),([-\d.]+)\)',
                           svg).group(2))


def _caption_bottom(svg: str) -> float:
    """Where the caption's last line ends: its y, the text's own dy and the dy (in em) of its
    last line, in its font size, plus a descent."""
    found = re.search(r'<text class="gtitle-subtitle"[^>]*\by="([-\d.]+)"[^>]*\bdy="([-\d.]+)em"'
                      r'[^>]*font-size: ([\d.]+)px[^>]*>(.*?)</text>', svg)
    assert found, "the caption is on the picture"
    y, dy, size, inner = float(found[1]), float(found[2]), float(found[3]), found[4]
    last = max([0.0, *(float(v) for v in re.findall(r'<tspan[^>]*\bdy="([-\d.]+)em"', inner))])
    return y + size * (dy + last) + 4


@pytest.mark.parametrize("caption", [SHORT, LONG])
def test_the_flows_start_below_the_caption_and_stay_where_they_are(demo_db, renderer, caption):
    first, second = _svg(demo_db, renderer, caption), _svg(demo_db, renderer, caption)
    assert _flows_top(first) >= _caption_bottom(first), "flows drawn over the caption"
    if caption == LONG:
        assert _caption_bottom(first) > _caption_bottom(_svg(demo_db, renderer, SHORT)) + 30
    assert _flows_top(first) == _flows_top(second)
    nodes = [re.findall(r'sankey-node" transform="([^"]*)"', s) for s in (first, second)]
    assert nodes[0] == nodes[1]
