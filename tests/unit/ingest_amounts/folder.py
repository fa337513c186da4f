"""The hand-written cases of tests/data/import_amounts/cases.json as real workbooks (openpyxl),
imported into a real DuckDB file."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

FOLDER = Path(__file__).parents[2] / "data" / "import_amounts"
CASES = {c["name"]: c for c in json.loads((FOLDER / "cases.json").read_text("utf-8"))["cases"]}


def cell(value: Any) -> Any:
    """JSON -> what the test writes into the cell: text, number, date or nothing."""
    if isinstance(value, dict):
        return date.fromisoformat(value["date"])
    return value


def workbook(case: dict[str, Any]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append(case["headers"])
    for row in case["rows"]:
        ws.append([cell(v) for v in row])
        for c in ws[ws.max_row]:
            if isinstance(c.value, str):
                c.data_type = "s"  # typed text stays text (openpyxl would read '=' as formula)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def expected(value: Any) -> Any:
    """A stored value as the JSON states it (dates as ISO text)."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return date.fromisoformat(value)
    return value
