"""Views of the Pipeline page: funnel, small multiples, time in stage, stalled projects,
activity per quarter."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
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
from dashboard.facts import count, days, extreme, join_names, say, setting, share
from dashboard.formatting import fmt_date, fmt_day_month
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, all_views, register

GRANT_STAGE = "BEW"
SHARE_COLUMNS = ("Anteil der Vorstufe", "Anteil aller Projekte")


def build_with(db: Database, filters: Filters, key: str, today: date | None,
               options: tuple = (), scale: float = 1.0) -> View:
    """Build registered view `key` with extra keyword options given as (name, value) pairs;
    shaped for ui.resources.load (db, filters, *hashable args)."""
    from dashboard.store.reference import read_taxonomy

    builder = all_views()[key][1]
    return builder(db, filters, read_taxonomy(db), scale=scale, today=today, **dict(options))


def _funnel_data(df: pd.DataFrame) -> pd.DataFrame:
    """The funnel table: reached, share of the previous stage and of all projects of the group
    (the first stage's count), exits by reason."""
    key = df["group_code"] if "group_code" in df else pd.Series(0, index=df.index)
    first = df.groupby(key, sort=False)["reached"].transform("first")
    out = pd.DataFrame({"Gruppe": df["group_name"]} if "group_name" in df else {})
    out["Prüfstufe"] = df["stage_name"]
    out["erreicht"] = df["reached"]
    out["Anteil der Vorstufe"] = df["conversion"]
    out["Anteil aller Projekte"] = (df["reached"] / first.where(first > 0)).astype("float64")
    out["zurückgestellt"] = df["zurueckgestellt"]
    out["abgelehnt"] = df["abgelehnt"]
    out["zurückgezogen"] = df["zurueckgezogen"]
    out["ausgeschieden"] = df["exits"]
    # the conversion into 'Bewilligt' is the grant decision: it belongs to the way there
    grant_sort = df.loc[df["stage_code"] == GRANT_STAGE, "sort"]
    limit = int(grant_sort.iloc[0]) if len(grant_sort) else 10**6
    out["Schritt"] = [t("funnel.step.to_grant") if s <= limit else t("funnel.step.after_grant")
                      for s in df["sort"]]
    return out


UNITS = {c: "share" for c in SHARE_COLUMNS}


@register("pipeline_funnel", "Trichter der Prüfstufen", checks=("funnel_monotone",))
def funnel_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                today: date | None = None) -> View:
    df = stage_funnel(db, filters)
    data = _funnel_data(df)
    explanation = t("funnel.explanation")
    if int(df["reached"].max() or 0) == 0:
        return View.nothing("pipeline_funnel", t("funnel.empty"), explanation, data, units=UNITS)
    total = int(df["reached"].iloc[0])
    granted = int(df.loc[df["stage_code"] == GRANT_STAGE, "reached"].sum())
    if granted:
        headline = say("funnel.title", granted=count(granted),
                       total=count(total, "count.projects_dat"), share=share(granted / total))
    else:
        headline = say("funnel.title_none", agree="total", total=count(total))
    statements, claims = [], []
    if int(df["exits"].sum()):
        worst = extreme(data, "ausgeschieden", "Prüfstufe")
        claims.append(worst)
        rejected = int(data.loc[data["Prüfstufe"] == worst.labels[0], "abgelehnt"].iloc[0])
        statements.append(say("funnel.sentence_exits_tie", stages=join_names(worst.labels),
                              n=count(worst.value)) if worst.is_tie else
                          say("funnel.sentence_exits", stage=join_names(worst.labels),
                              n=count(worst.value), rejected=count(rejected)))
    low = extreme(data, "Anteil der Vorstufe", "Prüfstufe", "min", where_column="Schritt",
                  where_value=t("funnel.step.to_grant"))
    if low is not None:
        claims.append(low)
        statements.append(say("funnel.sentence_conversion_tie" if low.is_tie
                              else "funnel.sentence_conversion",
                              stage=join_names(low.labels), share=share(low.value)))
    names = {e.code: e.name for e in taxonomy.exit_reasons}
    fig = funnel_figure(df, stage_colours(taxonomy), exit_colours(taxonomy), names, scale=scale)
    return View.of("pipeline_funnel", headline, explanation, data, fig, statements,
                   claims=claims, units=UNITS)


