"""Indicators, targets and observations as plain rules (no I/O): which target version is in
force, how observations add up (a cumulative series is never summed over periods), progress
towards a target and its status in words."""

from __future__ import annotations

from datetime import date
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["output", "result", "financial"]
Direction = Literal["increase", "decrease"]
Framework = Literal["InvKG", "STARK", "JTF", "eigen"]
Scope = Literal["gesamt", "project", "mission", "focus_area", "revier", "land", "programme",
                "invkg_area"]
Stage = Literal["planned", "decided", "implemented"]
STAGES: tuple[Stage, ...] = ("planned", "decided", "implemented")
# the stage that counts as "Ist" for progress, per derived indicator (default: implemented)
ACTUAL_STAGE: dict[str, Stage] = {"JOBS": "implemented", "APPR": "implemented",
                                  "GRANT": "decided", "PROJ": "decided"}
ON_TRACK_MARGIN = 0.10  # "im Plan": at most 10 percentage points below the time share


class Target(BaseModel):
    """One version of a target; a change is a new version (valid_from), never an update."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    indicator_code: str = Field(min_length=1)
    scope: Scope
    scope_code: str | None = None
    period_start: int = Field(ge=2000, le=2100)
    period_end: int = Field(ge=2000, le=2100)
    baseline: float
    target_value: float
    valid_from: date
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Target:
        if self.period_end < self.period_start:
            raise ValueError("Das Ende des Zeitraums liegt vor seinem Beginn.")
        if (self.scope == "gesamt") != (self.scope_code is None):
            raise ValueError("Ein Bereich außer „gesamt“ braucht einen Code, „gesamt“ keinen.")
        return self


class Observation(BaseModel):
    """A value of one stage at an as-of date for a scope, entered by hand."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    indicator_code: str = Field(min_length=1)
    scope: Scope
    scope_code: str | None = None
    stage: Stage
    value: float
    as_of: date


def in_force(targets: pd.DataFrame, on: date) -> pd.DataFrame:
    """Per (indicator, scope, scope_code) the version valid on `on`: the latest valid_from up
    to that day, then the latest recorded. Versions valid only later are not in force."""
    if targets.empty:
        return targets.assign(in_force=pd.Series(dtype=bool))
    valid = pd.to_datetime(targets["valid_from"]).dt.date <= on
    ranked = targets[valid].sort_values(["valid_from", "recorded_at", "target_id"])
    keys = ["indicator_code", "scope", "scope_code"]
    current = ranked.groupby(keys, dropna=False, sort=False).tail(1)["target_id"]
    return targets.assign(in_force=targets["target_id"].isin(set(current)))


def combine(values: pd.DataFrame, *, cumulative: bool, summable: bool, until: date | None = None
            ) -> float:
    """The value of several observations (columns unit, as_of, value) of one stage: for a
    cumulative indicator the latest value of each unit (never a sum over periods), for another
    the sum of all; then the units added up (only when summable, else NaN for several units)."""
    if until is not None:
        values = values[pd.to_datetime(values["as_of"]).dt.date <= until]
    if values.empty:
        return float("nan")
    if cumulative:
        values = values.sort_values("as_of").groupby("unit", sort=False).tail(1)
    per_unit = values.groupby("unit", sort=False)["value"].sum()
    if len(per_unit) > 1 and not summable:
        return float("nan")
    return float(per_unit.sum())


def progress(actual: float, baseline: float, target: float) -> float:
    """(actual - baseline) / (target - baseline); NaN without an actual or without a scale."""
    if pd.isna(actual) or target == baseline:
        return float("nan")
    return (actual - baseline) / (target - baseline)


def time_share(period_start: int, period_end: int, today: date) -> float:
    """How much of the target period has passed on `today` (0 before it, 1 after it)."""
    start, end = date(period_start, 1, 1), date(period_end, 12, 31)
    return min(1.0, max(0.0, (today - start).days / max((end - start).days, 1)))


def status(actual: float, baseline: float, target: float, expected: float) -> str:
    """reached / on_track / behind / far_behind / no_actual / no_scale (text keys
    wirkung.status.*)."""
    if pd.isna(actual):
        return "no_actual"
    if target == baseline:
        return "no_scale"
    p = progress(actual, baseline, target)
    if p >= 1:
        return "reached"
    if p >= expected - ON_TRACK_MARGIN:
        return "on_track"
    return "behind" if p >= expected / 2 else "far_behind"
