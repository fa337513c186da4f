"""The tamper-evident audit log: `record(db, actor, kind, detail, where)` appends one entry,
`verify(db)` checks the hash chain. Entries are never changed by the app.

Each entry's hash is sha256 over the canonical JSON of its content (seq, at, actor, source,
kind, networks, detail) followed by the previous entry's hash; the first entry follows
GENESIS. Changing, deleting or reordering any row breaks the chain from there on."""

from dashboard.audit.log import (
    GENESIS,
    KINDS,
    Broken,
    append,
    decision_audit,
    entry_hash,
    record,
    verify,
)

__all__ = ["GENESIS", "KINDS", "Broken", "append", "decision_audit", "entry_hash", "record",
           "verify"]