def _multiples(key: str, dimension: str, db: Database, filters: Filters, taxonomy: Taxonomy,
               scale: float) -> View:
    df = stage_funnel_by(db, filters, dimension)
    data = _funnel_data(df)
    explanation = t("multiples.explanation", dimension=t(f"multiples.dimension.{dimension}"))
    if df.empty:
        return View.nothing(key, t("funnel.empty"), explanation, data, units=UNITS)
    granted_rows = data[data["Prüfstufe"] == df.loc[df["stage_code"] == GRANT_STAGE,
                                                    "stage_name"].iloc[0]]
    best = extreme(data, "Anteil aller Projekte", "Gruppe", where_column="Prüfstufe",
                   where_value=granted_rows["Prüfstufe"].iloc[0])
    worst = extreme(data, "Anteil aller Projekte", "Gruppe", "min", where_column="Prüfstufe",
                    where_value=granted_rows["Prüfstufe"].iloc[0])
    headline = say("multiples.title_tie" if best.is_tie else "multiples.title",
                   group=join_names(best.labels, False), share=share(best.value))
    firsts = data.groupby("Gruppe", sort=False)["erreicht"].first()
    statements = []
    for label in dict.fromkeys([*best.labels[:1], *worst.labels[:1]]):
        row = granted_rows[granted_rows["Gruppe"] == label].iloc[0]
        statements.append(say("multiples.sentence", group=label, granted=count(row["erreicht"]),
                              total=count(firsts[label], "count.projects_dat"),
                              share=share(row["Anteil aller Projekte"])))
    fig = small_multiples_figure(df, stage_colours(taxonomy), scale=scale,
                                 columns=2 if dimension == "revier" else 3)
    claims = [best] if len(firsts) > 1 else []
    return View.of(key, headline, explanation, data, fig, statements, claims=claims, units=UNITS)


@register("pipeline_funnel_revier", "Trichter je Revier", checks=("funnel_groups_add_up",))
def funnel_revier_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                       scale: float = 1.0, today: date | None = None) -> View:
    return _multiples("pipeline_funnel_revier", "revier", db, filters, taxonomy, scale)


@register("pipeline_funnel_focus", "Trichter je Entwicklungsschwerpunkt",
          checks=("funnel_groups_add_up",))
def funnel_focus_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                      scale: float = 1.0, today: date | None = None) -> View:
    return _multiples("pipeline_funnel_focus", "focus_area", db, filters, taxonomy, scale)


@register("stage_durations", "Verweildauer je Prüfstufe", checks=("current_stays_are_active",))
def durations_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or clock.today()
    df = stage_durations(db, filters, today)
    review_label, after_label = t("stages.section.review"), t("durations.section.after")
    data = pd.DataFrame({
        "Prüfstufe": df["stage_name"],
        "Abschnitt": [review_label if k == "active" else after_label for k in df["kind"]],
        "abgeschlossene Aufenthalte": df["n_completed"], "Median (Tage)": df["median"],
        "90. Perzentil (Tage)": df["p90"], "10. Perzentil (Tage)": df["p10"],
        "25. Perzentil (Tage)": df["p25"], "75. Perzentil (Tage)": df["p75"],
        "laufende Fälle": df["n_current"], "laufend: Median (Tage)": df["current_median"],
        "laufend: 90. Perzentil (Tage)": df["current_p90"]})
    explanation = t("durations.explanation")
    if int(df["n_completed"].sum()) == 0:
        return View.nothing("stage_durations", t("durations.empty"), explanation, data)
    claims, statements = [], []
    slow = extreme(data, "Median (Tage)", "Prüfstufe", where_column="Abschnitt",
                   where_value=review_label)
    if slow is not None:
        claims.append(slow)
        headline = say("durations.title_tie" if slow.is_tie else "durations.title",
                       stage=join_names(slow.labels), median=days(slow.value))
        p90 = data.loc[data["Prüfstufe"] == slow.labels[0], "90. Perzentil (Tage)"].iloc[0]
        statements.append(say("durations.sentence_p90", stage=join_names(slow.labels[:1]),
                              p90=days(p90)))
    else:
        headline = say("durations.title_no_review")
    after = extreme(data, "Median (Tage)", "Prüfstufe", where_column="Abschnitt",
                    where_value=after_label)
    if after is not None:
        claims.append(after)
        statements.append(say("durations.sentence_after", stage=join_names(after.labels),
                              median=days(after.value)))
    current = extreme(data, "laufende Fälle", "Prüfstufe", where_column="Abschnitt",
                      where_value=review_label)
    if current is not None and current.value > 0 and not current.is_tie:
        claims.append(current)
        median = data.loc[data["Prüfstufe"] == current.labels[0], "laufend: Median (Tage)"].iloc[0]
        statements.append(say("durations.sentence_current", agree="n", n=count(current.value),
                              stage=join_names(current.labels), median=days(median)))
    fig = durations_figure(df, stage_colours(taxonomy), scale=scale,
                           after_label=t("durations.section.after_chart"))
    return View.of("stage_durations", headline, explanation, data, fig, statements,
                   claims=claims)


