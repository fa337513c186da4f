"""PostgreSQL as the shared store: the tables of the embedded schema (the migrations in
store/sql/migrations stay the one schema), rows copied both ways, the change log that replicas
follow, and the grants of least privilege (the audit log may be read and extended, never changed).

Every table of the schema has a primary key; a row travels between the engines by its key.
DuckDB's MAP columns are jsonb in PostgreSQL, its lists are arrays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

CHANGES = "dashboard_change"       # seq, changed (jsonb: table -> list of keys, or null = all)
CHANNEL = "dashboard_change"       # NOTIFY channel; the payload is the new seq
WRITE_LOCK = 0x5357_4D4F           # advisory lock every writer holds ("SWMO")
WHOLE_TABLE_AFTER = 20_000         # more changed keys than this: replicas reload the table
APPEND_ONLY = ("audit_log",)       # the app may insert and read, never change or delete

_SIMPLE = {
    "BIGINT": "bigint", "INTEGER": "integer", "SMALLINT": "smallint", "TINYINT": "smallint",
    "UBIGINT": "numeric(20,0)", "UINTEGER": "bigint", "BOOLEAN": "boolean", "DOUBLE": "double precision",
    "FLOAT": "real", "DATE": "date", "VARCHAR": "text", "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamptz", "BLOB": "bytea", "HUGEINT": "numeric(39,0)",
}


def is_url(target: str | Any) -> bool:
    """True for a PostgreSQL address (postgresql://… or postgres://…)."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def database_name(url: str) -> str:
    """The database's name in a PostgreSQL address (for local file names)."""
    return (urlsplit(url).path.strip("/") or "postgres").replace("/", "_")


def pg_type(duck_type: str) -> str:
    """The PostgreSQL type that holds a DuckDB column's values."""
    if duck_type in _SIMPLE:
        return _SIMPLE[duck_type]
    if duck_type.startswith("DECIMAL"):
        return duck_type.replace("DECIMAL", "numeric")
    if duck_type.startswith(("MAP(", "STRUCT(")):
        return "jsonb"
    if duck_type.endswith("[]"):
        return pg_type(duck_type[:-2]) + "[]"
    raise ValueError(f"Kein PostgreSQL-Typ für {duck_type}")


def _is_json(duck_type: str) -> bool:
    return duck_type.startswith(("MAP(", "STRUCT("))


def _is_list(duck_type: str) -> bool:
    return duck_type.endswith("[]")


@dataclass(frozen=True)
class Table:
    """One table of the schema: columns with their DuckDB types, and the primary key."""
    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]
    key: tuple[str, ...]
    required: frozenset[str] = frozenset()     # NOT NULL columns

    def type_of(self, column: str) -> str:
        return self.types[self.columns.index(column)]

    def ddl(self) -> str:
        cols = ", ".join(f'"{c}" {pg_type(t)}' + (" NOT NULL" if c in self.required else "")
                         for c, t in zip(self.columns, self.types, strict=True))
        keys = ", ".join(f'"{k}"' for k in self.key)
        return f'CREATE TABLE "{self.name}" ({cols}' + (f", PRIMARY KEY ({keys}))" if keys else ")")

    def key_record(self) -> str:
        """`x(k1 type, …)` for jsonb_to_recordset: the keys as a relation in PostgreSQL."""
        return "x(" + ", ".join(f'"{k}" {pg_type(self.type_of(k))}' for k in self.key) + ")"

    def key_list(self, prefix: str = "") -> str:
        return ", ".join(f'{prefix}"{k}"' for k in self.key)


def schema_tables(cur: duckdb.DuckDBPyConnection) -> list[Table]:
    """Every table of the DuckDB schema (main), with its primary key (or none), in name order."""
    cols = cur.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() AND NOT internal "
        "ORDER BY table_name, column_index").fetchall()
    keys = dict(cur.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
        "WHERE schema_name = 'main' AND database_name = current_database() "
        "AND constraint_type = 'PRIMARY KEY'").fetchall())
    by_table: dict[str, list[tuple[str, str]]] = {}
    required: dict[str, set[str]] = {}
    for table, column, dtype, nullable in cols:
        by_table.setdefault(table, []).append((column, dtype))
        if not nullable:
            required.setdefault(table, set()).add(column)
    found = []
    for name, pairs in sorted(by_table.items()):
        # a table without a key (ref_envelope: its Revier may be NULL) travels whole
        found.append(Table(name, tuple(c for c, _ in pairs), tuple(t for _, t in pairs),
                           tuple(keys.get(name, ())), frozenset(required.get(name, ()))))
    return found


