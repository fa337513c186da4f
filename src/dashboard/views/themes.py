"""Views of the page Querschnittsthemen: shares of projects with marker 1/2 by focus area, Revier
and stage; the funding share per theme; Fachnetzwerke x themes with the gaps as sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.portfolio import revier_phrase
from dashboard.analytics.themes import (
    FUNDING,
    gaps_of,
    network_themes,
    theme_funding,
    theme_shares,
)
from dashboard.charts.heatmap import matrix_heatmap
from dashboard.charts.themes import funding_share_bars, marker_share_panels
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_eur_short, fmt_pct
from dashboard.store.gateway import Database
from dashboard.ui.texts import t
from dashboard.views import View, register


def _names() -> dict[int, str]:
    return {2: t("view.marker.2"), 1: t("view.marker.1")}


def _empty(key: str, explanation: str) -> View:
    return View(key, t("view.empty.title"), explanation, pd.DataFrame(),
                empty_message=t("view.empty"))


def _shares_view(key: str, by: str, db: Database, filters: Filters, scale: float) -> View:
    df = theme_shares(db, filters, by)
    explanation = t(f"view.themes.explanation.{by}")
    theme_totals = df.groupby("theme_code", sort=False)[["marker_2", "projects"]].sum()
    if int(theme_totals["projects"].max() if len(theme_totals) else 0) == 0:
        return _empty(key, explanation)
    shown = df[df["projects"] > 0]  # categories without projects would only show empty bars
    fig = marker_share_panels(shown, names=_names(), scale=scale)
    overall = (theme_totals["marker_2"] / theme_totals["projects"]).astype("float64")
    names = dict(zip(df["theme_code"], df["theme_name"], strict=False))
    best, worst = overall.idxmax(), overall.idxmin()
    strongest = shown[shown["theme_code"] == best].nlargest(1, "share_2").iloc[0]
    weakest = shown[shown["theme_code"] == worst].nsmallest(1, "share_2").iloc[0]
    if by == "revier":  # "im Lausitzer Revier", not "im Revier Lausitzer Revier"
        strongest = strongest.copy()
        weakest = weakest.copy()
        strongest["group_name"] = revier_phrase(strongest["group_name"])
        weakest["group_name"] = revier_phrase(weakest["group_name"])
    title = t("view.themes.title", theme=names[best], share=fmt_pct(overall[best], 0))
    sentences = (
        t(f"view.themes.strongest.{by}", theme=names[best], group=strongest["group_name"],
          share=fmt_pct(strongest["share_2"], 0)),
        t(f"view.themes.weakest.{by}", theme=names[worst], share=fmt_pct(overall[worst], 0),
          group=weakest["group_name"], group_share=fmt_pct(weakest["share_2"], 0)),
    )
    data = pd.DataFrame({
        t("col.theme"): df["theme_name"], t(f"view.col.group.{by}"): df["group_name"],
        t("view.col.projects"): df["projects"], t("view.col.marker_1"): df["marker_1"],
        t("view.col.marker_2"): df["marker_2"], t("view.col.share_1"): df["share_1"],
        t("view.col.share_2"): df["share_2"],
    })
    return View(key, title, explanation, data, fig, sentences, meta={"by": by, "shares": df})


@register("themes_by_focus_area", "Querschnittsthemen je Schwerpunkt")
def by_focus_area_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                       today: date | None = None) -> View:
    return _shares_view("themes_by_focus_area", "focus_area", db, filters, scale)


@register("themes_by_revier", "Querschnittsthemen je Revier")
def by_revier_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    return _shares_view("themes_by_revier", "revier", db, filters, scale)


@register("themes_by_stage", "Querschnittsthemen je Prüfstufe")
def by_stage_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    return _shares_view("themes_by_stage", "stage", db, filters, scale)


@register("themes_funding", "Fördermittel je Querschnittsthema")
def funding_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                 today: date | None = None, measure: str = "requested_eur") -> View:
    """Share of the (requested or granted) funding in projects carrying each theme."""
    if measure not in FUNDING:
        raise ValueError(f"unbekannte Größe {measure!r}")
    df = theme_funding(db, filters, measure)
    explanation = t(f"view.funding.explanation.{measure}")
    total = float(df["total_eur"].max()) if len(df) else 0.0
    if total == 0:
        return _empty("themes_funding", explanation)
    fig = funding_share_bars(df, names=_names(), scale=scale)
    best = df.loc[df["share_any"].idxmax()]
    worst = df.loc[df["share_main"].idxmin()]
    title = t(f"view.funding.title.{measure}", theme=best["theme_name"],
              share=fmt_pct(best["share_any"], 0))
    sentences = (
        t("view.funding.total", total=fmt_eur_short(total)),
        t("view.funding.weakest", theme=worst["theme_name"], share=fmt_pct(worst["share_main"], 0),
          amount=fmt_eur_short(worst["main_eur"])),
    )
    data = pd.DataFrame({
        t("col.theme"): df["theme_name"], t("view.col.total_eur"): df["total_eur"],
        t("view.col.any_eur"): df["any_eur"], t("view.col.main_eur"): df["main_eur"],
        t("view.col.share_any"): df["share_any"], t("view.col.share_main"): df["share_main"],
    })
    return View("themes_funding", title, explanation, data, fig, sentences,
                meta={"measure": measure, "funding": df})


@register("themes_networks", "Querschnittsthemen je Fachnetzwerk")
def networks_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    """Share of projects with the theme as principal aim per Fachnetzwerk; gaps outlined and
    listed as sentences."""
    df = network_themes(db, filters)
    explanation = t("view.networks.explanation")
    if int(df["projects"].sum()) == 0:
        return _empty("themes_networks", explanation)
    gaps = gaps_of(df)
    df = df[df["projects"] > 0]
    short = {r.code: r.short_name for r in taxonomy.reviere}
    nets = df.drop_duplicates("network_code")
    themes = df.drop_duplicates("theme_code")
    rows, cols = list(nets["network_code"]), list(themes["theme_code"])
    grid = df.set_index(["network_code", "theme_code"])
    z = [[float(grid.at[(n, c), "share_2"]) * 100 for c in cols] for n in rows]
    text = [[f"{fmt_pct(grid.at[(n, c), 'share_2'], 0)} ({grid.at[(n, c), 'marker_2']})"
             for c in cols] for n in rows]
    flagged = set(zip(gaps["network_code"], gaps["theme_code"], strict=True))
    marks = [(i, j, "gap") for i, n in enumerate(rows) for j, c in enumerate(cols)
             if (n, c) in flagged]
    fig = matrix_heatmap(
        z, list(themes["theme_name"]),
        [f"{name} ({short.get(r, r)})" for name, r in zip(nets["network_name"], nets["revier_code"],
                                                           strict=True)],
        text=text, hover_value="%{z:,.0f} % " + t("view.marker.2"), marks=marks,
        mark_names={"gap": t("view.mark.gap")}, colorbar_title="% " + t("view.marker.2"),
        scale=scale, height=round((len(rows) * 40 + 120) * scale))
    title = t("view.networks.title.none") if gaps.empty else \
        t("view.networks.title", n=len(set(gaps["network_code"])), total=len(rows))
    data = pd.DataFrame({
        t("view.col.network"): df["network_name"], t("col.revier"): df["revier_name"],
        t("col.theme"): df["theme_name"], t("view.col.projects"): df["projects"],
        t("view.col.marker_1"): df["marker_1"], t("view.col.marker_2"): df["marker_2"],
        t("view.col.share_2"): df["share_2"],
    })
    sentences = tuple(gaps["sentence"]) or (t("themes.gaps.none"),)
    return View("themes_networks", title, explanation, data, fig, sentences,
                meta={"gaps": gaps, "z": z})
