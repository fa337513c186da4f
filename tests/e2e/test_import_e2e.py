"""A real browser uploads an xlsx on the Import page, sees the plan, commits, and the Übersicht
shows the new project count (the commit changes data_version, so cached figures refresh)."""

from __future__ import annotations

import shutil

import pytest

from dashboard.formatting import fmt_int
from tests.e2e.conftest import ARTIFACTS, StreamlitServer, assert_no_exception, wait_for_app
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

pytestmark = pytest.mark.e2e
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def import_server(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("import_server") / "import.duckdb"
    shutil.copy(demo_db_path, path)
    server = StreamlitServer(path)
    yield server
    server.stop()


def _tile(page, key: str) -> str:
    return page.locator(f".st-key-{key} [data-testid='stMetricValue']").inner_text().strip()


def test_upload_plan_commit_updates_overview(import_server, page):
    page.goto(import_server.url)
    wait_for_app(page)
    before = int(_tile(page, "kpi_projects").replace(".", ""))  # the page caches this figure now

    page.goto(f"{import_server.url}/import")
    wait_for_app(page)
    # the uploader speaks German: Streamlit's English words are hidden, German ones shown
    area = ".st-key-import_upload_area"
    page.wait_for_selector(f"{area} [data-testid='stFileUploaderDropzoneInstructions']",
                           state="attached", timeout=30_000)
    english = [page.locator(f"{area} [data-testid='stFileUploaderDropzoneInstructions'] span"),
               page.locator(f"{area} button [data-testid='stMarkdownContainer']")]
    assert [(e.count(), e.first.is_hidden()) for e in english] == [(1, True), (1, True)]
    after = page.evaluate(
        "([i, b]) => [getComputedStyle(document.querySelector(i), '::after').content,"
        " getComputedStyle(document.querySelector(b), '::after').content]",
        [f"{area} [data-testid='stFileUploaderDropzoneInstructions'] > div",
         f"{area} [data-testid='stFileUploaderDropzone'] button"])
    assert after == ['"Höchstens 64 MB je Datei • XLSX, XLSM, XLS, XLSB, ODS, CSV"', '"Datei auswählen"']
    page.locator(area).screenshot(path=str(ARTIFACTS / "import_uploader.png"))
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", title="Zweites Vorhaben")])
    page.locator(".st-key-import_upload input[type='file']").set_input_files(
        files=[{"name": "liste.xlsx", "mimeType": XLSX, "buffer": data}])
    page.wait_for_selector(".st-key-import_new [data-testid='stMetricValue']", timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)
    assert _tile(page, "import_new") == "2"
    assert _tile(page, "import_rejected") == "0"
    page.screenshot(path=str(ARTIFACTS / "import_plan.png"), full_page=True)

    page.locator(".st-key-import_commit button").click()
    page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=30_000)
    wait_for_app(page)
    assert "Übernommen als Import Nr." in page.locator(
        "[data-testid='stAlertContentSuccess']").inner_text()
    # the committed file is gone from the page: no plan, no second "Übernehmen"
    assert page.locator(".st-key-import_commit").count() == 0
    assert page.locator(".st-key-import_new").count() == 0

    page.goto(import_server.url)
    wait_for_app(page)
    assert_no_exception(page)
    assert _tile(page, "kpi_projects") == fmt_int(before + 2)


def test_sigterm_checkpoints_and_removes_the_socket(demo_db_path, tmp_path, page):
    """Issue 11, item 8: a terminated app leaves its writes in the database file (WAL
    checkpointed) and no socket file behind."""
    import os
    import subprocess
    import sys

    from dashboard.store.server import socket_path

    path = tmp_path / "term.duckdb"
    shutil.copy(demo_db_path, path)
    server = StreamlitServer(path)
    try:
        page.goto(f"{server.url}/import")  # the first page run opens the database and socket
        wait_for_app(page)
        assert socket_path(path).exists()
        liste = tmp_path / "liste.xlsx"
        liste.write_bytes(xlsx_bytes([good_record()]))
        done = subprocess.run([sys.executable, "-m", "dashboard", "import", str(liste), "--db",
                               str(path)], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
    finally:
        server.proc.terminate()  # SIGTERM, as a service manager stops the app
        server.proc.wait(timeout=30)
    assert not socket_path(path).exists()
    assert not os.path.exists(f"{path}.wal") or os.path.getsize(f"{path}.wal") == 0
    from dashboard.store.gateway import Database

    with Database.open_existing(path, read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM project WHERE project_id = 'T-0001'") == 1
