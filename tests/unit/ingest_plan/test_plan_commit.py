"""Import plan diff, atomic commit, rejection, undo and concurrent imports on real DuckDB files."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from dashboard import config
from dashboard.ingest import commit as commit_module
from dashboard.ingest.plan import plan_table as build_plan
from dashboard.ingest.service import list_imports, run_import, undo_import
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate

from .helpers import dump, good_record, make_table, xlsx_bytes

STORED_ID = "LR-EN-000004"  # fixture project: Landkreis Görlitz, F4, FG_FOE, zurueckgestellt


def _stored(db: Database, pid: str = STORED_ID) -> dict:
    from dashboard.ingest.plan import stored_records

    frame = db.query("SELECT * EXCLUDE (batch_id, updated_at) FROM project WHERE project_id = ?",
                     [pid]).df
    return stored_records(frame)[pid]


def _events(db: Database, pid: str = STORED_ID) -> dict:
    frame = db.query("SELECT stage_code, entered_on, outcome FROM stage_event WHERE project_id = ?",
                     [pid]).df
    out = {}
    for r in frame.itertuples():
        key = f"date_{r.stage_code}" if r.outcome is None else "exit_date"
        out[key] = r.entered_on.date()
    return out


def _as_row(db: Database, pid: str = STORED_ID, **changes) -> dict:
    record = {k: v for k, v in _stored(db, pid).items() if k != "source"}
    return {**record, **_events(db, pid), **changes}


def test_plan_lists_exactly_the_changed_field(db, taxonomy):
    stored = db.scalar("SELECT title FROM project WHERE project_id = ?", [STORED_ID])
    plan = build_plan(db, make_table([_as_row(db, title="Elektrolyseur Löbau II")]), taxonomy)
    assert (len(plan.new), len(plan.changed), len(plan.unchanged), len(plan.rejected)) == (0, 1, 0, 0)
    assert plan.diffs[["field", "old", "new"]].values.tolist() == [
        ["title", stored, "Elektrolyseur Löbau II"]]
    assert plan.events.empty


def test_unchanged_row_and_new_milestone(db, taxonomy):
    same = build_plan(db, make_table([_as_row(db)]), taxonomy)
    assert (len(same.changed), len(same.unchanged), len(same.events)) == (0, 1, 0)
    row = _as_row(db, status="aktiv", exit_date=None, stage_code="EMPF", date_EMPF=date(2026, 10, 1))
    plan = build_plan(db, make_table([row]), taxonomy)
    assert len(plan.changed) == 1
    assert sorted(plan.diffs["field"]) == ["stage_code", "stage_history", "status"]
    assert plan.events[["stage_code", "outcome"]].values.tolist() == [["EMPF", None]]


def test_missing_projects_are_listed_and_never_deleted(db, taxonomy):
    before = db.scalar("SELECT count(*) FROM project")
    expected = set(db.query(
        "SELECT project_id FROM project WHERE revier_code = 'LR' AND focus_area_code = 'F4' "
        "AND project_id <> ?", [STORED_ID]).df["project_id"])
    result = run_import(db, xlsx_bytes([_as_row(db, title="Neu betitelt")]), "en.xlsx", user="t")
    assert set(result.plan.missing["project_id"]) == expected and expected
    assert result.committed
    assert db.scalar("SELECT count(*) FROM project") == before


def test_failure_mid_transaction_leaves_everything_unchanged(db, monkeypatch):
    migrate(db)
    before = dump(db)
    data = xlsx_bytes([_as_row(db, title="X"), good_record()])

    def boom(*args, **kwargs):
        raise RuntimeError("Festplatte voll")

    monkeypatch.setattr(commit_module, "insert_events", boom)
    with pytest.raises(RuntimeError):
        run_import(db, data, "liste.xlsx", user="t")
    assert dump(db) == before
    archive = config.archive_dir(db.path)
    assert not archive.exists() or not any(archive.iterdir())


def test_rejected_file_changes_nothing_unless_partial(db):
    migrate(db)
    before = dump(db)
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", end_date=date(2020, 1, 1))])
    result = run_import(db, data, "liste.xlsx", user="t")
    assert not result.committed and result.batch_id is None
    assert result.to_json()["errors"][0]["row"] == 3
    assert dump(db) == before
    partial = run_import(db, data, "liste.xlsx", user="t", allow_partial=True)
    assert partial.committed
    assert db.scalar("SELECT count(*) FROM project WHERE project_id LIKE 'T-%'") == 1
    batch = db.query("SELECT * FROM import_batch WHERE batch_id = ?", [partial.batch_id]).first()
    assert (batch["n_rows"], batch["n_new"], batch["n_rejected"], batch["user_name"]) == (2, 1, 1, "t")
    assert batch["sha256"] == commit_module.sha256(data)
    assert Path(batch["archived_path"]).read_bytes() == data


def test_undo_restores_the_state_before_and_is_blocked_by_later_imports(db):
    migrate(db)
    before = dump(db, ("project", "stage_event"))
    first = run_import(db, xlsx_bytes([_as_row(db, title="Geändert", status="aktiv", exit_date=None,
                                               stage_code="EMPF", date_EMPF=date(2026, 10, 1)),
                                       good_record()]), "a.xlsx", user="t")
    assert first.committed and (len(first.plan.new), len(first.plan.changed)) == (1, 1)
    after_first = dump(db, ("project", "stage_event"))
    second = run_import(db, xlsx_bytes([good_record(title="Zweiter Titel")]), "b.xlsx", user="t")
    assert second.committed
    refused = undo_import(db, first.batch_id, user="t")
    assert not refused["undone"] and f"Nr. {second.batch_id}" in refused["message"]
    assert undo_import(db, second.batch_id, user="t")["undone"]
    assert dump(db, ("project", "stage_event")) == after_first
    done = undo_import(db, first.batch_id, user="t")
    assert done["undone"], done
    assert dump(db, ("project", "stage_event")) == before
    history = list_imports(db).set_index("batch_id")
    assert history.loc[first.batch_id, "undone_by"] == done["undo_batch_id"]
    assert history.loc[done["undo_batch_id"], "kind"] == "undo"
    assert not undo_import(db, first.batch_id, user="t")["undone"]
    assert db.scalar("SELECT count(*) FROM stage_event_retracted WHERE batch_id = ?",
                     [first.batch_id]) == 7  # 6 milestones of the new project + EMPF


def test_commit_bumps_data_version(db):
    version = db.data_version
    assert run_import(db, xlsx_bytes([good_record()]), "a.xlsx", user="t").committed
    assert db.data_version > version


def test_concurrent_imports_never_interleave(writable_db_path, tmp_path):
    files = {
        "a.xlsx": xlsx_bytes([good_record(), good_record(project_id="T-A", title="Nur A")]),
        "b.xlsx": xlsx_bytes([good_record(title="Titel aus B"), good_record(project_id="T-B",
                                                                            title="Nur B")]),
    }
    reference = tmp_path / "ref.duckdb"
    shutil.copy(writable_db_path, reference)
    with Database.open_existing(writable_db_path) as db:
        migrate(db)
        results: dict = {}
        threads = [threading.Thread(target=lambda n=n: results.__setitem__(
            n, run_import(db, files[n], n, user=n))) for n in files]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        history = list_imports(db).query("kind == 'import'").sort_values("batch_id")
        final = dump(db, ("project",))
        order = history["file_name"].tolist()
    assert sorted(order) == ["a.xlsx", "b.xlsx"] and all(r.committed for r in results.values())
    # the later batch saw the earlier one: T-0001 is new in the first, changed (or same) in the second
    counts = history.set_index("file_name")[["n_new", "n_changed", "n_unchanged"]]
    assert counts.loc[order[0]].tolist() == [2, 0, 0]
    assert counts.loc[order[1]].tolist() == [1, 1, 0]
    with Database.open_existing(reference) as ref:
        migrate(ref)
        for name in order:
            run_import(ref, files[name], name, user=name)
        expected = dump(ref, ("project",))
    strip = [[v for k, v in enumerate(row) if k not in (29, 30)] for row in final["project"]]
    assert strip == [[v for k, v in enumerate(row) if k not in (29, 30)] for row in expected["project"]]
