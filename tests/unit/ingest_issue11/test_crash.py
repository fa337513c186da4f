"""The crash check (issue 11, item 9 and "the checks to build"): the CLI import is killed
(SIGKILL, as a power cut) at every fault point of the commit. Afterwards the database is in the
old or the new state, never between; after the start-up sweep every archived file belongs to
exactly one import and every import's file exists; a crashed import's number is never reused."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import config
from dashboard.ingest import archive
from dashboard.ingest.commit import FAULT_POINTS
from dashboard.ingest.service import run_import
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

from .helpers import stage_history_holds

STATE = {  # compared without ids and timestamps a retry would give anew
    "project": "SELECT * EXCLUDE (batch_id, updated_at) FROM project ORDER BY project_id",
    "stage_event": "SELECT project_id, stage_code, entered_on, outcome, basis FROM stage_event "
                   "ORDER BY ALL",
    "batches": "SELECT kind, file_name, sha256, n_new, n_changed FROM import_batch ORDER BY batch_id",
}


def _state(db: Database) -> dict[str, list]:
    return {k: [tuple(map(repr, r)) for r in db.query(sql).df.itertuples(index=False)]
            for k, sql in STATE.items()}


def _archive_ok(db: Database) -> None:
    folder = config.archive_dir(db.path)
    found = {p.name for p in folder.iterdir()} if folder.exists() else set()
    # an original may have the audit chain's head beside it (<file>.kopf), never a lone head
    heads = {f for f in found if f.endswith(".kopf")}
    files = found - heads
    assert {h.removesuffix(".kopf") for h in heads} <= files, heads
    paths = db.query("SELECT archived_path FROM import_batch WHERE kind = 'import'").df["archived_path"]
    named = {Path(p).name for p in paths}
    assert files == named, (files, named)  # nothing unaccounted, nothing missing
    for p in paths:
        assert Path(p).stat().st_size > 0


@pytest.fixture(scope="module")
def upload(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "liste.xlsx"
    changed = {"project_id": "LR-EN-000004", "title": "Neu betitelt", "revier_code": "LR",
               "focus_area_code": "F4", "stage_code": "FG_FOE"}
    path.write_bytes(xlsx_bytes([good_record(), good_record(project_id="T-0002", title="Zwei"),
                                 {**{k: None for k in good_record()}, **changed}]))
    return path


@pytest.fixture(scope="module")
def expected(demo_db_path, tmp_path_factory, upload) -> tuple[dict, dict]:
    """(state before, state after) of the fixture database with this upload committed."""
    path = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path) as db:
        migrate(db)
        before = _state(db)
        assert run_import(db, upload.read_bytes(), upload.name, user="t").committed
        return before, _state(db)


@pytest.mark.parametrize("point", FAULT_POINTS)
def test_kill_at_every_point_of_the_commit(point, demo_db_path, tmp_path, upload, expected, caplog):
    path = tmp_path / "work.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path) as db:
        migrate(db)
        last_before = db.scalar("SELECT max(batch_id) FROM import_batch")
    env = {**os.environ, "DASHBOARD_FAULT_AT": point}
    done = subprocess.run([sys.executable, "-m", "dashboard", "import", str(upload), "--db",
                           str(path), "--user", "t"], env=env, capture_output=True, text=True,
                          timeout=180, check=False)
    assert done.returncode == -9, (point, done.returncode, done.stderr[-2000:])
    before, after = expected
    with Database.open_existing(path) as db:
        state = _state(db)
        committed = point in ("committed", "published")
        assert state == (after if committed else before), point
        with caplog.at_level(logging.WARNING, logger="dashboard"):
            lines = archive.sweep(db, force=True)
        if point in ("staged", "batch", "projects", "versions", "events", "stays", "before_commit"):
            assert any("aufgeräumt" in line for line in lines), lines
        if point == "committed":
            assert any("vervollständigt" in line for line in lines), lines
        assert [r.getMessage() for r in caplog.records] == lines
        _archive_ok(db)
        stage_history_holds(db)
        # the next import never gets a number a crashed one had
        again = run_import(db, xlsx_bytes([good_record(project_id="T-0009", title="Danach")]),
                           "danach.xlsx", user="t")
        assert again.committed and again.batch_id > last_before + 1, (point, again.batch_id)
        _archive_ok(db)
