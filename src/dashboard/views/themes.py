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
from dashboard.facts import count, eur, extreme, join_names, points, say, share
from dashboard.formatting import fmt_pct
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register


def _names() -> dict[int, str]:
    return {2: t("view.marker.2"), 1: t("view.marker.1")}


def _empty(key: str, explanation: str) -> View:
    return View.nothing(key, t("view.empty.title"), explanation, pd.DataFrame(), t("view.empty"))


def _shares_view(key: str, by: str, db: Database, filters: Filters, scale: float) -> View:
    """Shares of each theme per group of `by`. The title names where the groups differ most:
    the theme with the largest gap between its strongest and weakest group (what a network
    manager can act on), not the overall leader, which would read the same on every tab."""
    df = theme_shares(db, filters, by)
    explanation = t(f"view.themes.explanation.{by}")
    theme_totals = df.groupby("theme_code", sort=False)[["marker_2", "projects"]].sum()
    if int(theme_totals["projects"].max() if len(theme_totals) else 0) == 0:
        return _empty(key, explanation)
    shown = df[df["projects"] > 0]  # categories without projects would only show empty bars
    fig = marker_share_panels(shown, names=_names(), scale=scale)
    col = {k: t(f"view.col.{k}") for k in ("marker_1", "marker_2", "share_1", "share_2")}
    data = pd.DataFrame({
        t("col.theme"): shown["theme_name"], t(f"view.col.group.{by}"): shown["group_name"],
        t("view.col.projects"): shown["projects"], col["marker_1"]: shown["marker_1"],
        col["marker_2"]: shown["marker_2"], col["share_1"]: shown["share_1"],
        col["share_2"]: shown["share_2"]})
    group_col = t(f"view.col.group.{by}")
    spread = (data.groupby(t("col.theme"), sort=False)[col["share_2"]]
              .agg(["max", "min"]).assign(spread=lambda d: d["max"] - d["min"])
              .rename_axis(t("col.theme")).reset_index())
    widest = extreme(spread, "spread", t("col.theme"), table="spread")
    theme = widest.labels[0]
    hi = extreme(data, col["share_2"], group_col, where_column=t("col.theme"), where_value=theme)
    lo = extreme(data, col["share_2"], group_col, "min", where_column=t("col.theme"),
                 where_value=theme)
    claims = [hi, lo]
    if widest.is_tie and len(data[group_col].unique()) >= 2:
        claims = [widest]
        headline = say(f"view.themes.title_tie.{by}", themes=join_names(widest.labels),
                       spread=points(widest.value))
    elif len(data[group_col].unique()) < 2:
        headline = say(f"view.themes.title_one.{by}", theme=theme, group=hi.labels[0],
                       share=share(hi.value))
        claims = []
    else:
        claims.append(widest)
        headline = say(f"view.themes.title.{by}", theme=theme,
                       high=join_names(hi.labels, False),
                       high_share=share(hi.value),
                       low=join_names(lo.labels, False),
                       low_share=share(lo.value))
    overall = (theme_totals["marker_2"] / theme_totals["projects"]).astype("float64")
    names = dict(zip(df["theme_code"], df["theme_name"], strict=False))
    leader = names[overall.idxmax()]
    statements = [say("view.themes.overall", theme=leader, share=share(overall.max()))]
    weakest = names[overall.idxmin()]
    if weakest != leader:
        statements.append(say("view.themes.overall_low", theme=weakest,
                              share=share(overall.min())))
    return View.of(key, headline, explanation, data, fig, statements, claims=claims,
                   units={col["share_1"]: "share", col["share_2"]: "share"},
                   tables={"spread": spread}, meta={"by": by, "shares": df})


@register("themes_by_focus_area", "Querschnittsthemen je Schwerpunkt",
          checks=("themes_cover_projects",))
def by_focus_area_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                       today: date | None = None) -> View:
    return _shares_view("themes_by_focus_area", "focus_area", db, filters, scale)


