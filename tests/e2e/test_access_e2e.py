"""Roles end to end: a real local OIDC provider (oidc-provider-mock) sends each user's groups
as a claim; the app maps them to roles per Fachnetzwerk ([access] in the secrets). Leitung has
no Import page and a direct link says "Keine Berechtigung"; a network manager's upload with
one row of another network commits the rest and rejects that row; the manager cannot undo
another network's import; every step is in the audit log, and an audit row altered by SQL
makes `audit verify` fail."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from oidc_provider_mock import User, run_server_in_thread

from dashboard.domain.filters import Filters
from dashboard.store.server import call
from tests.e2e.conftest import (
    ARTIFACTS,
    StreamlitServer,
    assert_no_exception,
    auth_secrets,
    log_in,
    wait_for_app,
    wait_for_rerun,
)
from tests.e2e.server import free_port
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

pytestmark = pytest.mark.e2e
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
USERS = {"admin@smr.example": ["sw-admin"], "leitung@smr.example": ["sw-leitung"],
         "moderation@smr.example": ["sw-moderation"], "lr-en@sas.example": ["fn-LR-EN"],
         "mr-en@sas.example": ["fn-MR-F4"], "niemand@sas.example": ["andere-gruppe"]}
MINE = good_record(project_id="E2E-1", title="Wärmespeicher Hoyerswerda")          # LR-EN
THEIRS = good_record(project_id="E2E-2", title="Wasserstoff Borna", revier_code="MR",
                     district_code="14729", municipality="Borna")                  # MR-EN
OTHERS = good_record(project_id="E2E-3", title="Solarpark Böhlen", revier_code="MR",
                     district_code="14729", municipality="Böhlen")                 # MR-EN


@pytest.fixture(scope="module")
def oidc_url():
    users = [User(sub=email, claims={"email": email, "groups": groups})
             for email, groups in USERS.items()]
    with run_server_in_thread(port=0, user_claims=users) as server:
        yield f"http://127.0.0.1:{server.server_port}"


@pytest.fixture(scope="module")
def server(oidc_url, demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("access")
    db = folder / "access.duckdb"
    shutil.copy(demo_db_path, db)
    port = free_port()
    secrets = auth_secrets(folder / "secrets.toml", port=port, oidc_url=oidc_url, extra=(
        "[access]\n"
        'groups_claim = "groups"\n'
        'contact = "Referat 23 (admin@smr.example)"\n'
        "[access.groups]\n"
        '"sw-admin" = "administration"\n'
        '"sw-leitung" = "leitung"\n'
        '"sw-moderation" = "moderation"\n'))
    app = StreamlitServer(db, port=port, extra_args=["--secrets.files", str(secrets)])
    app.db = db
    yield app
    app.stop()


def login(browser, server, email):
    return log_in(browser, server, email)


def menu(page) -> set[str]:
    links = page.locator("[data-testid='stSidebarNav'] a")
    return {t.strip().splitlines()[-1].strip() for t in links.all_inner_texts()}  # no icon


def projects(server) -> int:
    return call(server.db, "stats", {"filters": Filters().model_dump_json()})["projects"]


def upload(page, server, records, name):
    page.goto(f"{server.url}/import")
    wait_for_app(page)
    page.locator(".st-key-import_upload input[type='file']").set_input_files(
        files=[{"name": name, "mimeType": XLSX, "buffer": xlsx_bytes(records)}])
    page.wait_for_selector(".st-key-import_new [data-testid='stMetricValue']", timeout=30_000)
    wait_for_app(page)


def commit(page):
    # a button with help text is drawn twice by Streamlit (one of them hidden)
    page.locator(".st-key-import_commit button").locator("visible=true").first.click()
    page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=30_000)
    wait_for_app(page)
    return page.locator("[data-testid='stAlertContentSuccess']").inner_text()


def test_each_role_sees_its_pages_and_leitung_gets_keine_berechtigung(browser, server):
    seen = {}
    for email in ("leitung@smr.example", "moderation@smr.example", "lr-en@sas.example",
                  "admin@smr.example"):
        context, page = login(browser, server, email)
        page.wait_for_selector(".st-key-kpi_projects", timeout=20_000)
        assert_no_exception(page)
        seen[email] = menu(page)
        if email == "leitung@smr.example":
            page.goto(f"{server.url}/import")
            wait_for_app(page)
            page.wait_for_selector(".st-key-access_denied", timeout=20_000)
            assert "Keine Berechtigung" in page.locator(".st-key-access_denied").inner_text()
            assert page.locator("[data-testid='stFileUploader']").count() == 0
            page.screenshot(path=str(ARTIFACTS / "access_leitung_import.png"))
        context.close()
    assert "Import" not in seen["leitung@smr.example"]
    assert "Import" not in seen["moderation@smr.example"]
    assert {"Import", "Protokoll"} <= seen["lr-en@sas.example"]
    assert "Administration" not in seen["lr-en@sas.example"]
    assert {"Import", "Protokoll", "Administration"} <= seen["admin@smr.example"]
    assert "Übersicht" in seen["leitung@smr.example"]


def test_identity_without_role_sees_one_sentence(browser, server):
    context, page = login(browser, server, "niemand@sas.example")
    page.wait_for_selector(".st-key-no_role", timeout=20_000)
    text = page.locator(".st-key-no_role").inner_text()
    assert "keine Rolle" in text and "Referat 23" in text
    assert page.locator(".st-key-kpi_projects").count() == 0
    assert page.locator("[data-testid='stSidebarNav']").count() == 0
    context.close()


def test_manager_upload_commits_own_rows_and_rejects_the_other_network(browser, server):
    context, page = login(browser, server, "lr-en@sas.example")
    before = projects(server)  # (the app opens the database and its socket on a first run)
    upload(page, server, [MINE, THEIRS], "gemischt.xlsx")
    assert page.locator(".st-key-import_new [data-testid='stMetricValue']").inner_text() == "1"
    assert page.locator(".st-key-import_rejected [data-testid='stMetricValue']"
                        ).inner_text() == "1"
    assert page.get_by_text("Fachnetzwerk MR-EN liegt außerhalb Ihrer Zuständigkeit",
                            exact=False).count() >= 1
    page.locator(".st-key-import_partial label").click()
    wait_for_rerun(page)
    assert "Übernommen als Import Nr." in commit(page)
    page.screenshot(path=str(ARTIFACTS / "access_manager_import.png"), full_page=True)
    context.close()
    assert projects(server) == before + 1


def test_manager_cannot_undo_another_networks_import(browser, server):
    context, page = login(browser, server, "mr-en@sas.example")
    upload(page, server, [OTHERS], "borna.xlsx")
    committed = commit(page)
    batch = re.search(r"Nr\. (\d+)", committed).group(1)
    context.close()
    context, page = login(browser, server, "lr-en@sas.example")
    page.goto(f"{server.url}/import")
    wait_for_app(page)
    page.locator(".st-key-undo_batch").click()
    page.get_by_role("option", name=f"Nr. {batch}", exact=True).click()
    wait_for_rerun(page)
    page.locator(".st-key-undo_confirm label").click()
    wait_for_rerun(page)
    page.locator(".st-key-undo_button button").click()
    page.wait_for_selector("[data-testid='stAlertContentError']", timeout=30_000)
    message = page.locator("[data-testid='stAlertContentError']").inner_text()
    assert "außerhalb Ihrer Zuständigkeit" in message and "MR-EN" in message
    context.close()
    rows = json.loads(call(server.db, "imports_list", {})["records"])
    assert not any(r["undo_of"] == int(batch) for r in rows), "nothing was undone"


def serious_axe(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [f"{v['id']}: {v['help']}" for v in result.response["violations"]
            if v.get("impact") in ("moderate", "serious", "critical")]


def test_every_step_is_in_the_audit_log_and_tampering_is_found(browser, server):
    context, page = login(browser, server, "admin@smr.example")
    page.goto(f"{server.url}/protokoll")
    wait_for_app(page)
    page.wait_for_selector(".st-key-protocol_entries [data-testid='stDataFrame']",
                           timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / "access_protokoll.png"), full_page=True)
    assert_no_exception(page)
    assert serious_axe(page) == []
    page.goto(f"{server.url}/administration")
    wait_for_app(page)
    page.wait_for_selector(".st-key-admin_user_save", timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / "access_administration.png"), full_page=True)
    assert_no_exception(page)
    assert serious_axe(page) == []
    context.close()
    verify = [sys.executable, "-m", "dashboard", "audit", "verify", "--db", str(server.db)]
    ok = subprocess.run(verify, capture_output=True, text=True, timeout=120, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr  # through the running app's socket
    server.stop()  # the file is free: read it, then alter one row as an attacker would
    from dashboard.store.gateway import Database

    with Database.open_existing(server.db) as db:
        log = db.query("SELECT seq, actor, source, kind, networks, detail FROM audit_log "
                       "ORDER BY seq").df
        imports = log[log["kind"] == "import"]
        assert list(imports["actor"]) == ["lr-en@sas.example", "mr-en@sas.example"]
        assert set(imports["source"]) == {"page:import"}
        first = json.loads(imports["detail"].iloc[0])
        assert (first["new"], first["rejected"], first["ids"]) == (1, 1, ["E2E-1"])
        assert [list(n) for n in imports["networks"]] == [["LR-EN"], ["MR-EN"]]
        logins = set(log.loc[log["kind"] == "login", "actor"])
        assert {"leitung@smr.example", "lr-en@sas.example", "admin@smr.example"} <= logins
        assert "niemand@sas.example" not in logins
        target = int(imports["seq"].iloc[0])
        db.connection().execute("UPDATE audit_log SET detail = replace(detail, '\"new\":1', "
                                "'\"new\":0') WHERE seq = ?", [target])
    bad = subprocess.run(verify, capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 1
    assert f"Eintrag Nr. {target}" in bad.stdout
