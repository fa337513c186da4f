"""Funnel charts of the review pipeline: one funnel with exits, and small multiples."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.style import apply_layout
from dashboard.formatting import fmt_int, fmt_pct

EXIT_COLUMNS = ("zurueckgestellt", "abgelehnt", "zurueckgezogen")


def _reached_text(df: pd.DataFrame) -> list[str]:
    return [fmt_int(n) if pd.isna(c) else f"{fmt_int(n)} ({fmt_pct(c, 0)})"
            for n, c in zip(df["reached"], df["conversion"], strict=True)]


def funnel_figure(df: pd.DataFrame, stage_colours: dict[str, str], exit_colours: dict[str, str],
                  exit_names: dict[str, str], *, scale: float = 1.0) -> go.Figure:
    """Left: projects that reached each stage (text: conversion from the previous stage);
    right: exits at each stage, stacked by reason."""
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.7, 0.3],
                        horizontal_spacing=0.03,
                        subplot_titles=("Projekte, die die Stufe erreicht haben",
                                        "Ausgeschieden in der Stufe"))
    fig.add_trace(go.Bar(
        x=df["reached"], y=df["stage_name"], orientation="h", name="erreicht",
        marker_color=[stage_colours.get(c, "#7B8794") for c in df["stage_code"]],
        text=_reached_text(df), textposition="outside", cliponaxis=False,
        customdata=df["conversion"].fillna(-1),
        hovertemplate="%{y}: %{x:,.0f} Projekte<extra></extra>", showlegend=False,
    ), row=1, col=1)
    for reason in EXIT_COLUMNS:
        fig.add_trace(go.Bar(
            x=df[reason], y=df["stage_name"], orientation="h", name=exit_names.get(reason, reason),
            marker_color=exit_colours.get(reason, "#7B8794"),
            hovertemplate="%{y}: %{x:,.0f} " + exit_names.get(reason, reason) + "<extra></extra>",
        ), row=1, col=2)
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.08, "x": 1,
                                               "xanchor": "right"})
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickformat=",d")
    top = float(df["reached"].max() or 1)
    fig.update_xaxes(range=[0, top * 1.3], row=1, col=1)
    apply_layout(fig, scale=scale, height=round(460 * scale))
    fig.update_annotations(font_size=round(13 * scale))
    return fig


def small_multiples_figure(df: pd.DataFrame, stage_colours: dict[str, str], *, scale: float = 1.0,
                           columns: int = 3) -> go.Figure:
    """One small funnel per group (Revier or focus area), same stage order and x scale."""
    groups = list(dict.fromkeys(df["group_code"]))
    names = df.drop_duplicates("group_code").set_index("group_code")["group_name"]
    cols = min(columns, len(groups))
    rows = math.ceil(len(groups) / cols)
    fig = make_subplots(rows=rows, cols=cols, shared_xaxes=True, shared_yaxes=True,
                        subplot_titles=[names[g] for g in groups], horizontal_spacing=0.03,
                        vertical_spacing=0.12 if rows > 1 else 0.05)
    for i, code in enumerate(groups):
        part = df[df["group_code"] == code]
        fig.add_trace(go.Bar(
            x=part["reached"], y=part["stage_short_name"], orientation="h", name=names[code],
            marker_color=[stage_colours.get(c, "#7B8794") for c in part["stage_code"]],
            text=_reached_text(part), textposition="outside", cliponaxis=False,
            hovertemplate=names[code] + "<br>%{y}: %{x:,.0f} Projekte<extra></extra>",
            showlegend=False,
        ), row=i // cols + 1, col=i % cols + 1)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickformat=",d", range=[0, float(df["reached"].max() or 1) * 1.45])
    apply_layout(fig, scale=scale, height=round((330 * rows + 40) * scale))
    fig.update_annotations(font_size=round(13 * scale))
    return fig
