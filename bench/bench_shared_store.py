"""The shared store (issue 22) against the embedded file at 100k demo projects: every view warm
and cold, the copy into PostgreSQL, a replica's start, a 100-row import's commit and the time
until the other replica has it. Targets: warm <= 1,2x, cold <= 2x the embedded file; the other
replica <= 2 s after a 100-row commit.

    .venv/bin/python bench/bench_shared_store.py [--size 100000] [--reps 5]

Cold = a fresh process opens the store and builds each view once (the replica loads its read
model from PostgreSQL first, the file is opened); warm = median of `reps` builds in one process.
A private PostgreSQL cluster is started for the run (tests/pg_cluster.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench" / ".cache"
os.environ.setdefault("DASHBOARD_TODAY", "2026-11-01")


def demo_file(size: int) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"shared_{size}.duckdb"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "dashboard", "init", "--demo", "--size", str(size),
                        "--db", str(path)], check=True, cwd=ROOT)
    return path


def views_once(target: str, reps: int) -> dict:
    """Runs in a fresh process: open, every view once (cold), then `reps` more (warm)."""
    from datetime import date

    from dashboard.domain.filters import Filters
    from dashboard.store.reference import read_taxonomy
    from dashboard.store.target import open_store
    from dashboard.views import all_views

    started = time.perf_counter()
    db = open_store(target, follow=False)
    opened = time.perf_counter() - started
    taxonomy = read_taxonomy(db)
    today = date(2026, 11, 1)
    cold, warm = {}, {}
    for key, (_, build) in all_views().items():
        t = time.perf_counter()
        build(db, Filters(), taxonomy, today=today)
        cold[key] = time.perf_counter() - t
    for key, (_, build) in all_views().items():
        times = []
        for _ in range(reps):
            t = time.perf_counter()
            build(db, Filters(), taxonomy, today=today)
            times.append(time.perf_counter() - t)
        warm[key] = statistics.median(times)
    db.close()
    return {"open": opened, "cold": cold, "warm": warm}


def _child(target: str, reps: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", target, "--reps", str(reps)],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def follow_time(url: str, folder: Path, file_db: Path) -> dict:
    """A 100-row import on replica a; seconds until replica b (following) shows it."""
    from dashboard.ingest.service import run_import
    from dashboard.store.replica import ReplicaDatabase
    from dashboard.store.target import open_store
    from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

    data = xlsx_bytes([good_record(project_id=f"BENCH-{i:04d}", title=f"Vorhaben {i}")
                       for i in range(100)])
    a = ReplicaDatabase.open_existing(url, folder / "a" / "s.postgres", follow=False)
    b = ReplicaDatabase.open_existing(url, folder / "b" / "s.postgres")
    count = "SELECT count(*) FROM project WHERE project_id LIKE 'BENCH-%'"
    t = time.perf_counter()
    result = run_import(a, data, "bench.xlsx", user="bench")
    committed = time.perf_counter()
    while b.scalar(count) != 100:   # the import's number arrives first, then its rows
        time.sleep(0.005)
    arrived = time.perf_counter()
    assert result.committed
    a.close()
    b.close()
    copy = folder / "embedded.duckdb"
    copy.write_bytes(file_db.read_bytes())
    with open_store(str(copy)) as db:
        e = time.perf_counter()
        run_import(db, data, "bench.xlsx", user="bench")
        embedded = time.perf_counter() - e
    return {"commit_replica": committed - t, "commit_file": embedded,
            "other_replica": arrived - committed}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(views_once(args.child, args.reps)))
        return 0
    from dashboard.store.transfer import to_postgres
    from tests.pg_cluster import APP, OWNER, Cluster

    path = demo_file(args.size)
    cluster = Cluster()
    try:
        name = cluster.new_database("bench")
        t = time.perf_counter()
        checks = to_postgres(path, cluster.url(name, OWNER), APP)
        copy_s = time.perf_counter() - t
        assert all(c.same for c in checks)
        rows = sum(c.rows_source for c in checks)
        print(f"{args.size:,} Projekte, {rows:,} Zeilen: Kopie nach PostgreSQL {copy_s:.1f} s".replace(",", "."))
        file = _child(str(path), args.reps)
        shared = _child(cluster.url(name, APP), args.reps)
        print(f"Öffnen: Datei {file['open']:.2f} s, Replik (Lesemodell laden) {shared['open']:.2f} s")
        print(f"{'Ansicht':<28} {'kalt Datei':>10} {'kalt PG':>8} {'×':>5} {'warm Datei':>10} {'warm PG':>8} {'×':>5}")
        bad = []
        for key in file["cold"]:
            cf, cs = file["cold"][key], shared["cold"][key]
            wf, ws = file["warm"][key], shared["warm"][key]
            print(f"{key:<28} {cf * 1000:>8.0f}ms {cs * 1000:>6.0f}ms {cs / cf:>5.2f} "
                  f"{wf * 1000:>8.0f}ms {ws * 1000:>6.0f}ms {ws / wf:>5.2f}")
            if ws > 1.2 * wf + 0.005 or cs > 2 * cf + 0.005:   # 5 ms: below timer noise
                bad.append(key)
        cold_file = file["open"] + sum(file["cold"].values())
        cold_shared = shared["open"] + sum(shared["cold"].values())
        print(f"Kalt insgesamt (Öffnen + jede Ansicht einmal): Datei {cold_file:.2f} s, "
              f"PostgreSQL {cold_shared:.2f} s ({cold_shared / cold_file:.2f}×)")
        with tempfile.TemporaryDirectory() as folder:
            f = follow_time(cluster.url(name, APP), Path(folder), path)
        print(f"Import von 100 Zeilen: Replik {f['commit_replica']:.2f} s, Datei {f['commit_file']:.2f} s "
              f"({f['commit_replica'] / f['commit_file']:.2f}×); bei der anderen Replik nach "
              f"{f['other_replica']:.2f} s (Ziel ≤ 2 s)")
        print("Ansichten über dem Ziel:", ", ".join(bad) if bad else "keine")
        return 0
    finally:
        cluster.close()


if __name__ == "__main__":
    raise SystemExit(main())
