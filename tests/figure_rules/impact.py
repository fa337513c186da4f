"""Statements of the Wirkung views: progress and Ist values recomputed, bars equal to
the data."""

from __future__ import annotations

import math

import pandas as pd

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _overview_tiles, _same, _t, statement


def _independent_actual(ctx: Context, code: str, scope: str, scope_code) -> float:
    """The Ist value of a derived indicator by a separate query over the filtered projects."""
    from dashboard.analytics.filtering import filtered_projects_sql

    column = {"revier": "revier_code", "land": "bundesland_code", "focus_area": "focus_area_code",
              "mission": "mission_code", "programme": "programme_code",
              "invkg_area": "invkg_area"}.get(scope)
    where, params = ("", []) if column is None else (f" AND p.{column} = ?", [scope_code])
    measure = {"JOBS": "sum(p.actual_jobs)", "APPR": "sum(p.actual_apprenticeships)",
               "GRANT": "sum(p.granted_eur) FILTER (WHERE p.status = 'aktiv' AND pr.fund = 'InvKG')",
               "PROJ": "count(*) FILTER (WHERE p.status = 'aktiv' AND pr.fund = 'InvKG' "
                       "AND p.stage_code IN ('BEW', 'UMS', 'ABG'))"}[code]
    base, fparams = filtered_projects_sql(ctx.filters)
    sql = (f"SELECT {measure}::DOUBLE FROM ({base}) p LEFT JOIN ref_programme pr "
           f"ON pr.code = p.programme_code WHERE true{where}")
    value = ctx.db.scalar(sql, fparams + params)
    return float("nan") if value is None else float(value)


@statement("progress_recomputes")
def progress_recomputes(view: View, ctx: Context) -> Problems:
    """Progress = (Ist - Ausgangswert) / (Ziel - Ausgangswert) from the table's own columns;
    each derived Ist equals a separate count over the projects; the InvKG funding per Revier
    equals the Finanzen and Übersicht tile."""
    if view.is_empty:
        return []
    from dashboard.domain.impact import status

    table = view.meta["table"]
    problems = []
    for r in table.itertuples():
        if pd.notna(r.actual) and r.target_value != r.baseline:
            want = (r.actual - r.baseline) / (r.target_value - r.baseline)
            if not math.isclose(want, r.progress, rel_tol=1e-9, abs_tol=1e-12):
                problems.append(f"{r.indicator_code}/{r.scope_code}: progress {r.progress} != {want}")
        if status(r.actual, r.baseline, r.target_value, r.expected) != r.status:
            problems.append(f"{r.indicator_code}/{r.scope_code}: status {r.status}")
        if r.indicator_code in ("JOBS", "APPR", "GRANT", "PROJ"):
            other = _independent_actual(ctx, r.indicator_code, r.scope, r.scope_code)
            same = (pd.isna(other) and (pd.isna(r.actual) or r.actual == 0)) or \
                math.isclose(other, r.actual if pd.notna(r.actual) else 0.0, abs_tol=0.5)
            if not same:
                problems.append(f"{r.indicator_code}/{r.scope_code}: Ist {r.actual} != {other}")
        if r.indicator_code == "GRANT" and r.scope == "revier":
            tiles = _overview_tiles(ctx)
            actual = 0.0 if pd.isna(r.actual) else float(r.actual)
            if r.scope_code in tiles.index and not math.isclose(
                    float(tiles.loc[r.scope_code, "committed_eur"]), actual, abs_tol=0.5):
                problems.append(f"GRANT/{r.scope_code}: {r.actual} != tile "
                                f"{tiles.loc[r.scope_code, 'committed_eur']}")
    return problems


@statement("progress_bars_equal_data")
def progress_bars_equal_data(view: View, ctx: Context) -> Problems:
    """One bar per target at its progress in per cent; the target drawn as a line at 100 %."""
    if view.is_empty:
        return []
    bars = view.figure.data[0]
    want = (view.data[_t("wirkung.col.progress")] * 100).fillna(0)
    problems = []
    if not _same(bars.x, want):
        problems.append("progress bars differ from the data")
    if not any(s.type == "line" and s.x0 == 100 and s.x1 == 100 for s in view.figure.layout.shapes):
        problems.append("no target line at 100 %")
    return problems


@statement("indicator_targets_drawn")
def indicator_targets_drawn(view: View, ctx: Context) -> Problems:
    """The target of every scope is drawn where the data has it; the bars are the data."""
    if view.is_empty:
        return []
    traces = {tr.name: tr for tr in view.figure.data}
    problems = []
    target_col = _t("wirkung.col.target")
    if target_col in view.data and not _same(traces[_t("chart.fin.target")].y,
                                                      view.data[target_col]):
        problems.append("target line differs from the data")
    for stage in ("planned", "decided", "implemented"):
        col, name = _t(f"wirkung.col.{stage}"), _t(f"wirkung.stage.{stage}")
        if col in view.data and not _same(traces[name].y, view.data[col]):
            problems.append(f"{stage} bars differ from the data")
    return problems
