"""Vernetzung at 10k and 100k demo projects (targets on 2 cores: all pairs 10k <= 3 s, 100k <=
60 s and <= 1,5 GB; 100 changed projects at 100k <= 1 s; page warm <= 100 ms).

- full: `matching.service.refresh(full=True)` in a fresh process (loading the projects, TF-IDF,
  neighbours, signals, scoring, storing); peak RSS of that process.
- incremental: 100 projects get a changed title and description, then `refresh()`: warm (the
  process that ran the full matching keeps its index, as the app does) and cold (a new process
  that first rebuilds the index from the stored projects).
- naive peer: rapidfuzz `process.cdist` over all title pairs (token_sort_ratio, one worker, as
  our run uses one core); at 100k extrapolated from 1.000 titles against all 100k (said so).
- page: the Vernetzung page warm in AppTest (the run after a first one), median of 7, each
  paired with a warm run of the Übersicht page in the same process.

    .venv/bin/python bench/bench_vernetzung.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_db(folder: Path, size: int) -> Path:
    from dashboard import clock
    from dashboard.config import reference_dir
    from dashboard.demo.seed import add_demo_data, init_database
    from dashboard.store.gateway import Database

    path = folder / f"vernetzung_{size}.duckdb"
    init_database(path, reference_dir())
    with Database(path) as db:
        add_demo_data(db, size=size, seed=42, as_of=clock.today())
    return path


def child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _change(db, n: int, round_: int) -> None:
    with db.transaction() as cur:
        cur.execute("UPDATE project SET title = title || ?, description = description || ? "
                    "WHERE project_id IN (SELECT project_id FROM project ORDER BY hash(project_id) "
                    "LIMIT ?)", [f" (Stand {round_})", f" Änderung {round_}.", n])


def run_child(path: Path, what: str) -> dict:
    from dashboard.matching.service import refresh
    from dashboard.store.gateway import Database

    with Database(path) as db:
        if what == "full":
            started = time.perf_counter()
            result = refresh(db, full=True)
            seconds = time.perf_counter() - started
            out = {"seconds": seconds, "pairs": result["pairs"]}
        elif what == "incremental":
            refresh(db, full=True)
            times = []
            for r in range(3):
                _change(db, 100, r)
                started = time.perf_counter()
                result = refresh(db)
                times.append(time.perf_counter() - started)
                assert result["kind"] == "incremental", result
            out = {"warm": statistics.median(times), "warm_all": times}
        elif what == "cold":
            _change(db, 100, 9)
            started = time.perf_counter()
            result = refresh(db)
            out = {"cold": time.perf_counter() - started, "kind": result["kind"]}
        elif what == "naive":
            from rapidfuzz import fuzz, process

            titles = db.query("SELECT title FROM project").df["title"].tolist()
            sample = titles if len(titles) <= 10_000 else titles[:1000]
            started = time.perf_counter()
            process.cdist(sample, titles, scorer=fuzz.token_sort_ratio, workers=1,
                          dtype="uint8", score_cutoff=60)
            seconds = time.perf_counter() - started
            out = {"seconds": seconds * len(titles) / len(sample),
                   "extrapolated": len(sample) < len(titles)}
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def page_times(path: Path, reps: int = 7) -> tuple[float, float]:
    os.environ["DASHBOARD_DB"] = str(path)
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_resource.clear()
    st.cache_data.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    app.run()
    base = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    base.run()
    app.switch_page("app_pages/vernetzung.py")
    app.run()  # cold: pairs read, cached
    ours, theirs = [], []
    for _ in range(reps):
        started = time.perf_counter()
        app.run()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        base.run()
        theirs.append(time.perf_counter() - started)
    assert not app.exception, app.exception
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(Path(args.child[0]), args.child[1])))
        return 0
    print(f"Last: {time.strftime('%d.%m.%Y %H:%M')}, load {os.getloadavg()[0]:.1f}")
    print("size     full s  RSS MB  pairs   naive s        incr warm s  incr cold s  page warm ms (Übersicht)")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = make_db(Path(tmp), size)
            full = child([str(path), "full"])
            naive = child([str(path), "naive"])
            incr = child([str(path), "incremental"])
            cold = child([str(path), "cold"])
            ours, base = page_times(path)
            print(f"{size:>7}  {full['seconds']:6.1f}  {full['maxrss_mb']:6.0f}  {full['pairs']:>6}  "
                  f"{naive['seconds']:7.1f}{' (hochger.)' if naive['extrapolated'] else '           '}"
                  f"  {incr['warm']:6.2f}       {cold['cold']:6.2f}       "
                  f"{1000 * ours:6.0f} ({1000 * base:.0f})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
