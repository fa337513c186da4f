"""Current projects as an .xlsx in exactly the template layout (names, not codes; milestone
dates from the stage history), so that re-importing the file unchanged changes nothing."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd

from dashboard.domain.taxonomy import Taxonomy
from dashboard.export.tables import write_safe
from dashboard.export.template import YES_NO, new_workbook
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.values import STATUS_NAMES


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


def projects_xlsx(frame: pd.DataFrame, events: pd.DataFrame, taxonomy: Taxonomy) -> bytes:
    """One row per project of `frame` (project table columns), milestone dates from `events`
    (project_id, stage_code, entered_on, outcome)."""
    wb, ws = new_workbook(taxonomy)
    names = _names(taxonomy)
    markers = {m.value: m.name for m in taxonomy.theme_markers}
    milestones = milestone_dates(events)
    present = list(enumerate(ALL_FIELDS, start=1))
    for r, record in enumerate(frame.to_dict("records"), start=2):
        dates = milestones.get(str(record.get("project_id")), {})
        for col, f in present:
            raw = dates.get(f.name) if f.name.startswith("date_") or f.name == "exit_date" else record.get(f.name)
            cell = ws.cell(row=r, column=col)
            write_safe(cell, _cell_value(f, raw, names, markers))
            if f.kind == "amount":
                cell.number_format = "#,##0.00 €"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
