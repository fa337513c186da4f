"""stage_stay equals a fresh pandas computation from stage_event after init, import and undo,
and the kpis_at fallback still answers when events were written around the writers."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analytics.changes import kpis_at
from dashboard.domain.filters import Filters
from dashboard.ingest.service import run_import, undo_import
from dashboard.store import stays
from dashboard.store.gateway import Database
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

COLUMNS = ["event_id", "project_id", "stage_code", "entered_on", "outcome", "left_on",
           "from_stage", "first_event", "first_in_stage"]


def expected_stays(db: Database) -> pd.DataFrame:
    """The stays computed in pandas from stage_event (independent of the SQL)."""
    ev = db.query("SELECT event_id, project_id, stage_code, entered_on, outcome FROM stage_event").df
    ev = ev.sort_values(["project_id", "entered_on", "event_id"]).reset_index(drop=True)
    by_project = ev.groupby("project_id", sort=False)
    ev["left_on"] = by_project["entered_on"].shift(-1)
    ev["from_stage"] = by_project["stage_code"].shift(1)
    ev["first_event"] = by_project.cumcount() == 0
    ev["first_in_stage"] = ev.groupby(["project_id", "stage_code"], sort=False).cumcount() == 0
    return _normal(ev)


def stored_stays(db: Database) -> pd.DataFrame:
    return _normal(db.query("SELECT * FROM stage_stay").df)


def _normal(df: pd.DataFrame) -> pd.DataFrame:
    df = df[COLUMNS].sort_values("event_id").reset_index(drop=True)
    for col in ("entered_on", "left_on"):
        df[col] = pd.to_datetime(df[col])
    for col in ("outcome", "from_stage", "project_id", "stage_code"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    df["event_id"] = df["event_id"].astype("int64")
    return df.astype({"first_event": bool, "first_in_stage": bool})


def assert_fresh(db: Database) -> None:
    pd.testing.assert_frame_equal(stored_stays(db), expected_stays(db))
    assert stays.is_fresh(db)


def test_stays_after_init(demo_db):
    assert len(stored_stays(demo_db)) > 1000
    assert_fresh(demo_db)


def test_stays_after_import_and_undo(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        old = db.query("SELECT project_id, stage_code FROM project WHERE status = 'aktiv' "
                       "AND stage_code = 'FG_RE' ORDER BY project_id LIMIT 1").first()
        # a new project and an existing one moved on (new events after its history)
        records = [good_record(), good_record(project_id=old["project_id"], title="Weiter",
                                              stage_code="EMPF", date_EMPF=date(2026, 10, 20),
                                              date_ANTRAG=None)]
        before = stored_stays(db)
        result = run_import(db, xlsx_bytes(records), "liste.xlsx", user="t", allow_partial=True)
        assert result.committed, result.message
        after = stored_stays(db)
        assert len(after) > len(before)
        assert set(after["project_id"]) - set(before["project_id"]) == {"T-0001"}
        pid = old["project_id"]
        assert (after["project_id"] == pid).sum() > (before["project_id"] == pid).sum()
        assert_fresh(db)
        undone = undo_import(db, result.batch_id, user="t")
        assert undone["undone"], undone
        pd.testing.assert_frame_equal(stored_stays(db), before)
        assert_fresh(db)


def test_full_refresh_rebuilds_a_damaged_table(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        with db.transaction() as cur:
            cur.execute("DELETE FROM stage_stay WHERE event_id % 3 = 0")
            cur.execute("UPDATE stage_stay SET left_on = NULL")
        assert not stays.is_fresh(db)
        with db.transaction() as cur:
            stays.refresh(cur)
        assert_fresh(db)


@pytest.mark.parametrize("day", [date(2025, 6, 30), date(2026, 10, 1)])
def test_kpis_at_same_with_and_without_stays(writable_db_path, day):
    """The stays query and the event fallback give the same KPIs; events written by hand make
    the check fail and the fallback answer."""
    with Database.open_existing(writable_db_path) as db:
        for filters in (Filters(), Filters(reviere=("LR",))):
            fast = kpis_at(db, filters, day)
            with db.transaction() as cur:
                cur.execute("INSERT INTO stage_event (project_id, stage_code, entered_on) "
                            "SELECT project_id, 'QUAL', DATE '2030-01-01' FROM project LIMIT 1")
            assert not stays.is_fresh(db)
            assert kpis_at(db, filters, day) == fast  # a later event changes nothing at `day`
            with db.transaction() as cur:
                cur.execute("DELETE FROM stage_event WHERE entered_on = DATE '2030-01-01'")
