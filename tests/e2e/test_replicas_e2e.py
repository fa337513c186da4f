"""Issue 22 in the browser: two app servers (replicas) on one PostgreSQL store behind the
documented HAProxy configuration (deploy/haproxy.cfg, cookie stickiness). A commit on replica A
is on the presentation open on replica B within 5 s; the audit chain verifies after writes on
both; replica A killed (SIGKILL) in the middle of an import leaves the old state and B serves on.
Login through the proxy works on each replica (one [auth] section for both)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psycopg
import pytest

from dashboard.formatting import fmt_int
from tests.e2e.conftest import (
    ARTIFACTS,
    StreamlitServer,
    assert_no_exception,
    auth_secrets,
    log_in,
    wait_for_app,
)
from tests.e2e.proxy import Proxy
from tests.e2e.server import free_port
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

pytestmark = pytest.mark.e2e
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIVE_S = 5


@pytest.fixture
def replicas(shared_store, tmp_path):
    """(proxy, replica a, replica b, app url) on one PostgreSQL store with the fixture's data."""
    url = shared_store["app"]
    a = StreamlitServer(url, {"DASHBOARD_DATA_DIR": str(tmp_path / "a"),
                              "DASHBOARD_FAULT_AT": "before_commit"})
    b = StreamlitServer(url, {"DASHBOARD_DATA_DIR": str(tmp_path / "b")})
    proxy = Proxy(tmp_path, a, b, log_dir=ARTIFACTS)
    yield proxy, a, b, shared_store
    proxy.stop()
    a.stop()
    b.stop()


def _pinned(browser, proxy: Proxy, replica: str):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    context.add_cookies([{"name": "REPLIKA", "value": replica, "url": proxy.url}])
    return context.new_page()


def _served_by(page, url: str) -> str:
    response = page.goto(url)
    wait_for_app(page)
    assert_no_exception(page)
    return response.headers.get("x-replika", "")


def _projects_on(page) -> set[str]:
    values = page.locator(".st-key-pres_kpi_0 [data-testid='stMetricValue']").all_inner_texts()
    return {v.strip() for v in values}


def _store_count(store: dict) -> int:
    with psycopg.connect(store["owner"]) as conn:
        return conn.execute("SELECT count(*) FROM project").fetchone()[0]


def _upload(page, proxy: Proxy, ids: list[str]) -> None:
    page.goto(f"{proxy.url}/import")
    wait_for_app(page)
    data = xlsx_bytes([good_record(project_id=i, title=f"Replik {i}") for i in ids])
    page.locator(".st-key-import_upload input[type='file']").set_input_files(
        files=[{"name": "liste.xlsx", "mimeType": XLSX, "buffer": data}])
    page.wait_for_selector(".st-key-import_commit button", timeout=30_000)
    wait_for_app(page)
    page.locator(".st-key-import_commit button").click()


def _cli_env(tmp_path) -> dict[str, str]:
    """The command line keeps its archive and noted audit heads beside the store: in the test's
    folder, not in the checkout's data/ (where a run's heads once got committed)."""
    return {**os.environ, "DASHBOARD_DATA_DIR": str(tmp_path / "cli")}


