"""A replica: PostgreSQL is the store of record, this process reads from a DuckDB read model in
memory that mirrors it, so every analytics query runs unchanged (one SQL dialect for reading).

A write is one PostgreSQL transaction under an advisory lock (one writer across all replicas):
catch up with the other replicas' changes, run the write in the read model as in the embedded
mode, find the rows it changed (by primary key and row hash, only in the tables its statements
name), and send those rows, a change-log entry and a NOTIFY to PostgreSQL; PostgreSQL commits
first, then the read model. Other replicas LISTEN and fetch the changed rows by key.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb
import psycopg

from dashboard.store import pg
from dashboard.store.gateway import Database, DatabaseError, Params, _after_commit, named_sql

log = logging.getLogger("dashboard")
_WRITES = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)"
                     r"\s+\"?(\w+)\"?", re.IGNORECASE)
# a statement (not a word in a comment or a string) that changes the schema or loads a file
_DDL = re.compile(r"(?:^|;)\s*(?:CREATE|ALTER|DROP|COPY|IMPORT|ATTACH)\b", re.IGNORECASE)
_COMMENT = re.compile(r"--[^\n]*")


class Recorder:
    """The write cursor: forwards to DuckDB and notes which tables the statements write."""

    def __init__(self, cur: duckdb.DuckDBPyConnection):
        self._cur = cur
        self.touched: set[str] = set()
        self.everything = False
        self.seq = 0                    # the change-log entry this transaction wrote

    def _note(self, sql: Any) -> None:
        text = _COMMENT.sub("", sql if isinstance(sql, str) else str(sql))
        self.touched.update(m.lower() for m in _WRITES.findall(text))
        if _DDL.search(text):
            self.everything = True

    def execute(self, sql: Any, *args: Any, **kwargs: Any) -> Any:
        self._note(sql)
        return self._cur.execute(sql, *args, **kwargs)

    def sql(self, sql: Any, *args: Any, **kwargs: Any) -> Any:
        self._note(sql)
        return self._cur.sql(sql, *args, **kwargs)

    query = sql

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cur, name)


def unavailable(exc: Exception) -> DatabaseError:
    """The German sentence for a PostgreSQL failure: not reachable, or the write refused."""
    reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.OperationalError):
        return DatabaseError(
            "Die gemeinsame Datenbank (PostgreSQL) ist nicht erreichbar; nichts wurde gespeichert. "
            f"Bitte in einer Minute erneut versuchen. ({reason})")
    return DatabaseError("Die gemeinsame Datenbank (PostgreSQL) hat das Speichern abgelehnt; "
                         f"nichts wurde gespeichert. ({reason})")


class ReplicaDatabase(Database):
    """The gateway of one replica: reads from the read model, writes through PostgreSQL."""

    def __init__(self, url: str, local: Path, *, read_only: bool = False, timeout_s: float = 30.0,
                 follow: bool = True):
        super().__init__(local, read_only=read_only, timeout_s=timeout_s)
        self.url = url
        self._seq = 0
        self._tables: dict[str, pg.Table] = {}
        self._follow = follow and not read_only
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        self.connected = True       # False while PostgreSQL cannot be reached (pages say so)
        self._writer: int | None = None   # the thread whose transaction holds the lock
        self._nested: set[str] = set()    # tables a write of its own inside it committed

    @classmethod
    def open_existing(cls, url: str, local: Path, **kwargs: Any) -> ReplicaDatabase:  # type: ignore[override]
        db = cls(url, local, **kwargs)
        db.connection()
        return db

    # -- the read model --------------------------------------------------------------------
    def connection(self) -> duckdb.DuckDBPyConnection:
        with self._open_lock:
            if self._conn is None:
                conn = duckdb.connect(":memory:")
                try:
                    self._load(conn)
                except BaseException:
                    conn.close()
                    raise
                self._conn = conn
                if self._follow:
                    self._stop.clear()
                    self._listener = threading.Thread(target=self._listen, daemon=True,
                                                      name="pg-listen")
                    self._listener.start()
            return self._conn

    def _load(self, conn: duckdb.DuckDBPyConnection) -> None:
        from dashboard.store.schema import migrations
        from dashboard.store.transfer import read_store

        try:
            with pg.connect(self.url) as pconn, pconn.transaction():
                pconn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cur = conn.cursor()
                self._tables = {t.name: t for t in read_store(pconn, cur)}
                versions = {int(v) for (v,) in cur.execute("SELECT version FROM schema_version").fetchall()}
                missing = {n for n, _, _ in migrations()} - versions
                if missing:
                    raise DatabaseError(
                        f"Die PostgreSQL-Datenbank hat ein älteres Schema (es fehlen {sorted(missing)}). "
                        "Bitte als Eigentümer `python -m dashboard migrate --aktualisieren` ausführen.")
                self._seq = pconn.execute(f"SELECT coalesce(max(seq), 0) FROM {pg.CHANGES}").fetchone()[0]
        except psycopg.Error as exc:
            raise unavailable(exc) from exc

    def _catch_up(self, pconn) -> bool:
        """Apply the changes other replicas committed since this one last looked."""
        entries = pconn.execute(f"SELECT seq, changed FROM {pg.CHANGES} WHERE seq > %s ORDER BY seq",
                                [self._seq]).fetchall()
        if not entries:
            return False
        whole: set[str] = set()
        keys: dict[str, dict[str, dict]] = {}
        for _, changed in entries:
            if changed is None:
                whole.update(self._tables)
                continue
            for name, ks in changed.items():
                if ks is None:
                    whole.add(name)
                else:
                    bucket = keys.setdefault(name, {})
                    for k in ks:
                        bucket[json.dumps(k, sort_keys=True)] = k
        cur = self.connection().cursor()
        cur.begin()
        try:
            for name in whole:
                cur.execute(f'DELETE FROM "{name}"')
                pg.pull(pconn, cur, self._tables[name])
            for name, bucket in keys.items():
                if name in whole or name not in self._tables:
                    continue
                if not self._tables[name].key:
                    cur.execute(f'DELETE FROM "{name}"')
                    pg.pull(pconn, cur, self._tables[name])
                    continue
                table = self._tables[name]
                found = list(bucket.values())
                _delete_local(cur, table, found)
                pg.pull(pconn, cur, table, found)
            pg.advance_sequences(cur)
            cur.commit()
        except BaseException:
            cur.rollback()
            raise
        finally:
            cur.close()
        self._seq = entries[-1][0]
        self._version += 1
        return True

    def _listen(self) -> None:
        """Follow the other replicas: LISTEN, and catch up on every notice (no polling)."""
        failures = 0
        while not self._stop.is_set():
            try:
                with pg.connect(self.url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {pg.CHANNEL}")
                    if not self.connected or failures:
                        log.warning("Verbindung zu PostgreSQL wieder hergestellt")
                    self.connected, failures = True, 0
                    self.refresh()          # what was missed while not listening
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            if int(note.payload or 0) > self._seq:
                                self.refresh()
            except Exception as exc:  # noqa: BLE001 - the follower survives anything: says so once, retries
                if self.connected:
                    log.warning("Verbindung zu PostgreSQL unterbrochen: %s", str(exc).strip()[:200])
                self.connected = False
                failures += 1
                self._stop.wait(min(5.0, 0.2 * failures))

    def refresh(self) -> bool:
        """Catch up now (the listener calls this; tests and the command line may too)."""
        if self._conn is None:
            return False
        with self._write_lock, pg.connect(self.url) as pconn, pconn.transaction():
            pconn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return self._catch_up(pconn)

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None and self._listener is not threading.current_thread():
            self._listener.join(timeout=3)
        self._listener = None
        super().close()

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Any]:  # type: ignore[override]
        if self.read_only:
            raise DatabaseError("Die Datenbank ist schreibgeschützt geöffnet.")
        with self._write_lock:
            conn = self.connection()
            try:
                pconn = pg.connect(self.url)
            except psycopg.Error as exc:
                raise unavailable(exc) from exc
            with pconn:
                outer, self._writer = self._writer, threading.get_ident()
                try:
                    if outer != self._writer:   # a transaction inside this thread's own has it
                        pconn.execute("SELECT pg_advisory_xact_lock(%s)", [pg.WRITE_LOCK])
                    self._catch_up(pconn)
                except BaseException as exc:
                    self._writer = outer
                    with suppress(psycopg.Error):
                        pconn.rollback()
                    if isinstance(exc, psycopg.Error):
                        raise unavailable(exc) from exc
                    raise
                cur = self.cursor()
                recorder = Recorder(cur)
                pending = _after_commit[id(recorder)] = []
                cur.begin()
                try:
                    yield recorder
                    if outer == self._writer:   # nested: the outer one must not undo this
                        self._nested |= self._send(pconn, cur, conn, recorder, set())
                    else:
                        self._send(pconn, cur, conn, recorder, self._nested)
                    pconn.commit()
                    if recorder.seq:       # only once PostgreSQL has it: else others' entry
                        self._seq = max(self._seq, recorder.seq)   # of that number is missed
                except BaseException as exc:
                    cur.rollback()
                    with suppress(psycopg.Error):
                        pconn.rollback()
                    _after_commit.pop(id(recorder), None)
                    cur.close()
                    if isinstance(exc, psycopg.Error):
                        raise unavailable(exc) from exc
                    raise
                finally:
                    self._writer = outer
                    if outer is None:
                        self._nested = set()
                try:
                    cur.commit()
                except BaseException:   # PostgreSQL has it: read the model again rather than differ
                    log.exception("Lesemodell nach dem Speichern neu geladen")
                    self._reload()
                finally:
                    _after_commit.pop(id(recorder), None)
                    cur.close()
            self._committed(pending)

    def write_now(self, sql_or_name: str, params: Params = None) -> list[tuple]:
        """A write of its own, committed at once (a transaction of its own, also inside
        another: this thread's lock is reused)."""
        sql = named_sql(sql_or_name) if sql_or_name.isidentifier() else sql_or_name
        with self.transaction() as cur:
            return cur.execute(sql, params).fetchall()

    def _send(self, pconn, cur: duckdb.DuckDBPyConnection, conn: duckdb.DuckDBPyConnection,
              recorder: Recorder, skip: set[str]) -> set[str]:
        """Send the rows the transaction changed; the names of the tables it changed. `skip`:
        tables a write of its own committed meanwhile (this snapshot does not see those rows)."""
        cur.complete()   # a statement's unread result (a RETURNING nobody fetched) ends here
        names = set(self._tables) if recorder.everything else recorder.touched & set(self._tables)
        names -= skip - recorder.touched
        changed: dict[str, list | None] = {}
        before = conn.cursor()      # outside the transaction: sees the rows as they were
        try:
            for name in sorted(names):
                table = self._tables[name]
                if not table.key:
                    if _whole_sum(cur, table) != _whole_sum(before, table):
                        pconn.execute(f'DELETE FROM "{name}"')
                        pg.push(cur, pconn, table)
                        changed[name] = None
                    continue
                gone, new, replaced = _diff(cur, before, table)
                if not (gone or new or replaced):
                    continue
                pg.delete_keys(pconn, table, gone + replaced)
                frame = _key_frame(table, new + replaced)
                pg.push(cur, pconn, table,
                        f"SEMI JOIN _keys USING ({table.key_list()})", {"_keys": frame})
                touched = gone + new + replaced
                changed[name] = None if len(touched) > pg.WHOLE_TABLE_AFTER else touched
        finally:
            before.close()
        if not changed:
            return set()
        seq = pconn.execute(f"SELECT coalesce(max(seq), 0) + 1 FROM {pg.CHANGES}").fetchone()[0]
        pg.note_change(pconn, seq, changed)
        recorder.seq = seq
        return set(changed)

    def _reload(self) -> None:
        with self._open_lock:
            old, self._conn = self._conn, None
        if old is not None:
            old.close()
        self.connection()


def _diff(cur, before, table: pg.Table) -> tuple[list[dict], list[dict], list[dict]]:
    """(deleted, inserted, replaced) keys of `table`: the write cursor against the committed rows."""
    keys = table.key_list()
    sql = f'SELECT {keys}, hash(_row) AS _h FROM "{table.name}" AS _row'
    now = cur.sql(sql).to_arrow_table()
    was = before.sql(sql).to_arrow_table()
    scratch = duckdb.connect(":memory:")
    try:
        scratch.register("n", now)
        scratch.register("o", was)
        gone = scratch.execute(f"SELECT {keys} FROM o ANTI JOIN n USING ({keys})").df()
        rows = scratch.execute(
            f"SELECT {table.key_list('n.')}, o._h IS NOT NULL AS existed FROM n LEFT JOIN o "
            f"USING ({keys}) WHERE o._h IS DISTINCT FROM n._h").df()
    finally:
        scratch.close()
    cols = list(table.key)
    new = rows[~rows["existed"]][cols].to_dict("records")
    replaced = rows[rows["existed"]][cols].to_dict("records")
    return _plain(gone[cols].to_dict("records")), _plain(new), _plain(replaced)


def _whole_sum(cur, table: pg.Table) -> tuple:
    return cur.execute(f'SELECT count(*), sum(hash(_row)::HUGEINT) FROM "{table.name}" AS _row').fetchall()[0]


def _plain(records: list[dict]) -> list[dict]:
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()} for r in records]


def _key_frame(table: pg.Table, keys: list[dict]):
    import pyarrow as pa

    return pa.table({k: pa.array([r[k] for r in keys]) for k in table.key}) if keys else \
        pa.table({k: pa.array([], pa.null()) for k in table.key})


def _delete_local(cur, table: pg.Table, keys: list[dict]) -> None:
    if not keys:
        return
    cur.register("_gone", _key_frame(table, keys))
    try:
        cur.execute(f'DELETE FROM "{table.name}" WHERE ({table.key_list()}) IN '
                    f"(SELECT {table.key_list()} FROM _gone)")
    finally:
        cur.unregister("_gone")
