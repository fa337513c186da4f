"""Plausibility bounds of a project list (a helper of step 4, ingest.check): the reference
table ref_plausibility (data/reference/plausibility.csv, edited on the Administration page)
says per field where a value stops being plausible. Beyond a refusal bound the cell is an
error; beyond a warning bound it is a warning that must be confirmed before the commit
(Issue.confirm, ImportPlan.to_confirm). Only the columns the file has are checked: stored
values of columns it lacks were checked when they came in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd

from dashboard.domain.taxonomy import DATE_BOUND_FIELDS, PlausibilityBound
from dashboard.ingest.fields import BY_NAME, MILESTONE_FIELDS
from dashboard.ingest.messages import Issue, fmt_date, fmt_eur, fmt_int, say
from dashboard.ingest.parse import Parsed
from dashboard.ingest.rules import Problems, days

_EPOCH = date(1970, 1, 1).toordinal()
# refusals first: a cell beyond its refusal bound is not warned about as well
_ORDER = {"refuse_above": 0, "refuse_below": 1, "warn_above": 2, "warn_below": 3}


def columns_of(bound_field: str, present: set[str]) -> list[str]:
    """The list's fields a bound applies to ('stage_dates': every stage date column)."""
    if bound_field == "stage_dates":
        return [f.name for f in MILESTONE_FIELDS if f.name in present]
    return [bound_field] if bound_field in present else []


def limit_day(bound: PlausibilityBound) -> date:
    """A year bound as a day: above 2045 is after 31.12.2045, below 2014 before 01.01.2014."""
    year = int(bound.threshold)
    return date(year, 12, 31) if bound.bound.endswith("above") else date(year, 1, 1)


def check_bounds(problems: Problems, cols: dict[str, list], present: set[str],
                 bounds: tuple[PlausibilityBound, ...]) -> None:
    """Name every cell beyond a bound: an error beyond a refusal bound, a warning to confirm
    beyond a warning bound (on rows that are imported at all)."""
    flagged: set[tuple[int, str]] = set()
    for bound in sorted(bounds, key=lambda b: _ORDER[b.bound]):
        for name in columns_of(bound.field, present):
            for i in _beyond(bound, cols[name]):
                if (i, name) in flagged:
                    continue
                flagged.add((i, name))
                _name(problems, bound, name, i, cols[name][i])


def _beyond(bound: PlausibilityBound, values: list) -> np.ndarray:
    if bound.field in DATE_BOUND_FIELDS:
        numbers, limit = days(values), float(limit_day(bound).toordinal() - _EPOCH)
    else:
        numbers = np.array([np.nan if v is None else v for v in values], dtype=float)
        limit = bound.threshold
    with np.errstate(invalid="ignore"):
        beyond = numbers > limit if bound.bound.endswith("above") else numbers < limit
    return np.flatnonzero(beyond)


def _name(problems: Problems, bound: PlausibilityBound, name: str, i: int, value) -> None:
    kind = BY_NAME[name].kind
    refuse = bound.bound.startswith("refuse")
    if kind == "date":
        key, shown, limit = f"plausible.date_{bound.bound}", fmt_date(value), fmt_date(limit_day(bound))
    elif kind == "amount":
        key, shown, limit = f"plausible.{bound.bound}", fmt_eur(value, 2), fmt_eur(bound.threshold, 0)
    else:
        key, shown, limit = f"plausible.{bound.bound}", fmt_int(value), fmt_int(bound.threshold)
    message = say(key, value=shown, limit=limit, reason=bound.reason)
    if refuse:
        problems.add(i, name, message, suggestion=say("plausible.refuse_hint"))
    else:
        problems.add(i, name, message, suggestion=say("plausible.warn_hint"), severity="warning",
                     confirm=not problems.bad[i])


def settle_confirmations(issues: list[Issue], table: Parsed, existing: pd.DataFrame,
                         diffs: pd.DataFrame, events: pd.DataFrame) -> list[Issue]:
    """An unusual value needs a confirmation only where it would be written: in a new project,
    a changed field or a new stage event. The same value stored before (confirmed then, or
    older than the bounds) stays a warning, so a monthly re-upload is not asked again."""
    if not any(i.confirm for i in issues):
        return list(issues)
    field_of = {c.letter: c.field for c in table.columns}
    pid_of = dict(zip(existing["row"], existing["project_id"], strict=True))
    written = set(zip(diffs["project_id"], diffs["field"], strict=True))
    written |= {(p, f"date_{s}") for p, s in zip(events["project_id"], events["stage_code"],
                                                 strict=True)}
    written |= {(p, "exit_date") for p in events.loc[events["outcome"].notna(), "project_id"]}
    out = []
    for issue in issues:
        pid, name = pid_of.get(issue.row), field_of.get(issue.column_letter)
        if issue.confirm and pid is not None and (pid, name) not in written:
            issue = replace(issue, confirm=False)
        out.append(issue)
    return out