def test_a_commit_on_one_replica_reaches_the_presentation_on_the_other(replicas, browser, tmp_path):
    proxy, _a, _b, store = replicas
    on_b = _pinned(browser, proxy, "b")
    assert _served_by(on_b, f"{proxy.url}/praesentation") == "b"
    before = _store_count(store)
    deadline = time.monotonic() + 20
    while _projects_on(on_b) != {fmt_int(before)} and time.monotonic() < deadline:
        on_b.wait_for_timeout(200)
    assert _projects_on(on_b) == {fmt_int(before)}

    # a write through replica b's own import page, then the command line (a third writer)
    writer = _pinned(browser, proxy, "b")
    assert _served_by(writer, f"{proxy.url}/import") == "b"
    _upload(writer, proxy, ["REP-0001", "REP-0002"])
    writer.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=30_000)

    file = tmp_path / "cli.csv"
    file.write_text("Projekt-ID;Projekttitel;Revier;Entwicklungsschwerpunkt;Prüfstufe;"
                    "Datum Projektidee\nREP-0003;Replik drei;Lausitzer Revier;"
                    "Energiemodellregion;Projektidee;01.11.2026\n", encoding="utf-8")
    on_a = _pinned(browser, proxy, "a")
    assert _served_by(on_a, f"{proxy.url}/praesentation") == "a"
    deadline = time.monotonic() + 20
    while _projects_on(on_a) != {fmt_int(before + 2)} and time.monotonic() < deadline:
        on_a.wait_for_timeout(200)
    cli_env = _cli_env(tmp_path)
    done = subprocess.run([sys.executable, "-m", "dashboard", "import", str(file), "--db",
                           store["app"]], capture_output=True, text=True, timeout=120, check=False,
                          env=cli_env)
    assert done.returncode == 0, done.stderr
    committed = time.monotonic()
    for page in (on_a, on_b):
        while _projects_on(page) != {fmt_int(before + 3)}:
            assert time.monotonic() - committed < LIVE_S, f"nach {LIVE_S} s: {_projects_on(page)}"
            page.wait_for_timeout(100)
    took = time.monotonic() - committed
    on_a.screenshot(path=str(ARTIFACTS / "replik-a-praesentation.png"))
    assert took < LIVE_S
    verified = subprocess.run([sys.executable, "-m", "dashboard", "audit", "verify", "--db",
                               store["app"]], capture_output=True, text=True, timeout=120,
                              check=False, env=cli_env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    for page in (on_a, on_b, writer):
        page.context.close()


def test_a_replica_killed_during_an_import_leaves_the_old_state_and_the_other_serves(
        replicas, browser):
    proxy, a, _b, store = replicas
    before = _store_count(store)
    page = _pinned(browser, proxy, "a")
    assert _served_by(page, f"{proxy.url}/import") == "a"
    _upload(page, proxy, ["KILL-0001"])      # replica a kills itself just before its commit
    a.proc.wait(timeout=60)
    assert a.proc.returncode == -9
    assert _store_count(store) == before     # old state, nothing half
    with psycopg.connect(store["owner"]) as conn:
        assert conn.execute("SELECT count(*) FROM project WHERE project_id = 'KILL-0001'"
                            ).fetchone()[0] == 0
    again = _pinned(browser, proxy, "a")     # its visitors go to b
    deadline = time.monotonic() + 20
    while True:
        try:
            served = _served_by(again, f"{proxy.url}/praesentation")
            break
        except Exception:  # noqa: BLE001 - the proxy notices the dead replica within its checks
            assert time.monotonic() < deadline
            time.sleep(0.5)
    assert served == "b"
    while _projects_on(again) != {fmt_int(before)}:
        assert time.monotonic() < deadline
        again.wait_for_timeout(200)
    again.context.close()
    page.context.close()


ADMIN = "leitung@sas.example"


@pytest.fixture
def login_replicas(shared_store, tmp_path):
    """Two replicas with login (the same [auth] section, redirect to the proxy) behind HAProxy."""
    from oidc_provider_mock import User, run_server_in_thread

    users = [User(sub=ADMIN, claims={"email": ADMIN, "groups": ["sw-admin"]})]
    with run_server_in_thread(port=0, user_claims=users) as oidc:
        port = free_port()
        secrets = auth_secrets(tmp_path / "secrets.toml", port=port,
                               oidc_url=f"http://127.0.0.1:{oidc.server_port}",
                               extra='[access.groups]\n"sw-admin" = "administration"\n')
        args = ["--secrets.files", str(secrets)]
        a = StreamlitServer(shared_store["app"], {"DASHBOARD_DATA_DIR": str(tmp_path / "a")},
                            extra_args=args)
        b = StreamlitServer(shared_store["app"], {"DASHBOARD_DATA_DIR": str(tmp_path / "b")},
                            extra_args=args)
        proxy = Proxy(tmp_path, a, b, log_dir=ARTIFACTS, port=port)
        yield proxy, shared_store
        proxy.stop()
        a.stop()
        b.stop()


def test_login_through_the_proxy_works_on_each_replica(login_replicas, browser, tmp_path):
    proxy, store = login_replicas
    for replica in ("a", "b"):
        cookie = {"name": "REPLIKA", "value": replica, "domain": "127.0.0.1", "path": "/"}
        context, page = log_in(browser, proxy, ADMIN, storage_state={"cookies": [cookie],
                                                                     "origins": []})
        page.wait_for_selector(".st-key-kpi_projects", timeout=60_000)
        assert_no_exception(page)
        assert _served_by(page, f"{proxy.url}/protokoll") == replica
        assert page.get_by_text("Anmeldung erforderlich").count() == 0
        context.close()
    verified = subprocess.run([sys.executable, "-m", "dashboard", "audit", "verify", "--db",
                               store["app"]], capture_output=True, text=True, timeout=120,
                              check=False, env=_cli_env(tmp_path))
    assert verified.returncode == 0, verified.stdout + verified.stderr