@register("themes_by_revier", "Querschnittsthemen je Revier", checks=("themes_cover_projects",))
def by_revier_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None) -> View:
    return _shares_view("themes_by_revier", "revier", db, filters, scale)


@register("themes_by_stage", "Querschnittsthemen je Prüfstufe", checks=("themes_cover_projects",))
def by_stage_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    return _shares_view("themes_by_stage", "stage", db, filters, scale)


@register("themes_funding", "Fördermittel je Querschnittsthema", checks=("funding_within_total",))
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
    cols = {k: t(f"view.col.{k}") for k in ("total_eur", "any_eur", "main_eur", "share_any",
                                            "share_main")}
    data = pd.DataFrame({t("col.theme"): df["theme_name"],
                         **{cols[k]: df[k] for k in cols}})
    best = extreme(data, cols["share_any"], t("col.theme"))
    worst = extreme(data, cols["share_main"], t("col.theme"), "min")
    headline = say(f"view.funding.title.{measure}", theme=join_names(best.labels, False),
                   share=share(best.value))
    main = data.loc[data[t("col.theme")] == worst.labels[0], cols["main_eur"]].iloc[0]
    statements = [say("view.funding.total", total=eur(total)),
                  say("view.funding.weakest", theme=join_names(worst.labels, False),
                      share=share(worst.value), amount=eur(main))]
    return View.of("themes_funding", headline, explanation, data, fig, statements,
                   claims=[best, worst],
                   units={cols["share_any"]: "share", cols["share_main"]: "share",
                          cols["total_eur"]: "eur", cols["any_eur"]: "eur", cols["main_eur"]: "eur"},
                   meta={"measure": measure, "funding": df})


@register("themes_networks", "Querschnittsthemen je Fachnetzwerk",
          checks=("network_gaps_marked",))
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
    label = {c: f"{n} ({r})" for c, n, r in
             zip(df["network_code"], df["network_name"], df["revier_code"], strict=True)}
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
        z, list(themes["theme_name"]), [label[n] for n in rows],
        text=text, hover_value=t("chart.hover.share_marker", n="%{z:,.0f}",
                                 marker=t("view.marker.2")), marks=marks,
        mark_names={"gap": t("view.mark.gap")}, colorbar_title="% " + t("view.marker.2"),
        # turned theme names: upright they ran together over the narrow columns
        scale=scale, height=round((len(rows) * 40 + 120) * scale), tickangle=-30, cell_size=11)
    network_col = t("view.col.network")
    data = pd.DataFrame({
        network_col: [label[c] for c in df["network_code"]], t("col.revier"): df["revier_name"],
        t("col.theme"): df["theme_name"], t("view.col.projects"): df["projects"],
        t("view.col.marker_1"): df["marker_1"], t("view.col.marker_2"): df["marker_2"],
        t("view.col.share_2"): df["share_2"],
        t("view.col.gap"): [(n, c) in flagged for n, c in zip(df["network_code"],
                                                              df["theme_code"], strict=True)]})
    gap_table = pd.DataFrame({network_col: [label[c] for c in gaps["network_code"]],
                              t("col.theme"): gaps["theme_name"]})
    n_gap_networks = gap_table[network_col].nunique()
    headline = (say("view.networks.title", n=count(n_gap_networks),
                    total=count(len(rows), "count.networks_dat")) if len(gaps)
                else say("view.networks.title.none"))
    statements = [say("gap.theme_none" if kind == "not_considered" else "gap.theme_main",
                      network=name, revier=revier_phrase(rname, "gen"), theme=theme)
                  for kind, name, rname, theme in zip(gaps["kind"], gaps["network_name"],
                                                      gaps["revier_name"], gaps["theme_name"],
                                                      strict=True)] \
        or [say("themes.gaps.none")]
    return View.of("themes_networks", headline, explanation, data, fig, statements,
                   units={t("view.col.share_2"): "share"}, tables={"gaps": gap_table},
                   meta={"gaps": gaps, "z": z, "marks": marks})
