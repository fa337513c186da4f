"""Fixed colours (from the reference data) and a calm, legible layout for every chart."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

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

# One template for every figure, in every process: importing Streamlit makes its own template
# ("streamlit": no automargin, placeholder colours its browser code replaces) the process
# default, so figures looked right in the page and came out cropped from kaleido in the app
# process (labels cut to their last letter). Figures take the default template when they are
# built; `use_template()` makes sure it is ours (cheap: a name comparison), and the page shows
# figures with theme=None, so page, PNG, SVG, slides and CLI draw the same picture.
TEMPLATE = "strukturwandel"


def _register_template() -> None:
    base = go.layout.Template(pio.templates["plotly_white"])
    axis = {"automargin": True, "gridcolor": GRID_COLOUR, "zerolinecolor": GRID_COLOUR,
            "linecolor": GRID_COLOUR, "tickfont": {"color": TEXT_COLOUR},
            "title": {"font": {"color": TEXT_COLOUR}, "standoff": 12}}
    base.layout.update(font={"family": FONT, "color": TEXT_COLOUR}, xaxis=axis, yaxis=axis)
    pio.templates[TEMPLATE] = base


def use_template() -> None:
    """Make the project's template the default for figures built from now on."""
    if TEMPLATE not in pio.templates:
        _register_template()
    if pio.templates.default != TEMPLATE:
        pio.templates.default = TEMPLATE


use_template()


def base_layout(*, scale: float = 1.0, height: int | None = None) -> dict:
    """The layout apply_layout sets, as a plain dict (for figures built from one dict spec:
    one validation pass instead of several update_* calls)."""
    use_template()
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
    stale = pio.templates.default != TEMPLATE  # built before someone reset the default
    layout = base_layout(scale=scale, height=height)
    if stale:
        layout["template"] = TEMPLATE
    # as update_xaxes/update_yaxes would (the first axes always, further ones where they
    # exist), but in one update: those walk every layout property and cost ~10 ms a figure
    axes = {"xaxis", "yaxis"} | {name for name in fig.layout._subplotid_props
                                 if name.startswith(("xaxis", "yaxis"))}
    for name in sorted(axes):
        layout[name] = AXIS_STYLE
    fig.update_layout(layout)
    return fig
