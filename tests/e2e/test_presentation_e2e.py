"""Präsentation in a real browser: an import committed through the CLI while the page is open
shows within the refresh interval; with "Einfrieren" on, the figures stay put."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest
from playwright.sync_api import expect

from dashboard.formatting import fmt_int
from tests.e2e.conftest import ARTIFACTS, StreamlitServer, assert_no_exception, wait_for_app

pytestmark = pytest.mark.e2e
REFRESH_S = 10  # the promise: new figures within 10 s, without a reload


def _csv(path, project_id: str) -> None:
    path.write_text("Projekt-ID;Projekttitel;Revier;Entwicklungsschwerpunkt;Prüfstufe;"
                    "Datum Projektidee\n"
                    f"{project_id};Live-Test {project_id};Lausitzer Revier;Energiemodellregion;"
                    "Projektidee;01.11.2026\n", encoding="utf-8")


def _import(db_path, file) -> subprocess.CompletedProcess:
    return subprocess.Popen([sys.executable, "-m", "dashboard", "import", str(file), "--db",
                             str(db_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _shown(page) -> set[str]:
    """Every project count on screen: during a rerun Streamlit briefly shows the stale tile
    next to the new one."""
    values = page.locator(".st-key-pres_kpi_0 [data-testid='stMetricValue']").all_inner_texts()
    return {v.strip() for v in values}


def _projects(page) -> str:
    """The one project count on screen, once the screen has settled."""
    deadline = time.monotonic() + 10
    while len(shown := _shown(page)) != 1 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert len(shown) == 1, f"Projekte zeigt {shown!r}"
    return shown.pop()


def _wait_for(page, expected: str, timeout_s: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if _shown(page) == {expected}:
            return time.monotonic() - start
        page.wait_for_timeout(250)
    raise AssertionError(f"Projekte zeigt {_shown(page)!r} statt {expected!r}")


@pytest.fixture
def server(demo_db_path, tmp_path):
    path = tmp_path / "live.duckdb"
    shutil.copy(demo_db_path, path)
    s = StreamlitServer(path)
    yield s, path
    s.stop()


def test_import_shows_live_and_freeze_holds(server, page, tmp_path):
    srv, db_path = server
    page.goto(f"{srv.url}/praesentation")
    wait_for_app(page)
    assert_no_exception(page)
    expect(page.locator("[data-testid='stHeader']")).to_be_hidden(timeout=10_000)
    before = int(_projects(page).replace(".", ""))

    _csv(tmp_path / "a.csv", "E2E-0001")
    proc = _import(db_path, tmp_path / "a.csv")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    took = _wait_for(page, fmt_int(before + 1), REFRESH_S)
    page.screenshot(path=str(ARTIFACTS / "praesentation-live.png"))

    page.locator(".st-key-pres_freeze label").click(timeout=5000)
    wait_for_app(page)
    _csv(tmp_path / "b.csv", "E2E-0002")
    proc = _import(db_path, tmp_path / "b.csv")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    for _ in range(24):  # three polls: the frozen figure never changes, not even briefly
        assert _shown(page) <= {fmt_int(before + 1)}
        page.wait_for_timeout(250)
    assert _projects(page) == fmt_int(before + 1)

    page.locator(".st-key-pres_freeze label").click()
    _wait_for(page, fmt_int(before + 2), REFRESH_S)
    assert_no_exception(page)
    assert took < REFRESH_S
