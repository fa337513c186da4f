"""Independent pandas computations over the raw tables, to check the SQL of the analytics."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.domain.filters import Filters

FILTER_CASES = {
    "alle": Filters(),
    "lausitz_tourismus": Filters(reviere=("LR",), focus_areas=("F6",)),
    "ohne_mission": Filters(missions=("ohne",)),
    "zeitraum": Filters(period_from=date(2023, 1, 1), period_to=date(2024, 6, 30)),
    "mission_programm": Filters(missions=("M02", "M09"), programmes=("RL_INVKG", "STARK")),
    "leer": Filters(reviere=("LR",), bundeslaender=("ST",)),  # no Lausitz district in ST
}


class Raw:
    """The raw tables of one database as DataFrames."""

    def __init__(self, db):
        self.projects = db.query("SELECT * FROM project").df
        self.events = db.query("SELECT * FROM stage_event").df
        self.events["entered_on"] = pd.to_datetime(self.events["entered_on"])
        self.districts = db.query("SELECT * FROM ref_district").df
        self.stages = db.query("SELECT * FROM ref_stage ORDER BY sort").df
        self.networks = db.query("SELECT * FROM ref_network ORDER BY sort").df
        self.batches = db.query("SELECT * FROM import_batch").df

    def filtered(self, f: Filters) -> pd.DataFrame:
        p = self.projects.merge(self.districts[["code", "bundesland_code"]], how="left",
                                left_on="district_code", right_on="code")
        first = self.events.groupby("project_id")["entered_on"].min().rename("first_on")
        p = p.merge(first, how="left", left_on="project_id", right_index=True)
        keep = pd.Series(True, index=p.index)
        for column, values in (("revier_code", f.reviere), ("bundesland_code", f.bundeslaender),
                               ("district_code", f.districts), ("focus_area_code", f.focus_areas),
                               ("programme_code", f.programmes)):
            if values:
                keep &= p[column].isin(values)
        if f.missions:
            codes = set(f.missions) - {"ohne"}
            hit = p["mission_code"].isin(codes) | p["further_missions"].map(
                lambda ms: bool(set(ms) & codes))
            if "ohne" in f.missions:
                hit |= p["mission_code"].isna()
            keep &= hit
        if f.period_from:
            keep &= p["first_on"] >= pd.Timestamp(f.period_from)
        if f.period_to:
            keep &= p["first_on"] <= pd.Timestamp(f.period_to)
        return p[keep].reset_index(drop=True)

    def events_of(self, f: Filters) -> pd.DataFrame:
        """Events of the filtered projects, ordered per project, with the project status."""
        fp = self.filtered(f)
        ev = self.events.merge(fp[["project_id", "status", "stage_code"]].rename(
            columns={"stage_code": "current_stage"}), on="project_id")
        return ev.sort_values(["project_id", "entered_on", "event_id"]).reset_index(drop=True)

    def kind(self, stage_code: str) -> str:
        return self.stages.set_index("code").at[stage_code, "kind"]
