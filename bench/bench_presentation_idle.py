"""A workshop of thirty (issue 23, point 17): what open, untouched Präsentation pages cost the
server, how fast a committed import reaches them, and the first draw of many at once.

Through a real `streamlit run serve.py` on a demo database, with N sessions of a light client of
Streamlit's own websocket protocol (tests/e2e/light_client.py: no browser eats the machine):
- idle: server CPU (utime + stime of the server process from /proc) over IDLE seconds after
  every session has drawn, per session, in % of one core; and the script runs it made meanwhile;
- change: `python -m dashboard import FILE --db …` (forwarded through the app's socket) while the
  N sessions watch; seconds from the command's end until each session has the new project count;
- first draw: wall time until 30 sessions opened together have all drawn, against 30 × the
  median of one session opened alone (warm server), and the server CPU of both.
With --browsers K the idle figure is checked once against K real chromium pages.
Targets (2-core machine): ≤ 0,5 % of a core per idle page with 20 and 50 sessions, every
session within 3 s of the commit, 30 together ≤ 30 × one alone.

    .venv/bin/python bench/bench_presentation_idle.py [--quick] [--sessions 20 50] [--idle 30]
        [--together 30] [--size 10000] [--browsers 3] [--page praesentation]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

logging.disable(logging.WARNING)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.e2e.light_client import LightSession
from tests.e2e.server import StreamlitServer

TARGET_IDLE_PCT = 0.5
TARGET_CHANGE_S = 3.0
TICK = os.sysconf("SC_CLK_TCK")
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")


def make_db(folder: Path, size: int) -> Path:
    from dashboard import clock
    from dashboard.config import reference_dir
    from dashboard.store.setup import init_database

    path = folder / f"presentation_{size}.duckdb"
    init_database(path, reference_dir(), demo=True, size=size, seed=42, as_of=clock.today())
    return path


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _count(text: str) -> int:
    return int(text.replace(".", ""))


async def open_sessions(url: str, page: str, n: int) -> tuple[list[LightSession], float]:
    """N sessions opened together; returns them once every one has drawn, and the wall time."""
    started = time.perf_counter()
    sessions = [LightSession(url, page) for _ in range(n)]
    await asyncio.gather(*(s.open() for s in sessions))
    await asyncio.gather(*(s.wait_drawn(300) for s in sessions))
    for s in sessions:
        if s.errors:
            raise RuntimeError(f"session error: {s.errors[:2]}")
    return sessions, time.perf_counter() - started


async def close_all(sessions: list[LightSession]) -> None:
    await asyncio.gather(*(s.close() for s in sessions))


async def first_draw(server: StreamlitServer, page: str, together: int, reps: int) -> dict:
    """One session alone (median of `reps`, warm server) against `together` opened at once."""
    await close_all((await open_sessions(server.url, page, 1))[0])  # warm-up: imports, caches
    alone, alone_cpu = [], []
    for _ in range(reps):
        cpu0 = cpu_seconds(server.proc.pid)
        sessions, wall = await open_sessions(server.url, page, 1)
        alone_cpu.append(cpu_seconds(server.proc.pid) - cpu0)
        alone.append(wall)
        await close_all(sessions)
        await asyncio.sleep(0.5)
    cpu0 = cpu_seconds(server.proc.pid)
    sessions, wall = await open_sessions(server.url, page, together)
    cpu = cpu_seconds(server.proc.pid) - cpu0
    draws = sorted(s.drawn_at - s.opened_at for s in sessions)
    await close_all(sessions)
    return {"alone_s": statistics.median(alone), "alone_cpu_s": statistics.median(alone_cpu),
            "together_s": wall, "together_cpu_s": cpu, "together_median_s": draws[len(draws) // 2],
            "n": together}


async def idle(server: StreamlitServer, sessions: list[LightSession], seconds: float) -> dict:
    """Server CPU while the open sessions are left alone, per session in % of one core."""
    await asyncio.sleep(3)  # let the last first runs and their messages settle
    started = time.perf_counter()
    cpu0 = cpu_seconds(server.proc.pid)
    await asyncio.sleep(seconds)
    cpu = cpu_seconds(server.proc.pid) - cpu0
    elapsed = time.perf_counter() - started
    runs = sum(len(s.runs_since(started)) for s in sessions)
    n = len(sessions)
    return {"n": n, "seconds": elapsed, "cpu_pct": 100 * cpu / elapsed,
            "per_session_pct": 100 * cpu / elapsed / n, "runs_per_session_min": runs / n
            / elapsed * 60}


def _import_file(folder: Path, project_id: str) -> Path:
    path = folder / f"{project_id}.csv"
    path.write_text("Projekt-ID;Projekttitel;Revier;Entwicklungsschwerpunkt;Prüfstufe;"
                    "Datum Projektidee\n"
                    f"{project_id};Bench {project_id};Lausitzer Revier;Energiemodellregion;"
                    "Projektidee;01.11.2026\n", encoding="utf-8")
    return path


def shown_count(sessions: list[LightSession]) -> int:
    """The project count every session shows (they must agree)."""
    counts = {_count(s.metrics["Projekte"]) for s in sessions}
    if len(counts) != 1:
        raise RuntimeError(f"sessions disagree: {counts}")
    return counts.pop()


async def change(sessions: list[LightSession], db_path: Path, folder: Path, project_id: str,
                 expected: int, timeout_s: float = 30) -> dict:
    """Seconds from the end of a command-line import (of one new project: `expected` projects
    after it) until each session shows the new count."""
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dashboard", "import", str(_import_file(folder, project_id)),
        "--db", str(db_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _out, err = await proc.communicate()
    ended = time.perf_counter()
    if proc.returncode:
        raise RuntimeError(f"import failed: {err.decode()[-500:]}")
    deadline = ended + timeout_s
    while time.perf_counter() < deadline:
        if all(_count(s.metrics["Projekte"]) == expected for s in sessions):
            break
        await asyncio.sleep(0.05)
    late = [s for s in sessions if _count(s.metrics["Projekte"]) != expected]
    # from the command's end (negative: on screen before the command had exited), as the issue
    # measured, and from its start
    delays = sorted(s.changed_at["Projekte"] - ended for s in sessions if s not in late)
    nan = float("nan")
    return {"n": len(sessions), "missing": len(late), "command_s": ended - started,
            "median_s": statistics.median(delays) if delays else nan,
            "max_s": max(delays) if delays else nan,
            "max_from_start_s": max(delays) + ended - started if delays else nan}


def browsers_idle(server: StreamlitServer, page: str, k: int, seconds: float) -> dict:
    """The idle figure with K real chromium pages (the light client's check)."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM_ARGS, wait_for_app

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        pages = []
        for _ in range(k):
            p = browser.new_context(viewport={"width": 1920, "height": 1080},
                                    locale="de-DE").new_page()
            p.goto(f"{server.url}/{page}")
            pages.append(p)
        for p in pages:
            wait_for_app(p, 120_000)
        time.sleep(3)
        cpu0, started = cpu_seconds(server.proc.pid), time.perf_counter()
        time.sleep(seconds)
        cpu = cpu_seconds(server.proc.pid) - cpu0
        elapsed = time.perf_counter() - started
        shown = pages[0].locator("[data-testid='stMetricValue']").count()
        browser.close()
    return {"n": k, "seconds": elapsed, "cpu_pct": 100 * cpu / elapsed,
            "per_session_pct": 100 * cpu / elapsed / k, "tiles": shown}


def _fmt(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


async def run(args, server: StreamlitServer, db_path: Path, folder: Path) -> list[str]:
    verdicts = []
    draw = await first_draw(server, args.page, args.together, args.reps)
    limit = draw["n"] * draw["alone_s"]
    ok = draw["together_s"] <= limit
    print(f"first draw: one alone {_fmt(draw['alone_s'])} s (server CPU "
          f"{_fmt(draw['alone_cpu_s'])} s, median of {args.reps}); {draw['n']} together "
          f"{_fmt(draw['together_s'])} s until all drew (median session "
          f"{_fmt(draw['together_median_s'])} s, server CPU {_fmt(draw['together_cpu_s'])} s) "
          f"= {_fmt(draw['together_s'] / draw['alone_s'], 1)} x one alone "
          f"(target <= {draw['n']} x: {'met' if ok else 'MISSED'})", flush=True)
    verdicts.append(ok)
    await asyncio.sleep(2)
    cpu0, t0 = cpu_seconds(server.proc.pid), time.perf_counter()
    await asyncio.sleep(5)
    print(f"no session open: server {_fmt(100 * (cpu_seconds(server.proc.pid) - cpu0) / (time.perf_counter() - t0))} % of a core",
          flush=True)
    for i, n in enumerate(args.sessions):
        sessions, wall = await open_sessions(server.url, args.page, n)
        figures = await idle(server, sessions, args.idle)
        ok = figures["per_session_pct"] <= TARGET_IDLE_PCT
        print(f"idle, {n} sessions (opened in {_fmt(wall, 1)} s): server "
              f"{_fmt(figures['cpu_pct'], 1)} % of a core over {_fmt(figures['seconds'], 0)} s = "
              f"{_fmt(figures['per_session_pct'])} % per session (target <= "
              f"{_fmt(TARGET_IDLE_PCT, 1)}: {'met' if ok else 'MISSED'}); "
              f"{_fmt(figures['runs_per_session_min'], 1)} script runs seen per session and minute",
              flush=True)
        verdicts.append(ok)
        drawn_count = shown_count(sessions)  # a late change of an earlier round is not this one's
        for j in range(args.changes):
            moved = await change(sessions, db_path, folder, f"BENCH-{n:03d}-{i}{j}",
                                 drawn_count + j + 1)
            ok = moved["missing"] == 0 and moved["max_s"] <= TARGET_CHANGE_S
            print(f"change, {n} sessions: new count on {n - moved['missing']}/{n}, after the "
                  f"command's end median {_fmt(moved['median_s'])} s, last "
                  f"{_fmt(moved['max_s'])} s (target <= {_fmt(TARGET_CHANGE_S, 0)} s: "
                  f"{'met' if ok else 'MISSED'}); the command took {_fmt(moved['command_s'])} s,"
                  f" last page {_fmt(moved['max_from_start_s'])} s after its start", flush=True)
            verdicts.append(ok)
            await asyncio.sleep(3)
        await close_all(sessions)
        await asyncio.sleep(3)
        print(f"server memory after {n} sessions: {_fmt(rss_mb(server.proc.pid), 0)} MB",
              flush=True)
    if args.browsers:
        k = args.browsers
        light, _wall = await open_sessions(server.url, args.page, k)
        lf = await idle(server, light, args.idle)
        await close_all(light)
        bf = await asyncio.to_thread(browsers_idle, server, args.page, k, args.idle)
        print(f"check: {k} chromium pages {_fmt(bf['per_session_pct'])} % per page "
              f"({bf['tiles']} tiles drawn) vs {k} light sessions "
              f"{_fmt(lf['per_session_pct'])} % per session", flush=True)
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="make bench: 20 sessions, 10 s idle, 10 together, one change, 2000 projects")
    parser.add_argument("--sessions", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--idle", type=float, default=30)
    parser.add_argument("--together", type=int, default=30)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--changes", type=int, default=2)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--browsers", type=int, default=0)
    parser.add_argument("--page", default="praesentation")
    parser.add_argument("--streamlit-arg", action="append", default=[],
                        help="passed to `streamlit run`, e.g. --streamlit-arg=--runner.postScriptGC=false")
    args = parser.parse_args()
    if args.quick:
        args.sessions, args.idle, args.together, args.reps, args.changes = [20], 10, 10, 3, 1
        args.size = min(args.size, 2000)
    os.environ.setdefault("DASHBOARD_TODAY", "2026-11-01")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = make_db(folder, args.size)
        server = StreamlitServer(db_path, script=ROOT / "serve.py", extra_args=args.streamlit_arg)
        try:
            print(f"{args.size} demo projects, page /{args.page}, {os.cpu_count()} cores, load "
                  f"{_fmt(os.getloadavg()[0], 1)}", flush=True)
            verdicts = asyncio.run(run(args, server, db_path, folder))
        finally:
            server.stop()
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
