"""One project's way through the review stages as a timeline (a Gantt bar per stay)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import NEUTRAL, apply_layout, date_tickformat

EXIT_MARK = "#D55E00"


def stay_timeline(stays: pd.DataFrame, *, colours: dict[str, str], scale: float = 1.0) -> go.Figure:
    """`stays`: stage_code, stage_name, entered_on, end, days (Int, may be NA), label (hover
    text), outcome. One horizontal bar per stay, in order, stages in their fixed colours."""
    start = pd.to_datetime(stays["entered_on"])
    end = pd.to_datetime(stays["end"])
    # a stay of zero days (e.g. "Abgeschlossen") still gets a visible sliver
    width_ms = ((end - start).dt.total_seconds() * 1000).clip(lower=86_400_000)
    fig = go.Figure(go.Bar(
        base=start, x=width_ms, y=stays["stage_name"], orientation="h",
        marker={"color": [colours.get(c, NEUTRAL) for c in stays["stage_code"]],
                "line": {"color": [EXIT_MARK if o else "white" for o in stays["outcome"]],
                         "width": [3 if o else 1 for o in stays["outcome"]]}},
        text=stays["label"], hovertemplate="%{y}: %{text}<extra></extra>", textposition="none",
    ))
    fig.update_xaxes(type="date", tickformat=date_tickformat())
    fig.update_yaxes(autorange="reversed", automargin=True, categoryorder="array",
                     categoryarray=list(dict.fromkeys(stays["stage_name"])))
    return apply_layout(fig, scale=scale, height=round(scale * (len(stays) * 34 + 90)))
