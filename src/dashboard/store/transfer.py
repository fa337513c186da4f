"""Copying a whole store between the embedded DuckDB file and PostgreSQL, both ways, with the
row count and a checksum of every table compared after the copy (read back from the target)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from dashboard.store import pg
from dashboard.store.gateway import DatabaseError
from dashboard.store.schema import create_schema


@dataclass(frozen=True)
class TableCheck:
    """One table after a copy: rows and checksum at the source and read back at the target."""
    table: str
    rows_source: int
    rows_target: int
    sum_source: str
    sum_target: str

    @property
    def same(self) -> bool:
        return (self.rows_source, self.sum_source) == (self.rows_target, self.sum_target)


def _sums(cur: duckdb.DuckDBPyConnection, tables: list[pg.Table]) -> dict[str, tuple[int, str]]:
    return {t.name: pg.checksum_duck(cur, t) for t in tables}


def _read_back(url: str) -> tuple[duckdb.DuckDBPyConnection, list[pg.Table]]:
    """The PostgreSQL store read into a new DuckDB in memory (as a replica reads it)."""
    conn = duckdb.connect(":memory:")
    with pg.connect(url) as pconn, pconn.transaction():
        pconn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        tables = read_store(pconn, conn.cursor())
    return conn, tables


def read_store(pconn, cur: duckdb.DuckDBPyConnection) -> list[pg.Table]:
    """The PostgreSQL store into the DuckDB of `cur`: the schema of its migrations, its rows,
    the sequences past them (a replica's read model, a copy back into a file)."""
    if not pg.has_table(pconn, "schema_version"):
        raise DatabaseError(
            "Die PostgreSQL-Datenbank enthält noch keinen Datenbestand. Mit `python -m dashboard "
            "migrate --nach postgresql://…` wird eine eingebettete Datenbank übertragen, mit "
            "`python -m dashboard init --demo` werden Demodaten angelegt.")
    versions = {int(v) for (v,) in pconn.execute("SELECT version FROM schema_version").fetchall()}
    create_schema(cur, versions)
    tables = pg.schema_tables(cur)
    for table in tables:
        cur.execute(f'DELETE FROM "{table.name}"')   # rows some migrations seed
        pg.pull(pconn, cur, table)
    pg.advance_sequences(cur)
    return tables


def _compared(tables: list[pg.Table], source: dict, target: dict) -> list[TableCheck]:
    return [TableCheck(t.name, source[t.name][0], target[t.name][0], source[t.name][1],
                       target[t.name][1]) for t in tables]


def to_postgres(source: Path, url: str, app_role: str | None = None) -> list[TableCheck]:
    """Copy the DuckDB file `source` into the PostgreSQL database `url` (replacing the monitor's
    tables there; connect as the schema owner) and grant `app_role` least privilege. Replicas
    that follow the store read everything again."""
    conn = duckdb.connect(str(source), read_only=True)
    try:
        cur = conn.cursor()
        tables = pg.schema_tables(cur)
        before = _sums(cur, tables)
        with pg.connect(url) as pconn, pconn.transaction():
            pconn.execute("SELECT pg_advisory_xact_lock(%s)", [pg.WRITE_LOCK])
            seq = 0
            if pg.has_table(pconn, pg.CHANGES):
                seq = pconn.execute(f"SELECT coalesce(max(seq), 0) FROM {pg.CHANGES}").fetchone()[0]
            pg.install(pconn, tables, app_role)
            for table in tables:
                pg.push(cur, pconn, table)
            pg.note_change(pconn, seq + 1, None)
    finally:
        conn.close()
    back, _ = _read_back(url)
    try:
        after = _sums(back.cursor(), tables)
    finally:
        back.close()
    return _compared(tables, before, after)


def from_postgres(url: str, target: Path, *, force: bool = False) -> list[TableCheck]:
    """Copy the PostgreSQL store into a new DuckDB file `target`; checks the file, opened
    again, against the store read once more."""
    if target.exists():
        if not force:
            raise DatabaseError(f"Die Datei {target} existiert bereits. Zum Überschreiben `--force` angeben.")
        target.unlink()
        Path(f"{target}.wal").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(target))
    try:
        with pg.connect(url) as pconn, pconn.transaction():
            pconn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cur = conn.cursor()
            cur.execute("BEGIN")
            read_store(pconn, cur)
            cur.execute("COMMIT")
        conn.execute("CHECKPOINT")
    finally:
        conn.close()
    back, tables = _read_back(url)
    try:
        source = _sums(back.cursor(), tables)
    finally:
        back.close()
    written = duckdb.connect(str(target), read_only=True)
    try:
        after = _sums(written.cursor(), tables)
    finally:
        written.close()
    return _compared(tables, source, after)


def has_store(url: str) -> bool:
    with pg.connect(url) as conn:
        return pg.has_table(conn, "schema_version")


def safe_address(target: str) -> str:
    """A PostgreSQL address without its password, for printing."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(target)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return target
