"""How long projects stay in each review stage, who is stuck, and pipeline activity per quarter.

Durations are whole days. A *completed stay* runs from the day a project entered a stage to
the day of its next stage event (next stage or exit); a *current stay* runs from entering the
stage it is still in (active projects only) until `today`. Both are reported separately per
stage, so open cases neither shorten nor hide the typical duration.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.pipeline import stay_cube
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

DEFAULT_STALLED_DAYS = 90
ALL_ROWS = 2**62  # LIMIT for "no limit"
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)


def _quantiles(days: np.ndarray, counts: np.ndarray) -> list[float]:
    """quantile_cont (linear interpolation) of the multiset `days` x `counts` (days sorted)."""
    n = int(counts.sum())
    cum = np.cumsum(counts)

    def nth(k: int) -> float:  # k-th smallest value, 0-based
        return float(days[np.searchsorted(cum, k, side="right")])

    out = []
    for q in QUANTILES:
        h = (n - 1) * q
        lo, hi = int(np.floor(h)), int(np.ceil(h))
        low = nth(lo)
        out.append(low if lo == hi else low + (nth(hi) - low) * (h - lo))
    return out


def stage_durations(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """Per stage (all but the final one): completed stays (count, p10/p25/median/p75/p90 days)
    and current stays (count, median, p90 days as of `today`)."""
    stays = stay_cube(db, filters, today)["stay"].sort_values(["stage_code", "completed", "days"])
    stats: dict[tuple[str, bool], tuple[int, list[float]]] = {}
    for (stage, completed), part in stays.groupby(["stage_code", "completed"], sort=False):
        counts = part["stays"].to_numpy()
        stats[(stage, bool(completed))] = (int(counts.sum()),
                                           _quantiles(part["days"].to_numpy(), counts))
    stages = db.query("pipeline_stages").df
    df = stages[stages["sort"] < stages["sort"].max()].reset_index(drop=True)
    none = (0, [np.nan] * len(QUANTILES))
    done = [stats.get((c, True), none) for c in df["stage_code"]]
    cur = [stats.get((c, False), none) for c in df["stage_code"]]
    df["n_completed"] = pd.Series([n for n, _ in done], dtype="int64")
    for i, col in enumerate(("p10", "p25", "median", "p75", "p90")):
        df[col] = pd.Series([q[i] for _, q in done], dtype="float64")
    df["n_current"] = pd.Series([n for n, _ in cur], dtype="int64")
    df["current_median"] = pd.Series([q[2] for _, q in cur], dtype="float64")
    df["current_p90"] = pd.Series([q[4] for _, q in cur], dtype="float64")
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
    q = stay_cube(db, filters, today)["quarter"]
    # stage moves: entries that are not a project's first event (its first event is an entry)
    df = pd.DataFrame({"quarter": q["quarter"], "new_projects": q["new_projects"],
                       "stage_moves": q["entries"] - q["new_projects"], "exits": q["exits"]})
    if df.empty:
        return df.assign(label=pd.Series(dtype="object"))
    df["quarter"] = pd.to_datetime(df["quarter"])
    # up to today's quarter: quarters without any event (old data, a new quarter's first
    # days) are shown as 0, not left out
    current = pd.Timestamp(today).to_period("Q").start_time
    full = pd.date_range(df["quarter"].min(), max(df["quarter"].max(), current), freq="QS")
    df = df.set_index("quarter").reindex(full, fill_value=0).rename_axis("quarter").reset_index()
    for col in ("new_projects", "stage_moves", "exits"):
        df[col] = df[col].astype("int64")
    df["label"] = [f"Q{q.quarter}/{q.year}" for q in df["quarter"]]
    return df
