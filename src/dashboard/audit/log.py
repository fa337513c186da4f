"""Append and verify (see the package docstring)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import pandas as pd

from dashboard import clock
from dashboard.audit.head import Head, note_after_commit
from dashboard.store.gateway import Database, named_sql

GENESIS = "0" * 64
KINDS = {"import": "Import übernommen", "undo": "Import rückgängig gemacht",
         "reference": "Referenzdaten geändert", "user": "Benutzer oder Rolle geändert",
         "setting": "Einstellung geändert", "login": "Anmeldung", "logout": "Abmeldung",
         "decision": "Vernetzung entschieden",
         "foerderliste_import": "Förderliste übernommen",
         "foerderliste_undo": "Förderliste zurückgenommen",
         "foerderliste_decision": "Förderlisten-Zuordnung entschieden",
         "alias": "Import-Zuordnung gemerkt", "alias_removed": "Import-Zuordnung entfernt",
         "target": "Zielwert gesetzt", "observation": "Messwert erfasst"}


def canonical(value: Any) -> str:
    """JSON with sorted keys, no spaces, non-ASCII kept: the same text for the same content."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def stamp(at: datetime | pd.Timestamp) -> str:
    return pd.Timestamp(at).strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(seq: int, at: str, actor: str, source: str, kind: str, networks: list[str],
               detail: str, prev_hash: str) -> str:
    content = canonical({"seq": seq, "at": at, "actor": actor, "source": source, "kind": kind,
                         "networks": sorted(networks), "detail": detail})
    return hashlib.sha256((content + prev_hash).encode("utf-8")).hexdigest()


def _who(actor: Any) -> str:
    return str(getattr(actor, "identity", actor))


def append(cur: duckdb.DuckDBPyConnection, actor: Any, kind: str, detail: dict[str, Any],
           where: str, networks: Iterable[str] = ()) -> int:
    """Append inside the caller's transaction (so the entry commits with the change it
    records); returns the entry's number."""
    last = cur.execute(named_sql("audit_last")).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = clock.now_utc()
    nets = sorted({str(n) for n in networks})
    text = canonical(detail)
    digest = entry_hash(seq, stamp(at), _who(actor), where, kind, nets, text, prev)
    cur.execute(named_sql("audit_insert"),
                [seq, at, _who(actor), where, kind, nets, text, prev, digest])
    note_after_commit(cur, Head(seq, digest))  # outside the database, once it is committed
    return seq


def record(db: Database, actor: Any, kind: str, detail: dict[str, Any], where: str,
           networks: Iterable[str] = ()) -> int:
    """Append one entry in its own transaction. `actor` is an access.Actor or a name; `where`
    is "page:<name>" or "cli"; `detail` any JSON-able dict (never personal data)."""
    with db.transaction() as cur:
        return append(cur, actor, kind, detail, where, networks)


def decision_audit(actor: Any, where: str, pair: tuple[str, str], decision: str,
                   keep: str | None):
    """The audit hook of a Vernetzung decision (matching.service.decide(audit=...))."""
    def write(cur: duckdb.DuckDBPyConnection, decision_id: int) -> None:
        append(cur, actor, "decision", {"decision_id": int(decision_id), "pair": sorted(pair),
                                        "decision": decision, "keep": keep}, where)
    return write


@dataclass(frozen=True)
class Broken:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"Eintrag Nr. {self.seq}: {self.reason}"


def verify(db: Database) -> tuple[int, Broken | None]:
    """(entries checked, the first broken entry or None)."""
    n, broken, _ = chain(db)
    return n, broken


def chain(db: Database) -> tuple[int, Broken | None, dict[int, str]]:
    """(entries, the first broken entry or None, the stored hash of each entry number)."""
    rows = db.query("audit_all").df
    hashes = {int(s): str(h) for s, h in zip(rows["seq"], rows["hash"], strict=True)}
    prev, expected = GENESIS, 1
    for r in rows.itertuples(index=False):
        if r.seq != expected:
            return len(rows), Broken(int(expected), f"fehlt (gefunden Nr. {r.seq})"), hashes
        if r.prev_hash != prev:
            return (len(rows), Broken(int(r.seq), "Verweis auf den vorigen Eintrag stimmt nicht"),
                    hashes)
        nets = [] if r.networks is None else list(r.networks)
        digest = entry_hash(int(r.seq), stamp(r.recorded_at), r.actor, r.source, r.kind, nets, r.detail,
                            r.prev_hash)
        if digest != r.hash:
            return len(rows), Broken(int(r.seq), "Inhalt wurde nachträglich verändert"), hashes
        prev, expected = r.hash, expected + 1
    return len(rows), None, hashes