def stalled_by_stage(df: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """Count stalled projects per review stage (every review stage listed)."""
    stages = pd.DataFrame([(s.code, s.name) for s in taxonomy.stages if s.kind == "active"],
                          columns=["stage_code", "stage_name"])
    counts = df.groupby("stage_code").size().rename("projects")
    out = stages.merge(counts, left_on="stage_code", right_index=True, how="left")
    out["projects"] = out["projects"].fillna(0).astype("int64")
    return out


@register("stalled_projects", "Hängende Projekte", checks=("stalled_are_active_and_old",))
def stalled_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                 today: date | None = None, threshold_days: int = DEFAULT_STALLED_DAYS) -> View:
    today = today or clock.today()
    df = stalled_projects(db, filters, today, threshold_days)
    projects = df[["project_id", "title", "stage_name", "entered_on", "days"]].rename(columns={
        "project_id": t("pl.col.project_id"), "title": t("pl.col.title"),
        "stage_name": t("pl.col.stage"), "entered_on": t("pl.col.since"),
        "days": t("pl.col.days")})
    counts = stalled_by_stage(df, taxonomy)
    data = counts[["stage_name", "projects"]].rename(columns={"stage_name": "Prüfstufe",
                                                             "projects": "hängende Projekte"})
    explanation = t("stalled.explanation", days=days(threshold_days), today=fmt_date(today))
    meta = {"threshold_days": threshold_days, "projects": df}
    tables = {"projects": projects}
    if df.empty:
        msg = t("stalled.empty", days=days(threshold_days))
        return View.nothing("stalled_projects", msg, explanation, data, meta=meta)
    headline = say("stalled.title", agree="n", n=count(len(df)), days=setting(threshold_days))
    top = extreme(data, "hängende Projekte", "Prüfstufe")
    longest = extreme(projects, t("pl.col.days"), t("pl.col.title"), table="projects")
    first = df.iloc[0]
    statements = [say("stalled.sentence_stage_tie" if top.is_tie else "stalled.sentence_stage",
                      n=count(top.value), stage=join_names(top.labels)),
                  say("stalled.sentence_longest", title=first["title"], id=first["project_id"],
                      days=days(first["days"]), stage=first["stage_name"])]
    fig = stalled_by_stage_figure(counts, stage_colours(taxonomy), scale=scale)
    claims = [top] + ([longest] if not longest.is_tie else [])
    return View.of("stalled_projects", headline, explanation, data, fig, statements,
                   claims=claims, meta=meta, tables=tables)


@register("quarterly_activity", "Neue Projekte und Stufenwechsel je Quartal",
          checks=("quarters_complete",))
def quarterly_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or clock.today()
    df = quarterly_activity(db, filters, today)
    explanation = t("quarterly.explanation")
    if df.empty:
        data = pd.DataFrame(columns=["Quartal", "Jahr", "neue Projekte", "Stufenwechsel",
                                     "Ausstiege", "laufend"])
        return View.nothing("quarterly_activity", t("quarterly.empty"), explanation, data)
    running = df["quarter"].iloc[-1] + pd.offsets.QuarterEnd(0) > pd.Timestamp(today)
    labels = list(df["label"])
    if running:
        labels[-1] = t("quarterly.running_label", quarter=labels[-1],
                       day=fmt_day_month(today))
    data = pd.DataFrame({"Quartal": labels, "Jahr": [str(q.year) for q in df["quarter"]],
                         "neue Projekte": df["new_projects"], "Stufenwechsel": df["stage_moves"],
                         "Ausstiege": df["exits"], "laufend": [False] * (len(df) - 1) + [running]})
    done = data[~data["laufend"]]
    statements, claims = [], []
    if not done.empty:
        last = done.iloc[-1]
        headline = say("quarterly.title", quarter=last["Quartal"],
                       new=count(last["neue Projekte"], "count.new_projects"),
                       moves=count(last["Stufenwechsel"], "count.moves"))
    else:
        last = data.iloc[-1]
        headline = say("quarterly.title_running", quarter=last["Quartal"],
                       new=count(last["neue Projekte"], "count.new_projects"),
                       moves=count(last["Stufenwechsel"], "count.moves"))
    if running and len(data) > 1:
        now = data.iloc[-1]
        statements.append(say("quarterly.sentence_running", quarter=now["Quartal"],
                              new=count(now["neue Projekte"], "count.new_projects"),
                              moves=count(now["Stufenwechsel"], "count.moves")))
    peak = extreme(data, "neue Projekte", "Quartal")
    if peak.value > 0:
        claims.append(peak)
        statements.append(say("quarterly.sentence_peak_tie" if peak.is_tie
                              else "quarterly.sentence_peak",
                              quarter=join_names(peak.labels, False), n=count(peak.value)))
    year = data[data["Jahr"] == data["Jahr"].iloc[-1]]
    statements.append(say("quarterly.sentence_year", year=year["Jahr"].iloc[0],
                          new=count(year["neue Projekte"].sum(), "count.new_projects"),
                          moves=count(year["Stufenwechsel"].sum(), "count.moves"),
                          exits=count(year["Ausstiege"].sum(), "count.exits")))
    fig = quarterly_figure(df.assign(label=labels), scale=scale, running=bool(running))
    return View.of("quarterly_activity", headline, explanation, data, fig, statements,
                   claims=claims, meta={"running": bool(running),
                                        "last_quarter": df["quarter"].iloc[-1]})
