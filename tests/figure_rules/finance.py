"""Statements of the Finanzen and Wirkung views (registered into tests/figure_rules): each holds
one figure against another or against an independent computation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, statement


def _t(key: str) -> str:
    from dashboard.texts import t

    return t(key)


def _same(drawn, data) -> bool:
    """The numbers a chart draws equal the data's (same length, NaN where NaN)."""
    a = pd.to_numeric(pd.Series(list(drawn)), errors="coerce").to_numpy(float)
    b = pd.to_numeric(pd.Series(list(data)), errors="coerce").to_numpy(float)
    return a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True))


def _overview_tiles(ctx: Context) -> pd.DataFrame:
    from dashboard.analytics.overview import envelope_commitment

    return envelope_commitment(ctx.db, ctx.filters).set_index("revier_code")


GRANTED, REQUESTED = "finanzen.col.granted", "finanzen.col.requested"


def _sums_equal_tiles(view: View, ctx: Context, what: str) -> Problems:
    """The view's granted and requested columns add up to the Übersicht tiles."""
    k = _kpis(ctx)
    problems = []
    for col, kpi in ((GRANTED, "granted_eur"), (REQUESTED, "requested_eur")):
        total = float(view.data[_t(col)].sum())
        if not math.isclose(total, k[kpi], abs_tol=0.5):
            problems.append(f"{kpi}: {what} {total} != tile {k[kpi]}")
    return problems


@statement("envelope_bars_equal_data")
def envelope_bars_equal_data(view: View, ctx: Context) -> Problems:
    """The grey bars are the envelopes, the blue ones what was granted, row by row."""
    if view.is_empty:
        return []
    envelope, committed = (view.figure.data[0], view.figure.data[1])
    problems = []
    if not _same(envelope.x, view.data[_t("finanzen.col.envelope")]):
        problems.append("envelope bars differ from the data")
    if not _same(committed.x, view.data[_t("finanzen.col.committed")]):
        problems.append("granted bars differ from the data")
    return problems


@statement("envelope_equals_tiles")
def envelope_equals_tiles(view: View, ctx: Context) -> Problems:
    """The InvKG periods of a Revier add up to the Übersicht's envelope tile (granted in
    2020-2038, envelope); every envelope row equals the reference data."""
    if view.is_empty:
        return []
    env = view.meta["envelopes"]
    tiles = _overview_tiles(ctx)
    problems = []
    for revier, group in env[env["fund"] == "InvKG"].groupby("revier_code"):
        if revier not in tiles.index:
            continue
        tile = tiles.loc[revier]
        if not math.isclose(float(group["envelope_eur"].sum()), float(tile["envelope_eur"])):
            problems.append(f"{revier}: periods {group['envelope_eur'].sum()} != tile envelope")
        if not math.isclose(float(group["committed_eur"].sum()), float(tile["committed_eur"]),
                            abs_tol=0.5):
            problems.append(f"{revier}: periods {group['committed_eur'].sum()} != tile "
                            f"{tile['committed_eur']}")
    reference = ctx.db.query("SELECT sum(amount_eur)::DOUBLE FROM ref_envelope").scalar()
    unfiltered = not ctx.filters.reviere and not ctx.filters.bundeslaender
    if unfiltered and not math.isclose(float(env["envelope_eur"].sum()), float(reference)):
        problems.append("envelopes differ from the reference data")
    return problems


@statement("years_equal_tiles")
def years_equal_tiles(view: View, ctx: Context) -> Problems:
    """Granted and requested per year add up to the Übersicht tiles; the bars are the data."""
    if view.is_empty:
        return []
    problems = _sums_equal_tiles(view, ctx, "years")
    for col, kpi, trace in ((GRANTED, "granted_eur", 1), (REQUESTED, "requested_eur", 0)):
        if not _same(view.figure.data[trace].y, view.data[_t(col)]):
            problems.append(f"{kpi}: bars differ from the data")
    return problems


@statement("pace_projection_holds")
def pace_projection_holds(view: View, ctx: Context) -> Problems:
    """Bound today = the Übersicht tile; the year named is the first in which committed + pace
    x years reaches the envelope (recomputed from the data); the envelope is drawn as a line."""
    if view.is_empty:
        return []
    tiles = _overview_tiles(ctx)
    problems = []
    for code, p in view.meta["paces"].items():
        tile = tiles.loc[code]
        if tile["committed_eur"] and not math.isclose(p.committed_eur, float(tile["committed_eur"]),
                                                      abs_tol=0.5):
            problems.append(f"{code}: pace committed {p.committed_eur} != tile "
                            f"{tile['committed_eur']}")
        if p.rate_eur > 0 and not p.already:
            year, need = view.meta["year"], p.envelope_eur - p.committed_eur
            n = 0
            while p.committed_eur + p.rate_eur * n < p.envelope_eur - 1e-6:
                n += 1
            if year + n != p.reached_year:
                problems.append(f"{code}: reached {p.reached_year}, recomputed {year + n} "
                                f"(need {need})")
        if p.reached_year and str(p.reached_year) not in " ".join([view.title, *view.sentences]):
            problems.append(f"{code}: year {p.reached_year} not stated")
    envelope_lines = {float(max(tr.y)) for tr in view.figure.data
                      if tr.line.dash == "dot" and tr.y is not None and len(tr.y)}
    expected = {float(p.envelope_eur) for p in view.meta["paces"].values()}
    if not expected <= envelope_lines:
        problems.append(f"envelope lines {envelope_lines} miss {expected - envelope_lines}")
    return problems


@statement("breakdown_equals_tiles")
def breakdown_equals_tiles(view: View, ctx: Context) -> Problems:
    """Every project of the selection is in exactly one group: the groups add up to the tiles."""
    if view.is_empty:
        return []
    return _sums_equal_tiles(view, ctx, f"{view.meta['dimension']} groups")


# -- Wirkung ------------------------------------------------------------------------------------
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
