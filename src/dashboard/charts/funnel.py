"""Funnel charts of the review pipeline: one funnel with exits, and small multiples."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.grid import axis_name, axis_ref, count_axis, grid_layout, wrap_label
from dashboard.charts.style import NEUTRAL, apply_layout, bar_text_positions
from dashboard.formatting import fmt_int, fmt_pct
from dashboard.texts import t

EXIT_COLUMNS = ("zurueckgestellt", "abgelehnt", "zurueckgezogen")


def _reached_text(df: pd.DataFrame) -> list[str]:
    return [fmt_int(n) if pd.isna(c) else f"{fmt_int(n)} ({fmt_pct(c, 0)})"
            for n, c in zip(df["reached"], df["conversion"], strict=True)]


# exits are told apart by pattern as well as by colour (colour is never the only carrier)
EXIT_PATTERNS = {"zurueckgestellt": "/", "abgelehnt": "x", "zurueckgezogen": "."}


def bars_with_exits(df: pd.DataFrame, value: str, texts: list[str], titles: tuple[str, str],
                    stage_colours: dict[str, str], exit_colours: dict[str, str],
                    exit_names: dict[str, str], *, scale: float = 1.0,
                    divider: tuple[int, str, str] | None = None) -> go.Figure:
    """Left: `value` per stage (bar texts `texts`); right: exits at each stage, stacked by
    reason. `divider` = (rows above, note above, note below) draws a line between stage
    groups, with a note on each side."""
    # room between the panels: the left axis' last tick ran into the right one's "0" (1280 px)
    layout = grid_layout(2, 2, list(titles), widths=[0.7, 0.3], hspace=0.08,
                         title_size=round(14 * scale))
    top = float(df[value].max() or 1)
    layout["xaxis"].update(count_axis(top), range=[0, top * 1.3])
    layout["xaxis2"].update(count_axis(float(df[list(EXIT_COLUMNS)].sum(axis=1).max())))
    layout["yaxis"].update(autorange="reversed")
    # plain dicts: go.Figure validates each trace once (go.Bar objects would be validated twice)
    data = [{
        "type": "bar", "x": df[value], "y": df["stage_name"], "orientation": "h",
        "name": titles[0],
        "marker": {"color": [stage_colours.get(c, NEUTRAL) for c in df["stage_code"]]},
        "text": texts, "textposition": bar_text_positions(df[value]),
        "insidetextanchor": "end", "cliponaxis": False,
        "hovertemplate": t("chart.hover.projects", label="%{y}", n="%{x:,.0f}")
                         + "<extra></extra>", "showlegend": False}]
    for reason in EXIT_COLUMNS:
        name = exit_names.get(reason, reason)
        data.append({
            "type": "bar", "x": df[reason], "y": df["stage_name"], "orientation": "h", "name": name,
            "xaxis": "x2", "yaxis": "y2",
            "marker": {"color": exit_colours.get(reason, NEUTRAL),
                       "pattern": {"shape": EXIT_PATTERNS.get(reason, ""), "fgcolor": "white"}},
            "hovertemplate": "%{y}: %{x:,.0f} " + name + "<extra></extra>"})
    shapes = []
    if divider is not None:
        rows_above, above, below = divider
        y = rows_above - 0.5
        shapes.append({"type": "line", "xref": "paper", "yref": "y", "x0": 0, "x1": 1,
                       "y0": y, "y1": y, "line": {"color": NEUTRAL, "width": 2, "dash": "dash"}})
        for text, anchor in ((above, "bottom"), (below, "top")):
            layout["annotations"].append({
                "text": text, "showarrow": False, "xref": "x domain", "yref": "y", "x": 1,
                "y": y, "xanchor": "right", "yanchor": anchor,
                "font": {"size": round(14 * scale)}})
    fig = go.Figure(data=data, layout={**layout, "barmode": "stack", "shapes": shapes,
                                       "legend": {"orientation": "h", "y": -0.08, "x": 1,
                                                  "xanchor": "right"}})
    return apply_layout(fig, scale=scale, height=round(460 * scale))


def funnel_figure(df: pd.DataFrame, stage_colours: dict[str, str], exit_colours: dict[str, str],
                  exit_names: dict[str, str], *, scale: float = 1.0) -> go.Figure:
    """Left: projects that reached each stage (text: conversion from the previous stage);
    right: exits at each stage, stacked by reason."""
    return bars_with_exits(df, "reached", _reached_text(df),
                           (t("chart.funnel.reached"), t("chart.funnel.exited")),
                           stage_colours, exit_colours, exit_names, scale=scale)


def small_multiples_figure(df: pd.DataFrame, stage_colours: dict[str, str], *, scale: float = 1.0,
                           columns: int = 3) -> go.Figure:
    """One small funnel per group (Revier or focus area), same stage order and x scale."""
    groups = list(dict.fromkeys(df["group_code"]))
    names = df.drop_duplicates("group_code").set_index("group_code")["group_name"]
    cols = min(columns, len(groups))
    rows = -(-len(groups) // cols)
    layout = grid_layout(len(groups), cols, [names[g] for g in groups], hspace=0.05,
                         vspace=0.12 if rows > 1 else 0.05, title_size=round(13 * scale),
                         x_labels_below_only=True)
    x_range = [0, float(df["reached"].max() or 1) * 1.2]
    data = []
    for i, code in enumerate(groups):
        part = df[df["group_code"] == code]
        layout[axis_name(i, "x")].update(count_axis(x_range[1] / 1.2), range=x_range)
        layout[axis_name(i, "y")].update(autorange="reversed")
        data.append({
            # full stage names on two lines: one line of "Fachgruppe Regionalentwicklung"
            # squeezed the panels until their titles ran off the projector's screen
            "type": "bar", "x": part["reached"], "y": [wrap_label(s) for s in part["stage_name"]],
            "orientation": "h", "name": names[code], "xaxis": axis_ref(i, "x"),
            "yaxis": axis_ref(i, "y"),
            "marker": {"color": [stage_colours.get(c, NEUTRAL) for c in part["stage_code"]]},
            "text": _reached_text(part), "textposition": bar_text_positions(part["reached"]),
            "insidetextanchor": "end", "cliponaxis": False,
            "hovertemplate": names[code] + "<br>"
                             + t("chart.hover.projects", label="%{y}", n="%{x:,.0f}")
                             + "<extra></extra>",
            "showlegend": False})
    fig = go.Figure(data=data, layout=layout)
    return apply_layout(fig, scale=scale, height=round((330 * rows + 40) * scale))
