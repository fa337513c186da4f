"""Views of the page Missionen & Schwerpunkte: the mission x focus-area matrix with the reference
mapping, the Sankey mission -> focus area -> Revier, and coverage of the Reviere with its gaps."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.filtering import NO_MISSION
from dashboard.analytics.portfolio import (
    MEASURES,
    coverage_gaps,
    mission_focus_matrix,
    mission_revier_counts,
    sankey_links,
)
from dashboard.charts.heatmap import matrix_heatmap
from dashboard.charts.sankey import flow_sankey
from dashboard.charts.style import focus_area_colours
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import Num, count, extreme, join_names, say, share
from dashboard.formatting import fmt_int, fmt_number
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register


def mission_label(code: str, short: str) -> str:
    return t("filter.no_mission") if code == NO_MISSION else f"{code} {short}"


def cell_text(value: float, measure: str) -> str:
    """German cell text: project counts as integers, funding in Mio. €."""
    return fmt_int(value) if measure == "projects" else fmt_number(value / 1e6, 1)


def _measure(measure: str) -> str:
    if measure not in MEASURES:
        raise ValueError(f"unbekannte Größe {measure!r}")
    return measure


def _empty(key: str, explanation: str) -> View:
    return View.nothing(key, t("view.empty.title"), explanation, pd.DataFrame(), t("view.empty"))


def amount(value: float, measure: str, *, dative: bool = False) -> Num:
    """A matrix/Sankey value as a fact: a project count ("mit 64 Projekten" when `dative`), or
    a sum of euros."""
    if measure == "projects":
        return count(value, "count.projects_dat" if dative else "count.projects")
    return Num(float(value), "eur")


@register("portfolio_matrix", "Missionen × Schwerpunkte", checks=("matrix_counts_projects",))
def matrix_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                today: date | None = None, measure: str = "projects",
                include_further: bool = False) -> View:
    """Heatmap of the missions x focus areas, mapped cells outlined (primary solid, secondary
    dashed), unmapped non-empty cells starred."""
    measure = _measure(measure)
    df = mission_focus_matrix(db, filters, include_further)
    explanation = t(f"view.matrix.explanation.{measure}") + " " + t("view.matrix.legend") + (
        " " + t("view.matrix.further") if include_further else "")
    total = float(df[measure].sum())
    if int(df["projects"].sum()) == 0 or total == 0:
        return _empty("portfolio_matrix", explanation)
    missions = df.drop_duplicates("mission_code")
    focus = df.drop_duplicates("focus_area_code")
    rows = list(missions["mission_code"])
    cols = list(focus["focus_area_code"])
    grid = df.set_index(["mission_code", "focus_area_code"])
    z = [[float(grid.at[(m, f), measure]) for f in cols] for m in rows]
    plot_z = z if measure == "projects" else [[v / 1e6 for v in row] for row in z]
    strength = {(r.mission_code, r.focus_area_code): r.strength for r in df.itertuples()}
    unmapped = {(m, f) for (m, f), s in strength.items()
                if s is None and m != NO_MISSION and grid.at[(m, f), measure] > 0}
    text = [[cell_text(z[i][j], measure) + (" *" if (m, f) in unmapped else "")
             for j, f in enumerate(cols)] for i, m in enumerate(rows)]
    marks = [(i, j, strength[(m, f)]) for i, m in enumerate(rows) for j, f in enumerate(cols)
             if strength[(m, f)]]
    unit = t(f"view.unit.{measure}")
    fig = matrix_heatmap(
        plot_z, list(focus["focus_area_name"]),
        [mission_label(c, s) for c, s in zip(missions["mission_code"], missions["mission_short"],
                                             strict=True)],
        text=text, hover_value=("%{z:,.0f} " if measure == "projects" else "%{z:,.1f} ") + unit,
        marks=marks, mark_names={"primary": t("view.mark.primary"),
                                 "secondary": t("view.mark.secondary")},
        colorbar_title=unit, scale=scale, height=round(600 * scale), tickangle=-30)
    labels = [mission_label(c, s) for c, s in zip(df["mission_code"], df["mission_short"], strict=True)]
    value_col = t(f"view.col.{measure}")
    data = pd.DataFrame({
        t("col.mission"): labels,
        t("col.focus_area"): df["focus_area_name"],
        t("view.col.cell"): [f"{m} × {f}" for m, f in zip(labels, df["focus_area_name"], strict=True)],
        **({t("view.col.projects"): df["projects"]} if measure != "projects" else {}),
        value_col: df[measure],
        t("view.col.strength"): [t(f"view.mark.{s}") if s else "" for s in df["strength"]],
        t("view.col.mapping"): [t("view.mapping.none") if m == NO_MISSION else
                                t("view.mapping.mapped") if s else t("view.mapping.unmapped")
                                for m, s in zip(df["mission_code"], df["strength"], strict=True)],
        t("view.col.with_mission"): (df["mission_code"] != NO_MISSION).to_numpy(),
    })
    in_mission = df[df["mission_code"] != NO_MISSION]
    mapped = float(in_mission.loc[in_mission["strength"].notna(), measure].sum())
    mission_total = float(in_mission[measure].sum())
    if mission_total:
        headline = say(f"view.matrix.title.{measure}", share=share(mapped / mission_total))
    else:
        headline = say("view.matrix.title.no_mission")
    top = extreme(data, value_col, t("view.col.cell"))
    stray = int(in_mission.loc[in_mission["strength"].isna(), "projects"].sum())
    none_count = int(df.loc[df["mission_code"] == NO_MISSION, "projects"].sum())
    statements = [
        say("view.matrix.top_tie" if top.is_tie else "view.matrix.top",
            cell=join_names(top.labels, False), value=amount(top.value, measure, dative=True),
            share=share(top.value / total)),
        say("view.matrix.stray", agree="n", n=count(stray)),
        say("view.matrix.none", agree="n", n=count(none_count),
            share=share(none_count / df["projects"].sum())),
    ]
    return View.of("portfolio_matrix", headline, explanation, data, fig, statements,
                   claims=[top], units={value_col: "eur"} if measure != "projects" else {},
                   meta={"measure": measure, "include_further": include_further, "z": z,
                         "rows": rows, "cols": cols, "marks": marks})


@register("portfolio_sankey", "Mission → Schwerpunkt → Revier", checks=("sankey_balances",))
def sankey_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                today: date | None = None, measure: str = "projects") -> View:
    """Flows from the primary mission (or none) to the focus area and on to the Revier."""
    measure = _measure(measure)
    links = sankey_links(db, filters, measure)
    explanation = t(f"view.sankey.explanation.{measure}")
    if links.empty:
        return _empty("portfolio_sankey", explanation)
    unit = t(f"view.unit.{measure}")
    plot = links.assign(value=links["value"] if measure == "projects" else links["value"] / 1e6)
    fig = flow_sankey(plot, focus_colours=focus_area_colours(taxonomy),
                      value_hover=("%{value:,.0f} " if measure == "projects" else "%{value:,.1f} ")
                      + unit, scale=scale, height=round(600 * scale))
    value_col = t(f"view.col.{measure}")
    level = {"mission_focus_area": t("view.sankey.level.mission"),
             "focus_area_revier": t("view.sankey.level.revier")}
    data = pd.DataFrame({
        t("view.col.level"): links["level"].map(level),
        t("view.col.source"): links["source_label"], t("view.col.target"): links["target_label"],
        t("view.col.link"): [f"{a} → {b}" for a, b in zip(links["source_label"],
                                                         links["target_label"], strict=True)],
        value_col: links["value"]})
    second = links[links["level"] == "focus_area_revier"]
    total = float(second["value"].sum())
    per_focus = (second.groupby("source_label", sort=False)["value"].sum()
                 .rename_axis(t("col.focus_area")).reset_index())
    focus_top = extreme(per_focus, "value", t("col.focus_area"), table="per_focus")
    headline = say("view.sankey.title_tie" if focus_top.is_tie else "view.sankey.title",
                   focus=join_names(focus_top.labels), share=share(focus_top.value / total))
    per_revier = second.groupby("target_label", sort=False)["value"].sum()
    statements = [say("view.sankey.revier", revier=name, value=amount(v, measure),
                      share=share(v / total)) for name, v in per_revier.items()]
    biggest = extreme(data, value_col, t("view.col.link"), where_column=t("view.col.level"),
                      where_value=level["mission_focus_area"])
    statements.append(say("view.sankey.biggest_tie" if biggest.is_tie else "view.sankey.biggest",
                          link=join_names(biggest.labels, False),
                          value=amount(biggest.value, measure, dative=True)))
    return View.of("portfolio_sankey", headline, explanation, data, fig, statements,
                   claims=[focus_top, biggest], tables={"per_focus": per_focus},
                   units={value_col: "eur"} if measure != "projects" else {},
                   meta={"measure": measure, "links": links})


@register("portfolio_coverage", "Missionen je Revier und Abdeckungslücken",
          checks=("coverage_marks_match_title",))
def coverage_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    """Projects per mission and Revier (primary and further missions); every cell without a
    project where the mission should reach the Revier is outlined and counted in the title;
    every coverage gap (also those the chart cannot show) as a sentence."""
    df = mission_revier_counts(db, filters)
    gaps = coverage_gaps(db, filters)
    explanation = t("view.coverage.explanation")
    if gaps.empty and int(df["projects"].sum()) == 0:
        return _empty("portfolio_coverage", explanation)
    missions = df.drop_duplicates("mission_code")
    reviere = df.drop_duplicates("revier_code")
    rows, cols = list(missions["mission_code"]), list(reviere["revier_code"])
    grid = df.set_index(["mission_code", "revier_code"])["projects"]
    z = [[int(grid[(m, r)]) for r in cols] for m in rows]
    by_revier = gaps[gaps["kind"] == "mission_revier"]
    flagged = set(zip(by_revier["mission_code"], by_revier["revier_code"], strict=True))
    silent = set(gaps.loc[gaps["kind"] == "mission_no_project", "mission_code"])
    is_gap = [(m, r) in flagged or (m in silent and n == 0)
              for m, r, n in zip(df["mission_code"], df["revier_code"], df["projects"],
                                 strict=True)]
    gap_cells = {(m, r) for (m, r), g in zip(zip(df["mission_code"], df["revier_code"],
                                                 strict=True), is_gap, strict=True) if g}
    marks = [(i, j, "gap") for i, m in enumerate(rows) for j, r in enumerate(cols)
             if (m, r) in gap_cells]
    fig = matrix_heatmap(
        z, list(reviere["revier_name"]),
        [mission_label(c, s) for c, s in zip(missions["mission_code"], missions["mission_short"],
                                             strict=True)],
        text=[[fmt_int(v) for v in row] for row in z],
        hover_value="%{z:,.0f} " + t("view.unit.projects"), marks=marks,
        mark_names={"gap": t("view.mark.gap")}, colorbar_title=t("view.unit.projects"),
        scale=scale, height=round(520 * scale))
    data = pd.DataFrame({t("col.mission"): [mission_label(c, s) for c, s in
                                            zip(df["mission_code"], df["mission_short"], strict=True)],
                         t("col.revier"): df["revier_name"],
                         t("view.col.projects"): df["projects"],
                         t("view.col.gap"): is_gap})
    n = len(marks)
    headline = (say("view.coverage.title", agree="n", n=count(n)) if n else
                say("view.coverage.title.none"))
    # the gaps the chart marks first, then those it cannot show (focus areas, mapping)
    order = {"mission_no_project": 0, "mission_revier": 1, "focus_area_unmapped": 2,
             "mapping_unused": 3}
    ranked = gaps.assign(rank=gaps["kind"].map(order)).sort_values("rank", kind="stable")
    statements = [say(k, **v) for k, v in zip(ranked["text_key"], ranked["text_values"],
                                              strict=True)] or [say("missions.gaps.none")]
    matrix = mission_focus_matrix(db, filters)
    focus_table = (matrix.assign(without=matrix["projects"].where(matrix["mission_code"] == NO_MISSION, 0))
                   .groupby("focus_area_name", sort=False)[["projects", "without"]].sum()
                   .reset_index())
    return View.of("portfolio_coverage", headline, explanation, data, fig, statements,
                   meta={"gaps": gaps, "z": z, "marks": marks},
                   tables={"focus_areas": focus_table})
