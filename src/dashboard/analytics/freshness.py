"""How current the data of each Fachnetzwerk is: the latest "Stand" of its projects and its last
import; outdated when older than `stale_days(db)` (set on the Administration page, else
$DASHBOARD_STALE_DAYS)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import config
from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

STALE_KEY = "stale_days"


def stale_days(db: Database) -> int:
    """The threshold in days: the app setting (Administration page), else the configuration."""
    try:
        value = db.scalar("changes_setting_get", [STALE_KEY])
    except Exception:  # noqa: BLE001 - an old database opened read-only has no setting table
        value = None
    try:
        return int(value) if value else config.stale_after_days()
    except ValueError:
        return config.stale_after_days()


def network_freshness(db: Database, filters: Filters, today: date,
                      stale_after: int | None = None) -> pd.DataFrame:
    """Per Fachnetzwerk: projects, as_of (latest Stand), last_import, updated_on (as_of, else
    the import day), age_days and stale (older than `stale_after` days, or no data at all).
    With filters set, networks without projects in the selection are left out."""
    limit = stale_days(db) if stale_after is None else stale_after
    df = query_filtered(db, "freshness_networks", filters).df
    if not filters.is_empty():
        df = df[df["projects"] > 0].reset_index(drop=True)
    as_of = pd.to_datetime(df["as_of"])
    imported = pd.to_datetime(df["last_import"]).dt.normalize()
    df["as_of"] = as_of.dt.date
    df["updated_on"] = as_of.fillna(imported).dt.date
    age = (pd.Timestamp(today) - as_of.fillna(imported)).dt.days
    df["age_days"] = age.astype("Int64")
    df["stale"] = (age.isna() | (age > limit)).astype(bool)
    df["stale_after"] = limit
    return df
