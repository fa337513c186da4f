"""The import as one call, used by the page, the CLI and the app process on the CLI's behalf:
bytes -> Book/Grid (grid) -> Located (locate) -> Parsed (parse) -> Checked (check) ->
ImportPlan (plan) -> commit, undo, history. Pure functions of (database, bytes, options, user);
`user` is who acts (the page's login, the CLI's OS user) and flows into plan and commit."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.access import Actor, PermissionDenied, actor_of, may, require, scope_of
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest import archive, heap
from dashboard.ingest.accountable import import_audit, undo_audit, undo_guard
from dashboard.ingest.aliases import check_remember, load_aliases
from dashboard.ingest.commit import NotCommitted, commit_plan, sha256, undo_batch
from dashboard.ingest.decisions import Decision
from dashboard.ingest.grid import open_book
from dashboard.ingest.locate import locate
from dashboard.ingest.messages import FileRejected, Issue, row_ranges, say
from dashboard.ingest.parse import Parsed, parse
from dashboard.ingest.plan import ImportPlan, plan_table
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import applied, migrate, pending

__all__ = ["FileRejected", "ImportResult", "list_imports", "read_project_list",
           "run_import", "undo_import"]


def offer_json(offer) -> dict[str, Any]:
    """The CLI/JSON shape of a suggestion a decision can take (--zuordnung WERT=CODE)."""
    return {"column": offer.header, "letter": offer.letter, "value": offer.value,
            "codes": list(offer.codes), "cells": len(offer.rows), "rows": row_ranges(offer.rows),
            "decided": offer.decided}


def issue_json(issue: Issue) -> dict[str, Any]:
    """The CLI/JSON shape of one problem."""
    return {"row": issue.row, "column": issue.column, "value": issue.value,
            "message": issue.message, "suggestion": issue.suggestion}


@dataclass
class ImportResult:
    """What an import did (or would do, for a dry run)."""

    plan: ImportPlan
    committed: bool
    batch_id: int | None = None
    message: str | None = None   # why nothing was written, when it was not
    table: Parsed | None = None

    def to_json(self) -> dict[str, Any]:
        """Exactly the object `python -m dashboard import --json` prints."""
        c = self.plan.counts()
        return {"file": self.plan.file_name, "sheet": self.plan.sheet, "rows": c["rows"],
                "new": c["new"], "changed": c["changed"], "unchanged": c["unchanged"],
                "rejected": c["rejected"], "committed": self.committed, "batch_id": self.batch_id,
                "errors": [issue_json(i) for i in self.plan.errors],
                "warnings": [issue_json(i) for i in self.plan.warnings],
                "to_confirm": [issue_json(i) for i in self.plan.to_confirm],
                "decisions": [a.to_json() for a in self.plan.applied],
                "offers": [offer_json(o) for o in self.plan.offers]}


def rejected_json(file_name: str, message: str) -> dict[str, Any]:
    """The JSON object for a file that could not be read at all."""
    return {"file": file_name, "sheet": None, "rows": 0, "new": 0, "changed": 0, "unchanged": 0,
            "rejected": 0, "committed": False, "batch_id": None,
            "errors": [{"row": None, "column": None, "value": None, "message": message,
                        "suggestion": None}], "warnings": [], "to_confirm": [], "decisions": [],
                "offers": []}


def ensure_schema(db: Database) -> None:
    """Apply pending migrations (history tables) and tidy the archive before the first write."""
    if db.read_only:
        return
    if pending(db):
        migrate(db)
    archive.sweep(db)


def release_memory() -> None:
    """After a big import: collect and hand freed heap pages back to the operating system
    (glibc keeps them otherwise, and the app process would stay at its peak)."""
    gc.collect()
    heap.trim()


@contextmanager
def quiet_gc() -> Iterator[None]:
    """No cyclic garbage collection while a list is read, planned or written: that makes
    millions of small acyclic objects, and each full collection would rescan all of them
    (measured: 100k rows commit 0.7 s instead of 2 s). Reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_project_list(data: bytes | Path, file_name: str, taxonomy: Taxonomy,
                      sheet: str | None = None, decisions: Sequence[Decision] = (),
                      aliases: Sequence[Any] = ()) -> Parsed:
    """Read a project list (.xlsx/.xlsm/.xls/.xlsb/.ods/.csv) into typed rows and issues.
    Raises FileRejected for unreadable, hostile or header-less files. `sheet` picks a sheet by
    name; otherwise the first visible sheet with a recognisable header is used. `decisions`
    and `aliases` read refused reference values (ingest.decisions)."""
    with quiet_gc(), open_book(data, file_name, unsaved=True) as book:
        return parse(locate(book, taxonomy, sheet), taxonomy, decisions, aliases)


def plan_import(db: Database, data: bytes, file_name: str, *, sheet: str | None = None,
                taxonomy: Taxonomy | None = None, user: str | None = None,
                actor: Actor | None = None, decisions: Sequence[Decision] = ()
                ) -> tuple[Parsed, ImportPlan]:
    """Read the file and work out the plan for `user` (rows outside the actor's Fachnetzwerke
    become errors), with the person's decisions and the networks' remembered ones; raises
    FileRejected for unreadable files."""
    taxonomy = taxonomy or read_taxonomy(db)
    table = read_project_list(data, file_name, taxonomy, sheet, decisions, load_aliases(db))
    heap.trim()  # the sheet's cells as read are gone
    scope = scope_of(actor_of(actor, user or ""))
    with quiet_gc():
        plan = plan_table(db, table, taxonomy, data_version=db.data_version, sha256=sha256(data),
                          scope=scope)
    plan.actor = user
    return table, plan


