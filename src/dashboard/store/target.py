"""Opening the store the settings name: the embedded DuckDB file (default) or a replica of the
shared PostgreSQL store (config.db_target)."""

from __future__ import annotations

from dashboard import config
from dashboard.store.gateway import Database


def open_store(target: str | None = None, *, read_only: bool = False,
               follow: bool = True) -> Database:
    """The gateway for `target` (default: the configured one); an existing store only."""
    target = config.db_target(target)
    if config.is_shared(target):
        from dashboard.store.replica import ReplicaDatabase

        return ReplicaDatabase.open_existing(target, config.local_stand_in(target),
                                             read_only=read_only, follow=follow)
    return Database.open_existing(target, read_only=read_only)


def shared(db: Database) -> bool:
    """True for a replica of the PostgreSQL store."""
    return hasattr(db, "url")
