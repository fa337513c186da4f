"""Fixed colours (from the reference data) and a calm, legible layout for every chart."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_eur_tick, fmt_pct
from dashboard.i18n import language

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


def separators() -> str:
    """Plotly's decimal and thousands separators for the active language: 1.234,5 / 1,234.5."""
    return ".," if language() == "en" else ",."


def nice_step(maximum: float, count: int = 5) -> float:
    """A round tick step (1, 2, 2,5 or 5 x 10^k) giving about `count` ticks up to `maximum`."""
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def eur_axis(*values: Iterable[float]) -> dict:
    """Tick values and texts of a euro axis up to the largest of `values`, written as tiles
    and sentences write sums ('1,5 Mrd. €'): plotly's own format gives '1.500.000.000'."""
    top = max((float(v) for series in values for v in series if pd.notna(v)), default=0.0)
    if top <= 0:
        return {"tickvals": [0], "ticktext": [fmt_eur_tick(0)]}
    step = nice_step(top)
    ticks = [i * step for i in range(int(top // step) + 2)]
    return {"tickvals": ticks, "ticktext": [fmt_eur_tick(v) for v in ticks]}


def percent_axis(top: float = 1.0, step: float = 0.25, *, per_cent: bool = False) -> dict:
    """Tick values and texts of a share axis from 0 to `top` ('25 %' / '25%', as fmt_pct writes
    them; plotly's '.0%' has no space). `per_cent`: the values are 0-100, not 0-1."""
    factor = 100 if per_cent else 1
    ticks = [i * step for i in range(int(round(top / step, 9)) + 1)]
    return {"tickvals": [v * factor for v in ticks], "ticktext": [fmt_pct(v, 0) for v in ticks]}


def date_tickformat() -> str:
    """Date ticks as fmt_date writes dates: 31.12.2025 / 31 Dec 2025."""
    return "%-d %b %Y" if language() == "en" else "%d.%m.%Y"


def base_layout(*, scale: float = 1.0, height: int | None = None) -> dict:
    """The layout apply_layout sets, as a plain dict (for figures built from one dict spec:
    one validation pass instead of several update_* calls)."""
    use_template()
    return {
        "separators": separators(),
        "font": {"family": FONT, "size": round(14 * scale), "color": TEXT_COLOUR},
        "hoverlabel": {"font": {"size": round(14 * scale)}},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "legend": {"font": {"size": round(13 * scale)}},
        "height": height,
    }


def apply_layout(fig: go.Figure, *, scale: float = 1.0, height: int | None = None) -> go.Figure:
    """The language's separators (1.234,5 / 1,234.5), readable type; `scale` enlarges text for the projector."""
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
    # panel titles over the top row that wrap onto more lines need the room above the plot
    lines = max([str(a.text or "").count("<br>") for a in fig.layout.annotations or ()
                 if a.yref == "paper" and (a.y or 0) >= 0.99 and a.yanchor == "bottom"] or [0])
    if lines:
        layout["margin"] = {**layout["margin"], "t": layout["margin"]["t"] +
                            round(lines * 18 * scale)}
    fig.update_layout(layout)
    return fig


_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _escaped(values):
    """A copy of `values` with plotly's pseudo-HTML escaped, or None when nothing needs it."""
    if values is None or isinstance(values, (int, float)):
        return None
    if isinstance(values, str):
        return _escape(values) if any(c in values for c in "&<>") else None
    try:
        items = list(values)
    except TypeError:
        return None
    if not any(isinstance(v, str) and any(c in v for c in "&<>") for v in items):
        return None
    return [_escape(v) if isinstance(v, str) else v for v in items]


def escaped_text(text: str) -> str:
    """`text` with plotly's pseudo-HTML shown literally (no <br> kept)."""
    return text.translate(_HTML)


def _escape(text: str) -> str:
    # a line break is the one tag charts use on purpose (two-line category labels)
    return text.translate(_HTML).replace("&lt;br&gt;", "<br>")


def safe_text(fig: go.Figure) -> go.Figure:
    """Plotly draws <a href>, <b>, <br> found in labels: a project title such as
    '<a href="…">Förderung</a>' would become a link inside the chart. Escapes them in every
    label, text and annotation (in place; a quick scan first, so clean figures cost nothing)."""
    for trace in fig.data:
        for attr in ("x", "y", "text", "hovertext", "labels", "customdata"):
            if attr in trace and (fixed := _escaped(trace[attr])) is not None:
                trace[attr] = fixed
        if trace.type == "sankey" and (fixed := _escaped(trace.node.label)) is not None:
            trace.node.label = fixed
    for annotation in fig.layout.annotations or ():
        if (fixed := _escaped(annotation.text)) is not None:
            annotation.text = fixed
    return fig


def bar_text_positions(values, share: float = 0.5) -> list[str]:
    """Texts inside the long bars (at their end), outside the short ones: a number never runs
    past the chart's edge, however narrow the screen."""
    top = max([float(v) for v in values] or [0.0]) or 1.0
    return ["inside" if float(v) >= share * top else "outside" for v in values]
