"""/api/v1/projekte at 100k projects through a real `streamlit run serve.py`, against a plain
DuckDB `COPY (same rows) TO '…' (FORMAT JSON, ARRAY true)` of the very same query.

Two data sets: the 100k demo (about half the projects are public, i.e. from Bewilligt on) and
the same file with every project moved to "In Umsetzung" (all 100k public). "neu" = an answer
built anew (median of three selections with the same rows, which the answer cache keeps
apart), "Cache" = the same question again (answer cache), CSV and one Revier built anew once.
Target: ≤ 2 s per answer built anew (JSON, all public fields). Run: .venv/bin/python bench/bench_api.py
"""

from __future__ import annotations

import logging
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

logging.disable(logging.WARNING)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.e2e.server import StreamlitServer

SIZE = 100_000
TARGET_S = 2.0


def _copy_baseline(path: Path, out: Path) -> tuple[float, int]:
    """Seconds of a plain COPY of the same public rows, and the rows."""
    import duckdb

    from dashboard.api.public import public_sql
    from dashboard.domain.filters import Filters

    sql, params = public_sql("opendata_projects", Filters(), granted_only=True)
    con = duckdb.connect(str(path), read_only=True)
    try:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            con.execute(f"COPY ({sql}) TO '{out}' (FORMAT JSON, ARRAY true)", params)
            times.append(time.perf_counter() - started)
        rows = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    finally:
        con.close()
    return statistics.median(times), rows


def _fetch(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        size = len(r.read())
    return time.perf_counter() - started, size


def _measure(path: Path, label: str) -> list[tuple]:
    baseline, rows = _copy_baseline(path, path.parent / "copy.json")
    server = StreamlitServer(path, {"DASHBOARD_API_RATE": "100000"}, script=ROOT / "serve.py")
    try:
        url = f"{server.url}/api/v1/projekte"
        _fetch(f"{server.url}/api/v1/kennzahlen")  # the app opens its database (start-up)
        # built anew: the same rows under three selections the answer cache keeps apart
        built = [_fetch(url + query) for query in ("", "?revier=LR,MR", "?revier=MR,LR")]
        size = built[0][1]
        fresh = statistics.median(t for t, _ in built)
        cached = statistics.median(_fetch(url)[0] for _ in range(5))
        csv = _fetch(url + "?format=csv")[0]
        lr = _fetch(url + "?revier=LR")[0]
    finally:
        server.stop()
    return [(label, rows, size / 1e6, fresh, cached, csv, lr, baseline, fresh / baseline)]


def main() -> int:
    from dashboard.config import reference_dir
    from dashboard.demo.seed import init_database
    from dashboard.store.gateway import Database
    from dashboard.store.schema import migrate

    folder = Path(tempfile.mkdtemp())
    demo = folder / "demo.duckdb"
    init_database(demo, reference_dir(), demo=True, size=SIZE, seed=42, as_of=date(2026, 11, 1))
    with Database.open_existing(demo) as db:
        migrate(db)
    everyone = folder / "all_public.duckdb"
    shutil.copy(demo, everyone)
    with Database.open_existing(everyone) as db, db.transaction() as cur:
        cur.execute("UPDATE project SET stage_code = 'UMS'")
    rows = _measure(demo, f"Demo {SIZE:,}".replace(",", "."))
    rows += _measure(everyone, f"{SIZE:,} alle öffentlich".replace(",", "."))
    print(f"{'Daten':<24}{'Zeilen':>8}{'MB':>7}{'neu s':>8}{'Cache s':>8}{'CSV s':>7}"
          f"{'LR s':>7}{'COPY s':>8}{'neu/COPY':>9}")
    ok = True
    for label, n, mb, fresh, cached, csv, lr, base, ratio in rows:
        print(f"{label:<24}{n:>8}{mb:>7.1f}{fresh:>8.2f}{cached:>8.2f}{csv:>7.2f}{lr:>7.2f}"
              f"{base:>8.2f}{ratio:>8.1f}×")
        ok &= fresh <= TARGET_S
    print(f"Ziel: JSON ≤ {TARGET_S:.0f} s ({'erfüllt' if ok else 'VERFEHLT'})")
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
