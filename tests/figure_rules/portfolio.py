"""Statements of the Missionen & Schwerpunkte views (matrix, Sankey, coverage)."""

from __future__ import annotations

import math

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, statement


@statement("matrix_counts_projects")
def matrix_counts_projects(view: View, ctx: Context) -> Problems:
    """Counting each project once (main mission or 'ohne'), the matrix holds every project."""
    if view.is_empty or view.meta.get("include_further"):
        return []
    from dashboard.texts import t

    column = t("view.col.projects")
    total = int(view.data[column].sum())
    k = _kpis(ctx)["projects"]
    return [] if total == k else [f"matrix holds {total} projects, tile says {k}"]


@statement("sankey_balances")
def sankey_balances(view: View, ctx: Context) -> Problems:
    """What flows out of the missions flows into the Reviere (for counts: every project)."""
    if view.is_empty:
        return []
    links = view.meta["links"]
    first = float(links.loc[links["level"] == "mission_focus_area", "value"].sum())
    second = float(links.loc[links["level"] == "focus_area_revier", "value"].sum())
    problems = [] if math.isclose(first, second) else [f"level sums differ: {first} vs {second}"]
    if view.meta["measure"] == "projects" and int(second) != _kpis(ctx)["projects"]:
        problems.append(f"flows hold {second} projects, tile says {_kpis(ctx)['projects']}")
    return problems


@statement("coverage_marks_match_title")
def coverage_marks_match_title(view: View, ctx: Context) -> Problems:
    """The chart marks exactly the cells the title counts, each without a project."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    gaps = view.data[view.data[t("view.col.gap")]]
    problems = []
    if len(view.meta["marks"]) != len(gaps):
        problems.append(f"{len(view.meta['marks'])} marks, {len(gaps)} gap cells in the data")
    if (gaps[t("view.col.projects")] != 0).any():
        problems.append("a marked gap cell has projects")
    if len(gaps) and str(len(gaps)) not in view.title.split(" ")[0]:
        problems.append(f"title {view.title!r} does not count the {len(gaps)} marked gaps")
    if not len(gaps) and view.headline and view.headline.key != "view.coverage.title.none":
        problems.append("no gap marked but the title announces one")
    return problems
