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
from dashboard.formatting import fmt_int, fmt_number, fmt_pct
from dashboard.store.gateway import Database
from dashboard.ui.texts import t, tn
from dashboard.views import View, register


def mission_label(code: str, short: str) -> str:
    return short if code == NO_MISSION else f"{code} {short}"


def cell_text(value: float, measure: str) -> str:
    """German cell text: project counts as integers, funding in Mio. €."""
    return fmt_int(value) if measure == "projects" else fmt_number(value / 1e6, 1)


def _measure(measure: str) -> str:
    if measure not in MEASURES:
        raise ValueError(f"unbekannte Größe {measure!r}")
    return measure


def _empty(key: str, explanation: str) -> View:
    return View(key, t("view.empty.title"), explanation, pd.DataFrame(),
                empty_message=t("view.empty"))


@register("portfolio_matrix", "Missionen × Schwerpunkte")
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
        colorbar_title=unit, scale=scale, height=round(600 * scale), tickangle=-25)
    in_mission = df[df["mission_code"] != NO_MISSION]
    mapped = float(in_mission.loc[in_mission["strength"].notna(), measure].sum())
    mission_total = float(in_mission[measure].sum())
    share = mapped / mission_total if mission_total else float("nan")
    top = df.loc[df[measure].idxmax()]
    title = t(f"view.matrix.title.{measure}", share=fmt_pct(share, 0)) if mission_total else \
        t("view.matrix.title.no_mission")
    stray = int(in_mission.loc[in_mission["strength"].isna(), "projects"].sum())
    none_count = int(df.loc[df["mission_code"] == NO_MISSION, "projects"].sum())
    sentences = (
        t("view.matrix.top", mission=mission_label(top["mission_code"], top["mission_short"]),
          focus=top["focus_area_name"], value=cell_text(top[measure], measure),
          unit=t(f"view.unit_dat.{measure}"),
          share=fmt_pct(top[measure] / total, 0)),
        tn("view.matrix.stray", stray),
        tn("view.matrix.none", none_count, share=fmt_pct(none_count / df["projects"].sum(), 0)),
    )
    data = pd.DataFrame({
        t("col.mission"): [mission_label(c, s) for c, s in zip(df["mission_code"], df["mission_short"], strict=True)],
        t("col.focus_area"): df["focus_area_name"],
        t(f"view.col.{measure}"): df[measure],
        t("view.col.strength"): [t(f"view.mark.{s}") if s else "" for s in df["strength"]],
    })
    return View("portfolio_matrix", title, explanation, data, fig, sentences,
                meta={"measure": measure, "include_further": include_further, "z": z,
                      "rows": rows, "cols": cols, "marks": marks})


@register("portfolio_sankey", "Mission → Schwerpunkt → Revier")
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
    second = links[links["level"] == "focus_area_revier"]
    total = float(second["value"].sum())
    per_focus = second.groupby("source_label", sort=False)["value"].sum()
    per_revier = second.groupby("target_label", sort=False)["value"].sum()
    biggest = links[links["level"] == "mission_focus_area"].nlargest(1, "value").iloc[0]
    title = t("view.sankey.title", focus=per_focus.idxmax(),
              share=fmt_pct(per_focus.max() / total, 0))
    sentences = (
        t("view.sankey.reviere", parts="; ".join(
            f"{name}: {cell_text(v, measure)} {unit} ({fmt_pct(v / total, 0)})"
            for name, v in per_revier.items())),
        t("view.sankey.biggest", source=biggest["source_label"], target=biggest["target_label"],
          value=cell_text(biggest["value"], measure), unit=t(f"view.unit_dat.{measure}")),
    )
    data = links.rename(columns={"source_label": t("view.col.source"),
                                 "target_label": t("view.col.target"),
                                 "value": t(f"view.col.{measure}")}
                        )[[t("view.col.source"), t("view.col.target"), t(f"view.col.{measure}")]]
    return View("portfolio_sankey", title, explanation, data, fig, sentences,
                meta={"measure": measure, "links": links})


@register("portfolio_coverage", "Missionen je Revier und Abdeckungslücken")
def coverage_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    """Projects per mission and Revier (primary and further missions); empty cells outlined;
    every coverage gap as a sentence."""
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
    marks = [(i, j, "gap") for i, m in enumerate(rows) for j, r in enumerate(cols)
             if z[i][j] == 0 and ((m, r) in flagged or m in silent)]
    fig = matrix_heatmap(
        z, list(reviere["revier_name"]),
        [mission_label(c, s) for c, s in zip(missions["mission_code"], missions["mission_short"],
                                             strict=True)],
        text=[[fmt_int(v) for v in row] for row in z],
        hover_value="%{z:,.0f} " + t("view.unit.projects"), marks=marks,
        mark_names={"gap": t("view.mark.gap")}, colorbar_title=t("view.unit.projects"),
        scale=scale, height=round(520 * scale))
    sentences = tuple(gaps["sentence"])
    title = t("view.coverage.title.none") if gaps.empty else \
        t("view.coverage.title.one") if len(gaps) == 1 else \
        t("view.coverage.title", n=fmt_int(len(gaps)))
    data = pd.DataFrame({t("col.mission"): [mission_label(c, s) for c, s in
                                            zip(df["mission_code"], df["mission_short"], strict=True)],
                         t("col.revier"): df["revier_name"],
                         t("view.col.projects"): df["projects"]})
    return View("portfolio_coverage", title, explanation, data, fig,
                sentences or (t("missions.gaps.none"),), meta={"gaps": gaps, "z": z})
