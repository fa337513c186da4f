"""Step 6 of the import, ImportPlan -> database: one transaction (all or nothing), and undo.

Every commit records a batch, keeps the uploaded file in the archive (ingest.archive: staged,
committed, then renamed), saves the previous version of each changed project
(project_version) and appends stage events. Bulk writes go through registered DataFrames.

Fault injection: with DASHBOARD_FAULT_AT=<point> in the environment the process kills itself
(SIGKILL) when it reaches that point; the crash test walks every point of FAULT_POINTS.
"""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import config
from dashboard.audit.head import note_beside
from dashboard.domain.project import PROJECT_COLUMNS
from dashboard.ingest import archive
from dashboard.ingest.messages import say
from dashboard.ingest.plan import ImportPlan
from dashboard.store.gateway import Database, named_sql
from dashboard.store.projects import insert_events, insert_projects, new_batch, reserve_batch_number
from dashboard.store.stays import event_projects
from dashboard.store.stays import refresh as refresh_stays
from dashboard.texts import t_de

FAULT_POINTS = ("reserved", "staged", "batch", "projects", "versions", "events", "stays",
                "before_commit", "committed", "published")


class NotCommitted(Exception):
    """The plan was not written; .message says why (in the language of the run)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fault(point: str) -> None:
    """Die here, as a power cut would, when the environment asks for it (crash tests)."""
    if os.environ.get("DASHBOARD_FAULT_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)


def commit_plan(db: Database, plan: ImportPlan, data: bytes, *, user: str,
                allow_partial: bool = False, plausible_confirmed: bool = False,
                replan: Callable[[duckdb.DuckDBPyConnection], ImportPlan] | None = None,
                cancelled: Callable[[], bool] | None = None,
                audit: Callable[[duckdb.DuckDBPyConnection, int, ImportPlan], None] | None = None,
                ) -> tuple[int, ImportPlan]:
    """Write the plan; returns (batch_id, the plan written). When another write landed since the
    plan was computed, `replan` recomputes it inside the transaction (imports never interleave).
    `cancelled()` is asked before the commit: True rolls everything back (Ctrl-C on the CLI).
    `audit(cur, batch_id, plan)` writes the audit entry in the same transaction. Values beyond
    a plausibility warning bound are written only with `plausible_confirmed`."""
    staged: Path | None = None
    committed = False
    try:
        with db.transaction() as cur:
            if replan is not None and db.data_version != plan.data_version:
                plan = replan(cur)
            if plan.has_errors and not allow_partial:
                raise NotCommitted(say("commit.errors", n=len(plan.errors)))
            if plan.is_empty:
                raise NotCommitted(say("commit.nothing"))
            if plan.to_confirm and not plausible_confirmed:
                raise NotCommitted(say("commit.unconfirmed", n=len(plan.to_confirm)))
            digest = plan.sha256 or sha256(data)
            batch_id = reserve_batch_number(db)
            fault("reserved")
            folder = config.archive_dir(db.path)
            final = folder / archive.archive_name(batch_id, digest, plan.file_name)
            staged = archive.stage(folder, batch_id, data)
            fault("staged")
            counts = plan.counts()
            new_batch(cur, "import", batch_id=batch_id, file_name=plan.file_name, sha256=digest,
                      sheet=plan.sheet, user_name=user, n_rows=counts["rows"],
                      n_new=counts["new"], n_changed=counts["changed"],
                      n_unchanged=counts["unchanged"], n_rejected=counts["rejected"],
                      n_events=counts["events"], n_missing=counts["missing"],
                      archived_path=str(final))
            fault("batch")
            write_plan(cur, plan, batch_id)
            if audit is not None:
                audit(cur, batch_id, plan)
            fault("before_commit")
            if cancelled is not None and cancelled():
                raise NotCommitted(say("commit.interrupted"))
        committed = True
        fault("committed")
        archive.publish(staged, final)
        note_beside(final, db)  # the audit chain's head beside the original (README)
        fault("published")
    except BaseException:
        if staged is not None and not committed:
            staged.unlink(missing_ok=True)
        raise
    return batch_id, plan


def write_plan(cur: duckdb.DuckDBPyConnection, plan: ImportPlan, batch_id: int) -> None:
    """New projects, saved versions + updates of changed ones, events, the batch's project list."""
    insert_projects(cur, plan.new, batch_id)
    fault("projects")
    if len(plan.changed):
        cur.execute(named_sql("ingest_save_versions"), [batch_id, plan.changed["project_id"].tolist()])
        cur.register("_plan_changed", plan.changed.loc[:, list(PROJECT_COLUMNS)])
        try:
            cur.execute(named_sql("ingest_update_projects"), [batch_id])
        finally:
            cur.unregister("_plan_changed")
    fault("versions")
    insert_events(cur, plan.events, batch_id)
    fault("events")
    refresh_stays(cur, plan.events["project_id"].unique().tolist())
    fault("stays")
    touched = pd.DataFrame({
        "batch_id": batch_id,
        "project_id": pd.concat([plan.new["project_id"], plan.changed["project_id"]],
                                ignore_index=True).astype(object),
        "change": ["new"] * len(plan.new) + ["changed"] * len(plan.changed)})
    Database.insert_frame(cur, "batch_project", touched)


