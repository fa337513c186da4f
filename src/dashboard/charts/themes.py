"""Bars of the cross-cutting themes: share of projects with marker 2 (principal aim) and
marker 1 (significant), one panel per theme; and the funding share per theme."""

from __future__ import annotations

import copy
import json
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.style import AXIS_STYLE, base_layout, percent_axis
from dashboard.formatting import fmt_pct
from dashboard.texts import t

# two lightness steps of one hue: the order (principal aim darker) survives every colour vision
MARKER_COLOURS = {2: "#08519C", 1: "#9ECAE1"}


# Room between the panels: the neighbours' end ticks ("100 %" | "0 %") and the panel titles
# need it at 1280 px with projector type, where the plot area is only ~480 px wide.
PANEL_GAP_X = 0.16
PANEL_GAP_Y = 0.14


@lru_cache(maxsize=16)
def _grid_layout(titles: tuple[str, ...], rows: int, cols: int) -> str:
    """The subplot grid (axis domains, titles) of make_subplots as JSON, built once per shape:
    make_subplots and update_* calls cost tens of ms per figure, a dict spec a few."""
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=list(titles), shared_yaxes=True,
                        horizontal_spacing=PANEL_GAP_X,
                        vertical_spacing=PANEL_GAP_Y if rows > 1 else 0.0)
    layout = fig.layout.to_plotly_json()
    layout.pop("template", None)
    return json.dumps(layout)


def marker_share_panels(df: pd.DataFrame, *, names: dict[int, str], scale: float = 1.0) -> go.Figure:
    """`df`: theme_name, group_name, share_2, share_1, marker_2, marker_1, projects (one row
    per theme x group, in display order). A 2 x 2 grid of stacked horizontal bars."""
    themes = list(dict.fromkeys(df["theme_name"]))
    groups = list(dict.fromkeys(df["group_name"]))
    cols = 2
    rows = (len(themes) + cols - 1) // cols
    layout = json.loads(_grid_layout(tuple(themes), rows, cols))
    data = []
    for i, theme in enumerate(themes):
        part = df[df["theme_name"] == theme]
        axis = "" if i == 0 else str(i + 1)
        for marker in (2, 1):
            data.append({
                "type": "bar", "x": part[f"share_{marker}"].fillna(0), "y": part["group_name"],
                "orientation": "h", "name": names[marker], "legendgroup": str(marker),
                "showlegend": i == 0, "marker": {"color": MARKER_COLOURS[marker]},
                # the share written as the text writes it ("12,3 %"): plotly's ".1%" glues
                # the sign to the number
                "customdata": list(zip(part[f"marker_{marker}"], part["projects"],
                                       [fmt_pct(v) for v in part[f"share_{marker}"].fillna(0)],
                                       strict=True)),
                "hovertemplate": t("chart.hover.marker_share", group="%{y}",
                                   share="%{customdata[2]}",
                                   marker=names[marker], n="%{customdata[0]:,.0f}",
                                   total="%{customdata[1]:,.0f}") + "<extra></extra>",
                "xaxis": f"x{axis}", "yaxis": f"y{axis}",
            })
    height = round(scale * (rows * (len(groups) * 26 + 70) + 80))
    base = base_layout(scale=scale, height=height)
    for name, axis in layout.items():
        if name.startswith("xaxis"):
            # share ticks only where no panel stands below: between the rows sit the titles
            i = int(name[5:] or 1) - 1
            axis.update(range=[0, 1], **percent_axis(step=0.5), **AXIS_STYLE,
                        showticklabels=i + cols >= len(themes))
        elif name.startswith("yaxis"):
            axis.update(autorange="reversed", categoryorder="array", categoryarray=groups,
                        automargin=True, **AXIS_STYLE)
    for note in layout.get("annotations", []):
        note["font"] = {"size": round(14 * scale)}
    layout.update(base, barmode="stack",
                  legend={**base["legend"], "orientation": "h", "yanchor": "bottom", "y": 1.06,
                          "x": 0},
                  margin={**base["margin"], "t": round(70 * scale)})
    return go.Figure({"data": data, "layout": copy.deepcopy(layout)})


def funding_share_bars(df: pd.DataFrame, *, names: dict[int, str], scale: float = 1.0) -> go.Figure:
    """`df`: theme_name, share_main, share_any, main_eur, any_eur, total_eur (one row per theme)."""
    significant = (df["share_any"] - df["share_main"]).fillna(0)
    data = []
    for marker, values, eur in ((2, df["share_main"].fillna(0), df["main_eur"]),
                                (1, significant, df["any_eur"] - df["main_eur"])):
        data.append({
            "type": "bar", "x": values, "y": df["theme_name"], "orientation": "h",
            "name": names[marker], "marker": {"color": MARKER_COLOURS[marker]},
            "customdata": list(zip(eur / 1e6, [fmt_pct(v) for v in values], strict=True)),
            "text": [fmt_pct(v, 0) if v >= 0.04 else "" for v in values],
            "textposition": "inside", "insidetextanchor": "middle",
            "hovertemplate": t("chart.hover.marker_funding", group="%{y}",
                               share="%{customdata[1]}", marker=names[marker],
                               amount="%{customdata[0]:,.1f}")
                             + "<extra></extra>",
        })
    base = base_layout(scale=scale, height=round(scale * (len(df) * 52 + 110)))
    layout = {**base, "barmode": "stack",
              "xaxis": {"range": [0, 1], **percent_axis(), **AXIS_STYLE},
              "yaxis": {"autorange": "reversed", "automargin": True, **AXIS_STYLE},
              "legend": {**base["legend"], "orientation": "h", "yanchor": "bottom", "y": 1.02,
                         "x": 0}}
    return go.Figure({"data": data, "layout": layout})
