"""Current projects as an .xlsx in exactly the template layout (names, not codes; milestone
dates from the stage history), so that re-importing the file unchanged changes nothing."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd
from openpyxl.cell import WriteOnlyCell

from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.export.tables import write_safe
from dashboard.export.template import YES_NO, streamed_workbook
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.service import export_chunks
from dashboard.ingest.values import STATUS_NAMES
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy


def _names(taxonomy: Taxonomy) -> dict[str, dict[str, str]]:
    """Reference table -> code -> the name written into the file."""
    return {
        "reviere": {r.code: r.name for r in taxonomy.reviere},
        "districts": {d.code: d.name for d in taxonomy.districts},
        "missions": {m.code: m.name for m in taxonomy.missions},
        "focus_areas": {f.code: f.name for f in taxonomy.focus_areas},
        "stages": {s.code: s.name for s in taxonomy.stages},
        "programmes": {p.code: p.name for p in taxonomy.programmes},
        "sponsor_types": {s.code: s.name for s in taxonomy.sponsor_types},
        "invkg_areas": {a.code: a.name for a in taxonomy.invkg_areas},
    }


def milestone_dates(events: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """project_id -> {date_<STAGE>: first entry into that stage, exit_date: the exit event's date}."""
    result: dict[str, dict[str, Any]] = {}
    if events is None or events.empty:
        return result
    for row in events.sort_values("entered_on").itertuples(index=False):
        dates = result.setdefault(str(row.project_id), {})
        entered = pd.Timestamp(row.entered_on).date()
        outcome = getattr(row, "outcome", None)
        if isinstance(outcome, str) and outcome:
            dates["exit_date"] = entered
        else:
            dates.setdefault(f"date_{row.stage_code}", entered)
    return result


def _cell_value(field, value: Any, names: dict[str, dict[str, str]], markers: dict[int, str]) -> Any:
    if field.kind == "ref_list":  # VARCHAR[] arrives as list or numpy array
        items = [] if value is None else [value] if isinstance(value, str) else list(value)
        return "; ".join(names[field.ref].get(str(v), str(v)) for v in items) or None
    if value is None or pd.isna(value):
        return None
    if field.kind == "ref":
        return names[field.ref].get(str(value), str(value))
    if field.kind == "marker":
        return markers.get(int(value), str(value))
    if field.kind == "status":
        return STATUS_NAMES.get(str(value), str(value))
    if field.kind == "bool":
        return YES_NO[0] if bool(value) else YES_NO[1]
    if field.kind == "date":
        return pd.Timestamp(value).date()
    if field.kind == "amount":
        return float(value)
    if field.kind == "integer":
        return int(value)
    return str(value)


AMOUNT_FORMAT = "#,##0.00 €"
CHUNK_ROWS = 5_000  # rows turned into Python values at a time (memory stays flat)
Chunks = Iterable[tuple[pd.DataFrame, pd.DataFrame]]


def projects_xlsx(frame: pd.DataFrame, events: pd.DataFrame, taxonomy: Taxonomy) -> bytes:
    """One row per project of `frame` (project table columns), milestone dates from `events`
    (project_id, stage_code, entered_on, outcome)."""
    return projects_xlsx_chunks([(frame, events)], taxonomy)


def projects_xlsx_chunks(chunks: Chunks, taxonomy: Taxonomy) -> bytes:
    """The export from (projects, their events) chunks, e.g. service.export_chunks. Written in
    openpyxl's write-only mode a chunk at a time: 200.000 projects took 4,1 GB as a full
    workbook of cell objects (issue 19)."""
    wb, ws = streamed_workbook(taxonomy)
    names = _names(taxonomy)
    markers = {m.value: m.name for m in taxonomy.theme_markers}
    # a cell object only where the value needs one (a number format, text that starts like a
    # formula); one reusable cell per column: append() writes a row before it returns
    cells = [WriteOnlyCell(ws) for _ in ALL_FIELDS]
    styled = [n for n, f in enumerate(ALL_FIELDS) if f.kind in ("amount", "date")]
    texts = [n for n, f in enumerate(ALL_FIELDS) if f.kind == "text"]
    for n in styled:
        cells[n].number_format = AMOUNT_FORMAT if ALL_FIELDS[n].kind == "amount" else "DD.MM.YYYY"
    for frame, events in chunks:
        milestones = milestone_dates(events)
        for start in range(0, len(frame), CHUNK_ROWS):
            part = frame.iloc[start:start + CHUNK_ROWS]
            ids = [str(i) for i in part["project_id"].tolist()]
            columns = [_column(f, [milestones.get(i, {}).get(f.name) for i in ids]
                               if f.name.startswith("date_") or f.name == "exit_date"
                               else part[f.name].tolist() if f.name in part else [None] * len(ids),
                               names, markers) for f in ALL_FIELDS]
            for row in map(list, zip(*columns, strict=True)):
                for n in styled:
                    if row[n] is not None:
                        cells[n].value = row[n]
                        row[n] = cells[n]
                for n in texts:
                    if row[n] is not None and row[n][:1] == "=":  # stays text, never a formula
                        write_safe(cells[n], row[n])
                        row[n] = cells[n]
                ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _column(f, values: list[Any], names: dict[str, dict[str, str]],
            markers: dict[int, str]) -> list[Any]:
    """One column of a chunk as cell values (None: empty), each distinct value converted once."""
    if f.kind == "ref_list":
        return [_cell_value(f, v, names, markers) for v in values]
    done: dict[Any, Any] = {}
    out = []
    for v in values:
        if v is None or v is pd.NA or v is pd.NaT or (v.__class__ is float and math.isnan(v)):
            out.append(None)
            continue
        if v not in done:
            done[v] = _cell_value(f, v, names, markers)
        out.append(done[v])
    return out


def export_projects(db: Database, filters: Filters, taxonomy: Taxonomy | None = None) -> bytes:
    """The current projects (respecting filters) as .xlsx in the template format."""
    return projects_xlsx_chunks(export_chunks(db, filters), taxonomy or read_taxonomy(db))
