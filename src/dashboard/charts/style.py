"""Fixed colours (from the reference data) and a calm, legible layout for every chart."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.domain.taxonomy import Taxonomy

FONT = "Source Sans Pro, DejaVu Sans, Arial, sans-serif"
TEXT_COLOUR = "#1F2933"
GRID_COLOUR = "#E4E7EB"
NEUTRAL = "#7B8794"


def focus_area_colours(taxonomy: Taxonomy) -> dict[str, str]:
    return {f.code: f.colour for f in taxonomy.focus_areas}


def stage_colours(taxonomy: Taxonomy) -> dict[str, str]:
    return {s.code: s.colour for s in taxonomy.stages}


def exit_colours(taxonomy: Taxonomy) -> dict[str, str]:
    return {e.code: e.colour for e in taxonomy.exit_reasons}


# axis style of every chart (grid lines in a light grey)
AXIS_STYLE = {"gridcolor": GRID_COLOUR, "zerolinecolor": GRID_COLOUR}


def base_layout(*, scale: float = 1.0, height: int | None = None) -> dict:
    """The layout apply_layout sets, as a plain dict (for figures built from one dict spec:
    one validation pass instead of several update_* calls)."""
    return {
        "separators": ",.",
        "font": {"family": FONT, "size": round(14 * scale), "color": TEXT_COLOUR},
        "hoverlabel": {"font": {"size": round(14 * scale)}},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "legend": {"font": {"size": round(13 * scale)}},
        "height": height,
    }


def apply_layout(fig: go.Figure, *, scale: float = 1.0, height: int | None = None) -> go.Figure:
    """German separators (1.234,5), readable type; `scale` enlarges text for the projector."""
    layout = base_layout(scale=scale, height=height)
    # as update_xaxes/update_yaxes would (the first axes always, further ones where they
    # exist), but in one update: those walk every layout property and cost ~10 ms a figure
    axes = {"xaxis", "yaxis"} | {name for name in fig.layout._subplotid_props
                                 if name.startswith(("xaxis", "yaxis"))}
    for name in sorted(axes):
        layout[name] = AXIS_STYLE
    fig.update_layout(layout)
    return fig