def undo_batch(db: Database, batch_id: int, *, user: str,
               allowed: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
               audit: Callable[[duckdb.DuckDBPyConnection, int], None] | None = None) -> int:
    """Return the projects of an import to their state before it; returns the undo batch id.
    Refused (NotCommitted) when a later import touched them, or for anything but an import.
    `allowed(cur)` may refuse (NotCommitted) inside the transaction, before anything changes;
    `audit(cur, undo_id)` writes the audit entry in the same transaction."""
    with db.transaction() as cur:
        found = cur.execute(named_sql("ingest_batch"), [batch_id]).df()
        if found.empty:
            raise NotCommitted(say("undo.unknown", batch=batch_id))
        batch = found.iloc[0]
        if batch["kind"] != "import":
            raise NotCommitted(say("undo.not_import", batch=batch_id))
        if pd.notna(batch["undone_by"]):
            raise NotCommitted(say("undo.already", batch=batch_id, by=int(batch["undone_by"])))
        blockers = cur.execute(named_sql("ingest_undo_blockers"), [batch_id]).df()
        if len(blockers):
            later = ", ".join(say("word.batch", batch=b) for b in blockers["batch_id"])
            raise NotCommitted(say("undo.blocked", batch=batch_id, later=later,
                                   n=int(blockers["projects"].sum())))
        if allowed is not None:
            allowed(cur)
        listed = batch["project_ids"]
        # an import that touched no project (possible in old databases) has no list at all
        ids = [] if listed is None or (not hasattr(listed, "__len__") and pd.isna(listed)) \
            else list(listed)
        n_events = cur.execute(named_sql("ingest_batch_event_count"), [batch_id]).fetchone()[0]
        undo_id = new_batch(cur, "undo", batch_id=reserve_batch_number(db), file_name=batch["file_name"],
                            user_name=user, undo_of=batch_id, n_rows=len(ids), n_new=0,
                            n_changed=len(ids), n_unchanged=0, n_rejected=0, n_events=n_events,
                            note=t_de("undo.note", batch=batch_id))
        cur.execute(named_sql("ingest_save_versions"), [undo_id, ids])
        retracted = event_projects(cur, batch_id)  # their stays change with the events
        cur.execute(named_sql("ingest_undo_retract_events"), [undo_id, batch_id])
        cur.execute(named_sql("ingest_undo_delete_events"), [batch_id])
        refresh_stays(cur, retracted)
        cur.execute(named_sql("ingest_undo_remove_new"), [batch_id])
        cur.execute(named_sql("ingest_undo_restore"), [batch_id])
        cur.execute(named_sql("ingest_undo_record"), [undo_id, batch_id])
        cur.execute(named_sql("ingest_undo_mark"), [undo_id, batch_id])
        if audit is not None:
            audit(cur, undo_id)
    return undo_id
