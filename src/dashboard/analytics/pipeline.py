"""Review-pipeline figures: current stage counts and the funnel of stages reached."""

from __future__ import annotations

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database


def stage_counts(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects per current stage (all stages, pipeline order)."""
    return query_filtered(db, "stage_current", filters).df


def stage_funnel(db: Database, filters: Filters) -> pd.DataFrame:
    """Per stage: projects that ever reached it, exits there by reason, conversion from the
    previous stage (share, NaN for the first stage or when the previous stage is empty)."""
    df = query_filtered(db, "stage_funnel", filters).df
    previous = df["reached"].shift(1)
    df["conversion"] = (df["reached"] / previous.where(previous > 0)).astype("float64")
    df["exits"] = df[["zurueckgestellt", "abgelehnt", "zurueckgezogen"]].sum(axis=1)
    return df


GROUP_DIMENSIONS = ("revier", "focus_area")


def stage_funnel_by(db: Database, filters: Filters, dimension: str) -> pd.DataFrame:
    """The funnel per Revier or per focus area (one query): reached and exits by reason per
    (group, stage), conversion from the previous stage within the group. Groups without any
    project in the selection are left out."""
    if dimension not in GROUP_DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    df = query_filtered(db, "pipeline_funnel_by", filters, [dimension] * 3).df
    previous = df.groupby("group_code", sort=False)["reached"].shift(1)
    df["conversion"] = (df["reached"] / previous.where(previous > 0)).astype("float64")
    df["exits"] = df[["zurueckgestellt", "abgelehnt", "zurueckgezogen"]].sum(axis=1)
    total = df.groupby("group_code", sort=False)["reached"].transform("max")
    return df[total > 0].reset_index(drop=True)
