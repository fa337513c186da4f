"""Issue 22: PostgreSQL as the shared store. Two replicas of one store in one process (each
with its own read model and its own PostgreSQL connections, as two servers would have): what
one writes, the other shows; the figures are those of the embedded file with the same data;
the audit log stays one chain and cannot be cut short unnoticed; PostgreSQL gone means a
German message and nothing half."""

from __future__ import annotations

import time

import psycopg
import pytest

from dashboard.audit.check import check
from dashboard.domain.filters import Filters
from dashboard.ingest.service import run_import, undo_import
from dashboard.store.gateway import DatabaseError
from dashboard.store.replica import ReplicaDatabase
from dashboard.views import all_views
from tests.conftest import DEMO_AS_OF
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes


def _replica(url: str, folder, name: str, follow: bool = True) -> ReplicaDatabase:
    return ReplicaDatabase.open_existing(url, folder / name / "store.postgres", follow=follow)


def _until(condition, seconds: float = 5.0) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > seconds:
            raise AssertionError(f"nach {seconds} s nicht angekommen")
        time.sleep(0.01)
    return time.monotonic() - start


def _upload(*ids: str) -> bytes:
    return xlsx_bytes([good_record(project_id=i, title=f"Speicher {i}") for i in ids])


def test_every_view_shows_the_same_figures_as_the_embedded_file(shared_store, demo_db, taxonomy,
                                                                 tmp_path):
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as replica:
        for key, (_, build) in all_views().items():
            here = build(demo_db, Filters(), taxonomy, today=DEMO_AS_OF)
            there = build(replica, Filters(), taxonomy, today=DEMO_AS_OF)
            assert here.data.equals(there.data), key


