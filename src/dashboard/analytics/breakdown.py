"""Counts of projects by mission, focus area, Revier, and by cross-cutting theme marker."""

from __future__ import annotations

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

DIMENSIONS = {"mission": "counts_by_mission", "focus_area": "counts_by_focus_area",
              "revier": "counts_by_revier"}


def counts_by(db: Database, filters: Filters, dimension: str) -> pd.DataFrame:
    """Projects per mission (primary; code None = without mission), focus area or Revier."""
    return query_filtered(db, DIMENSIONS[dimension], filters).df


def theme_markers(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects per theme and marker value 0/1/2 (every combination listed)."""
    return query_filtered(db, "theme_markers", filters).df
