"""The column-wise pre-check that spares pydantic most rows must never vouch for a row that
Project rejects (else an error would be lost), and must vouch for ordinary rows (else no gain)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from dashboard.domain.project import PROJECT_COLUMNS, Project
from dashboard.ingest.check import suspect as _suspect

GOOD = {
    "project_id": "P-1", "title": "Wärmenetz", "description": None, "sponsor": "Stadtwerke",
    "sponsor_type": None, "revier_code": "LR", "district_code": "14626", "municipality": None,
    "mission_code": "M01", "further_missions": ["M02"], "focus_area_code": "F4", "theme_fk": 1,
    "theme_kj": 0, "theme_gs": 2, "theme_dw": 0, "stage_code": "ANTRAG", "status": "aktiv",
    "programme_code": None, "total_cost_eur": 1000.0, "requested_eur": 800.0, "granted_eur": None,
    "amounts_flagged": False, "planned_jobs": 3, "start_date": date(2025, 1, 1),
    "end_date": date(2026, 1, 1), "planned_apprenticeships": 1, "actual_jobs": None,
    "actual_apprenticeships": 0, "invkg_area": "FB8", "contact": None, "remarks": None, "as_of": None, "source": "import",
}
BAD = [
    ("project_id", ""), ("project_id", "x" * 65), ("project_id", None), ("title", "x" * 501),
    ("title", 5), ("revier_code", None), ("sponsor", 3.5), ("further_missions", [1]),
    ("further_missions", None), ("theme_fk", 3), ("theme_kj", -1), ("theme_gs", "2x"),
    ("status", "laufend"), ("total_cost_eur", -0.01), ("requested_eur", "viel"),
    ("granted_eur", float("nan")), ("amounts_flagged", "vielleicht"), ("planned_jobs", -1),
    ("planned_jobs", 1.5), ("start_date", "morgen"), ("end_date", date(2024, 1, 1)),
    ("further_missions", ["M01"]), ("actual_jobs", -2), ("planned_apprenticeships", 0.5),
    ("invkg_area", 8), ("as_of", datetime(2025, 1, 1, 12, 30)), ("source", None),
]


def columns(records: list[dict]) -> dict[str, list]:
    return {f: [r[f] for r in records] for f in PROJECT_COLUMNS}


def test_good_rows_skip_pydantic():
    Project(**GOOD)
    assert not _suspect(columns([GOOD] * 50)).any()


@pytest.mark.parametrize(("field", "value"), BAD)
def test_every_rejected_value_goes_to_pydantic(field, value):
    bad = {**GOOD, field: value}
    if field == "further_missions" and value == ["M01"]:
        bad["mission_code"] = "M01"
    with pytest.raises(ValidationError):
        Project(**bad)
    assert _suspect(columns([GOOD, bad, GOOD])).tolist() == [False, True, False]
