"""A database to try the monitor with: `init --demo` creates the file (store.setup) and fills it
with generated projects, a Förderliste, impact targets and the Vernetzung pairs of those data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dashboard.demo.foerderlisten import add_demo_list
from dashboard.demo.generator import generate
from dashboard.demo.targets import plant_targets
from dashboard.matching.service import refresh as refresh_pairs
from dashboard.store.gateway import Database
from dashboard.store.projects import insert_events, insert_projects, new_batch
from dashboard.store.reference import read_taxonomy
from dashboard.store.setup import create_database
from dashboard.store.stays import refresh as refresh_stays


def init_database(path: Path, reference_dir: Path, *, demo: bool = False, size: int = 400,
                  seed: int = 42, force: bool = False, as_of: date | None = None,
                  match: bool = True) -> dict[str, Any]:
    """Create a new database file (refused for an existing one unless `force`); with `demo`,
    fill it with demo data, and with `match` also compute the Vernetzung pairs (else on first
    read)."""
    created = create_database(path, reference_dir, force=force)
    projects = events = 0
    if demo:
        with Database(path) as db:
            projects, events = add_demo_data(db, size=size, seed=seed, as_of=as_of)
            add_demo_list(db, seed=seed, as_of=as_of)  # the Förderlisten-Abgleich has a list
            if match:
                refresh_pairs(db)  # the Vernetzung pairs of the demo data, stored like after an import
            db.connection().execute("CHECKPOINT")
    return {**created, "projects": projects, "events": events}


def add_demo_data(db: Database, *, size: int, seed: int, as_of: date | None = None) -> tuple[int, int]:
    """Generate and store demo projects in one transaction."""
    data = generate(read_taxonomy(db), size=size, seed=seed, as_of=as_of)
    with db.transaction() as cur:
        batch = new_batch(cur, "demo", note=f"Demodaten: {size} Projekte, Startwert {seed}",
                          n_rows=size, n_new=size, n_changed=0, n_unchanged=0, n_rejected=0)
        n = insert_projects(cur, data.projects, batch)
        m = insert_events(cur, data.events, batch)
        refresh_stays(cur)  # all projects: the stays of the new events
    plant_targets(db)  # Wirkung: targets scaled to the demo projects
    return n, m
