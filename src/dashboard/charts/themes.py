"""Bars of the cross-cutting themes: share of projects with marker 2 (principal aim) and
marker 1 (significant), one panel per theme; and the funding share per theme."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.style import apply_layout

# two lightness steps of one hue: the order (principal aim darker) survives every colour vision
MARKER_COLOURS = {2: "#08519C", 1: "#9ECAE1"}


def marker_share_panels(df: pd.DataFrame, *, names: dict[int, str], scale: float = 1.0) -> go.Figure:
    """`df`: theme_name, group_name, share_2, share_1, marker_2, marker_1, projects (one row
    per theme x group, in display order). A 2 x 2 grid of stacked horizontal bars."""
    themes = list(dict.fromkeys(df["theme_name"]))
    groups = list(dict.fromkeys(df["group_name"]))
    cols = 2
    rows = (len(themes) + cols - 1) // cols
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=themes, shared_yaxes=True,
                        horizontal_spacing=0.04, vertical_spacing=0.12 if rows > 1 else 0.0)
    for i, theme in enumerate(themes):
        part = df[df["theme_name"] == theme]
        for marker in (2, 1):
            fig.add_trace(go.Bar(
                x=part[f"share_{marker}"].fillna(0), y=part["group_name"], orientation="h",
                name=names[marker], legendgroup=str(marker), showlegend=i == 0,
                marker_color=MARKER_COLOURS[marker],
                customdata=list(zip(part[f"marker_{marker}"], part["projects"], strict=True)),
                hovertemplate=("%{y}: %{x:.1%} " + names[marker]
                               + " (%{customdata[0]:,.0f} von %{customdata[1]:,.0f} Projekten)"
                               "<extra></extra>"),
            ), row=i // cols + 1, col=i % cols + 1)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(range=[0, 1], tickformat=".0%", dtick=0.25)
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=groups,
                     automargin=True)
    height = round(scale * (rows * (len(groups) * 26 + 70) + 80))
    apply_layout(fig, scale=scale, height=height)
    fig.update_annotations(font={"size": round(15 * scale)})
    fig.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.06, "x": 0},
                      margin={"t": round(70 * scale)})
    return fig


def funding_share_bars(df: pd.DataFrame, *, names: dict[int, str], scale: float = 1.0) -> go.Figure:
    """`df`: theme_name, share_main, share_any, main_eur, any_eur, total_eur (one row per theme)."""
    significant = (df["share_any"] - df["share_main"]).fillna(0)
    fig = go.Figure()
    for marker, values, eur in ((2, df["share_main"].fillna(0), df["main_eur"]),
                                (1, significant, df["any_eur"] - df["main_eur"])):
        fig.add_trace(go.Bar(
            x=values, y=df["theme_name"], orientation="h", name=names[marker],
            marker_color=MARKER_COLOURS[marker], customdata=eur / 1e6,
            text=[f"{v:.0%}".replace("%", " %") if v >= 0.04 else "" for v in values],
            textposition="inside", insidetextanchor="middle",
            hovertemplate="%{y}: %{x:.1%} " + names[marker]
                          + " (%{customdata:,.1f} Mio. €)<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(range=[0, 1], tickformat=".0%", dtick=0.25)
    fig.update_yaxes(autorange="reversed", automargin=True)
    apply_layout(fig, scale=scale, height=round(scale * (len(df) * 52 + 110)))
    fig.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0})
    return fig
