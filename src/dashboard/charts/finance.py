"""Finanzen and Wirkung charts (DataFrame -> Figure): envelopes against commitments, funding
per year, the pace of commitment with its projection, breakdowns, progress against targets."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import (
    NEUTRAL,
    apply_layout,
    bar_text_positions,
    eur_axis,
    nice_step,
    percent_axis,
)
from dashboard.formatting import fmt_eur_short, fmt_pct
from dashboard.texts import t

GRANTED, REQUESTED, ENVELOPE = "#0072B2", "#9ECAE1", "#D9DEE3"
REVIER_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
_LEGEND = {"orientation": "h", "y": 1.12, "x": 1, "xanchor": "right"}


def envelope_figure(labels: list[str], envelope: pd.Series, committed: pd.Series, *,
                    scale: float = 1.0) -> go.Figure:
    """Horizontal bars: each envelope in grey, the committed part over it in blue."""
    share = committed / envelope.where(envelope > 0)
    fig = go.Figure([
        go.Bar(y=labels, x=envelope, orientation="h", name=t("chart.fin.envelope"), marker_color=ENVELOPE,
               hovertemplate="%{y}: " + t("chart.fin.envelope") + " %{x:,.0f} €<extra></extra>"),
        go.Bar(y=labels, x=committed, orientation="h", name=t("chart.fin.granted"), marker_color=GRANTED,
               text=[f"{fmt_eur_short(c)} ({fmt_pct(s, 0)})" for c, s in
                     zip(committed, share.fillna(0), strict=True)],
               textposition="outside", cliponaxis=False,
               hovertemplate="%{y}: " + t("chart.fin.granted") + " %{x:,.0f} €<extra></extra>"),
    ])
    # one layout update (each update_* call walks every property: ~10 ms a call)
    fig.update_layout(barmode="overlay", legend=_LEGEND, bargap=0.35,
                      yaxis={"autorange": "reversed"},
                      xaxis={"title": {"text": "Euro"}, **eur_axis(envelope, committed)})
    return apply_layout(fig, scale=scale, height=round((120 + 38 * len(labels)) * scale))


def years_figure(years: list[str], requested: pd.Series, granted: pd.Series, *,
                 scale: float = 1.0) -> go.Figure:
    """Grouped bars per year: requested and granted EUR."""
    fig = go.Figure([
        go.Bar(x=years, y=requested, name=t("chart.fin.requested"), marker_color=REQUESTED,
               hovertemplate="%{x}: %{y:,.0f} € " + t("chart.fin.requested") + "<extra></extra>"),
        go.Bar(x=years, y=granted, name=t("chart.fin.granted"), marker_color=GRANTED,
               hovertemplate="%{x}: %{y:,.0f} € " + t("chart.fin.granted") + "<extra></extra>"),
    ])
    fig.update_layout(barmode="group", legend=_LEGEND, xaxis={"type": "category"},
                      yaxis={"title": {"text": "Euro"}, **eur_axis(requested, granted)})
    return apply_layout(fig, scale=scale, height=round(400 * scale))


def pace_figure(table: pd.DataFrame, *, scale: float = 1.0) -> go.Figure:
    """Per Revier: cumulative granted EUR (solid), the projection at the pace so far (dashed)
    and the envelope as the target line (dotted)."""
    fig = go.Figure()
    for i, (name, group) in enumerate(table.groupby("revier_name", sort=False)):
        colour = REVIER_COLOURS[i % len(REVIER_COLOURS)]
        done = group[group["cumulative_eur"].notna()]
        ahead = group[group["projected_eur"].notna()]
        fig.add_trace(go.Scatter(x=done["year"], y=done["cumulative_eur"], name=f"{name}: {t('chart.fin.granted')}",
                                 mode="lines+markers", line={"color": colour, "width": 3},
                                 hovertemplate="%{x:d}: %{y:,.0f} € " + t("chart.fin.committed") + "<extra></extra>"))
        fig.add_trace(go.Scatter(x=ahead["year"], y=ahead["projected_eur"],
                                 name=f"{name}: {t('chart.fin.projected')}", mode="lines",
                                 line={"color": colour, "dash": "dash"},
                                 hovertemplate="%{x:d}: %{y:,.0f} € (" + t("chart.fin.projection") + ")<extra></extra>"))
        fig.add_trace(go.Scatter(x=group["year"], y=group["envelope_eur"],
                                 name=f"{name}: {t('chart.fin.envelope')}", mode="lines",
                                 line={"color": colour, "dash": "dot", "width": 1.5},
                                 hovertemplate=t("chart.fin.envelope") + " %{y:,.0f} €<extra></extra>"))
    fig.update_layout(legend={**_LEGEND, "y": 1.22},
                      xaxis={"title": {"text": t("chart.fin.year")}, "tickformat": "d", "dtick": 2},
                      yaxis={"title": {"text": t("chart.fin.eur_cumulative")},
                             **eur_axis(table["cumulative_eur"], table["projected_eur"],
                                        table["envelope_eur"]),
                             "rangemode": "tozero"})
    return apply_layout(fig, scale=scale, height=round(440 * scale))


def breakdown_figure(labels: list[str], requested: pd.Series, granted: pd.Series, *,
                     scale: float = 1.0) -> go.Figure:
    """Horizontal grouped bars per group: requested and granted EUR."""
    fig = go.Figure([
        go.Bar(y=labels, x=requested, orientation="h", name=t("chart.fin.requested"), marker_color=REQUESTED,
               hovertemplate="%{y}: %{x:,.0f} € " + t("chart.fin.requested") + "<extra></extra>"),
        go.Bar(y=labels, x=granted, orientation="h", name=t("chart.fin.granted"), marker_color=GRANTED,
               text=[fmt_eur_short(v) for v in granted], textposition=bar_text_positions(granted),
               cliponaxis=False, hovertemplate="%{y}: %{x:,.0f} € " + t("chart.fin.granted") + "<extra></extra>"),
    ])
    fig.update_layout(barmode="group", legend=_LEGEND, yaxis={"autorange": "reversed"},
                      xaxis={"title": {"text": "Euro"}, **eur_axis(requested, granted)})
    return apply_layout(fig, scale=scale, height=round((120 + 46 * len(labels)) * scale))


def progress_figure(labels: list[str], progress: pd.Series, expected: pd.Series,
                    colours: list[str], states: list[str], *, scale: float = 1.0) -> go.Figure:
    """Progress towards each target in per cent (coloured by its status), the target (100 %)
    as a line, and where the elapsed time says it should be as a marker. The status stands in
    the row's label ("Ausbildungsplätze · Lausitzer Revier" over "deutlich zurück"), the bar
    carries only its per cent outside its end: on a projector a bar's inside text would shrink
    to an unreadable size and a long one would run past the chart."""
    pct = (progress * 100).fillna(0)
    rows = [f"{_two_lines(label)} – {state}" for label, state in zip(labels, states, strict=True)]
    fig = go.Figure([
        go.Bar(y=rows, x=pct, orientation="h", name=t("chart.fin.progress_legend"),
               marker_color=colours,
               text=[fmt_pct(p, 0) if pd.notna(p) else "–" for p in progress],
               textposition="outside", cliponaxis=False,
               hovertemplate="%{y}: %{x:.0f} % " + t("chart.fin.of_target") + "<extra></extra>"),
        go.Scatter(y=rows, x=expected * 100, mode="markers", name=t("chart.fin.expected"),
                   marker={"symbol": "line-ns", "size": 18, "line": {"width": 3, "color": NEUTRAL}},
                   hovertemplate="%{y}: " + t("chart.fin.expected") + " %{x:.0f} %<extra></extra>"),
    ])
    fig.add_vline(x=100, line_color="#1F2933", line_dash="dash", annotation_text=t("chart.fin.target"),
                  annotation_position="top")
    # the legend at the left of the plot: at the right it sat on the target line's "Ziel"
    fig.update_layout(legend={**_LEGEND, "x": 0, "xanchor": "left"})
    fig.update_yaxes(autorange="reversed")
    # room right of the longest bar for its per cent
    top = max(125.0, float(pct.max()) * 1.25)
    fig.update_xaxes(title_text=t("chart.fin.progress_axis"),
                     **percent_axis(top / 100, nice_step(top / 100), per_cent=True),
                     range=[min(0.0, float(pct.min()) * 1.1), top])
    return apply_layout(fig, scale=scale, height=round((130 + 52 * len(labels)) * scale))


def _two_lines(label: str) -> str:
    """'Indikator · Bereich' on two lines (the y labels would take half the chart's width)."""
    first, sep, rest = label.partition(" · ")
    return f"{first}<br>{rest}" if sep else label


def indicator_figure(labels: list[str], series: dict[str, pd.Series], colours: dict[str, str],
                     target: pd.Series, baseline: pd.Series, unit: str, *,
                     scale: float = 1.0) -> go.Figure:
    """Per scope: grouped bars of the observed stages (planned / decided / implemented) with the
    target (and the baseline) of each scope as a line across its bars."""
    fig = go.Figure([go.Bar(x=labels, y=values, name=name, marker_color=colours[name],
                            hovertemplate="%{x}: %{y:,.0f} " + unit + f" {name}<extra></extra>")
                     for name, values in series.items()])
    fig.add_trace(go.Scatter(x=labels, y=target, mode="markers", name=t("chart.fin.target"),
                             marker={"symbol": "line-ew", "size": 60,
                                     "line": {"width": 3, "color": "#D55E00"}},
                             hovertemplate="%{x}: " + t("chart.fin.target") + " %{y:,.0f}<extra></extra>"))
    # the target across the whole group of bars of its scope (categories sit at 0, 1, ...)
    fig.update_layout(shapes=[{"type": "line", "xref": "x", "yref": "y", "x0": i - 0.45,
                               "x1": i + 0.45, "y0": v, "y1": v,
                               "line": {"color": "#D55E00", "width": 2, "dash": "dash"}}
                              for i, v in enumerate(target) if pd.notna(v)])
    if baseline.fillna(0).abs().sum() > 0:
        fig.add_trace(go.Scatter(x=labels, y=baseline, mode="markers", name=t("chart.fin.baseline"),
                                 marker={"symbol": "line-ew", "size": 60,
                                         "line": {"width": 2, "color": NEUTRAL}},
                                 hovertemplate="%{x}: " + t("chart.fin.baseline") + " %{y:,.0f}<extra></extra>"))
    fig.update_layout(barmode="group", legend=_LEGEND, xaxis={"type": "category"},
                      yaxis={"title": {"text": unit}, "tickformat": ",.0f", "rangemode": "tozero"})
    return apply_layout(fig, scale=scale, height=round(420 * scale))
