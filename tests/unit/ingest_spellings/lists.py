"""The hand-written lists of tests/data/import_lists/ (a readable JSON description each, in the
shape of the conservation check's specs) as real xlsx files, imported into a fresh database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dashboard.ingest.service import ImportResult, run_import
from dashboard.store.gateway import Database
from tests.unit.ingest_issue11.conservation import workbook

FOLDER = Path(__file__).parents[2] / "data" / "import_lists"


def spec(name: str) -> dict[str, Any]:
    """The description of one list (tests/data/import_lists/<name>.json)."""
    return json.loads((FOLDER / f"{name}.json").read_text("utf-8"))


def xlsx(name: str) -> bytes:
    """The list written by openpyxl: formulas are saved without a value, as such tools do."""
    return workbook(spec(name))[0]


def dry_run(db: Database, name: str) -> ImportResult:
    return run_import(db, xlsx(name), f"{name}.xlsx", user="t", dry_run=True)


def committed(db: Database, name: str) -> tuple[ImportResult, dict[str, dict[str, Any]]]:
    """Import with allow_partial; the stored projects by title."""
    result = run_import(db, xlsx(name), f"{name}.xlsx", user="t", allow_partial=True)
    rows = db.query("SELECT * FROM project").rows
    return result, {r["title"]: r for r in rows}


def at(result: ImportResult, row: int | None, letter: str | None = None) -> list:
    """The plan's issues of one row (and column)."""
    return [i for i in result.plan.issues
            if i.row == row and (letter is None or i.column_letter == letter)]
