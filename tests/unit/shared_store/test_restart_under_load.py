"""Issue 22: PostgreSQL restarted while two replicas write (a maintenance restart under load).
Each replica has a writer thread saving users one after another; PostgreSQL is stopped and
started again in the middle. Every write either commits (and is then in PostgreSQL and on both
replicas) or fails with the German message and leaves nothing (a COPY broken half way once
ended with DuckDB's error instead: pg.push); afterwards both replicas are
connected again, hold exactly what PostgreSQL holds, table by table, and the audit chain is one."""

from __future__ import annotations

import threading
import time
import traceback

import psycopg

from dashboard.access import Actor
from dashboard.access.users import save_user
from dashboard.audit.check import check
from dashboard.store import pg
from dashboard.store.gateway import DatabaseError
from dashboard.store.reference import read_taxonomy
from tests.unit.shared_store.test_replicas import _replica, _until


def _writer(db, side: str, networks: list[str], stop: threading.Event, out: dict) -> None:
    admin = Actor.cli()
    i = 0
    while not stop.is_set() and i < 2000:
        email = f"last-{side}-{i:04d}@example.de"
        try:
            save_user(db, admin, email, "netzwerkmanagement", networks[:1], networks)
            out["ok"].append(email)
        except DatabaseError as exc:
            out["refused"].append((email, str(exc)))
        except Exception as exc:  # noqa: BLE001 - anything else is what the test looks for
            out["other"].append((email, repr(exc) + traceback.format_exc()))
        i += 1
        time.sleep(0.02)


def _oks(results: dict, side: str) -> int:
    return len(results[side]["ok"])


def test_a_restart_under_load_loses_nothing_and_halves_nothing(pg_cluster, shared_store, tmp_path):
    with _replica(shared_store["app"], tmp_path, "a") as a, \
            _replica(shared_store["app"], tmp_path, "b") as b:
        networks = [n.code for n in read_taxonomy(a).networks]
        results = {side: {"ok": [], "refused": [], "other": []} for side in "ab"}
        stop = threading.Event()
        threads = [threading.Thread(target=_writer, args=(db, side, networks, stop, results[side]))
                   for side, db in (("a", a), ("b", b))]
        for thread in threads:
            thread.start()
        try:
            _until(lambda: min(_oks(results, "a"), _oks(results, "b")) >= 5, 30)
            pg_cluster.stop()      # "fast": what a maintenance restart does
            time.sleep(0.5)        # writes keep coming while it is away
            pg_cluster.start()
            after = {side: _oks(results, side) for side in "ab"}
            # both write again by themselves: five more commits each after the restart
            _until(lambda: all(_oks(results, s) >= after[s] + 5 for s in "ab"), 60)
        finally:
            stop.set()
            for thread in threads:
                thread.join(60)
        assert not any(t.is_alive() for t in threads)

        ok = {e for r in results.values() for e in r["ok"]}
        refused = [(e, m) for r in results.values() for e, m in r["refused"]]
        other = [o for r in results.values() for o in r["other"]]
        assert other == [], other[0][1]
        assert refused, "PostgreSQL was stopped while both wrote: some writes must have failed"
        assert all("nichts wurde gespeichert" in m for _, m in refused), refused[:3]

        with psycopg.connect(shared_store["owner"]) as conn:
            stored = {r[0] for r in conn.execute(
                "SELECT email FROM access_user WHERE email LIKE 'last-%'").fetchall()}
        assert stored == ok  # every acknowledged write is stored, no refused one is

        # both replicas reconnect by themselves and show what PostgreSQL holds
        for db in (a, b):
            _until(lambda db=db: db.connected, 20)
            _until(lambda db=db: {r[0] for r in db.query(
                "SELECT email FROM access_user WHERE email LIKE 'last-%'").df.itertuples(
                index=False)} == stored, 20)
        assert check(a).ok and check(b).ok
        sums = []
        for db in (a, b):
            cur = db.connection().cursor()
            sums.append({t.name: pg.checksum_duck(cur, t) for t in pg.schema_tables(cur)})
    with _replica(shared_store["app"], tmp_path, "fresh", follow=False) as fresh:
        cur = fresh.connection().cursor()
        there = {t.name: pg.checksum_duck(cur, t) for t in pg.schema_tables(cur)}
    for here in sums:
        assert {k: v for k, v in here.items() if there[k] != v} == {}
