"""Real `streamlit run` on a free port, driven by Debian's chromium through playwright."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.server import ROOT
from tests.e2e.server import StreamlitServer as _Server

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("DASHBOARD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


class StreamlitServer(_Server):
    """The app (or `script`) under test; its log is kept in test-artifacts/."""

    def __init__(self, db_path: Path, extra_env: dict[str, str] | None = None, **kwargs):
        super().__init__(db_path, extra_env, log_dir=ARTIFACTS, **kwargs)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} fehlt: `apt-get install chromium` (make test installiert es)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="de-DE")
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def demo_server(demo_db_path_for_server):
    server = StreamlitServer(demo_db_path_for_server)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo_db_path_for_server(demo_db_path, tmp_path_factory):
    """The server holds the file read-write, so it gets its own copy of the fixture database."""
    import shutil

    path = tmp_path_factory.mktemp("server") / "server.duckdb"
    shutil.copy(demo_db_path, path)
    return path


def wait_for_app(page, timeout_ms: int = 30_000) -> None:
    """Wait until the script run has finished (Streamlit's own e2e convention)."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout_ms)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout_ms)


def wait_for_rerun(page, timeout_ms: int = 30_000) -> None:
    """After a click that reruns the script: wait for the run to start (it may already have
    ended when the machine is fast) and then to end, so nothing stale is read."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='running']",
                               timeout=3_000)
    except PlaywrightTimeout:
        pass
    wait_for_app(page, timeout_ms)


def wait_for_charts(page, expected: int, timeout_ms: int = 30_000) -> None:
    """Wait until at least `expected` plotly charts are on the page and all have drawn."""
    page.wait_for_function(
        """n => {
            const charts = document.querySelectorAll("[data-testid='stPlotlyChart']");
            return charts.length >= n && [...charts].every(c => c.querySelector('.main-svg'));
        }""", arg=expected, timeout=timeout_ms)


def cut_tile_texts(page) -> list[str]:
    """Labels and figures of KPI tiles that do not fit their tile (shown cut with "…")."""
    return page.evaluate("""() => [...document.querySelectorAll(
        "[data-testid='stMetricValue'], [data-testid='stMetricLabel']")].filter(el => {
            const text = document.createRange();
            text.selectNodeContents(el);
            return text.getBoundingClientRect().width > el.getBoundingClientRect().width + 1;
        }).map(el => el.innerText)""")


def tab_labels(page) -> list[str]:
    """The labels of the page's tabs (ui.components.lazy_tabs), in order."""
    return [label.strip() for label in page.get_by_role("tab").all_inner_texts()]


def open_tab(page, label: str) -> None:
    """Click a tab like a user; only its content runs, so wait for the rerun."""
    page.get_by_role("tab", name=label, exact=True).click()
    page.wait_for_timeout(200)
    wait_for_app(page)


def assert_no_exception(page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, "exception shown"
    from playwright.sync_api import expect

    # the shell closes Streamlit's false deep-link message as soon as it appears
    expect(page.get_by_text("Page not found")).to_have_count(0, timeout=5000)
    assert page.locator("[data-testid='stAlertContentError']").count() == 0, "error shown"


def auth_secrets(path, *, port: int, oidc_url: str, extra: str = ""):
    """A secrets file with Streamlit's [auth] against the local OIDC provider at `oidc_url`
    for an app on `port` (plus `extra` TOML, e.g. an [access] section); returns its path."""
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "e2e-test-cookie-secret-0123456789"\n'
        'client_id = "strukturwandel-monitor"\n'
        'client_secret = "e2e-secret"\n'
        f'server_metadata_url = "{oidc_url}/.well-known/openid-configuration"\n' + extra,
        encoding="utf-8")
    return path


def log_in(browser, server, email: str, **context_options):
    """A new browser context logged in as `email` through the local OIDC provider's form;
    returns (context, page) on the app after the login."""
    options = {"viewport": {"width": 1600, "height": 1000}, "locale": "de-DE", **context_options}
    context = browser.new_context(**options)
    page = context.new_page()
    page.goto(server.url)
    wait_for_app(page)
    page.locator(".st-key-login_button button").click()
    page.wait_for_selector("input[name='sub']", timeout=20_000)
    page.fill("input[name='sub']", email)
    page.click("button[type='submit']:has-text('Authorize')")
    page.wait_for_url(f"{server.url}/**", timeout=20_000)
    wait_for_app(page)
    return context, page