def run_import(db: Database, data: bytes, file_name: str, *, sheet: str | None = None,
               dry_run: bool = False, allow_partial: bool = False,
               plausible_confirmed: bool = False, user: str,
               taxonomy: Taxonomy | None = None,
               cancelled: Callable[[], bool] | None = None, actor: Actor | None = None,
               where: str = "cli", decisions: Sequence[Decision] = (),
               remember: bool = False) -> ImportResult:
    """Read, plan and (unless dry_run) commit in one transaction. A plan with errors is only
    committed with allow_partial (valid rows only); values beyond a plausibility warning bound
    only with plausible_confirmed. `remember` keeps every applied decision as an alias of the
    rows' Fachnetzwerke. Raises FileRejected for unreadable files, PermissionDenied when the
    actor may not import at all."""
    require(actor_of(actor, user), "import")
    if not dry_run:
        ensure_schema(db)
    taxonomy = taxonomy or read_taxonomy(db)
    table, plan = plan_import(db, data, file_name, sheet=sheet, taxonomy=taxonomy, user=user,
                              actor=actor, decisions=decisions)
    if dry_run:
        return ImportResult(plan, committed=False, table=table)
    chosen = [(a.field, a.value) for a in plan.applied if a.source == "decision"] if remember else []
    return commit_result(db, table, plan, data, user=user, allow_partial=allow_partial,
                         plausible_confirmed=plausible_confirmed, taxonomy=taxonomy,
                         cancelled=cancelled, actor=actor, where=where, remember=chosen)


def commit_result(db: Database, table: Parsed, plan: ImportPlan, data: bytes, *, user: str,
                  allow_partial: bool, taxonomy: Taxonomy, plausible_confirmed: bool = False,
                  cancelled: Callable[[], bool] | None = None, actor: Actor | None = None,
                  where: str = "cli", remember: Sequence[tuple[str, str]] = ()) -> ImportResult:
    """Commit a plan computed earlier (the page shows it first) for `user`; recomputed if data
    changed (always for the actor's scope). `cancelled()` True just before the commit rolls it
    back. The audit entry, and the aliases of the decisions in `remember` ((field, value)),
    commit with the import."""
    who = actor_of(actor, user)
    require(who, "import")
    try:
        aliases = check_remember(who, plan.applied, remember)
    except PermissionDenied as exc:
        return ImportResult(plan, committed=False, message=exc.message, table=table)
    ensure_schema(db)
    digest = plan.sha256 or sha256(data)
    scope = scope_of(who)

    def replan(cur) -> ImportPlan:
        fresh = plan_table(cur, table, taxonomy, data_version=db.data_version, sha256=digest,
                           scope=scope)
        fresh.actor = user
        return fresh

    if plan.scope != scope:  # a plan checked for another scope (or none) is planned again
        plan = plan_table(db, table, taxonomy, data_version=db.data_version, sha256=digest,
                          scope=scope)
        plan.actor = user
    try:
        with quiet_gc():
            batch_id, written = commit_plan(db, plan, data, user=user, allow_partial=allow_partial,
                                            plausible_confirmed=plausible_confirmed,
                                            replan=replan, cancelled=cancelled,
                                            audit=import_audit(who, where, taxonomy, allow_partial,
                                                               aliases))
    except NotCommitted as exc:
        return ImportResult(plan, committed=False, message=exc.message, table=table)
    finally:
        release_memory()
    return ImportResult(written, committed=True, batch_id=batch_id, table=table)


def undo_import(db: Database, batch_id: int, *, user: str, actor: Actor | None = None,
                where: str = "cli") -> dict[str, Any]:
    """Undo an import: {"undone": bool, "batch_id", "undo_batch_id", "message"} (in the run's language).
    Refused when the actor may not undo, or the import touched a network outside its scope."""
    who = actor_of(actor, user)
    if not may(who, "undo"):
        return {"undone": False, "batch_id": batch_id, "undo_batch_id": None,
                "message": say("undo.denied", role=who.role.label)}
    ensure_schema(db)
    networks: list[str] = []
    try:
        undo_id = undo_batch(db, batch_id, user=user,
                             allowed=undo_guard(who, batch_id, read_taxonomy(db), networks),
                             audit=undo_audit(who, where, batch_id, networks))
    except NotCommitted as exc:
        return {"undone": False, "batch_id": batch_id, "undo_batch_id": None,
                "message": exc.message}
    return {"undone": True, "batch_id": batch_id, "undo_batch_id": undo_id,
            "message": say("undo.done", batch=batch_id, undo=undo_id)}


def list_imports(db: Database) -> pd.DataFrame:
    """The import history, newest first, with an `undoable` flag."""
    if not {2, 4} <= applied(db):  # an old database opened read-only
        return pd.DataFrame(columns=["batch_id", "kind", "created_at", "undoable"])
    return db.query("ingest_history").df


def export_frames(db: Database, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The filtered projects and their stage history, as the Excel export writes them."""
    from dashboard.analytics.filtering import query_filtered

    return (query_filtered(db, "export_projects", filters).df,
            query_filtered(db, "export_events", filters).df)


EXPORT_CHUNK = 10_240  # projects fetched and written at a time


def export_chunks(db: Database, filters: Filters, rows: int = EXPORT_CHUNK
                  ) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """The filtered projects and their stage history a chunk at a time (by project id), so an
    export of 200.000 projects keeps its memory flat."""
    from dashboard.analytics.filtering import with_filtered
    from dashboard.store.gateway import named_sql

    sql, params = with_filtered(named_sql("export_projects"), filters)
    for projects in db.chunks(sql, params, rows):
        yield projects, db.query("export_events_of", [projects["project_id"].tolist()]).df
