"""Writing projects, stage events and import batches (inside a caller's transaction)."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from dashboard.domain.project import PROJECT_COLUMNS
from dashboard.store.gateway import Database, named_sql

EVENT_COLUMNS = ("project_id", "stage_code", "entered_on", "outcome")


def reserve_batch_id(cur: duckdb.DuckDBPyConnection) -> int:
    """A new batch number (table batch_number, migration 004). Called on a cursor of its own
    (autocommit), the number is used up even when the import that asked for it never commits:
    numbers are never handed out twice."""
    return int(cur.execute(named_sql("batch_reserve")).fetchone()[0])


def reserve_batch_number(db: Database) -> int:
    """A new import number in its own autocommit transaction: once taken it stays used, so a
    number is never given twice even when the import that took it fails."""
    return int(db.write_now("batch_reserve")[0][0])


def new_batch(cur: duckdb.DuckDBPyConnection, kind: str, *, batch_id: int | None = None,
              **fields: Any) -> int:
    """Record a batch (demo run, import, undo) and return its id (a new one unless given)."""
    if batch_id is None:
        batch_id = reserve_batch_id(cur)
    names = ["batch_id", "kind", *fields]
    marks = ", ".join("?" for _ in names)
    cur.execute(
        f"INSERT INTO import_batch ({', '.join(names)}) VALUES ({marks})",
        [batch_id, kind, *fields.values()],
    )
    return int(batch_id)


def insert_projects(cur: duckdb.DuckDBPyConnection, projects: pd.DataFrame, batch_id: int) -> int:
    """Insert new project rows (columns as in domain.project.PROJECT_COLUMNS)."""
    frame = projects.loc[:, list(PROJECT_COLUMNS)].copy()
    frame["batch_id"] = batch_id
    return Database.insert_frame(cur, "project", frame)


def insert_events(cur: duckdb.DuckDBPyConnection, events: pd.DataFrame, batch_id: int) -> int:
    """Append stage events (project_id, stage_code, entered_on, outcome[, basis])."""
    frame = events.loc[:, [*EVENT_COLUMNS, *(["basis"] if "basis" in events else [])]].copy()
    frame["outcome"] = frame["outcome"].astype(object).where(frame["outcome"].notna(), None)
    frame["batch_id"] = batch_id
    return Database.insert_frame(cur, "stage_event", frame)
