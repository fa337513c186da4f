"""Issue 19, point 1: the plausibility bounds of data/reference/plausibility.csv, tested at and
beyond every edge (hypothesis picks the bound, the distance and the side). The expectations
come from the bounds themselves, so a changed CSV is tested as it stands."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dashboard.config import reference_dir
from dashboard.domain.taxonomy import DATE_BOUND_FIELDS, read_reference_dir
from dashboard.ingest.check import check
from dashboard.ingest.plausible import limit_day
from dashboard.ingest.service import read_project_list

TAXONOMY = read_reference_dir(reference_dir())
BOUNDS = TAXONOMY.plausibility
HEADERS = {"total_cost_eur": "Gesamtkosten (€)", "requested_eur": "Beantragte Förderung (€)",
           "granted_eur": "Bewilligte Förderung (€)", "planned_jobs": "Geplante Arbeitsplätze",
           "actual_jobs": "Arbeitsplätze umgesetzt",
           "planned_apprenticeships": "Geplante Ausbildungsplätze",
           "actual_apprenticeships": "Ausbildungsplätze umgesetzt", "start_date": "Projektbeginn",
           "end_date": "Projektende", "as_of": "Stand", "stage_dates": "Datum Fachnetzwerk"}


def test_every_field_of_a_bound_has_a_column_here():
    assert {b.field for b in BOUNDS} <= set(HEADERS)
    assert {b.bound for b in BOUNDS} >= {"warn_above", "refuse_above", "warn_below"}


def _edge(bound):
    return limit_day(bound) if bound.field in DATE_BOUND_FIELDS else bound.threshold


def _value(bound, steps: int, size: int):
    """The bound's edge moved by `steps` steps of a cent, one (job) or one day, times `size`."""
    if bound.field in DATE_BOUND_FIELDS:  # (a day, or 250 days; not a million)
        return _edge(bound) + timedelta(days=steps * min(size, 250))
    if bound.field.endswith("_eur"):
        return round(bound.threshold + steps * size * 0.01, 2)
    return int(bound.threshold) + steps * size


def _beyond(b, value) -> bool:
    return value > _edge(b) if b.bound.endswith("above") else value < _edge(b)


def _list(field: str, value) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append(["Projekttitel", "Revier", "Schwerpunkt", HEADERS[field]])
    ws.append(["Grenzfall", "LR", "F4", value])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@settings(max_examples=120, deadline=None)
@given(bound=st.sampled_from(BOUNDS), steps=st.integers(-3, 3),
       size=st.sampled_from([1, 1, 250, 10**6]))
def test_at_and_beyond_every_edge(bound, steps, size):
    value = _value(bound, steps, size)
    if not isinstance(value, date) and value < 0:
        return  # a negative amount or count is another error
    if isinstance(value, date) and not 1990 <= value.year <= 2100:
        return  # outside the reader's fixed frame: another error
    table = read_project_list(_list(bound.field, value), "grenze.xlsx", TAXONOMY)
    found = [i for i in check(table, TAXONOMY).issues if i.row == 2 and i.column_letter == "D"]
    of_field = [b for b in BOUNDS if b.field == bound.field]
    refused = [b for b in of_field if b.bound.startswith("refuse") and _beyond(b, value)]
    warned = [b for b in of_field if b.bound.startswith("warn") and _beyond(b, value)]
    if refused:
        assert [i.severity for i in found] == ["error"], (bound, value, found)
        assert refused[0].reason in found[0].message and not found[0].confirm
    elif warned:
        assert [(i.severity, i.confirm) for i in found] == [("warning", True)], (bound, value, found)
        assert warned[0].reason in found[0].message
    else:
        assert found == [], (bound, value, found)
    if steps == 0:  # at the edge itself: never beyond this bound
        assert not _beyond(bound, value)


@pytest.mark.parametrize("bound", BOUNDS, ids=lambda b: f"{b.field}-{b.bound}")
def test_each_bound_one_step_beyond_is_named(bound):
    """The deterministic twin of the property: every bound, one step outside."""
    value = _value(bound, 1 if bound.bound.endswith("above") else -1, 1)
    table = read_project_list(_list(bound.field, value), "grenze.xlsx", TAXONOMY)
    found = [i for i in check(table, TAXONOMY).issues if i.row == 2 and i.column_letter == "D"]
    assert len(found) == 1 and bound.reason in found[0].message, (bound, value, found)
    assert found[0].severity == ("error" if bound.bound.startswith("refuse") else "warning")