def sequences(cur: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(sequence, table, column) for every column that defaults to nextval(sequence)."""
    rows = cur.execute(
        "SELECT table_name, column_name, column_default FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() "
        "AND column_default LIKE 'nextval(%'").fetchall()
    return [(re.search(r"nextval\('(\w+)'\)", d).group(1), t, c) for t, c, d in rows]


def advance_sequences(cur: duckdb.DuckDBPyConnection) -> None:
    """Move every sequence past the largest value its column holds (rows came from elsewhere)."""
    for seq, table, column in sequences(cur):
        top = cur.execute(f'SELECT coalesce(max("{column}"), 0) FROM "{table}"').fetchall()[0][0]
        now = cur.execute("SELECT coalesce(last_value, 0) FROM duckdb_sequences() "
                          "WHERE sequence_name = ?", [seq]).fetchall()[0][0]
        if top > now:
            cur.execute(f"SELECT max(nextval('{seq}')) FROM range(?)", [int(top - now)])


# -- PostgreSQL connection and the store's own tables --------------------------------------
def connect(url: str, **kwargs: Any):
    """A psycopg connection (imported here: the embedded mode never loads the driver)."""
    import psycopg

    return psycopg.connect(url, connect_timeout=5, **kwargs)


def has_table(pconn, name: str) -> bool:
    """True when the PostgreSQL database has the table `name` (schema public)."""
    return pconn.execute("SELECT to_regclass(%s) IS NOT NULL", [f"public.{name}"]).fetchone()[0]


def install(pg, tables: Sequence[Table], app_role: str | None = None) -> None:
    """Create the schema's tables, the change log and the audit guard in an empty PostgreSQL
    database (dropping earlier copies), and grant `app_role` what the app needs and no more."""
    for table in tables:
        pg.execute(f'DROP TABLE IF EXISTS "{table.name}" CASCADE')
        pg.execute(table.ddl())
    pg.execute(f"DROP TABLE IF EXISTS {CHANGES}")
    pg.execute(f"CREATE TABLE {CHANGES} (seq bigint PRIMARY KEY, changed jsonb, at timestamptz)")
    pg.execute(
        "CREATE OR REPLACE FUNCTION dashboard_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'Das Protokoll % darf nur ergänzt werden (%).', TG_TABLE_NAME, TG_OP; "
        "END $$")
    for name in APPEND_ONLY:
        pg.execute(f'CREATE TRIGGER "{name}_append_only" BEFORE UPDATE OR DELETE ON "{name}" '
                   "FOR EACH ROW EXECUTE FUNCTION dashboard_append_only()")
        pg.execute(f'CREATE TRIGGER "{name}_no_truncate" BEFORE TRUNCATE ON "{name}" '
                   "FOR EACH STATEMENT EXECUTE FUNCTION dashboard_append_only()")
    if app_role:
        grant(pg, tables, app_role)


def grant(pg, tables: Sequence[Table], app_role: str) -> None:
    """Least privilege for the app's role: read and write the data tables, read and extend the
    change log and the audit log; no DDL, no UPDATE or DELETE on the audit log."""
    from psycopg import sql

    role = sql.Identifier(app_role)
    pg.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(role))
    for table in tables:
        rights = "SELECT, INSERT" if table.name in APPEND_ONLY else "SELECT, INSERT, UPDATE, DELETE"
        pg.execute(sql.SQL("GRANT " + rights + " ON {} TO {}").format(sql.Identifier(table.name), role))
    pg.execute(sql.SQL(f"GRANT SELECT, INSERT ON {CHANGES} TO {{}}").format(role))


# -- rows both ways --------------------------------------------------------------------------
def _pg_select(table: Table) -> str:
    parts = []
    for col, dtype in zip(table.columns, table.types, strict=True):
        if _is_json(dtype):
            parts.append(f'"{col}"::text AS "{col}"')
        elif _is_list(dtype):
            parts.append(f'to_json("{col}")::text AS "{col}"')
        else:
            parts.append(f'"{col}"')
    return ", ".join(parts)


def _duck_cast(col: str, dtype: str) -> str:
    if _is_json(dtype) or _is_list(dtype):
        return f'CAST(CAST("{col}" AS JSON) AS {dtype}) AS "{col}"'
    return f'CAST("{col}" AS {dtype}) AS "{col}"'


def note_change(pconn, seq: int, changed: dict[str, list | None] | None) -> None:
    """The change-log entry of one commit (None: everything) and the NOTIFY replicas follow;
    both take effect when the transaction commits."""
    from dashboard import clock

    pconn.execute(f"INSERT INTO {CHANGES} (seq, changed, at) VALUES (%s, %s::jsonb, %s)",
                  [seq, None if changed is None else keys_json_map(changed), clock.now_utc()])
    pconn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, str(seq)])


def keys_json_map(changed: dict[str, list | None]) -> str:
    return json.dumps(changed, default=str)


def keys_json(keys: Iterable[dict[str, Any]]) -> str:
    return json.dumps(list(keys), default=str)


def pull(pg, cur: duckdb.DuckDBPyConnection, table: Table, keys: list[dict] | None = None,
         batch: int = 50_000) -> int:
    """Insert the PostgreSQL rows of `table` (all, or those with the given keys) into DuckDB."""
    sql = f'SELECT {_pg_select(table)} FROM "{table.name}"'
    if keys is None:
        return _pull_whole(pg, cur, table, sql)
    params: list[Any] = []
    if keys is not None:
        if not keys:
            return 0
        sql += (f" WHERE ({table.key_list()}) IN (SELECT {table.key_list()} FROM "
                f"jsonb_to_recordset(%s::jsonb) AS {table.key_record()})")
        params = [keys_json(keys)]
    casts = ", ".join(_duck_cast(c, t) for c, t in zip(table.columns, table.types, strict=True))
    names = ", ".join(f'"{c}"' for c in table.columns)
    total = 0
    with pg.cursor(name=None) as pcur:
        pcur.execute(sql, params)
        while rows := pcur.fetchmany(batch):
            columns = list(zip(*rows, strict=True))
            frame = pa.table({c: _arrow(v) for c, v in zip(table.columns, columns, strict=True)})
            cur.register("_pulled", frame)
            try:
                cur.execute(f'INSERT INTO "{table.name}" ({names}) SELECT {casts} FROM _pulled')
            finally:
                cur.unregister("_pulled")
            total += len(rows)
    return total


def _pull_whole(pg, cur: duckdb.DuckDBPyConnection, table: Table, sql: str) -> int:
    """A whole table through COPY … (FORMAT csv) and DuckDB's CSV reader: 3× faster than rows
    through Python at 100k projects (bench/bench_shared_store.py), the same checksums."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".csv", prefix=f"{table.name}-")
    try:
        with os.fdopen(fd, "wb") as out, pg.cursor() as pcur, \
                pcur.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)") as copy:
            for block in copy:
                out.write(block)
        if os.path.getsize(path) == 0:
            return 0
        columns = ", ".join(f"'{c}': 'VARCHAR'" for c in table.columns)
        casts = ", ".join(_duck_cast(c, t) for c, t in zip(table.columns, table.types, strict=True))
        names = ", ".join(f'"{c}"' for c in table.columns)
        # NULL is an empty field, an empty text is "" (PostgreSQL's CSV): keep them apart
        cur.execute(f'INSERT INTO "{table.name}" ({names}) SELECT {casts} FROM read_csv(?, '
                    f"header=false, auto_detect=false, columns={{{columns}}}, "
                    "allow_quoted_nulls=false, quote='\"', escape='\"', delim=',', "
                    "max_line_size=100000000)", [path])
        return cur.execute(f'SELECT count(*) FROM "{table.name}"').fetchall()[0][0]
    finally:
        os.unlink(path)


