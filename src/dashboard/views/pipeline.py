"""Views of the Pipeline page: funnel, small multiples, time in stage, stalled projects,
activity per quarter."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.durations import (
    DEFAULT_STALLED_DAYS,
    quarterly_activity,
    stage_durations,
    stalled_projects,
)
from dashboard.analytics.pipeline import stage_funnel, stage_funnel_by
from dashboard.charts.durations import durations_figure, stalled_by_stage_figure
from dashboard.charts.funnel import funnel_figure, small_multiples_figure
from dashboard.charts.style import exit_colours, stage_colours
from dashboard.charts.timeline import quarterly_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_int, fmt_pct
from dashboard.store.gateway import Database
from dashboard.ui.texts import t, tn
from dashboard.views import View, all_views, register

GRANT_STAGE = "BEW"


def build_with(db: Database, filters: Filters, key: str, today: date | None,
               options: tuple = (), scale: float = 1.0) -> View:
    """Build registered view `key` with extra keyword options given as (name, value) pairs;
    shaped for ui.resources.load (db, filters, *hashable args)."""
    from dashboard.store.reference import read_taxonomy

    builder = all_views()[key][1]
    return builder(db, filters, read_taxonomy(db), scale=scale, today=today, **dict(options))


def _funnel_data(df: pd.DataFrame) -> pd.DataFrame:
    cols = {"stage_name": "Prüfstufe", "reached": "erreicht", "conversion": "Anteil der Vorstufe",
            "zurueckgestellt": "zurückgestellt", "abgelehnt": "abgelehnt",
            "zurueckgezogen": "zurückgezogen"}
    extra = {"group_name": "Gruppe"} if "group_name" in df else {}
    return df[[*extra, *cols]].rename(columns={**extra, **cols})


@register("pipeline_funnel", "Trichter der Prüfstufen")
def funnel_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                today: date | None = None) -> View:
    df = stage_funnel(db, filters)
    data = _funnel_data(df)
    explanation = t("funnel.explanation")
    if int(df["reached"].max() or 0) == 0:
        return View("pipeline_funnel", t("funnel.empty"), explanation, data,
                    empty_message=t("funnel.empty"))
    total = int(df["reached"].max())
    granted = int(df.loc[df["stage_code"] == GRANT_STAGE, "reached"].sum())
    title = (t("funnel.title", granted=fmt_int(granted), total=fmt_int(total),
               share=fmt_pct(granted / total, 0)) if granted
             else t("funnel.title_none", total=fmt_int(total)))
    sentences = []
    worst = df.loc[df["exits"].idxmax()]
    if worst["exits"] > 0:
        sentences.append(t("funnel.sentence_exits", stage=worst["stage_name"],
                           n=fmt_int(worst["exits"]), rejected=fmt_int(worst["abgelehnt"])))
    conv = df[df["kind"] == "active"].dropna(subset=["conversion"])
    if not conv.empty:
        low = conv.loc[conv["conversion"].idxmin()]
        sentences.append(t("funnel.sentence_conversion", stage=low["stage_name"],
                           share=fmt_pct(low["conversion"], 0)))
    names = {e.code: e.name for e in taxonomy.exit_reasons}
    fig = funnel_figure(df, stage_colours(taxonomy), exit_colours(taxonomy), names, scale=scale)
    return View("pipeline_funnel", title, explanation, data, fig, tuple(sentences))


def _multiples(key: str, dimension: str, db: Database, filters: Filters, taxonomy: Taxonomy,
               scale: float) -> View:
    df = stage_funnel_by(db, filters, dimension)
    data = _funnel_data(df)
    explanation = t("multiples.explanation", dimension=t(f"multiples.dimension.{dimension}"))
    if df.empty:
        return View(key, t("funnel.empty"), explanation, data, empty_message=t("funnel.empty"))
    rows = []
    for code, part in df.groupby("group_code", sort=False):
        total = int(part["reached"].max())
        granted = int(part.loc[part["stage_code"] == GRANT_STAGE, "reached"].sum())
        rows.append((part["group_name"].iloc[0], granted, total, granted / total))
    best = max(rows, key=lambda r: r[3])
    title = t("multiples.title", group=best[0], share=fmt_pct(best[3], 0))
    ranked = sorted(rows, key=lambda r: r[3], reverse=True)
    picked = ranked if len(ranked) <= 2 else [ranked[0], ranked[-1]]
    sentences = tuple(t("multiples.sentence", group=g, granted=fmt_int(n), total=fmt_int(tot),
                        share=fmt_pct(s, 0)) for g, n, tot, s in picked)
    fig = small_multiples_figure(df, stage_colours(taxonomy), scale=scale,
                                 columns=2 if dimension == "revier" else 3)
    return View(key, title, explanation, data, fig, sentences)


@register("pipeline_funnel_revier", "Trichter je Revier")
def funnel_revier_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                       scale: float = 1.0, today: date | None = None) -> View:
    return _multiples("pipeline_funnel_revier", "revier", db, filters, taxonomy, scale)


@register("pipeline_funnel_focus", "Trichter je Entwicklungsschwerpunkt")
def funnel_focus_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                      scale: float = 1.0, today: date | None = None) -> View:
    return _multiples("pipeline_funnel_focus", "focus_area", db, filters, taxonomy, scale)


@register("stage_durations", "Verweildauer je Prüfstufe")
def durations_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or date.today()
    df = stage_durations(db, filters, today)
    data = df[["stage_name", "n_completed", "median", "p90", "p10", "p25", "p75", "n_current",
               "current_median", "current_p90"]].rename(columns={
        "stage_name": "Prüfstufe", "n_completed": "abgeschlossene Aufenthalte",
        "median": "Median (Tage)", "p90": "90. Perzentil (Tage)", "p10": "10. Perzentil (Tage)",
        "p25": "25. Perzentil (Tage)", "p75": "75. Perzentil (Tage)",
        "n_current": "laufende Fälle", "current_median": "laufend: Median (Tage)",
        "current_p90": "laufend: 90. Perzentil (Tage)"})
    explanation = t("durations.explanation")
    done = df[df["n_completed"] > 0]
    if done.empty:
        return View("stage_durations", t("durations.empty"), explanation, data,
                    empty_message=t("durations.empty"))
    review = done[done["kind"] == "active"]
    slow = (review if not review.empty else done).sort_values("median").iloc[-1]
    title = t("durations.title", stage=slow["stage_name"], median=fmt_int(slow["median"]))
    sentences = [t("durations.sentence_p90", stage=slow["stage_name"], p90=fmt_int(slow["p90"]))]
    cur = df[(df["kind"] == "active") & (df["n_current"] > 0)]
    if not cur.empty:
        c = cur.sort_values("n_current").iloc[-1]
        sentences.append(tn("durations.sentence_current", int(c["n_current"]),
                            stage=c["stage_name"], median=fmt_int(c["current_median"])))
    fig = durations_figure(df, stage_colours(taxonomy), scale=scale)
    return View("stage_durations", title, explanation, data, fig, tuple(sentences))


def stalled_by_stage(df: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Count stalled projects per review stage (every review stage listed)."""
    stages = pd.DataFrame([(s.code, s.name) for s in taxonomy.stages if s.kind == "active"],
                          columns=["stage_code", "stage_name"])
    counts = df.groupby("stage_code").size().rename("projects")
    out = stages.merge(counts, left_on="stage_code", right_index=True, how="left")
    out["projects"] = out["projects"].fillna(0).astype("int64")
    return out


