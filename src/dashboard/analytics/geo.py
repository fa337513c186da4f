"""Figures of the Karte page: per district of the Reviere (projects, funding, share with a
Querschnittsthema as principal aim) and the projects as points at their municipality."""

from __future__ import annotations

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.geo.locate import locate
from dashboard.geo.reference import geo_reference
from dashboard.store.gateway import Database

MEASURES = ("projects", "granted_eur", "requested_eur", "theme_main_share")


def district_figures(db: Database, filters: Filters) -> pd.DataFrame:
    """One row per district of the Reviere, in reference order: projects, theme_main
    (projects with a theme as principal aim), theme_main_share (NaN without projects),
    requested_eur and granted_eur of projects still in the pipeline."""
    df = query_filtered(db, "map_districts", filters).df
    df["projects"] = df["projects"].astype("int64")
    df["theme_main"] = df["theme_main"].astype("int64")
    df["theme_main_share"] = (df["theme_main"] / df["projects"].where(df["projects"] > 0)
                              ).astype("float64")
    return df


def _place(district: str | None, municipality: str | None, reference_dir=None
           ) -> tuple[str, float, float, str]:
    """(how, lat, lon, label): at the municipality, else at the district's centre."""
    if municipality:
        loc = locate(None, municipality, within=district or None, reference_dir=reference_dir)
        found = [c for c in loc.candidates if c.municipality]
        if len(found) == 1 and not loc.conflict:
            return "gemeinde", found[0].lat, found[0].lon, found[0].municipality
    if district:
        loc = locate(None, None, within=district, reference_dir=reference_dir)
        if loc.candidates:
            c = loc.candidates[0]
            return "kreis", c.lat, c.lon, c.district_name
    return "none", float("nan"), float("nan"), ""


def project_places(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects grouped by stated district and municipality with a map position: `placed` is
    "gemeinde" (at the municipality: its name matched one Gemeinde of that district),
    "kreis" (at the district's centre) or "none" (no position; lat/lon NaN)."""
    df = query_filtered(db, "map_places", filters).df
    def text(value) -> str | None:  # NULL arrives as None or NaN
        return None if value is None or pd.isna(value) or not str(value).strip() else str(value)

    ref = geo_reference()
    # the same few hundred names at every call: remembered on the loaded reference (dropped
    # with it when districts.csv changes)
    memo = ref.placements
    places = []
    for d, m in zip(df["district_code"], df["municipality"], strict=True):
        key = (text(d), text(m))
        if key not in memo:
            memo[key] = _place(*key, reference_dir=ref.folder.parent)
        places.append(memo[key])
    df["placed"] = [p[0] for p in places]
    df["lat"] = pd.Series([p[1] for p in places], index=df.index, dtype="float64")
    df["lon"] = pd.Series([p[2] for p in places], index=df.index, dtype="float64")
    df["label"] = [p[3] for p in places]
    df["projects"] = df["projects"].astype("int64")
    return df
