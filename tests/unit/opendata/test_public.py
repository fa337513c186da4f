"""The public part: which projects, which columns, and Kennzahlen equal to the Übersicht's,
each checked against an independent count over the raw tables."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard.analytics.overview import kpis
from dashboard.api import public
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import ReferenceError
from tests.unit.opendata.conftest import PERSONAL

SELECTIONS = [Filters(), Filters(reviere=("LR",)), Filters(focus_areas=("F4", "F6")),
              Filters(bundeslaender=("SN",), missions=("ohne",)),
              Filters(programmes=("RL_INVKG",), period_from=pd.Timestamp("2024-01-01").date())]


def _raw(db) -> pd.DataFrame:
    """Projects with stage kind, Land and network, straight from the tables (no fp)."""
    return db.query(
        "SELECT p.*, s.kind, d.bundesland_code, n.code AS network FROM project p "
        "JOIN ref_stage s ON s.code = p.stage_code "
        "LEFT JOIN ref_district d ON d.code = p.district_code "
        "LEFT JOIN ref_network n ON n.revier_code = p.revier_code "
        "AND list_contains(n.focus_area_codes, p.focus_area_code) "
        "WHERE p.project_id NOT IN (SELECT project_id FROM project_duplicate)").df


def test_only_projects_from_bewilligt_on_and_no_contact_columns(od_db):
    raw = _raw(od_db)
    got = public.projects(od_db, Filters())
    expected = sorted(raw.loc[raw["kind"] == "positive_end", "project_id"])
    assert got["projekt_id"].tolist() == expected
    assert set(got["pruefstufe"]) <= {"BEW", "UMS", "ABG"}
    assert not {"contact", "remarks", "kontakt", "bemerkungen", "source", "batch_id"} & set(got)
    assert 0 < len(got) < len(raw)


def test_json_holds_the_same_rows_as_the_table_and_no_personal_data(od_db):
    count, text = public.projects_json(od_db, Filters(reviere=("MR",)))
    rows = json.loads(text)
    table = public.projects(od_db, Filters(reviere=("MR",)))
    assert count == len(rows) == len(table)
    assert [r["projekt_id"] for r in rows] == table["projekt_id"].tolist()
    assert rows[0]["bewilligt_eur"] == pytest.approx(float(table["bewilligt_eur"].iloc[0]))
    assert isinstance(rows[0]["weitere_missionen"], list)
    for needle in ("Mustermann", "example.org", "5640", "Beispielmann", "98765"):
        assert needle not in text
    assert PERSONAL["contact"] not in public.projects(od_db, Filters()).to_csv()


@pytest.mark.parametrize("filters", SELECTIONS)
def test_kennzahlen_equal_the_overview_tiles(od_db, filters):
    got = public.kennzahlen(od_db, filters)
    tiles = kpis(od_db, filters)
    assert got == {api: tiles[col] for col, api in public.KPI_NAMES.items()}


def test_kennzahlen_against_an_independent_count(od_db):
    raw = _raw(od_db)
    lr = raw[raw["revier_code"] == "LR"]
    live = lr[lr["status"] == "aktiv"]
    got = public.kennzahlen(od_db, Filters(reviere=("LR",)))
    assert got["projekte"] == len(lr)
    assert got["bewilligt"] == int((lr["kind"] == "positive_end").sum())
    assert got["in_pruefung"] == int((live["kind"] == "active").sum())
    assert got["ausgestiegen"] == int((lr["status"] != "aktiv").sum())
    assert got["bewilligt_eur"] == pytest.approx(float(live["granted_eur"].fillna(0).sum()))
    assert got["beantragt_eur"] == pytest.approx(float(live["requested_eur"].fillna(0).sum()))


def test_a_network_that_opted_out_leaves_every_public_answer(od_db):
    raw = _raw(od_db)
    public.set_opt_out(od_db, "LR-EN", True, by="test")
    assert public.opted_out(od_db)["network_code"].tolist() == ["LR-EN"]
    rows = public.projects(od_db, Filters())
    assert "LR-EN" not in set(rows["fachnetzwerk"]) and len(rows) > 0
    rest = raw[raw["network"] != "LR-EN"]
    assert len(rows) == int((rest["kind"] == "positive_end").sum())
    assert public.kennzahlen(od_db, Filters())["projekte"] == len(rest)
    # a selection that does not touch the network still equals the page's tiles
    mr = Filters(reviere=("MR",))
    assert public.kennzahlen(od_db, mr)["projekte"] == kpis(od_db, mr)["projects"]
    public.set_opt_out(od_db, "LR-EN", False, by="test")
    assert public.opted_out(od_db).empty
    assert len(public.projects(od_db, Filters())) == int((raw["kind"] == "positive_end").sum())


def test_an_unknown_network_cannot_opt_out(od_db):
    with pytest.raises(ReferenceError, match="Unbekanntes Fachnetzwerk"):
        public.set_opt_out(od_db, "XX-YY", True, by="test")
