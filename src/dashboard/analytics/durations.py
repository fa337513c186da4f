"""How long projects stay in each review stage, who is stuck, and pipeline activity per quarter.

Durations are whole days. A *completed stay* runs from the day a project entered a stage to
the day of its next stage event (next stage or exit); a *current stay* runs from entering the
stage it is still in (active projects only) until `today`. Both are reported separately per
stage, so open cases neither shorten nor hide the typical duration.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

DEFAULT_STALLED_DAYS = 90
ALL_ROWS = 2**62  # LIMIT for "no limit"


def stage_durations(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """Per stage (all but the final one): completed stays (count, p10/p25/median/p75/p90 days)
    and current stays (count, median, p90 days as of `today`)."""
    df = query_filtered(db, "pipeline_stage_durations", filters, [today] * 5).df
    for col in ("p10", "p25", "median", "p75", "p90", "current_median", "current_p90"):
        df[col] = df[col].astype("float64")
    return df


def current_stays(db: Database, filters: Filters, today: date, *, min_days: int = -1,
                  limit: int | None = None) -> pd.DataFrame:
    """Active projects in a review stage with the days since they entered it, longest first
    (only those with more than `min_days`; at most `limit` rows)."""
    return query_filtered(db, "pipeline_current_stays", filters,
                          [today, int(min_days), int(limit or ALL_ROWS)]).df


def stalled_projects(db: Database, filters: Filters, today: date,
                     threshold_days: int = DEFAULT_STALLED_DAYS) -> pd.DataFrame:
    """Projects stuck: status aktiv, in a review stage, there for more than `threshold_days`."""
    return current_stays(db, filters, today, min_days=threshold_days)


def longest_waiting(db: Database, filters: Filters, today: date, n: int = 5) -> pd.DataFrame:
    """The `n` active projects waiting longest in their current review stage."""
    return current_stays(db, filters, today, limit=n)


def quarterly_activity(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """Per calendar quarter up to `today` (gaps filled with 0): new projects, stage moves, exits."""
    df = query_filtered(db, "pipeline_quarterly", filters, [today]).df
    if df.empty:
        return df.assign(label=pd.Series(dtype="object"))
    df["quarter"] = pd.to_datetime(df["quarter"])
    full = pd.date_range(df["quarter"].min(), df["quarter"].max(), freq="QS")
    df = df.set_index("quarter").reindex(full, fill_value=0).rename_axis("quarter").reset_index()
    for col in ("new_projects", "stage_moves", "exits"):
        df[col] = df[col].astype("int64")
    df["label"] = [f"Q{q.quarter}/{q.year}" for q in df["quarter"]]
    return df
