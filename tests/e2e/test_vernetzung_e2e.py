"""A real browser on the Vernetzung page: the queue, a decision ("Dublette – A bleibt"), the
Übersicht counting one project less, the project detail linking the pair, and the actors'
network picture at 1280 px (screenshots in test-artifacts/)."""

from __future__ import annotations

import shutil

import pytest

from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.matching.queue import open_pairs
from dashboard.store.gateway import Database
from tests.e2e.conftest import (
    ARTIFACTS,
    StreamlitServer,
    assert_no_exception,
    open_tab,
    wait_for_app,
    wait_for_charts,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def vernetzung_server(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("vernetzung_server") / "vernetzung.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path, read_only=True) as db:
        pairs = open_pairs(db, Filters(), None, "dublette")  # the queue the page opens with
        everything = open_pairs(db, Filters())
        projects = db.scalar("SELECT count(*) FROM project")
    server = StreamlitServer(path)
    server.first_pair = (pairs["a"].iat[0], pairs["b"].iat[0])
    server.open_pairs = int((everything["kind"] != "standard").sum())  # the tile: overlaps
    server.projects = projects
    yield server
    server.stop()


def _tile(page, key: str) -> str:
    return page.locator(f".st-key-{key} [data-testid='stMetricValue']").inner_text().strip()


def test_a_duplicate_decided_in_the_browser_leaves_the_counts(vernetzung_server, page):
    a, b = vernetzung_server.first_pair
    page.goto(f"{vernetzung_server.url}/vernetzung")
    wait_for_app(page)
    assert_no_exception(page)
    assert _tile(page, "kpi_pairs_open") == fmt_int(vernetzung_server.open_pairs)
    pair = page.locator(".st-key-vernetzung_pair")
    assert f"{a} und {b}" in pair.inner_text()
    page.screenshot(path=str(ARTIFACTS / "vernetzung-paar.png"), full_page=True)

    page.get_by_role("button", name=f"Dublette – {a} bleibt").click()
    page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=30_000)
    wait_for_app(page)
    assert "Gespeichert für" in page.locator("[data-testid='stAlertContentSuccess']").inner_text()
    assert _tile(page, "kpi_pairs_decided") == "1"
    assert _tile(page, "kpi_pairs_open") == fmt_int(vernetzung_server.open_pairs - 1)

    page.goto(vernetzung_server.url)
    wait_for_app(page)
    assert _tile(page, "kpi_projects") == fmt_int(vernetzung_server.projects - 1)

    page.goto(f"{vernetzung_server.url}/projekte?projekt={b}")
    wait_for_app(page)
    assert_no_exception(page)
    assert f"als Dublette von {a} markiert" in page.locator("[data-testid='stAlert']").first.inner_text()


def test_actors_picture_is_readable_at_1280(vernetzung_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(f"{vernetzung_server.url}/vernetzung")
        wait_for_app(page)
        open_tab(page, "Akteure")
        wait_for_charts(page, 1)
        assert_no_exception(page)
        page.screenshot(path=str(ARTIFACTS / "vernetzung-akteure-1280.png"), full_page=True)
        chart = page.locator("[data-testid='stPlotlyChart']").first
        box = chart.bounding_box()
        assert box["width"] >= 540  # the wider column beside the sidebar at 1280 px
        labels = chart.locator(".textpoint text")
        assert labels.count() >= 11  # every Fachnetzwerk and the actors are labelled
        sizes = {float(s.replace("px", "")) for s in labels.evaluate_all(
            "els => els.map(e => getComputedStyle(e).fontSize)")}
        assert min(sizes) >= 11
        chart.scroll_into_view_if_needed()
        chart.screenshot(path=str(ARTIFACTS / "vernetzung-akteure-bild-1280.png"))
        inside = chart.evaluate("""c => { const r = c.getBoundingClientRect();
            return [...c.querySelectorAll('.textpoint text')].every(t => {
                const b = t.getBoundingClientRect();
                return b.width > 0 && b.left >= r.left - 1 && b.right <= r.right + 1; }); }""")
        assert inside, "a label is cut off at the edge of the picture"
        # no two labels overlap
        boxes = labels.evaluate_all("els => els.map(e => { const r = e.getBoundingClientRect();"
                                    " return [r.left, r.top, r.right, r.bottom]; })")
        for i, (l1, t1, r1, b1) in enumerate(boxes):
            for l2, t2, r2, b2 in boxes[i + 1:]:
                assert r1 <= l2 or r2 <= l1 or b1 <= t2 or b2 <= t1, (boxes[i], (l2, t2, r2, b2))
    finally:
        context.close()
