"""Statements of the Übersicht views (stages, waiting projects, data freshness)."""

from __future__ import annotations

import pandas as pd

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, statement


def _group_sum(data: pd.DataFrame, by: str, value: str, where: str | None = None) -> int:
    rows = data if where is None else data[data[by] == where]
    return int(rows[value].sum())


@statement("stage_chart_equals_tiles")
def stage_chart_equals_tiles(view: View, ctx: Context) -> Problems:
    """The Übersicht stage chart and its tiles count the same population."""
    from dashboard.texts import t

    k = _kpis(ctx)
    d = view.data
    section, review, granted = t("stages.col.section"), t("stages.section.review"), \
        t("stages.section.granted")
    pairs = {
        "in_review": _group_sum(d, section, t("stages.col.active"), review),
        "granted": _group_sum(d, section, t("stages.col.total"), granted),
        "projects": int(d[t("stages.col.total")].sum()),
        "exited": int(d[t("stages.col.exits")].sum()),
    }
    return [f"tile {name} = {k[name]}, chart = {value}" for name, value in pairs.items()
            if k[name] != value]


@statement("waiting_are_longest")
def waiting_are_longest(view: View, ctx: Context) -> Problems:
    """The listed projects wait at least as long as every other active project in review."""
    from dashboard.analytics.durations import current_stays

    every = current_stays(ctx.db, ctx.filters, ctx.today)
    shown = view.meta["projects"]
    expected = sorted(every["days"].tolist(), reverse=True)[:len(shown)]
    problems = []
    if sorted(shown["days"].tolist(), reverse=True) != expected:
        problems.append(f"listed days {shown['days'].tolist()} are not the longest {expected}")
    if len(shown) != min(5, len(every)):
        problems.append(f"{len(shown)} projects listed of {len(every)} waiting")
    return problems


@statement("freshness_covers_all")
def freshness_covers_all(view: View, ctx: Context) -> Problems:
    """Every project of the selection belongs to exactly one Fachnetzwerk row."""
    if view.is_empty:
        return []
    total = int(view.data["Projekte"].sum())
    k = _kpis(ctx)["projects"]
    problems = [] if total == k else [f"networks hold {total} projects, tile says {k}"]
    stale = int(view.data["veraltet"].sum())
    if stale and not all(label in view.title for label in view.meta["stale"][:3]):
        problems.append(f"title does not name the stale networks: {view.title!r}")
    return problems
