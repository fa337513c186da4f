"""Übersicht, Pipeline and Veränderungen in a real browser on the demo database: every tab is
opened by a click and draws its chart, no error, the open tab is in the URL, a shared URL with
filters (and a tab) shows the filtered numbers; screenshots."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from dashboard import clock
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.texts import t
from dashboard.views import build
from tests.e2e.conftest import (
    ARTIFACTS,
    assert_no_exception,
    cut_tile_texts,
    open_tab,
    tab_labels,
    wait_for_app,
    wait_for_charts,
)

pytestmark = pytest.mark.e2e

# URL path -> the tabs and the charts each tab draws (one analysis at a time)
PAGES = {
    "": {"overview.tab.stages": ["stage_current"], "overview.tab.waiting": ["longest_waiting"],
         "overview.tab.freshness": ["data_freshness"]},
    "pipeline": {"pipeline.tab.funnel": ["pipeline_funnel"],
                 "pipeline.tab.revier": ["pipeline_funnel_revier"],
                 "pipeline.tab.focus": ["pipeline_funnel_focus"],
                 "pipeline.tab.durations": ["stage_durations"],
                 "pipeline.tab.stalled": ["stalled_projects"],
                 "pipeline.tab.quarterly": ["quarterly_activity"]},
    # the chart per stage, then the lists behind the tiles (a table or a sentence, no chart)
    "veraenderungen": {"changes.tab.stages": ["changes_since"], "changes.new": [],
                       "changes.moves": [], "changes.exits": [], "changes.funding": [],
                       "changes.amounts": []},
}
LIST = ("[data-testid='stMain'] [data-testid='stDataFrame'] canvas, "
        "[data-testid='stMain'] [class*='st-key-empty_changes_']")
SIZES = ((1920, 1080), (1280, 800))


def _title(page, key: str) -> str:
    return page.locator(f".st-key-chart_{key} h2").first.inner_text().strip()


def _shown_charts(page) -> list[str]:
    keys = page.locator("[class*='st-key-chart_']").evaluate_all(
        "els => els.map(e => [...e.classList].find(c => c.startsWith('st-key-chart_')))")
    return [k.removeprefix("st-key-chart_") for k in keys]


@pytest.fixture(scope="module")
def expected_titles(demo_db_path):
    filters = Filters(reviere=("LR",), focus_areas=("F4",))
    with Database.open_existing(demo_db_path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        return {key: (build(key, db, Filters(), taxonomy, today=clock.today()).title,
                      build(key, db, filters, taxonomy, today=clock.today()).title)
                for key in ("pipeline_funnel", "stalled_projects", "longest_waiting")}


@pytest.mark.parametrize(("width", "height"), SIZES, ids=lambda v: str(v))
def test_every_tab_draws_its_chart(demo_server, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    try:
        for path, tabs in PAGES.items():
            page.goto(f"{demo_server.url}/{path}")
            wait_for_app(page)
            assert tab_labels(page) == [t(key) for key in tabs]
            for i, (key, charts) in enumerate(tabs.items()):
                if i:
                    open_tab(page, t(key))
                    assert parse_qs(urlparse(page.url).query)["ansicht"] == [t(key)]
                wait_for_charts(page, len(charts))
                if not charts:
                    page.locator(LIST).first.wait_for()
                assert_no_exception(page)
                assert _shown_charts(page) == charts, "only the open tab is drawn"
                if i == 0:
                    assert cut_tile_texts(page) == [], "a tile figure is cut"
                    page.screenshot(path=str(ARTIFACTS / f"{path or 'uebersicht'}-{width}x{height}.png"))
    finally:
        context.close()


def test_shared_url_shows_filtered_numbers(demo_server, page, expected_titles):
    page.goto(f"{demo_server.url}/pipeline?revier=LR&schwerpunkt=F4")
    wait_for_app(page)
    wait_for_charts(page, 1)
    assert_no_exception(page)
    everyone, filtered = expected_titles["pipeline_funnel"]
    assert everyone != filtered
    assert _title(page, "pipeline_funnel") == filtered
    # a link to a tab opens that tab with the filters
    page.goto(f"{demo_server.url}/pipeline?revier=LR&schwerpunkt=F4&ansicht={t('pipeline.tab.stalled')}")
    wait_for_app(page)
    wait_for_charts(page, 1)
    assert _title(page, "stalled_projects") == expected_titles["stalled_projects"][1]
    # the stalled table links to the project page
    link = page.locator(".st-key-stalled_table [data-testid='stDataFrame']")
    assert link.count() == 1
    page.goto(f"{demo_server.url}/?revier=LR&schwerpunkt=F4&ansicht={t('overview.tab.waiting')}")
    wait_for_app(page)
    wait_for_charts(page, 1)
    assert _title(page, "longest_waiting") == expected_titles["longest_waiting"][1]


def test_changes_page_saves_last_meeting(demo_server, page):
    page.goto(f"{demo_server.url}/veraenderungen")
    wait_for_app(page)
    wait_for_charts(page, 1)
    tiles = page.locator("[class*='st-key-changes_tile_'] [data-testid='stMetric']")
    expect(tiles).to_have_count(5, timeout=30_000)  # the tiles may come after the first chart
    page.locator(".st-key-changes_save_meeting button").click()
    wait_for_app(page)
    assert page.locator("[data-testid='stAlertContentSuccess']").count() == 1
    assert page.locator(".st-key-changes_use_meeting button").count() == 1
    assert_no_exception(page)


def test_five_week_old_data_say_their_age(demo_db_path, browser, tmp_path):
    """A monitor whose newest change is 36 days old: the Veränderungen page says so and starts
    from the 30 days up to that change (tiles and chart), not from an empty page."""
    import shutil
    from datetime import timedelta

    from tests.conftest import DEMO_AS_OF
    from tests.e2e.conftest import StreamlitServer

    path = tmp_path / "old.duckdb"
    shutil.copy(demo_db_path, path)
    server = StreamlitServer(path, {clock.ENV: (DEMO_AS_OF + timedelta(days=36)).isoformat()})
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    try:
        page = context.new_page()
        page.goto(f"{server.url}/veraenderungen")
        wait_for_app(page)
        wait_for_charts(page, 1)
        notice = page.locator("[data-testid='stAlertContentInfo']").first.inner_text()
        assert "Letzte Änderung der Daten am 01.11.2026 – 36 Tage her" in notice
        assert "beginnt deshalb am 02.10.2026" in notice
        tiles = page.locator("[class*='st-key-changes_tile_'] [data-testid='stMetricValue']")
        assert tiles.count() == 5
        assert int(tiles.first.inner_text().replace(".", "")) > 0  # new projects in the window
        assert page.locator(".st-key-changes_use_newest button").count() == 1
        page.screenshot(path=str(ARTIFACTS / "veraenderungen-alte-daten-1280.png"))
        assert_no_exception(page)
    finally:
        context.close()
        server.stop()
