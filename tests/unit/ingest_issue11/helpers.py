"""Small real workbooks for the issue-11 regressions (openpyxl), and the stage invariants."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook

from dashboard.analytics.stats import stats
from dashboard.store.gateway import Database


def book(sheets: list[tuple[str, list[list[Any]]]], merges: dict[str, list[str]] | None = None) -> bytes:
    """A workbook with the given sheets (rows as lists) and merged ranges per sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def stage_history_holds(db: Database) -> None:
    """Every project's current stage is the stage of its latest event; stats agree with
    themselves: sum(by_stage) == funnel[first stage] == projects, and every project counted
    under a stage has reached it."""
    broken = db.query(
        "SELECT p.project_id, p.stage_code, e.stage_code AS last FROM project p LEFT JOIN ("
        "  SELECT project_id, stage_code, row_number() OVER (PARTITION BY project_id "
        "  ORDER BY entered_on DESC, event_id DESC) AS k FROM stage_event) e "
        "ON e.project_id = p.project_id AND e.k = 1 "
        "WHERE e.stage_code IS NULL OR e.stage_code <> p.stage_code").df
    assert broken.empty, broken.head(10).to_dict("records")
    figures = stats(db)
    first = db.scalar("SELECT code FROM ref_stage ORDER BY sort LIMIT 1")
    assert sum(figures["by_stage"].values()) == figures["funnel"][first] == figures["projects"]
    for code, n in figures["by_stage"].items():
        assert figures["funnel"][code] >= n, (code, figures)