def _arrow(values: Sequence[Any]) -> pa.Array:
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):   # mixed kinds: hand DuckDB text to cast
        return pa.array([None if v is None else str(v) for v in values])


def _duck_select(table: Table) -> str:
    parts = []
    for col, dtype in zip(table.columns, table.types, strict=True):
        parts.append(f'to_json("{col}")::VARCHAR' if _is_json(dtype) else f'"{col}"')
    return ", ".join(parts)


def push(cur: duckdb.DuckDBPyConnection, pg, table: Table, where: str = "",
         register: dict[str, Any] | None = None) -> int:
    """COPY the DuckDB rows of `table` (all, or those `where` selects) into PostgreSQL."""
    for name, frame in (register or {}).items():
        cur.register(name, frame)
    try:
        rel = cur.execute(f'SELECT {_duck_select(table)} FROM "{table.name}" AS t {where}')
        cols = ", ".join(f'"{c}"' for c in table.columns)
        types = [re.sub(r"\(.*?\)", "", pg_type(t)).replace("double precision", "float8")
                 for t in table.types]
        total = 0
        with pg.cursor() as pcur, pcur.copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as copy:
            copy.set_types(types)
            while rows := rel.fetchmany(10_000):
                for row in rows:
                    copy.write_row(row)
                total += len(rows)
        return total
    finally:
        # a COPY that broke half way leaves rows of the SELECT unread: drop them first, else
        # DuckDB's complaint about them would hide PostgreSQL's error (the German message)
        cur.abort()
        for name in register or {}:
            cur.unregister(name)


def delete_keys(pg, table: Table, keys: list[dict]) -> None:
    """Delete the PostgreSQL rows of `table` with these keys."""
    if keys:
        pg.execute(f'DELETE FROM "{table.name}" WHERE ({table.key_list()}) IN (SELECT '
                   f"{table.key_list()} FROM jsonb_to_recordset(%s::jsonb) AS {table.key_record()})",
                   [keys_json(keys)])


def checksum_duck(cur: duckdb.DuckDBPyConnection, table: Table) -> tuple[int, str]:
    """(rows, checksum) of a table, independent of row order (sum of row hashes as text)."""
    cols = ", ".join(f'"{c}"' for c in table.columns)
    n, h = cur.execute(
        f'SELECT count(*), coalesce(sum(hash(md5(CAST(row({cols}) AS VARCHAR)))::HUGEINT), 0) '
        f'FROM "{table.name}"').fetchall()[0]
    return int(n), f"{int(h) % (1 << 64):016x}"
