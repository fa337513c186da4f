"""The map view: districts of the Reviere coloured by a measure, projects as points at their
municipality, with the numbers as a table and sentences (as facts) on where the most and the
least is and how many projects could be placed."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.geo import MEASURES, district_figures, project_places
from dashboard.charts.geo import add_attribution, district_map
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import Num, count, eur, extreme, join_names, say, share
from dashboard.geo.reference import geo_reference
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register

_HOVER = {"projects": "%{z:,.0f}", "granted_eur": "%{z:,.0f}", "requested_eur": "%{z:,.0f}",
          "theme_main_share": "%{z:.0f}"}  # plotly's number; the words: chart.map.hover.*
COLUMNS = ("projects", "theme_main", "theme_main_share", "requested_eur", "granted_eur")
PLACED = ("gemeinde", "kreis", "none")


def _num(measure: str, value: float) -> Num:
    if measure == "projects":
        return count(value)
    return share(value) if measure == "theme_main_share" else eur(value)


def _data(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({t("map.col.district"): df["district_name"],
                         t("map.col.revier"): df["revier_name"],
                         **{t(f"map.col.{c}"): df[c] for c in COLUMNS}})


def _places_table(places: pd.DataFrame, revier_districts: set[str]) -> pd.DataFrame:
    """Where the projects are drawn: one row per place, with how it was placed."""
    return pd.DataFrame({
        t("map.col.place"): places["label"],
        t("map.col.district_code"): places["district_code"],
        t("map.col.projects"): places["projects"],
        t("map.col.placed"): [t(f"map.placed.{p}") for p in places["placed"]],
        t("map.col.outside"): ~places["district_code"].isin(revier_districts),
    })


def _statements(data: pd.DataFrame, measure: str, filters: Filters, places: pd.DataFrame,
                outside: int) -> tuple[list, list]:
    column, label = t(f"map.col.{measure}"), t("map.col.district")
    statements, claims = [], []
    if not filters.districts and data[column].notna().sum() > 1:
        least = extreme(data, column, label, "min")
        claims.append(least)
        statements.append(say("map.view.least", districts=join_names(least.labels, False),
                              value=_num(measure, least.value)))
    if measure == "theme_main_share":  # districts without projects have no share: name them
        zero = data.loc[data[t("map.col.projects")] == 0, label]
        if len(zero) and not filters.districts:
            statements.append(say("map.view.zero", districts=join_names(list(zero), False)))
    by = places.groupby("placed")["projects"].sum()
    for placed in PLACED:
        n = int(by.get(placed, 0))
        if n or placed == "gemeinde":
            statements.append(say(f"map.view.placed.{placed}", agree="n", n=count(n)))
    if outside:
        statements.append(say("map.view.outside", agree="n", n=count(outside)))
    return statements, claims


@register("district_map", "Karte der Kreise", checks=("map_equals_tiles", "map_colours_data"))
def district_map_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                      today: date | None = None, measure: str = "projects") -> View:
    """Districts of the Reviere coloured by `measure` (see analytics.geo.MEASURES)."""
    if measure not in MEASURES:
        raise ValueError(f"unbekannte Größe {measure!r}")
    df = district_figures(db, filters)
    explanation = t(f"map.view.explanation.{measure}")
    places = project_places(db, filters)  # every project of the selection, in some group
    if int(places["projects"].sum()) == 0:
        return View.nothing("district_map", t("view.empty.title"), explanation, pd.DataFrame(),
                            t("view.empty"))
    outside = int(places["projects"].sum()) - int(df["projects"].sum())
    data = _data(df)
    column, label = t(f"map.col.{measure}"), t("map.col.district")
    best = extreme(data, column, label)
    claims = []
    if int((df["projects"] > 0).sum()) <= 1 or best is None:
        # one district with projects (e.g. the Kreis filter): "most of all" would say nothing
        row = df.loc[df["projects"].idxmax()]
        value = count(row["projects"], "count.projects") if measure == "projects" \
            else _num(measure, row[measure])
        headline = say(f"map.view.one.{measure}", district=row["district_name"], value=value)
    elif best.is_tie:
        claims.append(best)
        headline = say(f"map.view.title_tie.{measure}", districts=join_names(best.labels),
                       value=_num(measure, best.value))
    else:
        claims.append(best)
        total = {} if measure == "theme_main_share" else {"total": _num(measure,
                                                                         df[measure].sum())}
        headline = say(f"map.view.title.{measure}", district=best.labels[0],
                       value=_num(measure, best.value), **total)
    statements, more = _statements(data, measure, filters, places, outside)
    values = df[measure] * (100 if measure == "theme_main_share" else 1)
    ref = geo_reference()
    unit = t(f"map.unit.{measure}") if measure in ("projects", "theme_main_share") else "€"
    # the Länder of the Reviere and Berlin (else a hole in Brandenburg) in grey beneath
    fig = district_map(df, values, kreise=ref.geojson("kreise", tuple(df["district_code"])),
                       laender=ref.geojson("laender"),
                       points=places[places["placed"] != "none"], value_label=unit,
                       hover_value=t(f"chart.map.hover.{measure}", n=_HOVER[measure]), point_label=t("map.points"), scale=scale)
    units = {t("map.col.theme_main_share"): "share", t("map.col.requested_eur"): "eur",
             t("map.col.granted_eur"): "eur"}
    view = View.of("district_map", headline, explanation, data, fig, statements,
                   claims=claims + more, units=units,
                   tables={"orte": _places_table(places, set(df["district_code"]))},
                   meta={"measure": measure, "districts": df, "places": places,
                         "revier_short": {r.code: r.short_name for r in taxonomy.reviere},
                         "outside": outside, "values": values})
    add_attribution(view.figure, t("map.attribution"), scale=scale)
    return view
