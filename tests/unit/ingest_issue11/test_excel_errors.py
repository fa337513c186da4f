"""Excel error cells (#DIV/0!, #REF!, #N/A) are not empty cells: the spreadsheet reader returns
them as "" (python-calamine issue 105), so an upload with a broken formula lost the cell without
a word. Each is now named with row and column, and the stored data stays as it was."""

from __future__ import annotations

import io

import openpyxl
import pytest

from dashboard.domain.filters import Filters
from dashboard.export.projects_xlsx import export_projects
from dashboard.ingest.service import plan_import, run_import
from dashboard.store.gateway import Database


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as opened:
        yield opened


def _with_errors(db) -> tuple[bytes, dict[str, tuple[int, str]]]:
    book = openpyxl.load_workbook(io.BytesIO(export_projects(db, Filters(reviere=("LR",)))))
    sheet = book["Projekte"]
    header = [c.value for c in sheet[1]]
    planted = {"Beantragte Förderung (€)": (3, "#DIV/0!"), "Bemerkungen": (5, "#REF!"),
               "Projekttitel": (7, "#N/A")}
    for column, (row, code) in planted.items():
        cell = sheet.cell(row=row, column=header.index(column) + 1)
        cell.value = code  # openpyxl stores the Excel error codes as error cells (t="e")
        assert cell.data_type == "e"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), planted


def test_every_error_cell_is_named_with_row_and_column(db):
    data, planted = _with_errors(db)
    _, plan = plan_import(db, data, "fehler.xlsx", user="anna@example.org")
    named = {(i.row, i.column): i.message for i in plan.issues if "Excel-Fehler" in i.message}
    assert set(named) == {(row, column) for column, (row, _) in planted.items()}, named
    for column, (row, code) in planted.items():
        assert code in named[(row, column)]


def test_an_upload_with_error_cells_changes_nothing_unless_partial(db):
    data, _ = _with_errors(db)
    before = db.query("SELECT * FROM project ORDER BY project_id").df
    result = run_import(db, data, "fehler.xlsx", user="anna@example.org")
    assert not result.committed
    after = db.query("SELECT * FROM project ORDER BY project_id").df
    assert after.equals(before)
