"""Raw tables of the fixture database as pandas, and an independent pandas version of the
shared filters, so the analytics SQL is checked against a second computation."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.domain.filters import Filters

SELECTIONS = {
    "alle": Filters(),
    "lausitz": Filters(reviere=("LR",)),
    "tourismus": Filters(focus_areas=("F6",)),
    "ohne_mission": Filters(missions=("ohne",)),
    "m05_sachsen": Filters(missions=("M05", "M02"), bundeslaender=("SN",)),
    "zeitraum": Filters(period_from=date(2024, 1, 1), period_to=date(2025, 6, 30),
                        programmes=("RL_INVKG", "JTF")),
    "unmoeglich": Filters(reviere=("LR",), districts=("14729",)),  # Leipzig is not in LR
}


def filtered(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    """The projects the filters select, computed with pandas only."""
    p = raw["project"].copy()
    first = raw["stage_event"].groupby("project_id")["entered_on"].min()
    p["first_entered_on"] = p["project_id"].map(first)
    land = dict(zip(raw["ref_district"]["code"], raw["ref_district"]["bundesland_code"], strict=True))
    p["bundesland_code"] = p["district_code"].map(land)
    keep = pd.Series(True, index=p.index)
    for field, col in (("reviere", "revier_code"), ("bundeslaender", "bundesland_code"),
                       ("districts", "district_code"), ("focus_areas", "focus_area_code"),
                       ("programmes", "programme_code")):
        if getattr(f, field):
            keep &= p[col].isin(getattr(f, field))
    if f.missions:
        codes = {m for m in f.missions if m != "ohne"}
        hit = p["mission_code"].isin(codes) | p["further_missions"].map(
            lambda xs: bool(codes & set(xs)))
        if "ohne" in f.missions:
            hit |= p["mission_code"].isna()
        keep &= hit
    if f.period_from:
        keep &= pd.to_datetime(p["first_entered_on"]) >= pd.Timestamp(f.period_from)
    if f.period_to:
        keep &= pd.to_datetime(p["first_entered_on"]) <= pd.Timestamp(f.period_to)
    out = p[keep].copy()
    for col in ("requested_eur", "granted_eur"):
        out[col] = out[col].astype("float64")
    return out


@pytest.fixture(scope="module")
def raw(demo_db_path) -> dict[str, pd.DataFrame]:
    import duckdb

    con = duckdb.connect(str(demo_db_path), read_only=True)
    try:
        tables = ("project", "stage_event", "ref_district", "ref_mission", "ref_focus_area",
                  "ref_mission_focus_area", "ref_revier", "ref_network", "ref_theme", "ref_stage")
        out = {name: con.execute(f"SELECT * FROM {name}").df() for name in tables}
    finally:
        con.close()
    out["project"]["further_missions"] = out["project"]["further_missions"].map(
        lambda xs: list(xs) if xs is not None else [])
    out["project"]["mission_code"] = out["project"]["mission_code"].astype(object).where(
        out["project"]["mission_code"].notna(), None)
    return out
