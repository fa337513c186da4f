"""The chain's head outside the database (after Certificate Transparency's signed tree heads):
number of entries and newest hash, noted after every commit in `<db>_kopf.jsonl` beside the
database file and as `<archive>.kopf` beside every import archive. A log cut short no longer
reaches a noted head, so deleting the newest entries is found (audit.check)."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard import clock, config
from dashboard.store.gateway import Database, after_commit

log = logging.getLogger("dashboard")
MIN_PREFIX = 16  # hex digits of a typed head: 64 bits, beyond forging by trial
_TEXT = re.compile(r"^\s*(?:Kopf\s+)?(\d+)\s*:\s*([0-9a-fA-F]+)\s*$")


@dataclass(frozen=True)
class Head:
    """Entry `seq` is the newest and has `hash` (a prefix when typed by a person)."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    def matches(self, digest: str) -> bool:
        return digest.lower().startswith(self.hash.lower())


def parse(text: str) -> Head:
    """'N:HASH' (the hash, or its first 16 or more hex digits) -> Head; German ValueError."""
    found = _TEXT.match(text or "")
    if not found or len(found[2]) < MIN_PREFIX or len(found[2]) > 64:
        raise ValueError(f"Kein gültiger Kopf: „{text}“. Erwartet wird NUMMER:HASH, z. B. "
                         f"6:3fa1c2… (der Hash oder seine ersten {MIN_PREFIX} Zeichen).")
    return Head(int(found[1]), found[2].lower())


def current(db: Database) -> Head | None:
    """The newest entry's head; None before the audit table exists or while it is empty."""
    if not db.scalar("SELECT count(*) FROM information_schema.tables "
                     "WHERE table_name = 'audit_log'"):
        return None
    last = db.query("audit_last").first()
    return None if last is None else Head(int(last["seq"]), str(last["hash"]))


def heads_file(db_path: Path) -> Path:
    """Where every commit notes the head: beside the database file, append-only."""
    return config.audit_heads_file(db_path)


def _line(head: Head) -> str:
    return json.dumps({"seq": head.seq, "hash": head.hash,
                       "at": clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n"


def note(path: Path, head: Head, *, append: bool = True) -> bool:
    """Write the head to `path` (a line appended, or a file of its own); a file that cannot
    be written is a warning in the log, never a failed write of the data (already committed)."""
    try:
        with open(path, "a" if append else "w", encoding="utf-8") as out:
            out.write(_line(head))
        return True
    except OSError as exc:
        log.warning("Protokoll-Kopf %s konnte nicht nach %s geschrieben werden: %s",
                    head, path, exc)
        return False


def note_after_commit(cur, head: Head) -> None:
    """Note `head` in the heads file once the transaction of `cur` has committed."""
    after_commit(cur, lambda db: note(heads_file(db.path), head))


def note_beside(archived: Path, db: Database) -> bool:
    """`<archived>.kopf`: the head just after the import that archived the file (a failure is
    a warning: the import has committed)."""
    try:
        head = current(db)
    except Exception as exc:  # noqa: BLE001 - the import stands; the heads file has the head
        log.warning("Protokoll-Kopf für %s nicht lesbar: %s", archived, exc)
        return False
    return head is not None and note(Path(f"{archived}.kopf"), head, append=False)


@dataclass(frozen=True)
class Noted:
    head: Head
    source: str  # "<file>, Zeile 12" or "<archive>.kopf"


def found_outside(db_path: Path) -> tuple[list[Noted], list[str]]:
    """Every head noted outside the database (heads file and archive folder), and German
    warnings for lines that are no head. Missing files are no error (a new database)."""
    noted, warnings = [], []
    sources = [heads_file(db_path)]
    folder = config.archive_dir(db_path)
    if folder.is_dir():
        sources += sorted(folder.glob("*.kopf"))
    for path in sources:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            warnings.append(f"{path} ist nicht lesbar: {exc}")
            continue
        for i, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                head = Head(int(d["seq"]), str(d["hash"]))
            except (ValueError, KeyError, TypeError):
                warnings.append(f"{path}, Zeile {i}: kein gültiger Kopf – übergangen.")
                continue
            noted.append(Noted(head, f"{path}, Zeile {i}" if len(lines) > 1 else str(path)))
    return noted, warnings
