"""Funnel per group, time in stage, stalled projects and quarterly activity vs pandas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.analytics.durations import (
    longest_waiting,
    quarterly_activity,
    stage_durations,
    stalled_projects,
)
from dashboard.analytics.pipeline import stage_funnel, stage_funnel_by
from tests.conftest import DEMO_AS_OF
from tests.unit.pipeline.reference import FILTER_CASES, Raw

CASES = list(FILTER_CASES.items())
IDS = list(FILTER_CASES)


@pytest.fixture(scope="module")
def raw(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        return Raw(db)


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("dimension", ["revier", "focus_area"])
def test_funnel_by_group_matches_pandas(demo_db, raw, name, filters, dimension):
    got = stage_funnel_by(demo_db, filters, dimension)
    fp = raw.filtered(filters)
    column = "revier_code" if dimension == "revier" else "focus_area_code"
    ev = raw.events.merge(fp[["project_id", column]], on="project_id")
    reached = ev.groupby([column, "stage_code"])["project_id"].nunique()
    exits = fp[fp["status"] != "aktiv"].groupby([column, "stage_code", "status"]).size()
    assert set(got["group_code"]) == set(fp[column])
    if name == "leer":
        assert got.empty
    for row in got.itertuples():
        assert row.reached == reached.get((row.group_code, row.stage_code), 0)
        for reason in ("zurueckgestellt", "abgelehnt", "zurueckgezogen"):
            assert getattr(row, reason) == exits.get((row.group_code, row.stage_code, reason), 0)
    for _code, part in got.groupby("group_code"):
        prev = part["reached"].shift(1)
        expected = np.where(prev > 0, part["reached"] / prev, np.nan)
        np.testing.assert_allclose(part["conversion"].to_numpy(), expected, equal_nan=True)


def test_funnel_groups_add_up_to_the_total_funnel(demo_db):
    total = stage_funnel(demo_db, FILTER_CASES["alle"]).set_index("stage_code")["reached"]
    for dimension in ("revier", "focus_area"):
        sums = stage_funnel_by(demo_db, FILTER_CASES["alle"], dimension).groupby("stage_code")["reached"].sum()
        assert sums.reindex(total.index).tolist() == total.tolist()


def _stays(raw: Raw, filters, today) -> pd.DataFrame:
    ev = raw.events_of(filters)
    ev = ev[ev["entered_on"] <= pd.Timestamp(today)].copy()
    ev["left_on"] = ev.groupby("project_id")["entered_on"].shift(-1)
    ev = ev[ev["outcome"].isna() & (ev["left_on"].notna() | (ev["status"] == "aktiv"))].copy()
    end = ev["left_on"].fillna(pd.Timestamp(today))
    ev["days"] = (end - ev["entered_on"]).dt.days
    ev["completed"] = ev["left_on"].notna()
    return ev


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_stage_durations_match_pandas(demo_db, raw, name, filters):
    got = stage_durations(demo_db, filters, DEMO_AS_OF).set_index("stage_code")
    stays = _stays(raw, filters, DEMO_AS_OF)
    last_stage = raw.stages["code"].iloc[-1]
    assert last_stage not in got.index
    assert list(got.index) == raw.stages["code"].iloc[:-1].tolist()
    for code, row in got.iterrows():
        done = stays[(stays["stage_code"] == code) & stays["completed"]]["days"]
        cur = stays[(stays["stage_code"] == code) & ~stays["completed"]]["days"]
        assert row["n_completed"] == len(done)
        assert row["n_current"] == len(cur)
        for col, q in (("p10", .1), ("p25", .25), ("median", .5), ("p75", .75), ("p90", .9)):
            expected = done.quantile(q) if len(done) else np.nan
            np.testing.assert_allclose(row[col], expected, equal_nan=True)
        np.testing.assert_allclose(row["current_median"], cur.median() if len(cur) else np.nan,
                                   equal_nan=True)
        np.testing.assert_allclose(row["current_p90"], cur.quantile(.9) if len(cur) else np.nan,
                                   equal_nan=True)
    if name == "leer":
        assert got["n_completed"].sum() == 0


def _waiting(raw: Raw, filters, today) -> pd.DataFrame:
    fp = raw.filtered(filters)
    active_kind = set(raw.stages.loc[raw.stages["kind"] == "active", "code"])
    fp = fp[(fp["status"] == "aktiv") & fp["stage_code"].isin(active_kind)]
    ev = raw.events.merge(fp[["project_id", "stage_code"]], on=["project_id", "stage_code"])
    entered = ev[ev["outcome"].isna()].groupby("project_id")["entered_on"].max()
    days = (pd.Timestamp(today) - entered).dt.days.rename("days").reset_index()
    return days.sort_values(["days", "project_id"], ascending=[False, True]).reset_index(drop=True)


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("threshold", [30, 90, 180])
def test_stalled_projects_match_pandas(demo_db, raw, name, filters, threshold):
    got = stalled_projects(demo_db, filters, DEMO_AS_OF, threshold)
    expected = _waiting(raw, filters, DEMO_AS_OF)
    expected = expected[expected["days"] > threshold]
    assert got["project_id"].tolist() == expected["project_id"].tolist()
    assert got["days"].tolist() == expected["days"].tolist()
    if name == "leer":
        assert got.empty


def test_threshold_matters(demo_db):
    few = stalled_projects(demo_db, FILTER_CASES["alle"], DEMO_AS_OF, 180)
    many = stalled_projects(demo_db, FILTER_CASES["alle"], DEMO_AS_OF, 30)
    assert 0 < len(few) < len(many)
    assert set(few["project_id"]) <= set(many["project_id"])


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_longest_waiting_is_the_top_five(demo_db, raw, name, filters):
    got = longest_waiting(demo_db, filters, DEMO_AS_OF)
    expected = _waiting(raw, filters, DEMO_AS_OF).head(5)
    assert got["project_id"].tolist() == expected["project_id"].tolist()
    assert got["days"].tolist() == expected["days"].tolist()
    assert len(got) <= 5


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_quarterly_activity_matches_pandas(demo_db, raw, name, filters):
    got = quarterly_activity(demo_db, filters, DEMO_AS_OF)
    ev = raw.events_of(filters)
    ev = ev.assign(n=ev.groupby("project_id").cumcount() + 1)
    ev = ev[ev["entered_on"] <= pd.Timestamp(DEMO_AS_OF)]
    ev["quarter"] = ev["entered_on"].dt.to_period("Q").dt.start_time
    grouped = ev.groupby("quarter")
    new = grouped.apply(lambda g: int((g["n"] == 1).sum()))
    moves = grouped.apply(lambda g: int(((g["n"] > 1) & g["outcome"].isna()).sum()))
    exits = grouped.apply(lambda g: int(((g["n"] > 1) & g["outcome"].notna()).sum()))
    if name == "leer":
        assert got.empty
        return
    got = got.set_index("quarter")
    assert got["new_projects"].sum() == new.sum() == ev["project_id"].nunique()
    for q in got.index:
        assert got.at[q, "new_projects"] == new.get(q, 0)
        assert got.at[q, "stage_moves"] == moves.get(q, 0)
        assert got.at[q, "exits"] == exits.get(q, 0)
    # consecutive quarters, none missing
    assert all((b - a).days in range(89, 93) for a, b in zip(got.index[:-1], got.index[1:]))
