"""Statements of the Pipeline views (funnels, stays, stalled projects, quarters)."""

from __future__ import annotations

import pandas as pd

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, statement


@statement("funnel_monotone")
def funnel_monotone(view: View, ctx: Context) -> Problems:
    """reached(stage n+1) <= reached(n); the first stage counts every project with a history;
    'Bewilligt' reached = the tile 'Bewilligt'."""
    reached = view.data["erreicht"].tolist()
    problems = [f"reached rises from {a} to {b} at {s!r}" for a, b, s in
                zip(reached, reached[1:], view.data["Prüfstufe"].iloc[1:], strict=False) if b > a]
    k = _kpis(ctx)
    stage = {s.code: s.name for s in ctx.taxonomy.stages}
    granted = view.data.loc[view.data["Prüfstufe"] == stage["BEW"], "erreicht"]
    if len(granted) and int(granted.iloc[0]) != k["granted"]:
        problems.append(f"funnel reached Bewilligt {int(granted.iloc[0])}, tile {k['granted']}")
    if reached and reached[0] != k["projects"]:
        problems.append(f"funnel starts with {reached[0]} projects, tile says {k['projects']}")
    return problems


@statement("funnel_groups_add_up")
def funnel_groups_add_up(view: View, ctx: Context) -> Problems:
    """The funnels per group add up to the overall funnel, stage by stage."""
    if view.is_empty:
        return []
    overall = ctx.view("pipeline_funnel").data.set_index("Prüfstufe")["erreicht"]
    summed = view.data.groupby("Prüfstufe", sort=False)["erreicht"].sum()
    return [f"{stage}: groups sum to {int(n)}, overall {int(overall[stage])}"
            for stage, n in summed.items() if int(overall[stage]) != int(n)]


@statement("current_stays_are_active")
def current_stays_are_active(view: View, ctx: Context) -> Problems:
    """The current stays per stage are the active projects of the stage chart."""
    active = ctx.view("stage_current").data
    if active.empty or view.data.empty:
        return []
    from dashboard.texts import t

    per_stage = active.set_index(t("stages.col.stage"))[t("stages.col.active")]
    return [f"{row['Prüfstufe']}: {row['laufende Fälle']} current stays, "
            f"{per_stage[row['Prüfstufe']]} active" for _, row in view.data.iterrows()
            if int(row["laufende Fälle"]) != int(per_stage[row["Prüfstufe"]])]


@statement("stalled_are_active_and_old")
def stalled_are_active_and_old(view: View, ctx: Context) -> Problems:
    """Every stalled project waits longer than the threshold; per stage never more than the
    active projects there."""
    projects = view.meta["projects"]
    threshold = view.meta["threshold_days"]
    problems = [f"{p} waits {d} <= {threshold} days" for p, d in
                zip(projects["project_id"], projects["days"], strict=True) if d <= threshold]
    from dashboard.texts import t

    active = ctx.view("stage_current").data.set_index(t("stages.col.stage"))[t("stages.col.active")]
    problems += [f"{s}: {n} stalled > {active[s]} active" for s, n in
                 zip(view.data["Prüfstufe"], view.data["hängende Projekte"], strict=True)
                 if n > active[s]]
    return problems


@statement("quarters_complete")
def quarters_complete(view: View, ctx: Context) -> Problems:
    """Every project with a first event up to today is new in exactly one quarter; only the
    last quarter may be running, and it is when today is not its last day."""
    if view.is_empty:
        return []
    first = ctx.db.query(
        f"WITH fp AS ({_fp_sql(ctx)[0]}) SELECT count(*) FROM (SELECT project_id, min(entered_on) AS d FROM "
        "stage_event WHERE project_id IN (SELECT project_id FROM fp) GROUP BY 1) WHERE d <= ?"
        , [*_fp_sql(ctx)[1], ctx.today]).scalar()
    problems = []
    if int(view.data["neue Projekte"].sum()) != int(first):
        problems.append(f"quarters hold {int(view.data['neue Projekte'].sum())} new projects, "
                        f"{first} projects started up to today")
    if view.data["laufend"].iloc[:-1].any():
        problems.append("a quarter other than the last is marked running")
    last_start = view.meta["last_quarter"]
    running = (last_start + pd.offsets.QuarterEnd(0)).date() > ctx.today
    if bool(view.data["laufend"].iloc[-1]) != running:
        problems.append(f"last quarter {view.data['Quartal'].iloc[-1]!r}: running={running}, "
                        f"marked {bool(view.data['laufend'].iloc[-1])}")
    return problems


def _fp_sql(ctx: Context):
    from dashboard.analytics.filtering import filtered_projects_sql

    return filtered_projects_sql(ctx.filters)
