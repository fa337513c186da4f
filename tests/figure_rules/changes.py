"""Statements of the Veränderungen view, and that "seit D" means the same day range
on the Übersicht."""

from __future__ import annotations

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, cross, statement


@statement("changes_add_up")
def changes_add_up(view: View, ctx: Context) -> Problems:
    """The per-stage chart adds up to the tiles of the page (change_counts of the events)."""
    counts = view.meta["counts"]
    d = view.data
    pairs = {"new": int(d["neu aufgenommen"].sum()), "moves": int(d["in die Stufe gewechselt"].sum()),
             "exits": int(d["in der Stufe ausgeschieden"].sum())}
    return [f"tile {k} = {counts[k]}, chart = {v}" for k, v in pairs.items() if counts[k] != v]


@cross("since_day_agrees")
def since_day_agrees(ctx: Context) -> Problems:
    """'seit D' means D inclusive to today on every page: the Übersicht's change in projects
    equals the new projects the Veränderungen page counts, for the default day and others."""
    from datetime import timedelta

    from dashboard.analytics.changes import change_counts, change_events, kpi_changes, resolve_since

    problems = []
    for since in {resolve_since(ctx.db, ctx.today), ctx.today - timedelta(days=30), ctx.today,
                  ctx.today - timedelta(days=365)}:
        delta = kpi_changes(ctx.db, ctx.filters, since).set_index("kpi").at["projects", "delta"]
        new = change_counts(change_events(ctx.db, ctx.filters, since, ctx.today))["new"]
        if int(delta) != new:
            problems.append(f"since {since}: Übersicht +{int(delta)}, Veränderungen {new} new")
    return problems
