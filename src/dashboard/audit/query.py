"""The audit entries a person may read, filtered (the Protokoll page): Administration sees all,
network managers the entries of their Fachnetzwerke and their own."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard.access import ALL, Actor, require
from dashboard.store.gateway import Database

MAX_ROWS = 5_000


def entries(db: Database, actor: Actor, *, person: str | None = None,
            kinds: tuple[str, ...] = (), since: date | None = None,
            until: date | None = None) -> pd.DataFrame:
    """Newest first, at most MAX_ROWS; raises PermissionDenied for roles without the log."""
    require(actor, "read_audit")
    networks = None if actor.networks == ALL else sorted(actor.networks)
    end = until + timedelta(days=1) if until else None
    return db.query("audit_entries", [networks, actor.identity, person or None,
                                      list(kinds) or None, since, end, MAX_ROWS]).df


def people(db: Database, actor: Actor) -> list[str]:
    """The persons in the entries this actor may read (for the filter)."""
    return sorted(entries(db, actor)["actor"].unique().tolist())
