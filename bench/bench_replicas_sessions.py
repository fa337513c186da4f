"""30 people open the presentation at once (a workshop scanning the QR code): time until each
session's page is drawn, with one server on the embedded file (the usual setup), one replica
on PostgreSQL, and two replicas behind HAProxy (deploy/haproxy.cfg). Sessions speak Streamlit's
own websocket protocol (tests/e2e/light_client.py), no browser.

    .venv/bin/python bench/bench_replicas_sessions.py [--size 10000] [--sessions 30] [--reps 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DASHBOARD_TODAY", "2026-11-01")

from bench.bench_shared_store import demo_file
from tests.e2e.light_client import LightSession
from tests.e2e.proxy import Proxy
from tests.e2e.server import StreamlitServer


async def crowd(url: str, n: int) -> list[float]:
    sessions = [LightSession(url, "praesentation") for _ in range(n)]
    await asyncio.gather(*(s.open() for s in sessions))
    await asyncio.gather(*(s.wait_drawn(300) for s in sessions))
    times = sorted(s.drawn_at - s.opened_at for s in sessions)
    for s in sessions:
        await s.close()
    return times


def measure(url: str, n: int, reps: int) -> tuple[float, float]:
    asyncio.run(crowd(url, 2))           # warm: the server's first run, caches filled
    medians, maxima = [], []
    for _ in range(reps):
        times = asyncio.run(crowd(url, n))
        medians.append(statistics.median(times))
        maxima.append(times[-1])
        time.sleep(1)
    return statistics.median(medians), statistics.median(maxima)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from dashboard.store.transfer import to_postgres
    from tests.pg_cluster import APP, OWNER, Cluster

    path = demo_file(args.size)
    cluster = Cluster()
    results = {}
    try:
        name = cluster.new_database("sessions")
        to_postgres(path, cluster.url(name, OWNER), APP)
        url = cluster.url(name, APP)
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "file.duckdb"
            copy.write_bytes(path.read_bytes())
            one_file = StreamlitServer(copy)
            try:
                results["ein Server, Datei"] = measure(one_file.url, args.sessions, args.reps)
            finally:
                one_file.stop()
            a = StreamlitServer(url, {"DASHBOARD_DATA_DIR": f"{folder}/a"})
            b = StreamlitServer(url, {"DASHBOARD_DATA_DIR": f"{folder}/b"})
            proxy = Proxy(Path(folder), a, b)
            try:
                results["eine Replik, PostgreSQL"] = measure(a.url, args.sessions, args.reps)
                results["zwei Repliken + HAProxy"] = measure(proxy.url, args.sessions, args.reps)
            finally:
                proxy.stop()
                a.stop()
                b.stop()
    finally:
        cluster.close()
    base = results["ein Server, Datei"]
    print(f"{args.sessions} Sitzungen öffnen die Präsentation gleichzeitig, {args.size:,} Projekte, "
          f"{os.cpu_count()} Kerne (Median von {args.reps} Durchgängen)".replace(",", "."))
    for label, (median, worst) in results.items():
        print(f"{label:<26} bis gezeichnet: Median {median:5.2f} s ({median / base[0]:.2f}×), "
              f"langsamste {worst:5.2f} s ({worst / base[1]:.2f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
