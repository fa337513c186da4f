"""Writing an import plan in one transaction (all or nothing), and undoing an import.

Every commit records a batch, keeps the uploaded file in the archive folder next to the
database, saves the previous version of each changed project (project_version) and appends
stage events. Bulk writes go through registered DataFrames only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import config
from dashboard.domain.project import PROJECT_COLUMNS
from dashboard.ingest.plan import ImportPlan
from dashboard.store.gateway import Database, named_sql
from dashboard.store.projects import insert_events, insert_projects, new_batch
from dashboard.store.stays import event_projects
from dashboard.store.stays import refresh as refresh_stays


class NotCommitted(Exception):
    """The plan was not written; .message says why (German)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archive_name(batch_id: int, digest: str, file_name: str) -> str:
    """'000012_3fa9c1d2e4b5_Projektliste.xlsx' (no path parts, no odd characters)."""
    safe = re.sub(r"[^\w.\-]+", "_", Path(file_name).name).strip("._") or "upload"
    return f"{batch_id:06d}_{digest[:12]}_{safe[:120]}"


def commit_plan(db: Database, plan: ImportPlan, data: bytes, *, user: str,
                allow_partial: bool = False,
                replan: Callable[[duckdb.DuckDBPyConnection], ImportPlan] | None = None
                ) -> tuple[int, ImportPlan]:
    """Write the plan; returns (batch_id, the plan written). When another write landed since the
    plan was computed, `replan` recomputes it inside the transaction (imports never interleave)."""
    archived: Path | None = None
    try:
        with db.transaction() as cur:
            if replan is not None and db.data_version != plan.data_version:
                plan = replan(cur)
            if plan.has_errors and not allow_partial:
                raise NotCommitted(f"Die Datei enthält {len(plan.errors)} Fehler; es wurde nichts "
                                   "übernommen. Fehler beheben oder nur die gültigen Zeilen "
                                   "übernehmen.")
            digest = sha256(data)
            counts = plan.counts()
            batch_id = new_batch(cur, "import", file_name=plan.file_name, sha256=digest,
                                 sheet=plan.sheet, user_name=user, n_rows=counts["rows"],
                                 n_new=counts["new"], n_changed=counts["changed"],
                                 n_unchanged=counts["unchanged"], n_rejected=counts["rejected"],
                                 n_events=counts["events"], n_missing=counts["missing"])
            folder = config.archive_dir(db.path)
            folder.mkdir(parents=True, exist_ok=True)
            archived = folder / archive_name(batch_id, digest, plan.file_name)
            archived.write_bytes(data)
            cur.execute(named_sql("ingest_batch_archived"), [str(archived), batch_id])
            write_plan(cur, plan, batch_id)
    except BaseException:
        if archived is not None:
            archived.unlink(missing_ok=True)
        raise
    return batch_id, plan


def write_plan(cur: duckdb.DuckDBPyConnection, plan: ImportPlan, batch_id: int) -> None:
    """New projects, saved versions + updates of changed ones, events, the batch's project list."""
    insert_projects(cur, plan.new, batch_id)
    if len(plan.changed):
        cur.execute(named_sql("ingest_save_versions"), [batch_id, plan.changed["project_id"].tolist()])
        cur.register("_plan_changed", plan.changed.loc[:, list(PROJECT_COLUMNS)])
        try:
            cur.execute(named_sql("ingest_update_projects"), [batch_id])
        finally:
            cur.unregister("_plan_changed")
    insert_events(cur, plan.events, batch_id)
    refresh_stays(cur, plan.events["project_id"].unique().tolist())
    touched = pd.DataFrame({
        "batch_id": batch_id,
        "project_id": pd.concat([plan.new["project_id"], plan.changed["project_id"]],
                                ignore_index=True).astype(object),
        "change": ["new"] * len(plan.new) + ["changed"] * len(plan.changed)})
    Database.insert_frame(cur, "batch_project", touched)


def undo_batch(db: Database, batch_id: int, *, user: str) -> int:
    """Return the projects of an import to their state before it; returns the undo batch id.
    Refused (NotCommitted) when a later import touched them, or for anything but an import."""
    with db.transaction() as cur:
        found = cur.execute(named_sql("ingest_batch"), [batch_id]).df()
        if found.empty:
            raise NotCommitted(f"Einen Import Nr. {batch_id} gibt es nicht.")
        batch = found.iloc[0]
        if batch["kind"] != "import":
            raise NotCommitted(f"Vorgang Nr. {batch_id} ist kein Import und kann nicht "
                               "rückgängig gemacht werden.")
        if pd.notna(batch["undone_by"]):
            raise NotCommitted(f"Import Nr. {batch_id} wurde bereits rückgängig gemacht "
                               f"(Vorgang Nr. {int(batch['undone_by'])}).")
        blockers = cur.execute(named_sql("ingest_undo_blockers"), [batch_id]).df()
        if len(blockers):
            later = ", ".join(f"Nr. {b}" for b in blockers["batch_id"])
            raise NotCommitted(f"Import Nr. {batch_id} kann nicht rückgängig gemacht werden: "
                               f"spätere Importe ({later}) haben {int(blockers['projects'].sum())} "
                               "seiner Projekte geändert. Zuerst diese rückgängig machen.")
        ids = list(batch["project_ids"]) if batch["project_ids"] is not None else []
        n_events = cur.execute(named_sql("ingest_batch_event_count"), [batch_id]).fetchone()[0]
        undo_id = new_batch(cur, "undo", file_name=batch["file_name"], user_name=user,
                            undo_of=batch_id, n_rows=len(ids), n_new=0,
                            n_changed=len(ids), n_unchanged=0, n_rejected=0, n_events=n_events,
                            note=f"Import Nr. {batch_id} rückgängig gemacht")
        cur.execute(named_sql("ingest_save_versions"), [undo_id, ids])
        retracted = event_projects(cur, batch_id)  # their stays change with the events
        cur.execute(named_sql("ingest_undo_retract_events"), [undo_id, batch_id])
        cur.execute(named_sql("ingest_undo_delete_events"), [batch_id])
        refresh_stays(cur, retracted)
        cur.execute(named_sql("ingest_undo_remove_new"), [batch_id])
        cur.execute(named_sql("ingest_undo_restore"), [batch_id])
        cur.execute(named_sql("ingest_undo_record"), [undo_id, batch_id])
        cur.execute(named_sql("ingest_undo_mark"), [undo_id, batch_id])
    return undo_id
