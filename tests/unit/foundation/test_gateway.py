"""The database gateway: bound parameters, named SQL, transactions, migrations, German errors."""

from __future__ import annotations

import threading

import pandas as pd
import pytest

from dashboard.store.gateway import Database, DatabaseError
from dashboard.store.schema import current_version, migrate, migrations
from tests.unit.foundation.locking import file_held_by_other_process


def test_query_binds_parameters_and_wraps_results(demo_db):
    hostile = "x' OR '1'='1"
    assert demo_db.scalar("SELECT count(*) FROM project WHERE project_id = ?", [hostile]) == 0
    some_id = demo_db.scalar("SELECT min(project_id) FROM project")
    result = demo_db.query("SELECT project_id, title FROM project WHERE project_id = ?", [some_id])
    assert len(result) == 1 and result.first()["project_id"] == some_id
    assert result.rows[0]["title"]
    assert demo_db.query("SELECT 1 WHERE false").first() is None


def test_named_query_is_read_from_sql_file(demo_db):
    counts = demo_db.query("reference_counts").first()
    assert counts["missions"] == 10 and counts["networks"] == 11


def test_transaction_is_all_or_nothing(writable_db_path):
    with Database(writable_db_path) as db:
        before = db.scalar("SELECT count(*) FROM project")
        version = db.data_version
        with pytest.raises(RuntimeError), db.transaction() as cur:
            cur.execute("DELETE FROM project")
            raise RuntimeError("mittendrin")
        assert db.scalar("SELECT count(*) FROM project") == before
        assert db.data_version == version  # nothing committed, nothing to refresh
        with db.transaction() as cur:
            cur.execute("DELETE FROM app_setting")
        assert db.data_version == version + 1


def test_insert_frame_bulk_loads_by_column_name(empty_db_path):
    with Database(empty_db_path) as db:
        frame = pd.DataFrame({"value": ["a", "b"], "key": ["k1", "k2"]})  # order differs from table
        with db.transaction() as cur:
            assert Database.insert_frame(cur, "app_setting", frame) == 2
        assert db.query("SELECT key, value FROM app_setting ORDER BY key").rows == [
            {"key": "k1", "value": "a"}, {"key": "k2", "value": "b"}]


def test_writers_are_serialised(empty_db_path):
    """Two threads writing through one gateway never interleave inside a transaction."""
    order: list[str] = []
    with Database(empty_db_path) as db:
        def writer(name: str) -> None:
            with db.transaction() as cur:
                order.append(f"{name}-start")
                cur.execute("INSERT INTO app_setting (key, value) VALUES (?, ?)", [name, name])
                threading.Event().wait(0.05)
                order.append(f"{name}-end")
        threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert db.scalar("SELECT count(*) FROM app_setting") == 2
    assert order in (["a-start", "a-end", "b-start", "b-end"], ["b-start", "b-end", "a-start", "a-end"])


def test_query_time_limit(empty_db_path):
    with Database(empty_db_path, read_only=True, timeout_s=0.2) as db, \
            pytest.raises(DatabaseError, match="abgebrochen"):
        db.query("SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range % 7 = b.range")


def test_migrations_are_forward_only_and_recorded(empty_db_path):
    with Database(empty_db_path) as db:
        latest = migrations()[-1][0]
        assert current_version(db) == latest
        assert migrate(db) == latest  # idempotent
        with db.transaction() as cur:
            cur.execute("INSERT INTO schema_version (version, name) VALUES (999, 'zukunft')")
        with pytest.raises(DatabaseError, match="Schema-Version 999"):
            migrate(db)


def test_missing_corrupt_and_locked_databases_have_german_messages(tmp_path, empty_db_path):
    with pytest.raises(DatabaseError, match="existiert nicht"):
        Database.open_existing(tmp_path / "nope.duckdb")
    assert not (tmp_path / "nope.duckdb").exists()
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"kein duckdb" * 100)
    with pytest.raises(DatabaseError, match="keine gültige Datenbank"):
        Database.open_existing(bad)
    with file_held_by_other_process(empty_db_path), \
            pytest.raises(DatabaseError, match="von einem anderen Programm verwendet"):
        Database.open_existing(empty_db_path)


def test_a_database_of_the_last_release_gets_the_migrations_numbered_below_its_newest(tmp_path):
    """Branches developed side by side numbered their migrations 005 and 007-009 after 006 was
    released: a file at {1, 2, 3, 4, 6} (as `make run` created it before) gets the others, and
    its projects stay."""
    import duckdb

    path = tmp_path / "release.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    for number, name, sql in migrations():
        if number in (1, 2, 3, 4, 6):
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                        [number, name])
    con.close()
    with Database(path) as db:
        assert migrate(db) == migrations()[-1][0]  # what the app and the CLI do on opening
        assert {n for n, _, _ in migrations()} <= set(
            db.query("SELECT version FROM schema_version").df["version"])
        for table in ("audit_log", "oplist_import", "indicator", "open_data_opt_out"):
            assert db.scalar("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = ?", [table]) == 1, table
