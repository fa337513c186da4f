"""The audit entries a person may read, filtered (the Protokoll page): Administration sees all,
network managers the entries of their Fachnetzwerke and their own."""

from __future__ import annotations

import json
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


def summary(kind: str, detail: str) -> str:
    """One German line for an entry's content (the JSON stays available beside it)."""
    try:
        d = json.loads(detail)
    except ValueError:
        return detail
    if kind == "import":
        return (f"Import Nr. {d.get('batch')}, {d.get('file')}: neu {d.get('new')}, geändert "
                f"{d.get('changed')}, abgelehnt {d.get('rejected')}"
                + (" (nur gültige Zeilen)" if d.get("partial") else ""))
    if kind == "undo":
        return f"Import Nr. {d.get('batch')} rückgängig gemacht (Vorgang Nr. {d.get('undo_batch')})"
    if kind == "reference":
        return (f"{d.get('table')}: Version Nr. {d.get('change')}"
                + (f", macht Nr. {d['undo_of']} rückgängig" if d.get("undo_of") else "")
                + (f" – {d['note']}" if d.get("note") else ""))
    if kind == "user":
        after = d.get("after")
        return (f"{d.get('email')}: entfernt" if after is None else
                f"{d.get('email')}: {after.get('role')} ({', '.join(after.get('networks', []))})"
                + ("" if after.get("active", True) else ", inaktiv"))
    if kind == "setting":
        return f"{d.get('key')}: {d.get('before')} → {d.get('after')}"
    if kind in ("login", "logout"):
        nets = d.get("networks")
        return f"{d.get('role')} ({'alle' if nets == '*' else ', '.join(nets or [])})"
    if kind == "decision":
        return f"{' ↔ '.join(d.get('pair', []))}: {d.get('decision')}"
    return detail
