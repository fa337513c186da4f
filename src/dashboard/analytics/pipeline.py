"""Review-pipeline figures: current stage counts and the funnel of stages reached."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.memo import PerDatabase
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

REASONS = ("zurueckgestellt", "abgelehnt", "zurueckgezogen")
COUNTS = ("reached", *REASONS)
GROUP_DIMENSIONS = ("revier", "focus_area")
_GROUP_COLUMN = {"revier": "revier_code", "focus_area": "focus_area_code"}
# The Pipeline page draws three funnels, the time in stage and the quarterly activity of one
# selection from one pass over its stays (pipeline_stay_cube): computed once per (database,
# data version, filters, today) and shared (a few entries per open database).
_CUBES = PerDatabase(kept=8)


def stage_counts(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects per current stage, active and exited together (all stages, pipeline order)."""
    return query_filtered(db, "stage_current", filters).df


def stage_positions(db: Database, filters: Filters) -> pd.DataFrame:
    """Per stage (pipeline order): active projects there now, and the projects that left the
    pipeline there by reason (see store/sql/stage_positions.sql for how it sums to the tiles)."""
    df = query_filtered(db, "stage_positions", filters).df
    for col in ("active", *REASONS):
        df[col] = df[col].astype("int64")
    df["exits"] = df[list(REASONS)].sum(axis=1)
    return df


def stay_cube(db: Database, filters: Filters, today: date) -> dict[str, pd.DataFrame]:
    """The stays of the selection in one pass: 'funnel' (revier_code, focus_area_code,
    stage_code, reached), 'quarter' (quarter, new_projects, entries, exits; up to `today`) and
    'stay' (stage_code, completed, days, stays). Read-only: shared between views."""
    def compute() -> dict[str, pd.DataFrame]:
        df = query_filtered(db, "pipeline_stay_cube", filters, [today] * 6).df
        parts = dict(tuple(df.groupby("part", sort=False)))
        empty = df.iloc[0:0]

        def part(name: str, count: str, cols: list[str]) -> pd.DataFrame:
            got = parts.get(name, empty)
            return got.loc[got[count] > 0, cols].reset_index(drop=True)

        return {
            "funnel": part("funnel", "reached",
                           ["revier_code", "focus_area_code", "stage_code", "reached"]),
            "quarter": part("quarter", "events", ["quarter", "new_projects", "entries", "exits"]
                            ).sort_values("quarter", kind="stable").reset_index(drop=True),
            "stay": part("stay", "stays", ["stage_code", "completed", "days", "stays"]),
        }
    return _CUBES.get(db, ("stays", filters.model_dump_json(), today), compute)


def funnel_cube(db: Database, filters: Filters, today: date | None = None) -> pd.DataFrame:
    """Per (revier_code, focus_area_code, stage_code): reached and exits by reason (read-only:
    shared between the funnels of one selection). `today` only picks the shared pass over the
    stays; the funnel itself does not depend on it."""
    def compute() -> pd.DataFrame:
        keys = ["revier_code", "focus_area_code", "stage_code"]
        reached = stay_cube(db, filters, today or clock.today())["funnel"]
        exits = query_filtered(db, "pipeline_exits", filters).df
        both = pd.concat([reached, exits], ignore_index=True)
        cube = both.groupby(keys, sort=False, dropna=False)[list(COUNTS)].sum(min_count=0)
        return cube.astype("int64").reset_index()
    return _CUBES.get(db, ("funnel", filters.model_dump_json()), compute)


def _with_rates(df: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    previous = (df.groupby(by, sort=False)["reached"] if by else df["reached"]).shift(1)
    df["conversion"] = (df["reached"] / previous.where(previous > 0)).astype("float64")
    df["exits"] = df[list(REASONS)].sum(axis=1)
    return df


def _summed(cube: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return cube.groupby(keys, sort=False, dropna=False)[list(COUNTS)].sum().reset_index()


def stage_funnel(db: Database, filters: Filters) -> pd.DataFrame:
    """Per stage: projects that ever reached it, exits there by reason, conversion from the
    previous stage (share, NaN for the first stage or when the previous stage is empty)."""
    stages = db.query("pipeline_stages").df
    sums = _summed(funnel_cube(db, filters), ["stage_code"])
    df = stages[["stage_code", "stage_name", "kind", "sort"]].merge(sums, on="stage_code", how="left")
    df[list(COUNTS)] = df[list(COUNTS)].fillna(0).astype("int64")
    return _with_rates(df)


def stage_funnel_by(db: Database, filters: Filters, dimension: str) -> pd.DataFrame:
    """The funnel per Revier or per focus area: reached and exits by reason per (group, stage),
    conversion from the previous stage within the group. Groups without any project in the
    selection are left out."""
    if dimension not in GROUP_DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    column = _GROUP_COLUMN[dimension]
    groups = db.query("pipeline_groups", [dimension, dimension]).df
    stages = db.query("pipeline_stages").df
    sums = _summed(funnel_cube(db, filters), [column, "stage_code"]).rename(
        columns={column: "group_code"})
    df = groups.merge(stages, how="cross").merge(sums, on=["group_code", "stage_code"], how="left")
    df[list(COUNTS)] = df[list(COUNTS)].fillna(0).astype("int64")
    df = _with_rates(df, "group_code")
    total = df.groupby("group_code", sort=False)["reached"].transform("max")
    return df[total > 0].reset_index(drop=True)
