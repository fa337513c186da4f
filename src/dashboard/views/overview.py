"""Views of the Übersicht page."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from dashboard.analytics.pipeline import stage_counts
from dashboard.charts.style import apply_layout, stage_colours
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.views import View, register


@register("stage_current", "Projekte je aktueller Prüfstufe")
def stage_current_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                       today: date | None = None) -> View:
    df = stage_counts(db, filters)
    data = df[["stage_name", "projects"]].rename(columns={"stage_name": "Prüfstufe",
                                                         "projects": "Projekte"})
    explanation = "Anzahl der Projekte nach der Prüfstufe, in der sie sich heute befinden."
    total = int(df["projects"].sum())
    if total == 0:
        return View("stage_current", "Keine Projekte in der Auswahl", explanation, data,
                    empty_message="Für diese Auswahl gibt es keine Projekte.")
    top = df.loc[df["projects"].idxmax()]
    colours = stage_colours(taxonomy)
    fig = go.Figure(go.Bar(
        x=df["projects"], y=df["stage_name"], orientation="h",
        marker_color=[colours[c] for c in df["stage_code"]],
        text=[fmt_int(v) for v in df["projects"]], textposition="outside",
        hovertemplate="%{y}: %{x:,.0f} Projekte<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Projekte", tickformat=",d")
    apply_layout(fig, scale=scale, height=round(420 * scale))
    share = top["projects"] / total
    title = f"Die meisten Projekte stehen in der Stufe „{top['stage_name']}“"
    sentences = (f"{fmt_int(top['projects'])} von {fmt_int(total)} Projekten "
                 f"({share:.0%}) stehen in der Stufe „{top['stage_name']}“.".replace("%", " %"),)
    return View("stage_current", title, explanation, data, fig, sentences)
