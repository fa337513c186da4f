"""The archive of uploaded originals (a helper of the commit): every committed import keeps its
file beside the database as '000012_<sha256[:12]>_<name>'.

Crash-safe order: the file is written under a temporary name ('.partial-000012-<random>'),
the database transaction commits (its batch row already names the final file), and only then
is the file renamed. A crash before the commit leaves a partial file and no batch: it is
removed. A crash between commit and rename leaves a partial file whose batch exists: it is
renamed to the name the batch expects. `sweep` does both at start and logs a line, so no file
is ever unaccounted for; batch numbers are reserved before, so none is reused.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import threading
from pathlib import Path

from dashboard import config
from dashboard.ingest.messages import say
from dashboard.store.gateway import Database

PARTIAL = ".partial-"
_PARTIAL_NAME = re.compile(r"^\.partial-(\d{6,})-[0-9a-f]+$")
_swept: set[Path] = set()
_lock = threading.Lock()
log = logging.getLogger("dashboard")


def archive_name(batch_id: int, digest: str, file_name: str) -> str:
    """'000012_3fa9c1d2e4b5_Projektliste.xlsx' (no path parts, no odd characters)."""
    safe = re.sub(r"[^\w.\-]+", "_", Path(file_name).name).strip("._") or "upload"
    return f"{batch_id:06d}_{digest[:12]}_{safe[:120]}"


def stage(folder: Path, batch_id: int, data: bytes) -> Path:
    """Write `data` under a temporary name in the archive folder, flushed to disk."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{PARTIAL}{batch_id:06d}-{secrets.token_hex(6)}"
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return path


def publish(partial: Path, final: Path) -> None:
    """Give a staged file its final name (atomic on one file system) and persist the rename."""
    os.replace(partial, final)
    _sync_dir(final.parent)


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep(db: Database, *, force: bool = False) -> list[str]:
    """Complete or remove files left by interrupted imports (once per database and process,
    before its first write); returns the log lines written."""
    folder = config.archive_dir(db.path)
    with _lock:
        if (folder in _swept and not force) or not folder.is_dir():
            _swept.add(folder)
            return []
        _swept.add(folder)
        partials = [p for p in folder.iterdir() if _PARTIAL_NAME.match(p.name)]
        if not partials:
            return []
        expected = _expected_paths(db, [int(_PARTIAL_NAME.match(p.name)[1]) for p in partials])
        lines, removed = [], []
        for path in partials:
            batch_id = int(_PARTIAL_NAME.match(path.name)[1])
            target = expected.get(batch_id)
            if target is not None and not Path(target).exists():
                publish(path, Path(target))
                lines.append(say("archive.completed", folder=folder, batch=batch_id))
            else:
                path.unlink(missing_ok=True)
                removed.append(path.name)
        if removed:
            lines.append(say("archive.swept", folder=folder, n=len(removed), names=", ".join(removed)))
        for line in lines:
            log.warning(line)
        return lines


def _expected_paths(db: Database, batch_ids: list[int]) -> dict[int, str]:
    sql = "SELECT batch_id, archived_path FROM import_batch"
    if db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'oplist_import'"):
        sql += " UNION ALL SELECT batch_id, archived_path FROM oplist_import"  # Förderlisten (007)
    found = db.query(f"SELECT * FROM ({sql}) WHERE batch_id IN (SELECT unnest(?::BIGINT[])) "
                     "AND archived_path IS NOT NULL", [batch_ids]).df
    return {int(b): str(p) for b, p in zip(found["batch_id"], found["archived_path"], strict=True)}