def test_an_import_on_one_replica_is_on_the_other_within_five_seconds(shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a") as a, \
            _replica(shared_store["app"], tmp_path, "b") as b:
        count = "SELECT count(*) FROM project WHERE project_id LIKE 'PG-%'"
        result = run_import(a, _upload("PG-0001", "PG-0002"), "liste.xlsx", user="test")
        assert result.committed
        assert _until(lambda: b.scalar(count) == 2) < 5
        assert a.scalar(count) == 2
        kpis = "SELECT * FROM project ORDER BY project_id"
        assert a.query(kpis).df.equals(b.query(kpis).df)
        # undo on the other replica: both back to the fixture's projects
        assert undo_import(b, result.batch_id, user="test")["undone"]
        _until(lambda: a.scalar(count) == 0)
        assert b.scalar(count) == 0


def test_imports_from_both_replicas_never_share_a_number_and_keep_one_chain(shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a, \
            _replica(shared_store["app"], tmp_path, "b", follow=False) as b:
        # b does not follow: its write must still catch up first (the lock, then the change log)
        first = run_import(a, _upload("PG-0101"), "eins.xlsx", user="test")
        second = run_import(b, _upload("PG-0102"), "zwei.xlsx", user="test")
        third = run_import(a, _upload("PG-0103"), "drei.xlsx", user="test")
        assert len({first.batch_id, second.batch_id, third.batch_id}) == 3
        a.refresh()
        b.refresh()
        for db in (a, b):
            verdict = check(db)
            assert verdict.broken is None and not verdict.problems, verdict
        assert a.query("SELECT * FROM audit_log ORDER BY seq").df.equals(
            b.query("SELECT * FROM audit_log ORDER BY seq").df)
        assert a.scalar("SELECT count(*) FROM audit_log") >= 3


def test_the_store_holds_what_the_replica_shows(shared_store, tmp_path):
    """Read PostgreSQL itself (not a read model): the rows of an import are there."""
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a:
        run_import(a, _upload("PG-0201"), "liste.xlsx", user="test")
        mine = a.query("SELECT project_id, title, total_cost_eur FROM project "
                       "WHERE project_id = 'PG-0201'").rows
    with psycopg.connect(shared_store["owner"]) as conn:
        theirs = conn.execute("SELECT project_id, title, total_cost_eur::float8 FROM project "
                              "WHERE project_id = 'PG-0201'").fetchall()
    assert [tuple(r.values()) for r in mine] == theirs


def test_the_app_role_may_not_change_or_delete_the_audit_log(shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a:
        run_import(a, _upload("PG-0301"), "liste.xlsx", user="test")
    for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'",
                      "TRUNCATE audit_log", "DROP TABLE audit_log", "DROP TABLE project"):
        with psycopg.connect(shared_store["app"]) as conn, pytest.raises(psycopg.Error):
            conn.execute(statement)
    # the second wall: even the owner cannot delete or change an entry (the trigger)
    for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'"):
        with psycopg.connect(shared_store["owner"]) as conn, \
                pytest.raises(psycopg.Error, match="nur ergänzt"):
            conn.execute(statement)


def test_cutting_the_newest_entries_short_is_detected(shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a:
        run_import(a, _upload("PG-0401"), "eins.xlsx", user="test")
        run_import(a, _upload("PG-0402"), "zwei.xlsx", user="test")
        path = a.path
    with psycopg.connect(shared_store["owner"]) as conn:   # someone with the owner's rights
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        conn.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    with ReplicaDatabase.open_existing(shared_store["app"], path, follow=False) as again:
        verdict = check(again)
    assert verdict.broken is None       # the chain itself is intact: only the head can tell
    assert verdict.problems, "the cut was not noticed"


def test_postgresql_gone_means_a_german_message_and_nothing_half(pg_cluster, shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a") as a:
        before = a.scalar("SELECT count(*) FROM project")
        pg_cluster.stop()
        try:
            with pytest.raises(DatabaseError, match="nicht erreichbar"):
                run_import(a, _upload("PG-0501"), "liste.xlsx", user="test")
            # reads go on from the read model
            assert a.scalar("SELECT count(*) FROM project") == before
        finally:
            pg_cluster.start()
        result = run_import(a, _upload("PG-0502"), "liste.xlsx", user="test")
        assert result.committed
        assert a.scalar("SELECT count(*) FROM project") == before + 1
        deadline = time.monotonic() + 10
        while not a.connected and time.monotonic() < deadline:  # the follower is back
            time.sleep(0.05)
        assert a.connected


def test_a_write_that_fails_leaves_both_stores_as_they_were(shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a:
        before = a.scalar("SELECT count(*) FROM project")
        with pytest.raises(RuntimeError), a.transaction() as cur:
            cur.execute("DELETE FROM project")
            raise RuntimeError("mitten im Schreiben")
        assert a.scalar("SELECT count(*) FROM project") == before
    with psycopg.connect(shared_store["owner"]) as conn:
        assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == before


def test_every_kind_of_write_reaches_postgresql_table_by_table(shared_store, tmp_path):
    """Writes of every service (settings, users, finance, reference data and its undo, a
    Vernetzung decision, import and undo): afterwards every table of the writing replica equals,
    by rows and checksum, the same table read fresh from PostgreSQL; so no write form slips past
    the replication (a statement whose table it did not notice would show here)."""
    from datetime import date

    from dashboard.access import Actor
    from dashboard.access.users import save_user
    from dashboard.admin import reference
    from dashboard.admin.settings import save_last_meeting, save_stale_days
    from dashboard.impact.service import set_envelope
    from dashboard.matching.service import decide
    from dashboard.store import pg
    from dashboard.store.reference import read_taxonomy

    admin = Actor.cli()
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a:
        taxonomy = read_taxonomy(a)
        save_stale_days(a, admin, 45)
        save_last_meeting(a, date(2026, 10, 15), admin)
        save_user(a, admin, "Neu@Example.de", "netzwerkmanagement", [taxonomy.networks[0].code],
                  [n.code for n in taxonomy.networks])
        envelope = a.query("SELECT * FROM ref_envelope ORDER BY ALL LIMIT 1").first()
        set_envelope(a, fund=envelope["fund"], bundesland_code=envelope["bundesland_code"],
                     revier_code=envelope["revier_code"], period_start=int(envelope["period_start"]),
                     amount_eur=float(envelope["amount_eur"]) + 1000, actor=admin)
        rows = reference.rows_of(taxonomy, "ref_district")
        rows[0] = {**rows[0], "name": rows[0]["name"] + " (geändert)"}
        change = reference.save(a, admin, "ref_district", rows)
        reference.undo(a, admin, change)
        pair = a.query("SELECT a, b FROM match_pair ORDER BY a, b LIMIT 1").first()
        decide(a, "test", (pair["a"], pair["b"]), "verwandt")
        result = run_import(a, _upload("PG-0601", "PG-0602"), "liste.xlsx", user="test")
        undo_import(a, result.batch_id, user="test")
        mine = a.connection().cursor()
        tables = pg.schema_tables(mine)
        here = {t.name: pg.checksum_duck(mine, t) for t in tables}
        assert a.scalar("SELECT count(*) FROM audit_log") >= 8
    with _replica(shared_store["app"], tmp_path, "fresh", follow=False) as fresh:
        cur = fresh.connection().cursor()
        there = {t.name: pg.checksum_duck(cur, t) for t in tables}
    assert {k: v for k, v in here.items() if there[k] != v} == {}


def test_a_commit_postgresql_refuses_hides_no_later_change(shared_store, tmp_path):
    """PostgreSQL refuses a commit at its very end (a deferred check): the replica keeps the old
    state, says so, and still takes the next change another replica writes under the same
    change number (it counted the refused one as its own before)."""
    with psycopg.connect(shared_store["owner"], autocommit=True) as conn:
        conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "IF NEW.title = 'Abgelehnt beim Commit' THEN RAISE EXCEPTION 'geprüft: nein'; "
                     "END IF; RETURN NEW; END $$")
        conn.execute("CREATE CONSTRAINT TRIGGER refuse AFTER INSERT OR UPDATE ON project "
                     "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse()")
    first = "(SELECT min(project_id) FROM project)"
    last = "(SELECT max(project_id) FROM project)"
    with _replica(shared_store["app"], tmp_path, "a", follow=False) as a, \
            _replica(shared_store["app"], tmp_path, "b", follow=False) as b:
        with pytest.raises(DatabaseError, match="abgelehnt"), a.transaction() as cur:
            cur.execute(f"UPDATE project SET title = 'Abgelehnt beim Commit' WHERE project_id = {first}")
        assert a.scalar("SELECT count(*) FROM project WHERE title = 'Abgelehnt beim Commit'") == 0
        with b.transaction() as cur:
            cur.execute(f"UPDATE project SET title = 'Von B' WHERE project_id = {last}")
        a.refresh()
        assert a.scalar("SELECT count(*) FROM project WHERE title = 'Von B'") == 1
