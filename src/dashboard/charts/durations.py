"""Charts of time in stage and of projects waiting (DataFrame -> Figure)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.grid import count_axis, wrap_label
from dashboard.charts.style import NEUTRAL, TEXT_COLOUR, apply_layout
from dashboard.formatting import fmt_date, fmt_int
from dashboard.texts import t


def durations_figure(df: pd.DataFrame, stage_colours: dict[str, str], *,
                     scale: float = 1.0, after_label: str | None = None) -> go.Figure:
    """Per stage a box of completed stays (box 25.–75. percentile, line median, whiskers 10.–90.
    percentile) and a marker for the median of current stays. The stages after the grant
    (kind 'positive_end') lie on a grey band labelled `after_label`, so a title about the review
    stages reads true against the chart."""
    fig = go.Figure()
    # a stage has one name in every chart (the reference data's); wrapped so ten fit side by side
    df = df.assign(stage_label=[wrap_label(n, 14) for n in df["stage_name"]])
    shown = list(df.loc[df["n_completed"] > 0, "stage_label"])  # the x categories, in order
    after = [shown.index(n) for n, k in zip(df["stage_label"], df["kind"], strict=True)
             if k != "active" and n in shown]
    if after and after_label:
        fig.add_vrect(x0=min(after) - 0.5, x1=max(after) + 0.5, fillcolor="#E4E7EB", opacity=0.5,
                      layer="below",
                      line_width=0, annotation_text=after_label, annotation_position="top",
                      annotation_font_size=round(13 * scale))
    done = df[df["n_completed"] > 0]
    for row in done.itertuples():
        fig.add_trace(go.Box(
            x=[row.stage_label], q1=[row.p25], median=[row.median], q3=[row.p75],
            lowerfence=[row.p10], upperfence=[row.p90], name=row.stage_name,
            marker_color=stage_colours.get(row.stage_code, NEUTRAL), showlegend=False,
            hoverinfo="skip",
        ))
    if not done.empty:
        # plotly's own box hover names its figures in English ("median", "q1", "upper fence")
        # and formats them unasked: one German line per box, under the mouse at its median
        fig.add_trace(go.Scatter(
            x=done["stage_label"], y=done["median"], mode="markers", showlegend=False,
            marker={"size": round(24 * scale), "opacity": 0}, name=t("chart.box.name"),
            customdata=list(zip(done["stage_name"], done["p10"], done["p25"], done["median"],
                                done["p75"], done["p90"], done["n_completed"], strict=True)),
            hovertemplate=t("chart.hover.box", stage="%{customdata[0]}",
                            p10="%{customdata[1]:,.0f}", p25="%{customdata[2]:,.0f}",
                            median="%{customdata[3]:,.0f}", p75="%{customdata[4]:,.0f}",
                            p90="%{customdata[5]:,.0f}", n="%{customdata[6]:,.0f}")
            + "<extra></extra>"))
    current = df[df["n_current"] > 0]
    if not current.empty:
        fig.add_trace(go.Scatter(
            x=current["stage_label"], y=current["current_median"], mode="markers",
            name=t("chart.current_median"),
            marker={"symbol": "diamond", "size": round(11 * scale), "color": TEXT_COLOUR},
            customdata=current["n_current"],
            hovertemplate=t("chart.hover.current_median", stage="%{x}", days="%{y:,.0f}",
                            n="%{customdata:,.0f}") + "<extra></extra>",
        ))
    fig.update_yaxes(title_text=t("chart.axis.days"), tickformat=",d", rangemode="tozero")
    # legend on the left: on the right it sat on the band's note ("nach der Bewilligung")
    fig.update_layout(legend={"orientation": "h", "y": 1.08, "x": 0, "xanchor": "left"})
    return apply_layout(fig, scale=scale, height=round(440 * scale))


def waiting_figure(df: pd.DataFrame, stage_colours: dict[str, str], *, scale: float = 1.0,
                   threshold: int | None = None) -> go.Figure:
    """One bar per project: days in its current stage (coloured by stage), longest on top."""
    # two short lines per project (title cut at 36 characters, then its ID): long titles would
    # take the chart's whole width; the full title is in the hover and the table
    labels = [f"{t[:36]}{'…' if len(t) > 36 else ''}<br>{pid}"
              for t, pid in zip(df["title"], df["project_id"], strict=True)]
    fig = go.Figure(go.Bar(
        x=df["days"], y=labels, orientation="h",
        marker_color=[stage_colours.get(c, NEUTRAL) for c in df["stage_code"]],
        text=[t("chart.bar.waiting", days=fmt_int(d), stage=s)
              for d, s in zip(df["days"], df["stage_name"], strict=True)],
        # days over stage, on two lines: on one line the text of a shorter bar ran out of it
        # over the project's name (1280 px)
        textposition="inside", insidetextanchor="end", constraintext="none",
        customdata=[fmt_date(d) for d in df["entered_on"]],
        hovertemplate=t("chart.hover.waiting", project="%{y}", days="%{x:,.0f}",
                        since="%{customdata}") + "<extra></extra>",
    ))
    if threshold is not None:
        fig.add_vline(x=threshold, line_dash="dash", line_color=NEUTRAL)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=t("chart.axis.days_in_stage"), tickformat=",d")
    return apply_layout(fig, scale=scale, height=round((120 + 42 * len(df)) * scale))


def stalled_by_stage_figure(counts: pd.DataFrame, stage_colours: dict[str, str], *,
                            scale: float = 1.0) -> go.Figure:
    """Stalled projects per review stage (columns stage_code, stage_name, projects)."""
    # wrapped like the durations' stages: "Fachgruppe Regionalentwicklung" and "Fachgruppe
    # Förderung" side by side ran into one another on one line
    fig = go.Figure(go.Bar(
        x=[wrap_label(n, 14) for n in counts["stage_name"]], y=counts["projects"],
        marker_color=[stage_colours.get(c, NEUTRAL) for c in counts["stage_code"]],
        text=[fmt_int(v) for v in counts["projects"]], textposition="outside", cliponaxis=False,
        hovertemplate=t("chart.hover.projects", label="%{x}", n="%{y:,.0f}") + "<extra></extra>",
    ))
    fig.update_yaxes(title_text=t("chart.axis.projects"), **count_axis(float(counts["projects"].max())))
    return apply_layout(fig, scale=scale, height=round(380 * scale))
