"""Chart of the Förderlisten-Abgleich: per Revier the operations of the lists in force that the
monitor has, those it lacks, and the monitor's granted projects missing from the lists."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import apply_layout

COLOURS = {"matched": "#2A9D8F", "missing": "#E07A5F", "not_listed": "#6D597A",
           "outside": "#8C959F"}


def reconciliation_figure(df: pd.DataFrame, labels: dict[str, str], *, scale: float = 1.0
                          ) -> go.Figure:
    """`df`: revier_name and one column per bar of `labels` (matched, missing, not_listed,
    outside; one row per Revier, one for outside the Reviere); `labels`: each bar's name."""
    fig = go.Figure()
    for col, label in labels.items():
        fig.add_trace(go.Bar(
            y=df["revier_name"], x=df[col], name=label, orientation="h",
            marker={"color": COLOURS[col]}, text=df[col], textposition="auto",
            hovertemplate=f"%{{y}}: %{{x:,.0f}} {label}<extra></extra>"))
    fig.update_layout(barmode="group", legend={"orientation": "h", "y": -0.15},
                      yaxis={"autorange": "reversed"})
    return apply_layout(fig, scale=scale, height=max(260, 110 * len(df) + 80))
