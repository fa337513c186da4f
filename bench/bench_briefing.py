"""Briefing with 6 charts on the demo data (cold and warm renderer) and one live-refresh tick.

Targets: briefing <= 10 s cold, <= 5 s warm; one tick of the data-version poll <= 5 ms.
Run: .venv/bin/python bench/bench_briefing.py
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

logging.disable(logging.WARNING)  # Streamlit's bare-mode warnings would swamp the table


def main() -> int:
    from dashboard.briefing.deck import briefing_pptx
    from dashboard.briefing.pdf import briefing_pdf
    from dashboard.charts.renderer import ChartRenderer, unavailable_reason
    from dashboard.config import reference_dir
    from dashboard.demo.seed import init_database
    from dashboard.domain.filters import Filters
    from dashboard.store.gateway import Database
    from dashboard.store.reference import read_taxonomy
    from dashboard.views import all_views

    if reason := unavailable_reason():
        print(reason)
        return 1
    path = Path(tempfile.mkdtemp()) / "bench.duckdb"
    init_database(path, reference_dir(), demo=True, size=400, seed=42, as_of=date(2026, 11, 1))
    keys = list(all_views())[:6]
    rows = []
    with Database.open_existing(path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        renderer = ChartRenderer()
        started = time.perf_counter()
        briefing_pptx(db, Filters(), taxonomy, keys, renderer=renderer)
        rows.append(("Briefing PPTX, 6 Diagramme, kalt", time.perf_counter() - started, 10.0))
        warm = []
        for _ in range(3):
            started = time.perf_counter()
            briefing_pptx(db, Filters(reviere=("LR",)), taxonomy, keys, renderer=renderer)
            warm.append(time.perf_counter() - started)
        rows.append(("Briefing PPTX, 6 Diagramme, warm (Median)", statistics.median(warm), 5.0))
        started = time.perf_counter()
        briefing_pdf(db, Filters(), taxonomy, keys, renderer=renderer)
        rows.append(("Briefing PDF, 6 Diagramme, warm", time.perf_counter() - started, 5.0))
        renderer.close()
    rows.append(("Live-Refresh: ein Takt (Median)", _tick(path), 0.005))

    print(f"Diagramme: {', '.join(keys)}")
    print(f"{'Messung':<44}{'Wert':>10}{'Ziel':>10}  ok")
    failed = False
    for name, seconds, target in rows:
        ok = seconds <= target
        failed |= not ok
        value = f"{seconds * 1000:.2f} ms" if target < 1 else f"{seconds:.2f} s"
        goal = f"{target * 1000:.0f} ms" if target < 1 else f"{target:.0f} s"
        print(f"{name:<44}{value:>10}{goal:>10}  {'ja' if ok else 'NEIN'}")
    return 1 if failed else 0


def _tick(path: Path) -> float:
    """What the live watcher decides per open page and check (ui.live.due): read the data
    version, compare."""
    import os

    os.environ["DASHBOARD_DB"] = str(path)
    from dashboard.ui import live
    from dashboard.ui.resources import database

    db = database()  # opens the process-wide connection once, as the app does
    entry = live.Follow(db, db.data_version, None, page="", query="")
    times = []
    for _ in range(200):
        started = time.perf_counter()
        live.due(entry, entry.db.data_version, time.monotonic())
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
