"""The Karte figures against an independent pandas count of the demo database, and against the
Übersicht tile for the same filters."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.analytics.geo import district_figures, project_places
from dashboard.analytics.overview import kpis
from dashboard.domain.filters import Filters
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views

SELECTIONS = {
    "alle": Filters(),
    "lausitz": Filters(reviere=("LR",)),
    "sachsen_f4": Filters(bundeslaender=("SN",), focus_areas=("F4",)),
    "kreis": Filters(districts=("14626", "15002")),
    "zeitraum": Filters(period_from=pd.Timestamp("2025-01-01").date()),
}


def _raw(db, filters: Filters) -> pd.DataFrame:
    """The projects of a selection, filtered in pandas (independent of the SQL in fp)."""
    projects = db.query("SELECT * FROM project").df
    districts = db.query("SELECT code, bundesland_code FROM ref_district").df
    first = db.query("SELECT project_id, min(entered_on) AS first FROM stage_event "
                     "GROUP BY project_id").df
    df = projects.merge(districts, left_on="district_code", right_on="code", how="left")
    df = df.merge(first, on="project_id", how="left")
    keep = pd.Series(True, index=df.index)
    for column, values in (("revier_code", filters.reviere), ("bundesland_code",
                           filters.bundeslaender), ("district_code", filters.districts),
                           ("focus_area_code", filters.focus_areas)):
        if values:
            keep &= df[column].isin(values)
    if filters.period_from:
        keep &= pd.to_datetime(df["first"]) >= pd.Timestamp(filters.period_from)
    return df[keep]


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_district_numbers_equal_an_independent_count(demo_db, name) -> None:
    filters = SELECTIONS[name]
    raw = _raw(demo_db, filters)
    got = district_figures(demo_db, filters).set_index("district_code")
    live = raw[raw["status"] == "aktiv"]
    themes = raw[["theme_fk", "theme_kj", "theme_gs", "theme_dw"]].max(axis=1) == 2
    for code, row in got.iterrows():
        mine = raw["district_code"] == code
        assert row["projects"] == mine.sum(), code
        assert row["theme_main"] == (mine & themes).sum(), code
        assert row["granted_eur"] == pytest.approx(
            float(live.loc[live["district_code"] == code, "granted_eur"].fillna(0).sum())), code
        assert row["requested_eur"] == pytest.approx(
            float(live.loc[live["district_code"] == code, "requested_eur"].fillna(0).sum())), code
        share = row["theme_main_share"]
        assert (np.isnan(share) if mine.sum() == 0 else share == pytest.approx(
            (mine & themes).sum() / mine.sum())), code
    assert len(got) == 16


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_map_counts_equal_the_overview_tile(demo_db, name) -> None:
    filters = SELECTIONS[name]
    tile = kpis(demo_db, filters)
    view = all_views()["district_map"][1](demo_db, filters, read_taxonomy(demo_db))
    assert int(view.meta["districts"]["projects"].sum()) + view.meta["outside"] == \
        tile["projects"]
    assert view.meta["places"]["projects"].sum() == tile["projects"]
    assert view.meta["districts"]["granted_eur"].sum() == pytest.approx(tile["granted_eur"])
    assert str(tile["projects"]) in view.title.replace(".", "") or filters.districts


def test_every_demo_project_is_placed_at_its_municipality(demo_db) -> None:
    places = project_places(demo_db, Filters())
    assert set(places["placed"]) == {"gemeinde"}
    # Gemeinden whose official name differs from the demo's short one
    labels = dict(zip(places["municipality"], places["label"], strict=True))
    official = {"Forst": "Forst (Lausitz)", "Herzberg": "Herzberg (Elster)",
                "Spremberg": "Spremberg", "Leipzig": "Leipzig"}
    present = {short: labels[short] for short in official if short in labels}
    assert "Forst" in present and len(present) >= 3  # the demo draws from all of them
    assert present == {short: official[short] for short in present}
    leipzig = places[places["municipality"] == "Leipzig"].iloc[0]
    assert abs(leipzig["lat"] - 51.34) < 0.05 and abs(leipzig["lon"] - 12.37) < 0.08


def test_projects_without_municipality_go_to_the_district_centre_or_are_counted(
        writable_db_path) -> None:
    from dashboard.store.gateway import Database

    with Database.open_existing(writable_db_path) as db:
        ids = db.query("SELECT project_id FROM project ORDER BY project_id LIMIT 3").df
        first, second, third = ids["project_id"]
        db.query("UPDATE project SET municipality = 'Nirgendwo' WHERE project_id = ?", [first])
        db.query("UPDATE project SET municipality = NULL WHERE project_id = ?", [second])
        db.query("UPDATE project SET municipality = NULL, district_code = NULL "
                 "WHERE project_id = ?", [third])
        view = all_views()["district_map"][1](db, Filters(), read_taxonomy(db))
    counts = view.meta["places"].groupby("placed")["projects"].sum()
    assert (counts["kreis"], counts["none"], counts["gemeinde"]) == (2, 1, 397)
    assert view.meta["outside"] == 1
    text = " ".join(view.sentences)
    assert "2 Projekte stehen am Mittelpunkt ihres Kreises (Gemeinde unbekannt)." in text
    assert "1 Projekt ohne Ort" in text
    assert "1 Projekt liegt in keinem Kreis der Reviere" in text


@pytest.mark.parametrize("measure", ["projects", "granted_eur", "requested_eur",
                                     "theme_main_share"])
def test_chart_colours_the_districts_by_the_chosen_measure(demo_db, measure) -> None:
    view = all_views()["district_map"][1](demo_db, Filters(), read_taxonomy(demo_db),
                                         measure=measure)
    choropleth = view.figure.data[2]
    df = view.meta["districts"]
    factor = 100 if measure == "theme_main_share" else 1
    assert list(choropleth.locations) == list(df["district_code"])
    assert list(choropleth.z) == pytest.approx(list(df[measure] * factor))
    best = df.loc[df[measure].idxmax(), "district_name"]
    assert view.title.startswith(best)
    assert view.figure.data[0].type == "scattergeo" and view.figure.data[0].locations is None


def test_geojson_attached_without_validation_equals_a_validated_figure(demo_db) -> None:
    """charts.geo.attach_geojson writes into plotly's trace dicts: the figure must serialise
    exactly as one built the ordinary way (fails if a plotly upgrade changes that)."""
    import json

    import plotly.graph_objects as go
    import plotly.io

    view = all_views()["district_map"][1](demo_db, Filters(), read_taxonomy(demo_db))
    fig = view.figure
    rebuilt = go.Figure(fig.to_dict())  # validated copy, geojson included
    assert {f["properties"]["code"] for f in fig.data[2].geojson["features"]} == \
        set(view.meta["districts"]["district_code"])
    assert json.loads(plotly.io.to_json(fig)) == json.loads(plotly.io.to_json(rebuilt))
    assert len(fig.data[1].geojson["features"]) == 5  # Länder beneath


def test_map_statements_catch_a_lost_project_and_a_wrong_colour(demo_db) -> None:
    """The invariants of the Karte view (tests/figure_rules) hold, and fail on a map that drops
    the projects outside the Reviere or colours by another measure."""
    import dataclasses

    from dashboard.texts import t
    from tests.conftest import DEMO_AS_OF
    from tests.figure_rules import VIEW_STATEMENTS, Context, check_view

    ctx = Context(demo_db, Filters(), read_taxonomy(demo_db), DEMO_AS_OF)
    view = ctx.view("district_map", measure="granted_eur")
    assert check_view("district_map", ctx, view) == []
    lost = dataclasses.replace(view, meta={**view.meta, "outside": 3})
    assert VIEW_STATEMENTS["map_equals_tiles"](lost, ctx)
    data = view.data.copy()
    data[t("map.col.granted_eur")] = data[t("map.col.requested_eur")]
    assert VIEW_STATEMENTS["map_colours_data"](dataclasses.replace(view, data=data), ctx)


@pytest.mark.parametrize("measure", ["projects", "granted_eur", "requested_eur",
                                     "theme_main_share"])
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_map_statements_hold_for_every_measure(demo_db, measure, name) -> None:
    """numbers_in_data, claims_hold, singular_plural and the map's own statements for each
    measure (tests/unit/figures builds the default measure only)."""
    from tests.conftest import DEMO_AS_OF
    from tests.figure_rules import Context, check_view

    ctx = Context(demo_db, SELECTIONS[name], read_taxonomy(demo_db), DEMO_AS_OF)
    assert check_view("district_map", ctx, ctx.view("district_map", measure=measure)) == []
