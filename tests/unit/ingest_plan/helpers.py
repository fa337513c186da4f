"""Building parsed tables and real xlsx files for the import tests, and dumping the database."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.locate import SourceColumn
from dashboard.ingest.parse import Parsed as ParsedTable
from dashboard.ingest.parse import ParsedRow
from dashboard.store.gateway import Database

HISTORY_TABLES = ("project", "stage_event", "import_batch", "project_version", "batch_project",
                  "stage_event_retracted")


def good_record(**changes: Any) -> dict[str, Any]:
    """A valid new project (Lausitz, Energie, Antrag) with its milestone dates."""
    record = {
        "project_id": "T-0001", "title": "Wärmespeicher Weißwasser", "sponsor": "Stadtwerke Weißwasser",
        "sponsor_type": "UNTERNEHMEN", "revier_code": "LR", "district_code": "14626",
        "municipality": "Weißwasser", "mission_code": "M01", "further_missions": ["M02"],
        "focus_area_code": "F4", "theme_fk": 1, "theme_kj": 0, "theme_gs": 2, "theme_dw": 0,
        "stage_code": "ANTRAG", "status": "aktiv", "programme_code": "RL_INVKG",
        "total_cost_eur": 1_000_000.0, "requested_eur": 800_000.0, "granted_eur": None,
        "amounts_flagged": False, "planned_jobs": 4, "start_date": date(2025, 6, 1),
        "end_date": date(2027, 5, 31), "date_IDEE": date(2024, 1, 10), "date_FN": date(2024, 2, 20),
        "date_FG_RE": date(2024, 3, 5), "date_FG_FOE": date(2024, 3, 20),
        "date_EMPF": date(2024, 4, 2), "date_ANTRAG": date(2024, 6, 1),
    }
    record.update(changes)
    return record


def make_table(records: list[dict[str, Any]], fields: list[str] | None = None,
               file_name: str = "liste.xlsx", sheet: str = "Projekte") -> ParsedTable:
    """A ParsedTable as the reader would return it: header in row 1, data from row 2."""
    fields = fields or list(dict.fromkeys(f for r in records for f in r))
    columns = [SourceColumn(get_column_letter(k + 1), BY_NAME[f].header, f)
               for k, f in enumerate(fields)]
    cells = {c.field: (c.letter, c.header) for c in columns}
    rows = [ParsedRow(row=i + 2, values={f: r[f] for f in fields if r.get(f) not in (None, "")},
                      raw={f: r[f] for f in fields if r.get(f) is not None}, cells=dict(cells))
            for i, r in enumerate(records)]
    return ParsedTable(file_name, sheet, 1, columns, rows, [], [sheet])


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return value


def xlsx_bytes(records: list[dict[str, Any]], fields: list[str] | None = None,
               sheet: str = "Projekte") -> bytes:
    """A real workbook with German headers (codes as cell text, dates as date cells)."""
    fields = fields or list(dict.fromkeys(f for r in records for f in r))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([BY_NAME[f].header for f in fields])
    for r in records:
        ws.append([_cell(r.get(f)) for f in fields])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def dump(db: Database, tables: tuple[str, ...] = HISTORY_TABLES) -> dict[str, list]:
    """Every row of the given tables, in a fixed order (for before/after equality)."""
    out = {}
    for table in tables:
        frame = db.query(f"SELECT * FROM {table} ORDER BY ALL").df
        out[table] = [tuple(map(repr, row)) for row in frame.itertuples(index=False)]
    return out
