"""Downloads with login configured (issue 23.12): the files are built on click, after the
script run, where st.user is not available. Before, "Aktuelle Projekte als Excel" gave no file
for anyone once [auth] was set (AttributeError on st.user, then MediaFileStorageError), and the
briefing buttons had the same flaw; the tests had only run without login."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from oidc_provider_mock import User, run_server_in_thread

from tests.e2e.conftest import (
    StreamlitServer,
    assert_no_exception,
    auth_secrets,
    log_in,
    wait_for_app,
)
from tests.e2e.server import free_port
from tests.e2e.test_tour_e2e import _download

pytestmark = pytest.mark.e2e

MANAGER = "netzwerk@sas.example"   # network manager of LR-EN: contacts of LR-EN only
ADMIN = "leitung@sas.example"      # Administration: every contact


@pytest.fixture(scope="module")
def oidc_url():
    users = [User(sub=MANAGER, claims={"email": MANAGER, "groups": ["fn-LR-EN"]}),
             User(sub=ADMIN, claims={"email": ADMIN, "groups": ["sw-admin"]})]
    with run_server_in_thread(port=0, user_claims=users) as server:
        yield f"http://127.0.0.1:{server.server_port}"


@pytest.fixture(scope="module")
def login_server(oidc_url, demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("login_downloads")
    db = folder / "login.duckdb"
    shutil.copy(demo_db_path, db)
    port = free_port()
    secrets = auth_secrets(folder / "secrets.toml", port=port, oidc_url=oidc_url,
                           extra='[access.groups]\n"sw-admin" = "administration"\n')
    server = StreamlitServer(db, port=port, extra_args=["--secrets.files", str(secrets)])
    yield server
    server.stop()


def _logged_in(browser, server, who: str):
    context, page = log_in(browser, server, who, viewport={"width": 1280, "height": 800},
                           accept_downloads=True)
    page.wait_for_selector(".st-key-kpi_projects", timeout=60_000)
    return context, page


def _projects(path: Path) -> list[dict]:
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h) for h in next(rows)]
    return [dict(zip(header, r, strict=False)) for r in rows]


def test_every_download_of_the_import_page_gives_a_file_when_logged_in(browser, login_server,
                                                                        tmp_path):
    contacts = {}
    for who in (MANAGER, ADMIN):
        context, page = _logged_in(browser, login_server, who)
        try:
            page.goto(f"{login_server.url}/import")
            page.wait_for_selector(".st-key-download_projects button", timeout=30_000)
            wait_for_app(page)
            for key in ("download_template", "download_projects"):
                _download(page, page.locator(f".st-key-{key} button"),
                          tmp_path / f"{who}-{key}.xlsx", f"{who} {key}", login_server)
            assert_no_exception(page)
        finally:
            context.close()
        projects = _projects(tmp_path / f"{who}-download_projects.xlsx")
        assert len(projects) > 100
        contacts[who] = sum(1 for p in projects if p.get("Ansprechpartner"))
    # personal data only of the manager's own network; Administration sees every contact
    assert 0 < contacts[MANAGER] < contacts[ADMIN], contacts


def test_a_view_table_and_the_briefing_download_when_logged_in(browser, login_server, tmp_path):
    context, page = _logged_in(browser, login_server, ADMIN)
    try:
        button = page.locator("[class*='st-key-xlsx_'] button").first
        _download(page, button, tmp_path / "view.xlsx", "Übersicht xlsx", login_server)
        assert openpyxl.load_workbook(tmp_path / "view.xlsx").sheetnames
        page.goto(f"{login_server.url}/praesentation")
        page.wait_for_selector(".st-key-pres_briefing_popover button", timeout=30_000)
        page.locator(".st-key-pres_briefing_popover button").first.click()
        page.wait_for_selector(".st-key-pres_pdf button", timeout=30_000)
        _download(page, page.locator(".st-key-pres_pdf button"), tmp_path / "b.pdf",
                  "Präsentation PDF", login_server)
        assert (tmp_path / "b.pdf").read_bytes()[:5] == b"%PDF-"
        assert_no_exception(page)
    finally:
        context.close()
