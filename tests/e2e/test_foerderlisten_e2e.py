"""A real browser on the Förderlisten-Abgleich: the headline and chart as the services count
them, and a list imported from the command line while the app owns the database (through its
socket) showing on the page after a reload."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from dashboard.foerderlisten.abgleich import reconciliation
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from tests.e2e.conftest import (
    ARTIFACTS,
    StreamlitServer,
    assert_no_exception,
    wait_for_app,
    wait_for_charts,
)
from tests.e2e.server import ROOT
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("fl_server") / "fl.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path, read_only=True) as db:
        counts = reconciliation(db).counts()
    srv = StreamlitServer(path)
    srv.db_path, srv.counts = path, counts
    yield srv
    srv.stop()


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, check=False)


def test_page_and_cli_through_the_running_app(server, page, tmp_path):
    page.goto(f"{server.url}/foerderlisten")
    wait_for_app(page, 60_000)
    wait_for_charts(page, 1, 60_000)
    assert_no_exception(page)
    c = server.counts
    headline = page.locator(".st-key-chart_foerderliste_abgleich h2").inner_text()
    for n in (c["operations"], c["in_revier"], c["matched_in_revier"]):
        assert f" {fmt_int(n)} " in f" {headline} "
    page.screenshot(path=str(ARTIFACTS / "foerderlisten-abgleich.png"), full_page=True)

    ops = make_operations(9, seed=31)
    csv_path = write_1420_csv(ops, tmp_path / "st.csv")
    done = _cli("foerderliste", "import", str(csv_path), "--land", "ST", "--stand", "2025-12-31",
                "--db", str(server.db_path), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["committed"]
    result = _cli("foerderliste", "abgleich", "--json", "--db", str(server.db_path))
    assert result.returncode == 0, result.stderr
    after = json.loads(result.stdout)["counts"]
    assert after["operations"] == c["operations"] + 9
    page.reload()
    wait_for_app(page, 60_000)
    wait_for_charts(page, 1, 60_000)
    headline = page.locator(".st-key-chart_foerderliste_abgleich h2").inner_text()
    assert f" {fmt_int(after['operations'])} " in f" {headline} "


def test_the_selection_of_missing_operations_travels_in_the_link(server, browser):
    """Issue 19.11: the group and the restriction of "gefördert, nicht im Monitor" (fund, period,
    amount, grouping, order) are kept in the address, so a copied link shows the same list."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    try:
        first = context.new_page()
        first.goto(f"{server.url}/foerderlisten")
        wait_for_app(first, 60_000)
        first.locator(".st-key-gruppe button").nth(1).click()        # gefördert, nicht im Monitor
        first.wait_for_selector(".st-key-je_beguenstigtem", timeout=60_000)
        first.locator(".st-key-je_beguenstigtem label").click()       # one row per beneficiary
        first.wait_for_function("() => new URLSearchParams(location.search)"
                                ".get('je_beguenstigtem') === 'true'", timeout=15_000)
        link = first.url
        assert "gruppe=" in link
        second = context.new_page()                                   # the link, opened anew
        second.goto(link)
        wait_for_app(second, 60_000)
        second.wait_for_selector(".st-key-je_beguenstigtem input:checked", timeout=60_000)
        heading = second.locator("h2", has_text="Gefördert, aber nicht im Monitor")
        assert heading.count() == 1 and heading.is_visible()
        assert_no_exception(second)
    finally:
        context.close()
