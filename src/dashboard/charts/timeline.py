"""Activity over time and changes since a date (DataFrame -> Figure)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.grid import count_axis
from dashboard.charts.style import NEUTRAL, apply_layout, bar_text_positions
from dashboard.formatting import fmt_int
from dashboard.texts import t

# (column, text key of the series name, colour)
ACTIVITY_SERIES = (("new_projects", "chart.series.new_projects", "#0072B2"),
                   ("stage_moves", "chart.series.stage_moves", "#009E73"),
                   ("exits", "chart.series.exits", "#D55E00"))
CHANGE_SERIES = (("neu", "chart.series.taken_in", "#0072B2"),
                 ("wechsel", "chart.series.moved_in", "#009E73"),
                 ("ausstieg", "chart.series.exited_at", "#D55E00"))


def quarterly_figure(df: pd.DataFrame, *, scale: float = 1.0, running: bool = False) -> go.Figure:
    """Grouped bars per quarter: new projects, stage moves, exits. A quarter still `running`
    (the last one) is drawn hatched, so nobody reads its low bars as a slump."""
    fig = go.Figure()
    patterns = [""] * (len(df) - 1) + ["/" if running else ""] if len(df) else []
    for col, key, colour in ACTIVITY_SERIES:
        name = t(key)
        fig.add_trace(go.Bar(x=df["label"], y=df[col], name=name, marker_color=colour,
                             marker_pattern_shape=patterns, marker_pattern_fgcolor="white",
                             hovertemplate="%{x}: %{y:,.0f} " + name + "<extra></extra>"))
    fig.update_layout(barmode="group", legend={"orientation": "h", "y": 1.1, "x": 1,
                                               "xanchor": "right"})
    fig.update_yaxes(title_text=t("chart.axis.count"), **count_axis(
        float(df[[c for c, _n, _k in ACTIVITY_SERIES]].to_numpy().max(initial=0))))
    fig.update_xaxes(type="category")
    return apply_layout(fig, scale=scale, height=round(400 * scale))


def changes_figure(df: pd.DataFrame, *, scale: float = 1.0) -> go.Figure:
    """Per stage: projects newly taken up, moved into it, and leaving at it in the period."""
    fig = go.Figure()
    for col, key, colour in CHANGE_SERIES:
        if df[col].sum() == 0:
            continue
        name = t(key)
        fig.add_trace(go.Bar(x=df["stage_name"], y=df[col], name=name, marker_color=colour,
                             hovertemplate="%{x}: %{y:,.0f} " + name + "<extra></extra>"))
    fig.update_layout(barmode="group", legend={"orientation": "h", "y": 1.1, "x": 1,
                                               "xanchor": "right"})
    fig.update_yaxes(title_text=t("chart.axis.projects"), **count_axis(
        float(df[[c for c, _n, _k in CHANGE_SERIES]].to_numpy().max(initial=0))))
    fig.update_xaxes(linecolor=NEUTRAL)
    return apply_layout(fig, scale=scale, height=round(400 * scale))


def freshness_figure(df: pd.DataFrame, *, scale: float = 1.0, stale_colour: str = "#D55E00",
                     ok_colour: str = "#0072B2") -> go.Figure:
    """Days since the last update per Fachnetzwerk; outdated ones in the warning colour, with
    the limit as a dashed line."""
    labels = [f"{n} ({r})" for n, r in zip(df["network_name"], df["revier_code"], strict=True)]
    days = df["age_days"].astype("float64")
    fig = go.Figure(go.Bar(
        x=days.fillna(0), y=labels, orientation="h",
        marker_color=[stale_colour if s else ok_colour for s in df["stale"]],
        text=[t("chart.no_data") if pd.isna(d) else f"{fmt_int(d)} {t('chart.unit.days')}"
              for d in days],
        textposition=bar_text_positions(days.fillna(0)), insidetextanchor="end",
        cliponaxis=False,
        hovertemplate=t("chart.hover.freshness", network="%{y}", days="%{x:,.0f}")
        + "<extra></extra>",
    ))
    if len(df):
        fig.add_vline(x=int(df["stale_after"].iloc[0]), line_dash="dash", line_color=stale_colour)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=t("chart.axis.days_since_update"), tickformat=",d",
                     range=[0, max(float(days.max() if days.notna().any() else 0),
                                   float(df["stale_after"].max() if len(df) else 0)) * 1.25 + 1])
    return apply_layout(fig, scale=scale, height=round((110 + 34 * len(df)) * scale))
