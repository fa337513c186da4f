"""The map view: districts of the Reviere coloured by a measure, projects as points at their
municipality, with the numbers as a table and sentences on where the most (and least) is and
how many projects could be placed."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.geo import MEASURES, district_figures, project_places
from dashboard.charts.geo import district_map
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_eur_short, fmt_int, fmt_pct
from dashboard.geo.reference import geo_reference
from dashboard.store.gateway import Database
from dashboard.ui.texts import t, tn
from dashboard.views import View, register

_HOVER = {"projects": "%{z:,.0f} Projekte", "granted_eur": "%{z:,.0f} € bewilligt",
          "requested_eur": "%{z:,.0f} € beantragt",
          "theme_main_share": "%{z:.0f} % mit Querschnittsthema als Hauptziel"}


def _fmt(measure: str, value: float) -> str:
    if measure == "projects":
        return fmt_int(value)
    if measure == "theme_main_share":
        return fmt_pct(value, 0)
    return fmt_eur_short(value)


def _placement(places: pd.DataFrame) -> str:
    counts = places.groupby("placed")["projects"].sum()
    parts = [tn("map.view.placed", int(counts.get("gemeinde", 0)))]
    if counts.get("kreis", 0):
        parts.append(tn("map.view.at_district", int(counts["kreis"])))
    if counts.get("none", 0):
        parts.append(tn("map.view.unplaced", int(counts["none"])))
    return "; ".join(parts) + "."


def _sentences(df: pd.DataFrame, measure: str, filters: Filters, places: pd.DataFrame,
               outside: int) -> tuple[str, ...]:
    column = df[measure]
    shown = df[column.notna()]
    out = []
    if not filters.districts and len(shown) > 1:
        least = shown.loc[shown[measure].idxmin()]
        out.append(t("map.view.least", district=least["district_name"],
                     value=_fmt(measure, least[measure])))
        zero = df.loc[df["projects"] == 0, "district_name"]
        if len(zero):
            out.append(t("map.view.zero", districts=", ".join(zero)))
    out.append(_placement(places))
    if outside:
        out.append(tn("map.view.outside", outside))
    return tuple(out)


@register("district_map", "Karte der Kreise")
def district_map_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                      today: date | None = None, measure: str = "projects") -> View:
    """Districts of the Reviere coloured by `measure` (see analytics.geo.MEASURES)."""
    if measure not in MEASURES:
        raise ValueError(f"unbekannte Größe {measure!r}")
    df = district_figures(db, filters)
    explanation = t(f"map.view.explanation.{measure}")
    places = project_places(db, filters)  # every project of the selection, in some group
    total_projects = int(places["projects"].sum())
    if total_projects == 0:
        return View("district_map", t("view.empty.title"), explanation, pd.DataFrame(),
                    empty_message=t("view.empty"))
    outside = total_projects - int(df["projects"].sum())
    best = df.loc[df[measure].fillna(-1).idxmax()]
    total = "" if measure == "theme_main_share" else _fmt(measure, df[measure].sum())
    # one district with projects (e.g. the Kreis filter): "most of all" would say nothing
    kind = "one" if int((df["projects"] > 0).sum()) == 1 else "title"
    title = t(f"map.view.{kind}.{measure}", district=best["district_name"],
              value=_fmt(measure, best[measure]), total=total)
    values = df[measure] * (100 if measure == "theme_main_share" else 1)
    ref = geo_reference()
    unit = t(f"map.unit.{measure}") if measure in ("projects", "theme_main_share") else "€"
    # the Länder of the Reviere and Berlin (else a hole in Brandenburg) in grey beneath
    fig = district_map(df, values, kreise=ref.geojson("kreise", tuple(df["district_code"])),
                       laender=ref.geojson("laender"),
                       points=places[places["placed"] != "none"], value_label=unit,
                       hover_value=_HOVER[measure], point_label=t("map.points"),
                       attribution=t("map.attribution"), scale=scale)
    data = pd.DataFrame({
        t("map.col.district"): df["district_name"], t("map.col.revier"): df["revier_name"],
        t("map.col.projects"): df["projects"], t("map.col.theme_main"): df["theme_main"],
        t("map.col.theme_main_share"): df["theme_main_share"],
        t("map.col.requested_eur"): df["requested_eur"],
        t("map.col.granted_eur"): df["granted_eur"],
    })
    return View("district_map", title, explanation, data, fig,
                _sentences(df, measure, filters, places, outside),
                meta={"measure": measure, "districts": df, "places": places,
                      "revier_short": {r.code: r.short_name for r in taxonomy.reviere},
                      "outside": outside, "values": values})
