"""The stage_stay table (migration 003): per stage event its next event's date, previous stage
and first-event flags, so the pipeline figures read one table instead of running a window over
all stage events on every page run.

Every writer of stage_event calls `refresh` in its own transaction (store.setup for demo data,
ingest.commit for imports and undos), so the table always matches stage_event.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from dashboard.store.gateway import Database, named_sql


def refresh(cur: duckdb.DuckDBPyConnection, project_ids: Iterable[str] | None = None) -> None:
    """Recompute the stays of `project_ids` (all projects when None) from stage_event."""
    everything = project_ids is None
    ids = [] if everything else sorted({str(p) for p in project_ids})
    if not everything and not ids:
        return
    cur.execute(named_sql("stays_clear"), [everything, ids])
    cur.execute(named_sql("stays_refresh"), [everything, ids])


def event_projects(cur: duckdb.DuckDBPyConnection, batch_id: int) -> list[str]:
    """Projects with stage events from batch `batch_id` (call before those events go)."""
    return [row[0] for row in cur.execute(named_sql("stays_event_projects"), [batch_id]).fetchall()]


def is_fresh(db: Database) -> bool:
    """True when stage_stay matches stage_event (a cheap count/max check); False after events
    were written around the writers (e.g. by hand in SQL)."""
    return bool(db.scalar("stays_check"))
