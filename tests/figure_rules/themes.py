"""Statements of the Querschnittsthemen views, and that its tabs state different
findings."""

from __future__ import annotations

import math

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, cross, statement


@statement("themes_cover_projects")
def themes_cover_projects(view: View, ctx: Context) -> Problems:
    """Every theme counts every project of the selection once across the groups."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    per_theme = view.data.groupby(t("col.theme"))[t("view.col.projects")].sum()
    k = _kpis(ctx)["projects"]
    return [f"{theme}: {int(n)} projects, tile says {k}" for theme, n in per_theme.items()
            if int(n) != k]


@statement("funding_within_total")
def funding_within_total(view: View, ctx: Context) -> Problems:
    """Funding with a theme as principal aim <= with the theme at all <= all funding, and the
    total is the Übersicht's sum for the same measure."""
    if view.is_empty:
        return []
    f = view.meta["funding"]
    problems = [f"{r.theme_name}: main {r.main_eur} > any {r.any_eur} > total {r.total_eur}"
                for r in f.itertuples() if not (r.main_eur <= r.any_eur + 0.01 <= r.total_eur + 0.02)]
    k = _kpis(ctx)[view.meta["measure"]]
    if not math.isclose(float(f["total_eur"].max()), k, rel_tol=0, abs_tol=0.01):
        problems.append(f"total {f['total_eur'].max()} differs from the tile's {k}")
    return problems


@statement("network_gaps_marked")
def network_gaps_marked(view: View, ctx: Context) -> Problems:
    """Every listed gap is a marked cell with no project having the theme as principal aim."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    gaps = view.data[view.data[t("view.col.gap")]]
    problems = []
    if (gaps[t("view.col.marker_2")] != 0).any():
        problems.append("a marked cell has a project with the theme as principal aim")
    if len(view.meta["marks"]) != len(gaps) or len(gaps) != len(view.meta["gaps"]):
        problems.append(f"{len(view.meta['marks'])} marks, {len(gaps)} gap cells, "
                        f"{len(view.meta['gaps'])} gap sentences")
    return problems


@cross("theme_titles_differ")
def theme_titles_differ(ctx: Context) -> Problems:
    """The three Querschnittsthemen tabs state three different findings."""
    titles = [ctx.view(k).title for k in ("themes_by_focus_area", "themes_by_revier",
                                          "themes_by_stage") if not ctx.view(k).is_empty]
    return [] if len(set(titles)) == len(titles) else [f"same titles: {titles}"]
