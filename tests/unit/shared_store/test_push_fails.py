"""A COPY into PostgreSQL that fails half way (the server goes away, found by
test_restart_under_load) must end with PostgreSQL's own error, which the replica turns into the
German "nicht erreichbar; nichts wurde gespeichert": not with DuckDB's complaint about the
unread rows of the statement the COPY was reading from, which reached the writer as an unknown
error (a traceback on a page)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from dashboard.store import pg


class _BrokenCopy:
    """A PostgreSQL connection whose COPY breaks after the first rows, as a dropped one does."""

    def cursor(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def copy(self, _sql):
        return self

    def set_types(self, _types):
        pass

    def write_row(self, _row):
        import psycopg

        raise psycopg.OperationalError("server closed the connection unexpectedly")


def test_a_copy_that_breaks_ends_with_the_servers_error():
    cur = duckdb.connect().cursor()
    cur.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v VARCHAR)")
    cur.execute("INSERT INTO t SELECT range, 'x' FROM range(50000)")
    table = pg.Table("t", ("k", "v"), ("INTEGER", "VARCHAR"), ("k",))
    keys = pd.DataFrame({"k": range(30000)})
    import psycopg

    with pytest.raises(psycopg.OperationalError):
        pg.push(cur, _BrokenCopy(), table, "SEMI JOIN _keys USING (k)", {"_keys": keys})
    # the cursor is usable again: nothing of the broken statement is left on it
    assert cur.execute("SELECT count(*) FROM t").fetchone()[0] == 50000
