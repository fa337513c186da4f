"""The database gateway: one connection per process, a cursor per call, bound parameters,
named SQL files, a time limit per query, and one writer at a time."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Self

import duckdb
import pandas as pd

from dashboard import clock

log = logging.getLogger("dashboard")
Params = Sequence[Any] | Mapping[str, Any] | None
# cursor id -> callbacks to run once that cursor's transaction has committed (after_commit)
_after_commit: dict[int, list[Callable[[Database], None]]] = {}


class DatabaseError(RuntimeError):
    """A database problem, with a German message fit for users."""


def after_commit(cur: duckdb.DuckDBPyConnection, callback: Callable[[Database], None]) -> bool:
    """Run `callback(db)` once the transaction of `cur` (from Database.transaction) has
    committed, never on rollback; False (and nothing scheduled) for any other cursor."""
    pending = _after_commit.get(id(cur))
    if pending is None:
        return False
    pending.append(callback)
    return True


_INCLUDE = re.compile(r"^-- @include (\w+)\s*$", re.MULTILINE)


@cache
def named_sql(name: str) -> str:
    """The text of store/sql/<name>.sql; a line `-- @include other` stands for the text of
    other.sql (one definition shared by several queries, e.g. the key figures)."""
    text = resources.files("dashboard.store").joinpath("sql", f"{name}.sql").read_text("utf-8")
    return _INCLUDE.sub(lambda m: named_sql(m.group(1)).strip(), text)


class Result:
    """A query result: a DataFrame with small conveniences (after datasette's Results)."""

    def __init__(self, df: pd.DataFrame):
        self.df = df

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.df.to_dict("records")

    def first(self) -> dict[str, Any] | None:
        return None if self.df.empty else self.df.iloc[0].to_dict()

    def scalar(self) -> Any:
        if self.df.empty:
            return None
        value = self.df.iat[0, 0]
        return value.item() if hasattr(value, "item") else value

    def __len__(self) -> int:
        return len(self.df)


def _translate(path: Path, exc: Exception) -> DatabaseError:
    text = str(exc)
    if "Could not set lock" in text or "Conflicting lock" in text:
        return DatabaseError(
            f"Die Datenbank {path} wird gerade von einem anderen Programm verwendet "
            "(z. B. der laufenden App). Bitte später erneut versuchen oder das Programm beenden."
        )
    if any(s in text for s in ("not a valid DuckDB database", "Corrupt", "corrupt", "checksum", "block")):
        return DatabaseError(
            f"Die Datei {path} ist keine gültige Datenbank oder beschädigt. "
            "Bitte aus einer Sicherung wiederherstellen oder mit `init --force` neu anlegen."
        )
    return DatabaseError(f"Die Datenbank {path} konnte nicht geöffnet werden: {text}")


class Database:
    """Owns the one DuckDB connection of this process for one file."""

    def __init__(self, path: str | Path, *, read_only: bool = False, timeout_s: float = 30.0):
        self.path = Path(path)
        self.read_only = read_only
        self.timeout_s = timeout_s
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._open_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._version = 0
        self._on_close: list = []

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def open_existing(cls, path: str | Path, **kwargs: Any) -> Database:
        """Open a database that must already exist (no silent creation of an empty file)."""
        path = Path(path)
        if not path.is_file():
            raise DatabaseError(
                f"Die Datenbank {path} existiert nicht. "
                "Mit `python -m dashboard init --demo` wird sie angelegt."
            )
        db = cls(path, **kwargs)
        db.connection()
        return db

    def connection(self) -> duckdb.DuckDBPyConnection:
        with self._open_lock:
            if self._conn is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    self._conn = duckdb.connect(str(self.path), read_only=self.read_only)
                except duckdb.Error as exc:
                    raise _translate(self.path, exc) from exc
            return self._conn

    def on_close(self, callback) -> None:
        """Run `callback()` when the database is closed (e.g. stop serving other processes)."""
        self._on_close.append(callback)

    def close(self) -> None:
        while self._on_close:
            self._on_close.pop()()
        with self._open_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------
    def query(self, sql_or_name: str, params: Params = None) -> Result:
        """Run a query (SQL text, or the name of a file in store/sql) and return its result."""
        return Result(self._run(sql_or_name, params, lambda cur: cur.df()))

    def column(self, sql_or_name: str, params: Params = None) -> Any:
        """The first column of a query as a NumPy array, without a DataFrame: for answers of
        one large column (the open-data API's JSON rows: 3× faster than `query` at 100k)."""
        return self._run(sql_or_name, params, lambda cur: next(iter(cur.fetchnumpy().values())))

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor that records times from the one clock: every recorded-at column defaults to
        the variable app_now (migration 010), set here to dashboard.clock's moment."""
        cur = self.connection().cursor()
        if not self.read_only:
            cur.execute("SET VARIABLE app_now = ?::TIMESTAMP", [clock.now_utc()])
        return cur

    def chunks(self, sql_or_name: str, params: Params = None, rows: int = 10_240
               ) -> Iterator[pd.DataFrame]:
        """A query's result as DataFrames of about `rows` rows each, fetched as they are read:
        an answer of 200.000 projects never sits in Python memory at once (the export)."""
        cur = self.connection().cursor()
        try:
            self._timed(cur, sql_or_name, params, lambda c: None)
            while len(chunk := cur.fetch_df_chunk(max(1, rows // 2048))):
                yield chunk
        finally:
            cur.close()

    def _run(self, sql_or_name: str, params: Params, fetch) -> Any:
        # reads only: writes take a cursor that carries the clock's time (transaction, cursor)
        cur = self.connection().cursor()
        try:
            return self._timed(cur, sql_or_name, params, fetch)
        finally:
            cur.close()

    def _timed(self, cur: duckdb.DuckDBPyConnection, sql_or_name: str, params: Params,
               fetch) -> Any:
        """Execute on `cur` within the time limit and return `fetch(cur)`."""
        sql = named_sql(sql_or_name) if sql_or_name.isidentifier() else sql_or_name
        timer = threading.Timer(self.timeout_s, cur.interrupt)
        timer.start()
        try:
            return fetch(cur.execute(sql, params))
        except duckdb.InterruptException as exc:
            raise DatabaseError(
                f"Die Abfrage hat länger als {self.timeout_s:.0f} s gedauert und wurde abgebrochen."
            ) from exc
        finally:
            timer.cancel()

    def scalar(self, sql_or_name: str, params: Params = None) -> Any:
        return self.query(sql_or_name, params).scalar()

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One writer at a time; all or nothing. Yields a cursor to write with."""
        if self.read_only:
            raise DatabaseError("Die Datenbank ist schreibgeschützt geöffnet.")
        with self._write_lock:
            cur = self.cursor()
            pending = _after_commit[id(cur)] = []
            cur.begin()
            try:
                yield cur
                cur.commit()
            except BaseException:
                cur.rollback()
                raise
            finally:
                _after_commit.pop(id(cur), None)
                cur.close()
            self._committed(pending)

    def _committed(self, pending: list[Callable[[Database], None]]) -> None:
        """After a commit: a new data version, then the after_commit callbacks (called under
        the write lock, so the callbacks of two commits run in their order)."""
        self._version += 1
        for callback in pending:
            try:
                callback(self)
            except Exception:  # the data is committed: a side effect must not undo the answer
                log.exception("Nachlauf nach dem Speichern in %s fehlgeschlagen", self.path)

    def write_now(self, sql_or_name: str, params: Params = None) -> list[tuple]:
        """A small write of its own, committed at once, also in the middle of another
        transaction (an import number stays used even when the import fails); its rows."""
        if self.read_only:
            raise DatabaseError("Die Datenbank ist schreibgeschützt geöffnet.")
        cur = self.cursor()
        try:
            return self._timed(cur, sql_or_name, params, lambda c: c.fetchall())
        finally:
            cur.close()

    @property
    def data_version(self) -> int:
        """Grows with every committed write through this gateway; cheap to poll."""
        return self._version

    @staticmethod
    def insert_frame(cur: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> int:
        """Bulk insert a DataFrame by column name (never executemany)."""
        if df.empty:
            return 0
        view = f"_frame_{table}"
        cur.register(view, df)
        try:
            cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
        finally:
            cur.unregister(view)
        return len(df)
