"""Views of the Übersicht page."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
from dashboard.analytics.durations import longest_waiting
from dashboard.analytics.freshness import network_freshness, stale_days
from dashboard.analytics.pipeline import REASONS, stage_positions
from dashboard.charts.durations import waiting_figure
from dashboard.charts.funnel import bars_with_exits
from dashboard.charts.style import exit_colours, stage_colours
from dashboard.charts.timeline import freshness_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import count, day, days, extreme, join_names, say, setting
from dashboard.formatting import fmt_date, fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register


def stage_positions_data(df: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """The table behind the stage chart (German column names, one row per stage)."""
    names = {e.code: e.name for e in taxonomy.exit_reasons}
    data = pd.DataFrame({
        t("stages.col.stage"): df["stage_name"],
        t("stages.col.section"): [t("stages.section.review") if k == "active"
                                  else t("stages.section.granted") for k in df["kind"]],
        t("stages.col.active"): df["active"],
        **{names.get(r, r): df[r] for r in REASONS},
        t("stages.col.exits"): df["exits"],
        t("stages.col.total"): df["active"] + df["exits"],
    })
    return data


@register("stage_current", "Wo die Projekte heute stehen",
          checks=("stage_chart_equals_tiles",))
def stage_current_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                       today: date | None = None) -> View:
    df = stage_positions(db, filters)
    data = stage_positions_data(df, taxonomy)
    explanation = t("stages.explanation")
    total = int(df["active"].sum() + df["exits"].sum())
    if total == 0:
        return View.nothing("stage_current", t("stages.empty"), explanation, data)
    review = df["kind"] == "active"
    in_review = int(df.loc[review, "active"].sum())
    granted = int((df["active"] + df["exits"])[~review].sum())
    exited = int(df["exits"].sum())
    col_active, col_stage = t("stages.col.active"), t("stages.col.stage")
    top = extreme(data, col_active, col_stage, where_column=t("stages.col.section"),
                  where_value=t("stages.section.review"))
    claims = []
    if in_review == 0:
        headline = say("stages.title_none", granted=count(granted, "count.projects"))
    else:
        claims.append(top)
        key = "stages.title_tie" if top.is_tie else "stages.title"
        headline = say(key, n=count(in_review, "count.projects"), stage=join_names(top.labels),
                       top=count(top.value))
    statements = [say("stages.sentence_granted", agree="n", n=count(granted, "count.projects"),
                      ums=count(int(df.loc[df["stage_code"] == "UMS", "active"].sum())),
                      abg=count(int(df.loc[df["stage_code"] == "ABG", "active"].sum())))]
    if exited:
        worst = extreme(data, t("stages.col.exits"), col_stage)
        claims.append(worst)
        statements.append(say("stages.sentence_exits_tie" if worst.is_tie
                              else "stages.sentence_exits", agree="n",
                              n=count(exited, "count.projects"), stage=join_names(worst.labels),
                              top=count(worst.value)))
    names = {e.code: e.name for e in taxonomy.exit_reasons}
    fig = bars_with_exits(
        df, "active", [fmt_int(v) for v in df["active"]],
        (t("stages.panel.active"), t("stages.panel.exits")), stage_colours(taxonomy),
        exit_colours(taxonomy), names, scale=scale,
        divider=(int(review.sum()), t("stages.divider.review", n=fmt_int(in_review)),
                 t("stages.divider.granted", n=fmt_int(granted))))
    return View.of("stage_current", headline, explanation, data, fig, statements, claims=claims,
                   meta={"in_review": in_review, "granted": granted, "projects": total,
                         "exited": exited})


@register("longest_waiting", "Die am längsten wartenden Projekte",
          checks=("waiting_are_longest",))
def longest_waiting_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                         scale: float = 1.0, today: date | None = None) -> View:
    today = today or clock.today()
    df = longest_waiting(db, filters, today, 5)
    data = df[["project_id", "title", "stage_name", "entered_on", "days"]].rename(columns={
        "project_id": t("pl.col.project_id"), "title": t("pl.col.title"), "stage_name": t("pl.col.stage"),
        "entered_on": t("pl.col.since"), "days": t("pl.col.days")})
    explanation = t("waiting.explanation", today=fmt_date(today))
    if df.empty:
        return View.nothing("longest_waiting", t("waiting.empty"), explanation, data,
                            meta={"projects": df})
    longest = extreme(data, t("pl.col.days"), t("pl.col.title"))
    first = df.iloc[0]
    headline = (say("waiting.title_tie", titles=join_names(longest.labels), days=days(longest.value))
                if longest.is_tie else
                say("waiting.title", title=first["title"], days=days(first["days"]),
                    stage=first["stage_name"]))
    per_stage = data[t("pl.col.stage")].value_counts()
    common = per_stage[per_stage == per_stage.max()]
    key = ("waiting.sentence_all" if int(common.iloc[0]) == len(df) else
           "waiting.sentence" if len(common) == 1 else "waiting.sentence_tie")
    statements = [say(key,
                      agree="n", n=count(int(common.iloc[0])), total=count(len(df)),
                      stage=join_names(list(common.index)))]
    fig = waiting_figure(df, stage_colours(taxonomy), scale=scale)
    return View.of("longest_waiting", headline, explanation, data, fig, statements,
                   claims=[longest], meta={"projects": df})


@register("data_freshness", "Datenstand je Fachnetzwerk", checks=("freshness_covers_all",))
def freshness_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    today = today or clock.today()
    df = network_freshness(db, filters, today)
    limit = int(df["stale_after"].iat[0]) if len(df) else stale_days(db)
    # network names repeat across Reviere ("Energiemodellregion"): the label carries the Revier
    named = df.assign(network_name=[f"{n} ({r})" for n, r in
                                    zip(df["network_name"], df["revier_code"], strict=True)])
    data = named[["network_name", "revier_name", "projects", "updated_on", "last_import",
                  "age_days", "stale"]].rename(columns={
        "network_name": "Fachnetzwerk", "revier_name": "Revier", "projects": "Projekte",
        "updated_on": "letzter Stand", "last_import": "letzter Import",
        "age_days": "Tage seit Stand", "stale": "veraltet"})
    explanation = t("freshness.explanation", days=fmt_int(limit))
    if df.empty:
        return View.nothing("data_freshness", t("freshness.empty"), explanation, data)
    stale = df[df["stale"]]
    labels = [f"{r.network_name} ({r.revier_code})" for r in stale.itertuples()]
    if stale.empty:
        headline = say("freshness.none_stale", agree="n", n=count(len(df)),
                       max=days(df["age_days"].max()))
    else:
        shown = labels[:3] + ([t("freshness.more", n=fmt_int(len(labels) - 3))]
                              if len(labels) > 3 else [])
        headline = say("freshness.some_stale", agree="n", n=count(len(stale)),
                       total=count(len(df), "count.networks_dat"), days=setting(limit),
                       networks=join_names(shown, False))
    # a network is named one way in title, chart and sentences: "Energiemodellregion (MR)"
    statements = [say("freshness.sentence_stale", network=r.network_name,
                      revier=r.revier_code, day=day(r.updated_on), age=days(r.age_days))
                  if r.updated_on is not None else
                  say("freshness.sentence_never", network=r.network_name,
                      revier=r.revier_code)
                  for r in stale.head(3).itertuples()]
    fresh = df[~df["stale"]]
    claims = []
    if not fresh.empty:
        newest = extreme(data[~data["veraltet"]], "Tage seit Stand", "Fachnetzwerk", "min")
        claims.append(newest)
        best = fresh.sort_values("age_days").iloc[0]
        statements.append(say("freshness.sentence_fresh", agree="n", n=count(len(newest.labels)),
                              networks=join_names(newest.labels, False),
                              day=day(best["updated_on"])))
    fig = freshness_figure(df, scale=scale)
    return View.of("data_freshness", headline, explanation, data, fig, statements[:4],
                   claims=claims, meta={"stale": labels, "limit": limit})
