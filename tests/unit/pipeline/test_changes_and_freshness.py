"""Changes since a date, KPI state of a past day, "letzte Sitzung", data freshness vs pandas."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.admin.settings import save_last_meeting
from dashboard.analytics.changes import (
    change_counts,
    change_events,
    changes_summary,
    exits,
    funding_changes,
    kpi_changes,
    kpis_at,
    last_meeting,
    new_projects,
    stage_moves,
)
from dashboard.analytics.freshness import network_freshness
from dashboard.analytics.overview import kpis
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from tests.conftest import DEMO_AS_OF
from tests.unit.pipeline.reference import FILTER_CASES, Raw

CASES = list(FILTER_CASES.items())
IDS = list(FILTER_CASES)
SINCE = [date(2026, 8, 1), date(2025, 1, 1)]


@pytest.fixture(scope="module")
def raw(demo_db_path):
    with Database.open_existing(demo_db_path, read_only=True) as db:
        return Raw(db)


def _classified(raw: Raw, filters, since, until) -> pd.DataFrame:
    ev = raw.events_of(filters)
    ev["n"] = ev.groupby("project_id").cumcount() + 1
    ev["from_stage"] = ev.groupby("project_id")["stage_code"].shift(1)
    ev = ev[(ev["entered_on"] >= pd.Timestamp(since)) & (ev["entered_on"] <= pd.Timestamp(until))]
    ev["kind"] = "wechsel"
    ev.loc[ev["outcome"].notna(), "kind"] = "ausstieg"
    ev.loc[ev["n"] == 1, "kind"] = "neu"
    return ev


def _keys(df: pd.DataFrame) -> list[tuple]:
    return sorted(zip(df["project_id"], df["stage_code"], pd.to_datetime(df["event_on"]
                  if "event_on" in df else df["entered_on"]).dt.date, df["kind"], strict=True))


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("since", SINCE, ids=str)
def test_change_events_match_pandas(demo_db, raw, name, filters, since):
    got = change_events(demo_db, filters, since, DEMO_AS_OF)
    expected = _classified(raw, filters, since, DEMO_AS_OF)
    assert _keys(got) == _keys(expected)
    assert len(new_projects(got)) == (expected["kind"] == "neu").sum()
    assert len(stage_moves(got)) == (expected["kind"] == "wechsel").sum()
    assert len(exits(got)) == expected["outcome"].notna().sum() - (
        (expected["kind"] == "neu") & expected["outcome"].notna()).sum()
    moves = stage_moves(got).merge(expected, on="event_id", suffixes=("", "_x"))
    assert len(moves) == len(stage_moves(got))
    assert (moves["from_stage"] == moves["from_stage_x"]).all()
    grants = funding_changes(got)
    assert set(grants["project_id"]) == set(
        expected[(expected["kind"] == "wechsel") & (expected["stage_code"] == "BEW")]["project_id"])
    if name == "leer":
        assert got.empty


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_changes_summary_counts_per_stage(demo_db, raw, name, filters):
    since = SINCE[1]
    got = changes_summary(demo_db, filters, since, DEMO_AS_OF).set_index("stage_code")
    expected = _classified(raw, filters, since, DEMO_AS_OF).groupby(["stage_code", "kind"]).size()
    assert list(got.index) == raw.stages["code"].tolist()
    for code in got.index:
        for kind in ("neu", "wechsel", "ausstieg"):
            assert got.at[code, kind] == expected.get((code, kind), 0)


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("since", SINCE, ids=str)
def test_change_counts_match_pandas(demo_db, raw, name, filters, since):
    """The headline tiles of the Veränderungen page: counted again from the raw tables."""
    expected = _classified(raw, filters, since, DEMO_AS_OF)
    grants = expected[(expected["kind"] == "wechsel") & (expected["stage_code"] == "BEW")]
    amounts = pd.DataFrame({"project_id": ["X-1", "X-2"]})  # amount_changes has its own test
    got = change_counts(change_events(demo_db, filters, since, DEMO_AS_OF), amounts)
    granted = raw.projects.set_index("project_id")["granted_eur"]
    assert got == {
        "new": int((expected["kind"] == "neu").sum()),
        "moves": int((expected["kind"] == "wechsel").sum()),
        "exits": int(((expected["kind"] == "ausstieg")).sum()),
        "grants": len(grants),
        "granted_eur": pytest.approx(float(pd.to_numeric(
            granted.reindex(grants["project_id"])).fillna(0).sum())),
        "amounts": 2}
    if name == "leer":
        assert got["new"] == got["moves"] == got["exits"] == got["grants"] == 0


def _state_at(raw: Raw, filters, day) -> dict:
    fp = raw.filtered(filters)
    ev = raw.events_of(filters)
    ev = ev[ev["entered_on"] <= pd.Timestamp(day)]
    last = ev.groupby("project_id").tail(1).set_index("project_id")
    rows = []
    for p in fp.itertuples():
        if p.project_id in last.index:
            e = last.loc[p.project_id]
            rows.append((e["stage_code"], e["outcome"] if pd.notna(e["outcome"]) else "aktiv",
                         p.requested_eur, p.granted_eur))
        elif pd.isna(p.first_on):
            rows.append((p.stage_code, p.status, p.requested_eur, p.granted_eur))
    st = pd.DataFrame(rows, columns=["stage", "status", "req", "gra"])
    kind = st["stage"].map(raw.kind) if len(st) else pd.Series(dtype=object)
    live = st["status"] == "aktiv"
    return {"projects": len(st), "in_review": int((live & (kind == "active")).sum()),
            "granted": int((kind == "positive_end").sum()), "exited": int((~live).sum()),
            "requested_eur": float(pd.to_numeric(st.loc[live, "req"]).fillna(0).sum()),
            "granted_eur": float(pd.to_numeric(
                st.loc[live & (kind == "positive_end"), "gra"]).fillna(0).sum())}


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("day", [date(2024, 3, 31), date(2026, 10, 2)], ids=str)
def test_kpis_at_a_past_day_match_pandas(demo_db, raw, name, filters, day):
    got = kpis_at(demo_db, filters, day)
    expected = _state_at(raw, filters, day)
    for key, value in expected.items():
        assert got[key] == pytest.approx(value), key


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_kpis_today_equal_the_tiles_and_delta_is_the_difference(demo_db, name, filters):
    now = kpis(demo_db, filters)
    assert kpis_at(demo_db, filters, DEMO_AS_OF) == pytest.approx(now)
    since = DEMO_AS_OF - timedelta(days=30)
    table = kpi_changes(demo_db, filters, since).set_index("kpi")
    then = kpis_at(demo_db, filters, since - timedelta(days=1))  # the state before day `since`
    for key in then:
        assert table.at[key, "then"] == pytest.approx(then[key])
        assert table.at[key, "delta"] == pytest.approx(now[key] - then[key])
    if name == "alle":
        assert table.at["projects", "delta"] > 0


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
@pytest.mark.parametrize("since", [DEMO_AS_OF - timedelta(days=30), DEMO_AS_OF, date(2025, 1, 1)])
def test_since_d_includes_day_d_on_both_pages(demo_db, name, filters, since):
    """'seit D': the Übersicht's +N projects are the new projects the Veränderungen page lists
    from D inclusive (the old Übersicht compared with the end of D and missed day D)."""
    delta = kpi_changes(demo_db, filters, since).set_index("kpi").at["projects", "delta"]
    listed = new_projects(change_events(demo_db, filters, since, DEMO_AS_OF))
    assert int(delta) == len(listed)


def test_last_meeting_round_trip(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        assert last_meeting(db) is None
        version = db.data_version
        save_last_meeting(db, date(2026, 9, 15))
        assert last_meeting(db) == date(2026, 9, 15)
        save_last_meeting(db, date(2026, 10, 20))
        assert last_meeting(db) == date(2026, 10, 20)
        assert db.data_version > version
        assert db.scalar("SELECT count(*) FROM app_setting WHERE key = 'last_meeting'") == 1
        with db.transaction() as cur:
            cur.execute("UPDATE app_setting SET value = 'kaputt' WHERE key = 'last_meeting'")
        assert last_meeting(db) is None


@pytest.mark.parametrize(("name", "filters"), CASES, ids=IDS)
def test_network_freshness_matches_pandas(demo_db, raw, name, filters):
    got = network_freshness(demo_db, filters, DEMO_AS_OF, stale_after=60)
    fp = raw.filtered(filters)
    rows = []
    for n in raw.networks.itertuples():
        mine = fp[(fp["revier_code"] == n.revier_code) & fp["focus_area_code"].isin(list(n.focus_area_codes))]
        if not filters.is_empty() and mine.empty:
            continue
        as_of = pd.to_datetime(mine["as_of"]).max()
        age = (pd.Timestamp(DEMO_AS_OF) - as_of).days if pd.notna(as_of) else None
        rows.append((n.code, len(mine), age, age is None or age > 60))
    assert list(zip(got["network_code"], got["projects"],
                    [None if pd.isna(a) else int(a) for a in got["age_days"]], got["stale"],
                    strict=True)) == rows
    if name == "alle":
        assert got["stale"].sum() == 1  # the demo generator leaves one network 95 days behind
    if name == "leer":
        assert got.empty


def test_freshness_threshold_from_config(demo_db, monkeypatch):
    monkeypatch.setenv("DASHBOARD_STALE_DAYS", "10")
    strict = network_freshness(demo_db, Filters(), DEMO_AS_OF)
    monkeypatch.setenv("DASHBOARD_STALE_DAYS", "400")
    lax = network_freshness(demo_db, Filters(), DEMO_AS_OF)
    assert strict["stale"].sum() > 1 and lax["stale"].sum() == 0


def test_kpis_at_follow_a_reactivated_project(writable_db_path):
    """Exit, then back into review: the state of each day follows the last event of that day."""
    with Database.open_existing(writable_db_path) as db:
        pid = db.scalar("SELECT project_id FROM project WHERE status = 'aktiv' AND stage_code = 'QUAL' "
                        "ORDER BY project_id LIMIT 1")
        with db.transaction() as cur:
            cur.execute("INSERT INTO stage_event (project_id, stage_code, entered_on, outcome) VALUES "
                        "(?, 'QUAL', DATE '2026-11-05', 'zurueckgestellt'), "
                        "(?, 'QUAL', DATE '2026-11-20', NULL)", [pid, pid])
        raw = Raw(db)
        for day in (date(2026, 11, 1), date(2026, 11, 10), date(2026, 11, 21)):
            assert kpis_at(db, Filters(), day) == pytest.approx(_state_at(raw, Filters(), day)), day
        before, paused, back = (kpis_at(db, Filters(), date(2026, 11, d)) for d in (1, 10, 21))
        assert paused["exited"] == before["exited"] + 1 and back["exited"] == before["exited"]


def test_amount_changes_from_the_version_history(writable_db_path):
    """Versions replaced in the period with other amounts are listed; unchanged amounts and
    versions replaced before the period are not; filters apply."""
    from dashboard.analytics.changes import amount_changes

    with Database.open_existing(writable_db_path) as db:
        ids = db.query("SELECT project_id, revier_code FROM project WHERE requested_eur IS NOT NULL "
                       "ORDER BY project_id LIMIT 3").df
        changed, same, old = ids["project_id"]
        with db.transaction() as cur:
            for pid, when, delta in ((changed, "2026-10-20 10:00", -1000), (same, "2026-10-21 09:00", 0),
                                     (old, "2026-01-05 09:00", -5000)):
                cur.execute("INSERT INTO project_version BY NAME SELECT p.* REPLACE "
                            "(p.requested_eur + ? AS requested_eur), 99 AS replaced_by_batch, "
                            "?::TIMESTAMP AS replaced_at FROM project p WHERE project_id = ?",
                            [delta, when, pid])
        got = amount_changes(db, Filters(), date(2026, 10, 2), DEMO_AS_OF)
        assert got["project_id"].tolist() == [changed]
        current = db.scalar("SELECT requested_eur::DOUBLE FROM project WHERE project_id = ?", [changed])
        assert got["requested_before"].iloc[0] == pytest.approx(current - 1000)
        assert got["requested_eur"].iloc[0] == pytest.approx(current)
        assert got["event_on"].iloc[0] == date(2026, 10, 20)
        other = "MR" if ids["revier_code"].iloc[0] == "LR" else "LR"
        assert amount_changes(db, Filters(reviere=(other,)), date(2026, 10, 2), DEMO_AS_OF).empty
        assert amount_changes(db, Filters(), date(2026, 1, 1), DEMO_AS_OF)["project_id"].tolist() == [
            changed, old]
