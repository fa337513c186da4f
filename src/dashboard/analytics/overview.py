"""Figures of the Übersicht page: KPI tiles and the InvKG envelope per Revier."""

from __future__ import annotations

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database


def kpis(db: Database, filters: Filters) -> dict[str, float | int]:
    """Projects, in review, granted, exited (counts) and requested/granted EUR of live projects."""
    row = query_filtered(db, "kpis", filters).first() or {}
    return {k: (int(v) if k not in ("requested_eur", "granted_eur") else float(v))
            for k, v in row.items()}


def envelope_commitment(db: Database, filters: Filters) -> pd.DataFrame:
    """Per InvKG envelope: envelope, committed (granted) EUR and share."""
    return query_filtered(db, "envelope_commitment", filters).df
