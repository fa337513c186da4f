"""Import plan (issue 13, item 4): a new row that looks like a stored project under another
key gets a warning naming the row, the title column and the stored project; a row unlike any
stored project gets none; planning writes nothing (not even the pairs)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from dashboard.domain.filters import Filters
from dashboard.export.projects_xlsx import export_projects
from dashboard.ingest.service import plan_import
from dashboard.store.gateway import Database


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as opened:
        yield opened


def _list_with(db, copy_of: str) -> bytes:
    """The Fachnetzwerk's own export with two rows added: a stored project under a new key
    (title re-worded a little) and an unrelated project."""
    book = openpyxl.load_workbook(io.BytesIO(export_projects(db, Filters(reviere=("MR",)))))
    sheet = book["Projekte"]
    header = [c.value for c in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    original = next(r for r in rows if r[0] == copy_of)
    copy = list(original)
    copy[0] = "MR-EN-990001"
    copy[header.index("Projekttitel")] = f"{original[1]} (zweiter Antrag)"
    other = list(original)
    other[0] = "MR-EN-990002"
    other[header.index("Projekttitel")] = "Kletterwand im Jugendhaus Zwenkau"
    other[header.index("Kurzbeschreibung")] = "Sport für Jugendliche am Wochenende."
    other[header.index("Projektträger")] = "Alpenverein Sektion Zwenkau e. V."
    sheet.append(copy)
    sheet.append(other)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_new_row_like_a_stored_project_is_warned_with_row_column_and_key(db):
    stored = db.query("SELECT project_id FROM project WHERE project_id LIKE 'MR-EN-%' "
                      "ORDER BY project_id LIMIT 1").first()["project_id"]
    data = _list_with(db, stored)
    pairs_before = db.scalar("SELECT count(*) FROM match_pair")
    version = db.data_version
    _, plan = plan_import(db, data, "netzwerk.xlsx", user="anna@example.org")
    similar = [w for w in plan.warnings if "ähnelt" in w.message]
    last = max(plan.new["row"])
    assert {w.row for w in similar} == {last - 1}, [w.message for w in similar]
    warning = similar[0]
    assert stored in warning.message and warning.column == "Projekttitel"
    assert warning.column_letter == "B" and "(zweiter Antrag)" in warning.value
    assert f"projekte?projekt={stored}" in warning.suggestion
    assert "%" in warning.message
    # planning wrote nothing
    assert db.data_version == version
    assert db.scalar("SELECT count(*) FROM match_pair") == pairs_before


def test_large_lists_say_the_similarity_check_was_skipped(db, monkeypatch):
    from dashboard.ingest import plan as plan_module

    monkeypatch.setattr(plan_module, "SIMILAR_LIMIT", 1)
    stored = db.query("SELECT project_id FROM project WHERE project_id LIKE 'MR-EN-%' "
                      "LIMIT 1").first()["project_id"]
    _, plan = plan_import(db, _list_with(db, stored), "netzwerk.xlsx", user="anna@example.org")
    assert not [w for w in plan.warnings if "ähnelt" in w.message]
    assert [w for w in plan.warnings if "nicht auf ähnliche" in w.message]
