"""The reference figures of `stats --json`, built from the same functions the pages use."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard.analytics.breakdown import counts_by, theme_markers
from dashboard.analytics.overview import kpis
from dashboard.analytics.pipeline import REASONS, stage_counts, stage_funnel, stage_positions
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database


def _mapping(df, key: str, none_key: str = "none") -> dict[str, int]:
    return {(none_key if pd.isna(code) else code): int(n)
            for code, n in zip(df[key], df["projects"], strict=True)}


def stats(db: Database, filters: Filters | None = None) -> dict[str, Any]:
    """One dict of the headline figures (see README for the meaning of each key)."""
    filters = filters or Filters()
    ref = db.query("reference_counts").first()
    k = kpis(db, filters)
    funnel = stage_funnel(db, filters)
    positions = stage_positions(db, filters)
    themes: dict[str, dict[str, int]] = {}
    for row in theme_markers(db, filters).itertuples():
        themes.setdefault(row.theme_code, {})[str(row.marker)] = int(row.projects)
    return {
        "projects": k["projects"],
        "missions": int(ref["missions"]),
        "focus_areas": int(ref["focus_areas"]),
        "networks": int(ref["networks"]),
        "reviere": int(ref["reviere"]),
        "districts": int(ref["districts"]),
        "in_review": k["in_review"],
        "granted": k["granted"],
        "exited": k["exited"],
        "by_stage": _mapping(stage_counts(db, filters), "stage_code"),
        "active_by_stage": dict(zip(positions["stage_code"], map(int, positions["active"]),
                                    strict=True)),
        "exited_by_stage": {code: {r: int(row[r]) for r in REASONS}
                            for code, row in positions.set_index("stage_code").iterrows()},
        "funnel": {c: int(n) for c, n in zip(funnel["stage_code"], funnel["reached"], strict=True)},
        "by_mission": _mapping(counts_by(db, filters, "mission"), "mission_code"),
        "by_focus_area": _mapping(counts_by(db, filters, "focus_area"), "focus_area_code"),
        "by_revier": _mapping(counts_by(db, filters, "revier"), "revier_code"),
        "themes": themes,
        "funding": {"requested_eur": round(k["requested_eur"], 2),
                    "granted_eur": round(k["granted_eur"], 2)},
    }
