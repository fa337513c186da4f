"""Issue 19, points 1, 2, 3 and 7 on hand-written lists (tests/data/import_amounts): every
expectation of cases.json - the cell named with its severity and words, rows without any
message, the values stored, the rows refused - and every non-empty cell stored or named."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl.utils import get_column_letter

from dashboard.ingest.service import run_import

from .folder import CASES, expected, workbook


def _import(db, name: str, **options):
    return run_import(db, workbook(CASES[name]), f"{name}.xlsx", user="t", **options)


@pytest.mark.parametrize("name", list(CASES))
def test_every_expected_message(fresh_db, name):
    case = CASES[name]
    plan = _import(fresh_db, name, dry_run=True).plan
    for want in case["expect"]:
        found = [i for i in plan.issues if i.row == want["row"] and i.column_letter == want["column"]
                 and i.severity == want["severity"]
                 and all(text in i.message for text in want["contains"])]
        assert found, (want, [(i.row, i.column_letter, i.message) for i in plan.issues])
        if "confirm" in want:
            assert found[0].confirm is want["confirm"]
        if "value" in want:
            assert found[0].value == want["value"]
    for row in case["quiet_rows"]:
        assert [i.message for i in plan.issues if i.row == row] == [], row


@pytest.mark.parametrize("name", list(CASES))
def test_stored_and_refused_as_expected(fresh_db, name):
    case = CASES[name]
    result = _import(fresh_db, name, allow_partial=True, plausible_confirmed=True)
    assert result.committed, result.message
    stored = {r["project_id"]: r for r in fresh_db.query("SELECT * FROM project").rows}
    assert sorted(result.plan.rejected["project_id"]) == sorted(case["rejected"])
    for pid, values in case["stored"].items():
        for field, value in values.items():
            got = stored[pid][field]
            got = None if not isinstance(got, list) and pd.isna(got) else got
            got = got.date() if hasattr(got, "date") else got
            got = float(got) if field.endswith("_eur") and got is not None else got
            assert got == expected(value), (pid, field, got)
    for pid in case["rejected"]:
        assert pid not in stored


@pytest.mark.parametrize("name", list(CASES))
def test_every_cell_is_stored_or_named(fresh_db, name):
    """The conservation property on this folder: a non-empty data cell is stored (its field
    holds a value), or named with its row and column, or - a mark for "no value" - named by a
    notice of its column that quotes it."""
    case = CASES[name]
    result = _import(fresh_db, name, allow_partial=True, plausible_confirmed=True)
    issues = result.plan.issues
    named = {(i.row, i.column_letter) for i in issues if i.row is not None}
    error_rows = {i.row for i in issues if i.severity == "error" and i.row is not None}
    marks = {(i.column_letter, i.value) for i in issues if i.row is None and i.value}
    fields = {c.letter: c.field for c in result.table.columns}
    stored = {r["project_id"]: r for r in fresh_db.query("SELECT * FROM project").rows}
    for k, row in enumerate(case["rows"]):
        excel_row = k + 2
        for c, value in enumerate(row, start=1):
            letter = get_column_letter(c)
            if value is None or excel_row in error_rows or (excel_row, letter) in named:
                continue
            if (letter, str(value).strip()) in marks:
                continue
            field = fields[letter]
            if field == "project_id":
                assert row[0] in stored, (excel_row, row[0])
                continue
            assert not pd.isna(stored[row[0]][field]), (name, excel_row, letter, value)
