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
    """Per InvKG envelope: envelope, committed (granted) EUR, share, and whether the filters
    select its Revier, Land and districts at all (`in_selection`)."""
    df = query_filtered(db, "envelope_commitment", filters).df
    df["in_selection"] = [
        (not filters.reviere or row.revier_code in filters.reviere)
        and (not filters.bundeslaender or row.bundesland_code in filters.bundeslaender)
        and (not filters.districts or bool(set(filters.districts) & set(row.district_codes)))
        for row in df.itertuples()]
    return df
