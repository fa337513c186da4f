"""Creating a database: schema, reference data and optionally demo data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dashboard.demo.generator import generate
from dashboard.domain.taxonomy import read_reference_dir
from dashboard.store.gateway import Database, DatabaseError
from dashboard.store.projects import insert_events, insert_projects, new_batch
from dashboard.store.reference import load_reference, read_taxonomy
from dashboard.store.schema import migrate
from dashboard.store.stays import refresh as refresh_stays


def init_database(path: Path, reference_dir: Path, *, demo: bool = False, size: int = 400,
                  seed: int = 42, force: bool = False, as_of: date | None = None,
                  match: bool = True) -> dict[str, Any]:
    """Create a new database file; refuses to touch an existing one unless `force`. With demo
    data and `match`, the Vernetzung pairs are computed too (else on first read)."""
    if path.exists():
        if not force:
            raise DatabaseError(
                f"Die Datenbank {path} existiert bereits. Zum Überschreiben `--force` angeben."
            )
        path.unlink()
        Path(f"{path}.wal").unlink(missing_ok=True)
    set_aside = retire_heads(path)
    taxonomy = read_reference_dir(reference_dir)
    with Database(path) as db:
        version = migrate(db)
        load_reference(db, taxonomy)
        projects = events = 0
        if demo:
            from dashboard.foerderlisten.demo import add_demo_list

            projects, events = add_demo_data(db, size=size, seed=seed, as_of=as_of)
            add_demo_list(db, seed=seed, as_of=as_of)  # the Förderlisten-Abgleich has a list
        if demo and match:
            from dashboard.matching.service import refresh

            refresh(db)  # the Vernetzung pairs of the demo data, stored like after an import
        db.connection().execute("CHECKPOINT")
    return {"schema_version": version, "projects": projects, "events": events,
            "heads_set_aside": set_aside}


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


def add_demo_data(db: Database, *, size: int, seed: int, as_of: date | None = None) -> tuple[int, int]:
    """Generate and store demo projects in one transaction."""
    data = generate(read_taxonomy(db), size=size, seed=seed, as_of=as_of)
    with db.transaction() as cur:
        batch = new_batch(cur, "demo", note=f"Demodaten: {size} Projekte, Startwert {seed}",
                          n_rows=size, n_new=size, n_changed=0, n_unchanged=0, n_rejected=0)
        n = insert_projects(cur, data.projects, batch)
        m = insert_events(cur, data.events, batch)
        refresh_stays(cur)  # all projects: the stays of the new events
    from dashboard.demo.targets import plant_targets

    plant_targets(db)  # Wirkung: targets scaled to the demo projects
    return n, m


def reload_reference(db: Database, reference_dir: Path) -> None:
    """Replace reference data from the CSV folder (e.g. after an administrator edited it)."""
    load_reference(db, read_reference_dir(reference_dir))
