"""Issue 19.5: the official names of BKG VG5000 and their common forms are accepted in the
Landkreis column; a municipality's qualifier ("Herzberg (Elster), Stadt") settles between
namesakes; a postcode missing from GeoNames (99095 Erfurt) is read from its neighbours; a
district outside the Reviere is named as such, not as unknown."""

from __future__ import annotations

import pytest

from dashboard.geo.locate import locate
from dashboard.store.gateway import Database

from .lists import at, committed, dry_run, spec


@pytest.fixture
def db(empty_db_path):
    with Database.open_existing(empty_db_path) as database:
        yield database


def test_official_district_spellings_are_stored_as_their_district(db):
    result, stored = committed(db, "amtliche_schreibweisen")
    assert result.committed
    for title, values in spec("amtliche_schreibweisen")["expect"]["stored"].items():
        assert title in stored, (title, [i.message for i in result.plan.issues if i.row])
        assert {k: stored[title][k] for k in values} == values, title


def test_outside_the_reviere_and_ambiguous_names_are_said_so(db):
    result = dry_run(db, "amtliche_schreibweisen")
    for row, text in spec("amtliche_schreibweisen")["expect"]["errors"].items():
        found = at(result, int(row), "C")
        assert [i.severity for i in found] == ["error"], found
        assert text in found[0].message, found[0].message
    assert not [i for i in result.plan.errors if i.row not in (14, 15)]
    for row, text in spec("amtliche_schreibweisen")["expect"]["town_warnings"].items():
        found = at(result, int(row), "D")
        assert [i.severity for i in found] == ["warning"], found
        assert text in found[0].message, found[0].message
    assert not [i for i in result.plan.warnings if i.column_letter == "D" and i.row < 14]


@pytest.mark.parametrize(("text", "district", "municipality"), [
    ("Herzberg (Elster), Stadt", "12062", "Herzberg (Elster)"),
    ("Mittenwalde, Stadt", "12061", "Mittenwalde"),
    ("Stadt Mittenwalde", "12061", "Mittenwalde"),
    ("Gemeinde Mittenwalde", "12073", "Mittenwalde"),
    ("Leipzig, Stadt", "14713", None),  # the kreisfreie Stadt (Destatis)
    ("Leipzig (Stadt)", "14713", "Leipzig"),
    ("Halle/Saale", "15002", "Halle (Saale)"),
])
def test_the_qualifier_settles_between_namesakes(text, district, municipality):
    found = locate(None, text)
    assert not found.ambiguous
    assert found.district_code == district
    assert municipality is None or found.candidates[0].municipality == municipality


def test_a_name_without_qualifier_stays_ambiguous():
    assert locate(None, "Mittenwalde").ambiguous


def test_a_postcode_missing_from_geonames_is_read_from_its_neighbours():
    found = locate("99095", None)
    assert (found.method, found.district_code, found.revier_code) == ("nearby", "16051", None)
    assert locate("99095", "Erfurt").district_code == "16051"
    assert locate("99999", None).method == "none"  # no neighbour above: not guessed
