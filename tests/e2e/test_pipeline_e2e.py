"""Übersicht, Pipeline and Veränderungen in a real browser on the demo database: every chart is
drawn, no error, a shared URL with filters shows the filtered numbers; screenshots."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.views import build
from tests.e2e.conftest import ARTIFACTS, assert_no_exception, wait_for_app

pytestmark = pytest.mark.e2e

PAGES = {"": 3, "pipeline": 6, "veraenderungen": 1}  # URL path -> charts the page draws
SIZES = ((1920, 1080), (1280, 800))


def wait_for_charts(page, expected: int, timeout_ms: int = 30_000) -> None:
    """Wait until `expected` plotly charts have drawn their SVG."""
    page.wait_for_function(
        """n => {
            const charts = document.querySelectorAll("[data-testid='stPlotlyChart']");
            return charts.length >= n && [...charts].every(c => c.querySelector('.main-svg'));
        }""", arg=expected, timeout=timeout_ms)


def _title(page, key: str) -> str:
    return page.locator(f".st-key-chart_{key} h3").first.inner_text().strip()


@pytest.fixture(scope="module")
def expected_titles(demo_db_path):
    filters = Filters(reviere=("LR",), focus_areas=("F4",))
    with Database.open_existing(demo_db_path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        return {key: (build(key, db, Filters(), taxonomy, today=date.today()).title,
                      build(key, db, filters, taxonomy, today=date.today()).title)
                for key in ("pipeline_funnel", "stalled_projects", "longest_waiting")}


@pytest.mark.parametrize(("width", "height"), SIZES, ids=lambda v: str(v))
def test_pages_draw_all_charts(demo_server, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    try:
        for path, charts in PAGES.items():
            page.goto(f"{demo_server.url}/{path}")
            wait_for_app(page)
            wait_for_charts(page, charts)
            assert_no_exception(page)
            assert page.locator("[data-testid='stPlotlyChart']").count() == charts
            page.screenshot(path=str(ARTIFACTS / f"{path or 'uebersicht'}-{width}x{height}.png"))
    finally:
        context.close()


def test_shared_url_shows_filtered_numbers(demo_server, page, expected_titles):
    page.goto(f"{demo_server.url}/pipeline?revier=LR&schwerpunkt=F4")
    wait_for_app(page)
    wait_for_charts(page, 6)
    assert_no_exception(page)
    everyone, filtered = expected_titles["pipeline_funnel"]
    assert everyone != filtered
    assert _title(page, "pipeline_funnel") == filtered
    assert _title(page, "stalled_projects") == expected_titles["stalled_projects"][1]
    # the stalled table links to the project page
    link = page.locator(".st-key-stalled_table [data-testid='stDataFrame']")
    assert link.count() == 1
    page.goto(f"{demo_server.url}/?revier=LR&schwerpunkt=F4")
    wait_for_app(page)
    wait_for_charts(page, 3)
    assert _title(page, "longest_waiting") == expected_titles["longest_waiting"][1]


def test_changes_page_saves_last_meeting(demo_server, page):
    page.goto(f"{demo_server.url}/veraenderungen")
    wait_for_app(page)
    wait_for_charts(page, 1)
    page.locator(".st-key-changes_save_meeting button").click()
    wait_for_app(page)
    assert page.locator("[data-testid='stAlertContentSuccess']").count() == 1
    assert page.locator(".st-key-changes_use_meeting button").count() == 1
    assert_no_exception(page)
