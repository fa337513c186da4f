"""Statements of the Karte view (views/geo.py): districts and points against the
Übersicht tiles and the data."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, _kpis, statement


@statement("map_equals_tiles")
def map_equals_tiles(view: View, ctx: Context) -> Problems:
    """The map counts every project of the selection once: the districts' projects plus those
    outside the Reviere equal the Übersicht tile, and so do the placed, centred and unplaced
    points; the districts' funding is the tile's (minus what lies outside the Reviere)."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    k = _kpis(ctx)
    districts = int(view.data[t("map.col.projects")].sum())
    places = int(view.tables["orte"][t("map.col.projects")].sum())
    problems = []
    if districts + view.meta["outside"] != k["projects"]:
        problems.append(f"districts {districts} + outside {view.meta['outside']} != tile "
                        f"{k['projects']}")
    if places != k["projects"]:
        problems.append(f"points and unplaced {places} != tile {k['projects']}")
    granted = float(view.data[t("map.col.granted_eur")].sum())
    if view.meta["outside"] == 0 and not math.isclose(granted, k["granted_eur"], abs_tol=0.5):
        problems.append(f"granted {granted} != tile {k['granted_eur']}")
    return problems


@statement("map_colours_data")
def map_colours_data(view: View, ctx: Context) -> Problems:
    """The districts are coloured by the column of the chosen measure (shares in per cent),
    every district of the data is on the map, and the points carry the placed projects."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    measure = view.meta["measure"]
    trace = next(tr for tr in view.figure.data if tr.type == "choropleth" and tr.colorbar.title.text)
    expected = view.data[t(f"map.col.{measure}")] * (100 if measure == "theme_main_share" else 1)
    problems = []
    if list(trace.locations) != list(view.meta["districts"]["district_code"]):
        problems.append("districts on the map differ from the data")
    z = pd.to_numeric(pd.Series(list(trace.z)), errors="coerce")
    if not np.allclose(z.to_numpy(float), expected.to_numpy(float), equal_nan=True):
        problems.append(f"colours {list(z)} != data {list(expected)}")
    points = next(tr for tr in view.figure.data if tr.type == "scattergeo")
    placed = sum(int(c[0]) for c in points.customdata or ())
    orte = view.tables["orte"]
    unplaced = int(orte.loc[orte[t("map.col.placed")] == t("map.placed.none"),
                            t("map.col.projects")].sum())
    if placed + unplaced != int(orte[t("map.col.projects")].sum()):
        problems.append(f"points carry {placed} projects, {unplaced} unplaced, of "
                        f"{int(orte[t('map.col.projects')].sum())}")
    return problems
