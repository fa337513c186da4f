"""Views of the Übersicht page."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from dashboard import config
from dashboard.analytics.durations import longest_waiting
from dashboard.analytics.freshness import network_freshness
from dashboard.analytics.pipeline import stage_counts
from dashboard.charts.durations import waiting_figure
from dashboard.charts.style import apply_layout, stage_colours
from dashboard.charts.timeline import freshness_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date, fmt_int
from dashboard.store.gateway import Database
from dashboard.ui.texts import t, tn
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


@register("longest_waiting", "Die fünf am längsten wartenden Projekte")
def longest_waiting_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                         scale: float = 1.0, today: date | None = None) -> View:
    today = today or date.today()
    df = longest_waiting(db, filters, today, 5)
    data = df[["project_id", "title", "stage_name", "entered_on", "days"]].rename(columns={
        "project_id": t("pl.col.project_id"), "title": t("pl.col.title"), "stage_name": t("pl.col.stage"),
        "entered_on": t("pl.col.since"), "days": t("pl.col.days")})
    explanation = t("waiting.explanation")
    if df.empty:
        return View("longest_waiting", t("waiting.empty"), explanation, data,
                    empty_message=t("waiting.empty"), meta={"projects": df})
    first = df.iloc[0]
    title = t("waiting.title", title=first["title"], days=fmt_int(first["days"]),
              stage=first["stage_name"])
    common = df["stage_name"].value_counts()
    sentences = (tn("waiting.sentence", int(common.iloc[0]), stage=common.index[0]),)
    fig = waiting_figure(df, stage_colours(taxonomy), scale=scale)
    return View("longest_waiting", title, explanation, data, fig, sentences, meta={"projects": df})


@register("data_freshness", "Datenstand je Fachnetzwerk")
def freshness_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or date.today()
    df = network_freshness(db, filters, today)
    limit = config.stale_after_days()
    data = df[["network_name", "revier_name", "projects", "updated_on", "last_import", "age_days",
               "stale"]].rename(columns={
        "network_name": "Fachnetzwerk", "revier_name": "Revier", "projects": "Projekte",
        "updated_on": "letzter Stand", "last_import": "letzter Import",
        "age_days": "Tage seit Stand", "stale": "veraltet"})
    explanation = t("freshness.explanation", days=fmt_int(limit))
    if df.empty:
        return View("data_freshness", t("freshness.empty"), explanation, data,
                    empty_message=t("freshness.empty"))
    stale = df[df["stale"]]
    if stale.empty:
        title = t("freshness.none_stale", n=fmt_int(len(df)), max=fmt_int(df["age_days"].max()))
    elif len(stale) == 1:
        title = t("freshness.one_stale", total=fmt_int(len(df)), days=fmt_int(limit))
    else:
        title = t("freshness.some_stale", n=fmt_int(len(stale)), total=fmt_int(len(df)),
                  days=fmt_int(limit))
    sentences = [t("freshness.sentence_stale", network=r.network_name, revier=r.revier_short_name,
                   day=fmt_date(r.updated_on), age=fmt_int(r.age_days))
                 for r in stale.head(2).itertuples() if r.updated_on is not None]
    fresh = df[~df["stale"]]
    if not fresh.empty:
        best = fresh.sort_values("age_days").iloc[0]
        sentences.append(t("freshness.sentence_fresh", network=best["network_name"],
                           revier=best["revier_short_name"], day=fmt_date(best["updated_on"])))
    fig = freshness_figure(df, scale=scale)
    return View("data_freshness", title, explanation, data, fig, tuple(sentences[:3]))
