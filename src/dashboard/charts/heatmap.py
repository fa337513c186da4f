"""Matrix heatmaps (missions x focus areas, missions x Reviere, Fachnetzwerke x themes) with
marked cells: a single-hue sequential scale, values written into the cells."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from dashboard.charts.grid import wrap_label
from dashboard.charts.style import AXIS_STYLE, TEXT_COLOUR, base_layout

# single hue (light -> dark blue): ordered, readable with every colour-vision type
SEQUENTIAL = [[0.0, "#F7FBFF"], [0.25, "#C6DBEF"], [0.5, "#6BAED6"], [0.75, "#2171B5"],
              [1.0, "#08306B"]]
GAP_COLOUR = "#D55E00"  # Okabe-Ito vermillion, distinct from the blues
OUTLINES = {
    "primary": {"color": TEXT_COLOUR, "width": 3, "dash": "solid"},
    "secondary": {"color": TEXT_COLOUR, "width": 2, "dash": "dash"},
    "gap": {"color": GAP_COLOUR, "width": 3, "dash": "dot"},
}


def matrix_heatmap(z: Sequence[Sequence[float]], x_labels: Sequence[str],
                   y_labels: Sequence[str], *, text: Sequence[Sequence[str]],
                   hover_value: str, marks: Sequence[tuple[int, int, str]] = (),
                   mark_names: dict[str, str] | None = None, colorbar_title: str = "",
                   scale: float = 1.0, height: int | None = None,
                   tickangle: int = 0, cell_size: int = 13) -> go.Figure:
    """A heatmap with one row per y label; `text` is written into each cell, `hover_value` is
    the hover template for the value (e.g. '%{z:,.0f} Projekte'). `marks` outline cells
    (row, column, 'primary'|'secondary'|'gap'); `mark_names` label them in the legend."""
    # one dict spec, validated once: add_shape / update_* per mark cost tens of ms
    # upright column names on two lines: side by side over narrow columns they ran together
    # (1280 px); turned ones stay on one line (two lines would need wider columns)
    heatmap = {
        "type": "heatmap", "z": [list(row) for row in z],
        "x": [wrap_label(x, 14) for x in x_labels] if tickangle == 0 else list(x_labels),
        "y": list(y_labels), "text": [list(row) for row in text], "texttemplate": "%{text}",
        "textfont": {"size": round(cell_size * scale)},
        "colorscale": SEQUENTIAL, "zmin": 0, "xgap": 2, "ygap": 2,
        "colorbar": {"title": {"text": colorbar_title, "side": "right"}, "tickformat": ",.0f",
                     "thickness": 14},
        "hovertemplate": f"%{{y}} × %{{x}}: {hover_value}<extra></extra>",
    }
    shapes = []
    named: set[str] = set()
    for row, col, kind in marks:
        label = (mark_names or {}).get(kind)
        shapes.append({"type": "rect", "x0": col - 0.5, "x1": col + 0.5, "y0": row - 0.5,
                       "y1": row + 0.5, "xref": "x", "yref": "y", "line": OUTLINES[kind],
                       "fillcolor": "rgba(0,0,0,0)",
                       "showlegend": bool(label) and kind not in named, "name": label or kind,
                       "legendgroup": kind})
        named.add(kind)
    base = base_layout(scale=scale, height=height)
    layout = {
        **base,
        "xaxis": {"side": "top", "tickangle": tickangle, "showgrid": False, "automargin": True,
                  # turned names a size smaller: at 1280 px neighbours touched at 14 px x 1.4
                  **({"tickfont": {"size": round(13 * scale)}} if tickangle else {}),
                  **AXIS_STYLE},
        "yaxis": {"autorange": "reversed", "showgrid": False, "automargin": True, **AXIS_STYLE},
        "legend": {**base["legend"], "orientation": "h", "yanchor": "top", "y": -0.02, "x": 0},
    }
    if shapes:
        layout["shapes"] = shapes
    return go.Figure({"data": [heatmap], "layout": layout})
