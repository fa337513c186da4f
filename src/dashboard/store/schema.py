"""Schema version table and forward-only migrations from store/sql/migrations/NNN_name.sql."""

from __future__ import annotations

from importlib import resources

from dashboard.store.gateway import Database, DatabaseError


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file, in order."""
    folder = resources.files("dashboard.store").joinpath("sql", "migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name.removesuffix(".sql").partition("_")
            found.append((int(number), name, entry.read_text("utf-8")))
    return sorted(found)


VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
    "applied_at TIMESTAMP NOT NULL DEFAULT getvariable('app_now')::TIMESTAMP)")


def create_schema(cur, numbers: set[int] | None = None) -> None:
    """Create the tables of the given migrations (all: None) on a DuckDB cursor, without
    recording them: a replica's read model, whose schema_version rows come with the data."""
    cur.execute(VERSION_TABLE)
    for number, _, sql in migrations():
        if numbers is None or number in numbers:
            cur.execute(sql)


def current_version(db: Database) -> int:
    exists = db.scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    )
    if not exists:
        return 0
    return db.scalar("SELECT coalesce(max(version), 0) FROM schema_version")


def applied(db: Database) -> set[int]:
    """The migration numbers this database has."""
    if not current_version(db):
        return set()
    return set(db.query("SELECT version FROM schema_version").df["version"].astype(int))


def pending(db: Database) -> bool:
    """True when a migration is missing (also one numbered below the newest applied: branches
    that were developed side by side number their files in any order)."""
    return bool({n for n, _, _ in migrations()} - applied(db))


def migrate(db: Database) -> int:
    """Apply every migration the database lacks, in number order; returns the newest version."""
    version = current_version(db)
    done = applied(db)
    latest = migrations()[-1][0]
    if version > latest:
        raise DatabaseError(
            f"Die Datenbank hat Schema-Version {version}, diese Programmversion kennt nur bis "
            f"{latest}. Bitte die Anwendung aktualisieren."
        )
    if version and not pending(db):
        return version
    with db.transaction() as cur:
        cur.execute(VERSION_TABLE)
        for number, name, sql in migrations():
            if number not in done:
                cur.execute(sql)
                cur.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [number, name])
                version = max(version, number)
    return version
