"""Statements of the Finanzen views: each holds one figure against another or against an
independent computation."""

from __future__ import annotations

import math

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, _overview_tiles, _same, _t, statement

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
