"""Login through a real local OIDC provider (oidc-provider-mock) with Streamlit's st.login."""

from __future__ import annotations

import re
import shutil

import pytest
from oidc_provider_mock import User, run_server_in_thread

from tests.e2e.conftest import StreamlitServer, assert_no_exception, auth_secrets, wait_for_app
from tests.e2e.server import free_port

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def oidc_url():
    # deny by default (issue 12): the user needs a group that maps to a role
    manager = User(sub="netzwerk@sas.example",
                   claims={"email": "netzwerk@sas.example", "groups": ["fn-LR-EN"]})
    with run_server_in_thread(port=0, user_claims=[manager]) as server:
        yield f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def login_server(oidc_url, demo_db_path, tmp_path):
    db = tmp_path / "login.duckdb"
    shutil.copy(demo_db_path, db)
    port = free_port()
    secrets = auth_secrets(tmp_path / "secrets.toml", port=port, oidc_url=oidc_url)
    server = StreamlitServer(db, port=port, extra_args=["--secrets.files", str(secrets)])
    yield server
    server.stop()


def test_login_required_then_user_shown(login_server, page):
    page.goto(login_server.url)
    wait_for_app(page)
    assert page.locator(".st-key-login_screen").is_visible()
    assert page.locator(".st-key-kpi_projects").count() == 0  # no data before login
    page.locator(".st-key-login_button button").click()
    page.wait_for_selector("input[name='sub']", timeout=20_000)
    page.fill("input[name='sub']", "netzwerk@sas.example")
    page.click("button[type='submit']:has-text('Authorize')")
    page.wait_for_url(f"{login_server.url}/**", timeout=20_000)
    wait_for_app(page)
    page.wait_for_selector(".st-key-kpi_projects", timeout=20_000)
    assert_no_exception(page)
    assert page.get_by_text("Angemeldet als netzwerk@sas.example").is_visible()
    page.locator(".st-key-logout_button button").click()
    # the provider asks to confirm ending its session, then sends the browser back
    page.wait_for_url(re.compile(r".*/oauth2/end_session.*"), timeout=20_000)
    page.locator("button[type='submit']").first.click()
    page.wait_for_url(f"{login_server.url}/**", timeout=20_000)
    page.goto(login_server.url)
    wait_for_app(page)
    page.wait_for_selector(".st-key-login_screen", timeout=20_000)
    assert page.locator(".st-key-kpi_projects").count() == 0
