"""Creating a database: schema, reference data and optionally demo data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dashboard.domain.taxonomy import read_reference_dir
from dashboard.store.gateway import Database, DatabaseError
from dashboard.store.reference import load_reference
from dashboard.store.schema import migrate


def create_database(path: Path, reference_dir: Path, *, force: bool = False) -> dict[str, Any]:
    """Create a new database file with its schema and reference data; refuses to touch an
    existing one unless `force`. Demo data come on top (dashboard.demo.seed)."""
    if path.exists():
        if not force:
            raise DatabaseError(
                f"Die Datenbank {path} existiert bereits. Zum Überschreiben `--force` angeben."
            )
        path.unlink()
        Path(f"{path}.wal").unlink(missing_ok=True)
    set_aside = retire_heads(path)
    with Database(path) as db:
        version = migrate(db)
        load_reference(db, read_reference_dir(reference_dir))
        db.connection().execute("CHECKPOINT")
    return {"schema_version": version, "heads_set_aside": set_aside}


def retire_heads(path: Path) -> list[str]:
    """A new database starts a new audit log: the heads noted for the one it replaces (heads
    file, `.kopf` files in the archive) are renamed `….bis-<UTC time>`, kept but no longer
    checked, so the new log is not reported as cut short."""
    from dashboard import clock, config

    suffix = f".bis-{clock.now_utc():%Y%m%dT%H%M%S}"
    folder = config.archive_dir(path)
    old = [config.audit_heads_file(path),
           *(sorted(folder.glob("*.kopf")) if folder.is_dir() else [])]
    moved = []
    for file in old:
        if file.is_file():
            file.rename(file.with_name(file.name + suffix))
            moved.append(file.name + suffix)
    return moved


def reload_reference(db: Database, reference_dir: Path) -> None:
    """Replace reference data from the CSV folder (e.g. after an administrator edited it)."""
    load_reference(db, read_reference_dir(reference_dir))