@register("stalled_projects", "Hängende Projekte")
def stalled_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                 today: date | None = None, threshold_days: int = DEFAULT_STALLED_DAYS) -> View:
    today = today or date.today()
    df = stalled_projects(db, filters, today, threshold_days)
    data = df[["project_id", "title", "stage_name", "entered_on", "days"]].rename(columns={
        "project_id": t("pl.col.project_id"), "title": t("pl.col.title"), "stage_name": t("pl.col.stage"),
        "entered_on": t("pl.col.since"), "days": t("pl.col.days")})
    explanation = t("stalled.explanation", days=fmt_int(threshold_days))
    meta = {"threshold_days": threshold_days, "projects": df}
    if df.empty:
        msg = t("stalled.empty", days=fmt_int(threshold_days))
        return View("stalled_projects", msg, explanation, data, empty_message=msg, meta=meta)
    n = len(df)
    title = (t("stalled.title", n=fmt_int(n), days=fmt_int(threshold_days)) if n > 1
             else t("stalled.title_one", days=fmt_int(threshold_days)))
    counts = stalled_by_stage(df, taxonomy)
    top = counts.loc[counts["projects"].idxmax()]
    first = df.iloc[0]
    sentences = (t("stalled.sentence_stage", n=fmt_int(top["projects"]), stage=top["stage_name"]),
                 t("stalled.sentence_longest", title=first["title"], id=first["project_id"],
                   days=fmt_int(first["days"]), stage=first["stage_name"]))
    fig = stalled_by_stage_figure(counts, stage_colours(taxonomy), scale=scale)
    return View("stalled_projects", title, explanation, data, fig, sentences, meta=meta)


@register("quarterly_activity", "Neue Projekte und Stufenwechsel je Quartal")
def quarterly_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or date.today()
    df = quarterly_activity(db, filters, today)
    data = df[["label", "new_projects", "stage_moves", "exits"]].rename(columns={
        "label": "Quartal", "new_projects": "neue Projekte", "stage_moves": "Stufenwechsel",
        "exits": "Ausstiege"})
    explanation = t("quarterly.explanation")
    if df.empty:
        return View("quarterly_activity", t("quarterly.empty"), explanation, data,
                    empty_message=t("quarterly.empty"))
    last = df.iloc[-1]
    title = t("quarterly.title", quarter=last["label"],
              new=tn("count.new_projects", int(last["new_projects"])),
              moves=tn("count.moves", int(last["stage_moves"])))
    peak = df.loc[df["new_projects"].idxmax()]
    year = df.tail(4)
    sentences = (t("quarterly.sentence_peak", quarter=peak["label"], n=fmt_int(peak["new_projects"])),
                 t("quarterly.sentence_year", new=tn("count.new_projects", int(year["new_projects"].sum())),
                   moves=tn("count.moves", int(year["stage_moves"].sum())),
                   exits=tn("count.exits", int(year["exits"].sum()))))
    return View("quarterly_activity", title, explanation, data, quarterly_figure(df, scale=scale),
                sentences)

