"""Page speed of every page in app.py on 1k, 10k and 100k demo projects.

Server side (AppTest, closest to a real run): cold (after one warm-up run of the script: every
cache of figures cleared - st.cache_data, the views resource, the funnel memo), warm (same run again),
and a filter change (Revier = LR, data cache warm for the old selection). Browser (real
`streamlit run` + chromium): time from navigation until every plotly chart has drawn, for the
page and for bench/trivial_app.py side by side. Targets at 100k on 2 cores: cold <= 400 ms,
warm <= 100 ms, filter change <= 300 ms, browser <= 1.5 x trivial.

    .venv/bin/python bench/bench_pages.py [--sizes 1000 10000 100000] [--no-browser]
"""

from __future__ import annotations

import argparse
import ast
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
APP = ROOT / "app.py"
TRIVIAL = ROOT / "bench" / "trivial_app.py"
# the fair baseline: our shell (sidebar filter bar, navigation) around one trivial page
TRIVIAL_SHELL = ROOT / "bench" / "trivial_in_shell_app.py"
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
TARGETS = {"cold": 400, "warm": 100, "filter": 300, "ratio": 1.5}
DRAWN_JS = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (!document.querySelector("[data-testid='stMain'] h1")) return false;
    const charts = [...document.querySelectorAll("[data-testid='stPlotlyChart']")];
    return charts.every(c => c.querySelector('.main-svg'));
}"""


def discover_pages() -> list[tuple[str, str]]:
    """(page file, URL path) of every st.Page in app.py, in navigation order (the default page
    is served at the root; without url_path Streamlit derives the path from the file name)."""
    found = []
    for node in ast.walk(ast.parse(APP.read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page" and node.args:
            kw = {k.arg: k.value for k in node.keywords}
            file = node.args[0].value
            default = isinstance(kw.get("default"), ast.Constant) and kw["default"].value is True
            url = kw["url_path"].value if "url_path" in kw else Path(file).stem
            found.append((node.lineno, file, "" if default else url))
    return [(file, url) for _line, file, url in sorted(found)]


def make_db(folder: Path, size: int) -> Path:
    from dashboard.config import reference_dir
    from dashboard.store.setup import init_database

    path = folder / f"bench_{size}.duckdb"
    init_database(path, reference_dir(), demo=True, size=size, seed=42, as_of=date.today())
    return path


def _ms(func) -> float:
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def _clear_data_caches() -> None:
    """Every cache of computed figures: st.cache_data, the views resource, the funnel memo
    (the database connection, taxonomy imports and DuckDB's buffer stay, as in a server)."""
    import streamlit as st

    from dashboard.analytics import pipeline, portfolio
    from dashboard.ui import resources

    st.cache_data.clear()
    resources._view.clear()
    pipeline._CUBES.clear()
    portfolio._RESULTS.clear()


def server_side(db_path: Path, pages: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """AppTest timings per page script (run on its own, as st.navigation runs it; the shared
    frame of app.py is measured once as its own row): cold (data cache cleared), warm (same
    run again), filter change (Revier LR, as the filter bar hands it to the page)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.domain.filters import Filters

    os.environ["DASHBOARD_DB"] = str(db_path)
    st.cache_resource.clear()
    st.cache_data.clear()
    frame = AppTest.from_file(str(APP), default_timeout=300)
    frame.run()  # imports, database connection, taxonomy: once per process, not per page
    out: dict[str, dict[str, float]] = {
        "app.py (Rahmen+Übersicht)": {"cold": float("nan"), "warm": _ms(frame.run),
                                      "filter": float("nan"), "errors": len(frame.exception)}}
    for file, _url in pages:
        at = AppTest.from_file(str(ROOT / file), default_timeout=300)
        # the first run of an AppTest scans installed packages for components (~400 ms, once
        # per server process in production) and imports the page's modules: not page time
        at.run()
        _clear_data_caches()
        row = {"cold": _ms(at.run)}
        row["warm"] = _ms(at.run)
        at.session_state["filters"] = Filters(reviere=("LR",))
        row["filter"] = _ms(at.run)
        row["errors"] = len(at.exception) + len(at.error)
        out[file] = row
    trivial = AppTest.from_file(str(TRIVIAL), default_timeout=60)
    trivial.run()
    out["bench/trivial_app.py"] = {"cold": _ms(trivial.run), "warm": _ms(trivial.run),
                                   "filter": float("nan"), "errors": 0}
    st.cache_resource.clear()
    st.cache_data.clear()
    return out


class Server:
    """A real `streamlit run` of one script on a free port."""

    def __init__(self, script: Path, db_path: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "DASHBOARD_DB": str(db_path)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit for {script.name} did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _visit(page, url: str) -> float:
    started = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_timeout(50)  # let the new run start before polling for its end
    page.wait_for_function(DRAWN_JS, timeout=120_000, polling=20)
    return (time.perf_counter() - started) * 1000


def browser_side(db_path: Path, pages: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Navigation until all charts are drawn: first visit (server cache cold) and second."""
    from playwright.sync_api import sync_playwright

    # one writer process per DuckDB file: the shell baseline reads its own copy
    shell_db = db_path.with_name(f"{db_path.stem}_shell.duckdb")
    shutil.copy(db_path, shell_db)
    app, trivial = Server(APP, db_path), Server(TRIVIAL, db_path)
    shell = Server(TRIVIAL_SHELL, shell_db)
    out: dict[str, dict[str, float]] = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            context = browser.new_context(viewport={"width": 1920, "height": 1080})
            page = context.new_page()
            _visit(page, trivial.url)  # warm the browser itself (fonts, JS bundle)
            out["bench/trivial_app.py"] = {"first": _visit(page, trivial.url),
                                           "second": _visit(page, trivial.url)}
            _visit(page, shell.url)  # first run of the shell process (imports, taxonomy)
            out["bench/trivial_in_shell_app.py"] = {"first": _visit(page, shell.url),
                                                    "second": _visit(page, shell.url)}
            for file, url in pages:
                out[file] = {"first": _visit(page, f"{app.url}/{url}"),
                             "second": _visit(page, f"{app.url}/{url}")}
            browser.close()
    finally:
        app.stop()
        trivial.stop()
        shell.stop()
    return out


def _flag(value: float, target: float) -> str:
    if math.isnan(value):
        return "      –"
    return f"{value:7.0f}{' ' if value <= target else '!'}"


def report(size: int, server: dict, browser: dict | None) -> list[str]:
    trivial_b = (browser or {}).get("bench/trivial_app.py", {}).get("second", float("nan"))
    shell_b = (browser or {}).get("bench/trivial_in_shell_app.py", {}).get("second", float("nan"))
    lines = [f"\n{size:,} Projekte".replace(",", "."),
             (f"{'Seite':32s} {'kalt ms':>8s} {'warm ms':>8s} {'Filter ms':>9s} "
              f"{'Browser 1.':>10s} {'Browser 2.':>10s} {'x trivial':>9s} {'x Shell':>8s}  Fehler")]
    misses = []
    rows = dict(server)
    if browser and "bench/trivial_in_shell_app.py" in browser:
        nan = float("nan")
        rows["bench/trivial_in_shell_app.py"] = {"cold": nan, "warm": nan, "filter": nan,
                                                 "errors": 0}
    for file, row in rows.items():
        b = (browser or {}).get(file, {})
        second = b.get("second", float("nan"))
        ratio = second / trivial_b  # NaN when a side was not measured
        lines.append(f"{file[:32]:32s} {_flag(row['cold'], TARGETS['cold'])} "
                     f"{_flag(row['warm'], TARGETS['warm'])} {_flag(row['filter'], TARGETS['filter'])}"
                     f"  {b.get('first', float('nan')):9.0f} {second:10.0f} "
                     f"{ratio:8.2f}{' ' if not ratio > TARGETS['ratio'] else '!'}"
                     f"{second / shell_b:8.2f}{' ' if not second / shell_b > TARGETS['ratio'] else '!'}"
                     f"  {row['errors']}")
        if size >= 100_000 and file.startswith("pages/"):
            for key in ("cold", "warm", "filter"):
                if row[key] > TARGETS[key]:
                    misses.append(f"{file}: {key} {row[key]:.0f} ms > {TARGETS[key]} ms")
            if ratio > TARGETS["ratio"]:
                misses.append(f"{file}: Browser {ratio:.2f} x trivial > {TARGETS['ratio']}")
    lines.append("(! = Ziel verfehlt; Ziele gelten für 100.000 Projekte; x trivial: gegen die leere "
                 "App, x Shell: gegen eine leere Seite in unserem Rahmen mit Filterleiste)")
    if misses:
        lines.append("Verfehlt: " + "; ".join(misses))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    pages = discover_pages()
    print(f"Seiten aus app.py: {', '.join(f for f, _ in pages)}", flush=True)
    print(f"Ziele bei 100.000 Projekten: kalt <= {TARGETS['cold']} ms, warm <= {TARGETS['warm']} "
          f"ms, Filterwechsel <= {TARGETS['filter']} ms, Browser <= {TARGETS['ratio']} x trivial",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            started = time.perf_counter()
            db_path = make_db(Path(tmp), size)
            print(f"[{size}] Datenbank erzeugt in {time.perf_counter() - started:.1f} s", flush=True)
            server = server_side(db_path, pages)
            browser = None if args.no_browser else browser_side(db_path, pages)
            print("\n".join(report(size, server, browser)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
