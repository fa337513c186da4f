"""Issue 19.6: heading rows ("Lausitzer Revier" alone in column A, a Landkreis, a
Fachnetzwerk) are no projects; they fill the empty Revier/Kreis/Schwerpunkt of the rows below
(named in a notice), a row's own value stays (a warning says so), a totals row is skipped."""

from __future__ import annotations

import pytest

from dashboard.store.gateway import Database

from .lists import at, committed, dry_run, spec


@pytest.fixture
def db(empty_db_path):
    with Database.open_existing(empty_db_path) as database:
        yield database


def test_heading_rows_are_no_errors_and_no_projects(db):
    result = dry_run(db, "abschnittszeilen")
    assert result.plan.errors == []
    assert result.plan.counts()["new"] == 6


def test_headings_fill_the_rows_below_and_say_so(db):
    result = dry_run(db, "abschnittszeilen")
    for row, filled in spec("abschnittszeilen")["expect"]["headings_filled"].items():
        notes = [i for i in at(result, int(row)) if i.column_letter is None]
        assert len(notes) == 1, (row, notes)
        assert "Zwischenüberschrift" in notes[0].message
        assert all(str(r) in notes[0].message for r in filled), notes[0].message


def test_a_row_with_its_own_value_keeps_it_with_a_warning(db):
    result, stored = committed(db, "abschnittszeilen")
    expect = spec("abschnittszeilen")["expect"]
    for row, letter in expect["conflicts"]:
        found = at(result, row, letter)
        assert [i.severity for i in found] == ["warning"] and "Zwischenüberschrift" in found[0].message
    for title, values in expect["stored"].items():
        assert {k: stored[title][k] for k in values} == values, title
    assert not set(expect["not_projects"]) & set(stored)
    assert "Summenzeile" in at(result, expect["totals_row"])[0].message


def test_what_is_a_heading(taxonomy):
    from dashboard.ingest.sections import heading_of

    assert heading_of("Lausitzer Revier", taxonomy) == ("reviere", {"revier_code": "LR"})
    assert heading_of("Leipzig, Landkreis", taxonomy)[1] == {"district_code": "14729",
                                                            "revier_code": "MR"}
    assert heading_of("Brandenburg", taxonomy) == ("bundeslaender", {"revier_code": "LR"})
    assert heading_of("Sachsen", taxonomy) == ("bundeslaender", {})
    assert heading_of("Fachnetzwerk Mobilität und IT", taxonomy) == ("networks",
                                                                    {"revier_code": "LR"})
    assert heading_of("IT", taxonomy) == ("networks", {"revier_code": "MR",
                                                       "focus_area_code": "F2"})
    for text in ("Wärmenetz Hoyerswerda", "2", "Energiewende"):
        assert heading_of(text, taxonomy) is None
