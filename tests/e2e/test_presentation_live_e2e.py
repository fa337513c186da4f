"""Präsentation live refresh on a real server, seen through Streamlit's own websocket protocol
(tests/e2e/light_client.py, no browser): an untouched page runs no script at all, a commit
through the command line reaches every page that shows the presentation, and nobody else."""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.formatting import fmt_int
from tests.e2e.conftest import StreamlitServer
from tests.e2e.light_client import LightSession

pytestmark = pytest.mark.e2e
IDLE_S = 10
REFRESH_S = 15  # generous on a loaded machine; bench/bench_presentation_idle.py measures


@pytest.fixture
def server(demo_db_path, tmp_path):
    path = tmp_path / "live.duckdb"
    shutil.copy(demo_db_path, path)
    s = StreamlitServer(path)
    yield s, path
    s.stop()


async def _import(db_path, folder, project_id: str) -> None:
    file = folder / f"{project_id}.csv"
    file.write_text("Projekt-ID;Projekttitel;Revier;Entwicklungsschwerpunkt;Prüfstufe;"
                    "Datum Projektidee\n"
                    f"{project_id};Live-Test {project_id};Lausitzer Revier;Energiemodellregion;"
                    "Projektidee;01.11.2026\n", encoding="utf-8")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dashboard", "import", str(file), "--db", str(db_path),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()


async def _until(condition, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "nicht rechtzeitig"
        await asyncio.sleep(0.1)


async def _idle_then_commit(url: str, db_path, folder) -> None:
    watching = [LightSession(url, "praesentation") for _ in range(2)]
    elsewhere = LightSession(url, "praesentation")  # opens the presentation, then leaves it
    overview = LightSession(url, "")
    everyone = [*watching, elsewhere, overview]
    for s in everyone:
        await s.open()
    for s in everyone:
        await s.wait_drawn()
    await elsewhere.goto("")
    await _until(lambda: elsewhere.runs[-1].finished is not None and len(elsewhere.runs) == 2,
                 60)

    quiet_from = time.perf_counter()
    await asyncio.sleep(IDLE_S)
    for s in everyone:
        assert s.runs_since(quiet_from) == [], "an untouched page ran its script"
        assert s.fragment_timers == 0, "a page polls the server"
    before = int(watching[0].metrics["Projekte"].replace(".", ""))

    committed = time.perf_counter()
    await _import(db_path, folder, "LIVE-0001")
    await _until(lambda: all(s.metrics["Projekte"] == fmt_int(before + 1) for s in watching),
                 REFRESH_S)
    await asyncio.sleep(2)
    for s in watching:
        assert [r.fragment for r in s.runs_since(committed)] == [False]  # one full run each
        assert not s.errors
    assert elsewhere.runs_since(committed) == [], "a page that left the presentation was rerun"
    assert overview.runs_since(committed) == []
    for s in everyone:
        await s.close()


def test_idle_page_runs_nothing_and_a_commit_reaches_it(server, tmp_path):
    srv, db_path = server
    # in a thread of its own: playwright's sync API may leave an event loop running in this one
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _idle_then_commit(srv.url, db_path, tmp_path)).result()
