"""Missionen & Schwerpunkte, Querschnittsthemen and Projekte in a real browser on the demo
database: charts drawn, no error, a shared URL with filters shows the filtered numbers."""

from __future__ import annotations

import pytest

from dashboard.analytics.projects import project_page
from dashboard.analytics.themes import theme_gaps
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t
from tests.e2e.conftest import ARTIFACTS, assert_no_exception, open_tab, tab_labels, wait_for_app

pytestmark = pytest.mark.e2e

# URL path -> charts drawn by each tab (one analysis at a time); Projekte has no tabs
PAGES = {
    "missionen": {"missions.tab.matrix": 1, "missions.tab.unmapped": 0, "missions.tab.sankey": 1,
                  "missions.tab.gaps": 1},
    "querschnittsthemen": {"themes.tab.focus_area": 1, "themes.tab.revier": 1,
                           "themes.tab.stage": 1, "themes.tab.funding": 1,
                           "themes.tab.networks": 1},
    "projekte": {},
}
SIZES = {"1920": (1920, 1080), "1280": (1280, 800)}


def _wait_for_charts(page, n: int) -> None:
    """Every plotly chart on the page has drawn its SVG."""
    charts = page.locator("[data-testid='stPlotlyChart']")
    if n:
        page.wait_for_function(
            "n => { const c = document.querySelectorAll(\"[data-testid='stPlotlyChart']\");"
            " return c.length >= n && [...c].every(e => e.querySelector('.main-svg')); }",
            arg=n, timeout=30_000)
    assert charts.count() >= n


@pytest.mark.parametrize("size", list(SIZES))
def test_pages_draw_their_charts(demo_server, page, size):
    page.set_viewport_size({"width": SIZES[size][0], "height": SIZES[size][1]})
    for path, tabs in PAGES.items():
        page.goto(f"{demo_server.url}/{path}")
        wait_for_app(page)
        assert tab_labels(page) == [t(key) for key in tabs]
        for i, (key, n) in enumerate(tabs.items() or [(None, 0)]):
            if i:
                open_tab(page, t(key))
            _wait_for_charts(page, n)
            assert page.locator("[data-testid='stPlotlyChart']").count() == n
            assert_no_exception(page)
            if i == 0:
                page.screenshot(path=str(ARTIFACTS / f"{path}-{size}.png"), full_page=True)


def test_shared_url_shows_filtered_numbers(demo_server, page, demo_db_path):
    filters = Filters(reviere=("LR",), focus_areas=("F6",))
    with Database.open_existing(demo_db_path, read_only=True) as db:
        _, total = project_page(db, filters)
        _, everything = project_page(db, Filters())
        gaps = theme_gaps(db, Filters(reviere=("MR",)))
    assert total < everything
    page.goto(f"{demo_server.url}/projekte?revier=LR&schwerpunkt=F6")
    wait_for_app(page)
    assert_no_exception(page)
    assert f"von {fmt_int(total)}" in page.locator("[data-testid='stMarkdown']").all_inner_texts().__str__()
    page.goto(f"{demo_server.url}/querschnittsthemen?revier=MR&ansicht={t('themes.tab.networks')}")
    wait_for_app(page)
    _wait_for_charts(page, 1)
    text = page.locator(".st-key-sentences_themes_networks").inner_text()
    for sentence in gaps["sentence"]:
        assert sentence in text


def test_project_opens_from_url_with_its_history(demo_server, page, demo_db_path):
    with Database.open_existing(demo_db_path, read_only=True) as db:
        rows, _ = project_page(db, Filters(), sort="requested_eur", descending=True, limit=1)
    pid = rows["project_id"].iat[0]
    page.goto(f"{demo_server.url}/projekte?projekt={pid}")
    wait_for_app(page)
    _wait_for_charts(page, 1)
    assert_no_exception(page)
    detail = page.locator(".st-key-project_detail")
    assert pid in detail.inner_text()
    assert detail.locator("[data-testid='stPlotlyChart'] .main-svg").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "projekt-detail.png"), full_page=True)
