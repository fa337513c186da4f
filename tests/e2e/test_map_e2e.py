"""Karte in a real browser: the map is drawn from the local GeoJSON without any request
leaving the machine, fits 1280 x 800 and 1920 x 1080, and a click on a district sets the Kreis
filter of the shared filter bar (and the URL); a second click removes it."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, assert_no_exception, wait_for_app

pytestmark = pytest.mark.e2e

SIZES = {"1280": (1280, 800), "1920": (1920, 1080)}
DISTRICTS = "path.choroplethlocation"

# A point inside the n-th district of the Revier trace that no project marker covers: where a
# user would click. (plotly's geo takes clicks on a background layer and finds the district
# itself, so the point is tested against the district's outline, not with elementFromPoint.)
FREE_POINT = """n => {
    const traces = document.querySelectorAll('.choroplethlayer .trace');
    const path = traces[traces.length - 1].querySelectorAll('path.choroplethlocation')[n];
    const box = path.getBoundingClientRect();
    const toLocal = path.getScreenCTM().inverse();
    const markers = [...document.querySelectorAll('.scattergeo .point')]
        .map(m => m.getBoundingClientRect());
    for (let fy = 0.5; fy < 0.95; fy += 0.05) for (let fx = 0.5; fx < 0.95; fx += 0.05)
        for (const [x, y] of [[box.left + box.width * fx, box.top + box.height * fy],
                              [box.left + box.width * (1 - fx), box.top + box.height * (1 - fy)]]) {
            const local = new DOMPoint(x, y).matrixTransform(toLocal);
            // plotly gives a click within 20 px of a marker to the marker
            const covered = markers.some(m => x >= m.left - 22 && x <= m.right + 22
                                              && y >= m.top - 22 && y <= m.bottom + 22);
            if (path.isPointInFill(local) && !covered) return [x, y];
        }
    return null;
}"""


def _open_map(page, url: str) -> list[str]:
    """Open the page, wait until plotly drew the districts; returns requests to other hosts."""
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    page.goto(url)
    wait_for_app(page)
    page.wait_for_function(f"() => document.querySelectorAll('{DISTRICTS}').length >= 16",
                           timeout=30_000)
    return outside


@pytest.mark.parametrize("size", list(SIZES))
def test_map_is_drawn_offline_and_fits_the_screen(demo_server, page, size) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    outside = _open_map(page, f"{demo_server.url}/karte")
    assert_no_exception(page)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"karte-{size}.png"))
    assert outside == []  # no tiles, no topojson from a CDN, no fonts
    # 16 Revier districts in colour and the other districts of the Länder as grey context
    traces = page.locator(".choroplethlayer .trace")
    assert traces.count() == 2
    assert traces.nth(1).locator(DISTRICTS).count() == 16
    assert page.locator(".scattergeo .point").count() > 30  # projects as points
    chart = page.locator("[data-testid='stPlotlyChart']").bounding_box()
    assert chart["x"] + chart["width"] <= width and chart["y"] + chart["height"] <= height
    # the drawn districts lie inside the chart (fitted, not cut)
    drawn = traces.nth(1).bounding_box()
    assert drawn["x"] >= chart["x"] - 1 and drawn["x"] + drawn["width"] <= chart["x"] + chart["width"] + 1
    assert drawn["y"] >= chart["y"] - 1 and drawn["y"] + drawn["height"] <= chart["y"] + chart["height"] + 1
    assert "GeoBasis-DE / BKG 2021" in page.locator("[data-testid='stPlotlyChart']").inner_text()
    table = page.locator(".st-key-table_district_map")
    table_box = table.bounding_box()
    assert table_box["x"] >= chart["x"] + chart["width"] - 1  # beside the map
    assert table.locator("table").count() == 2  # one per Revier


def _filtered_to(page, code: str, name: str) -> None:
    page.wait_for_function(f"() => location.search.includes('kreis={code}')", timeout=15_000)
    wait_for_app(page)
    assert_no_exception(page)
    assert name in page.locator(".st-key-filter_districts").inner_text()
    page.wait_for_function(f"() => document.querySelectorAll('{DISTRICTS}').length >= 16")


def test_click_on_a_district_sets_the_kreis_filter(demo_server, demo_db, page) -> None:
    from dashboard.analytics.filtering import Filters
    from dashboard.analytics.overview import kpis
    expected = kpis(demo_db, Filters(districts=("12062",)))["projects"]
    page.set_viewport_size({"width": 1280, "height": 800})
    _open_map(page, f"{demo_server.url}/karte")
    point = page.evaluate(FREE_POINT, 3)  # Elbe-Elster (4th in reference order), few markers
    assert point is not None
    page.mouse.click(*point)
    _filtered_to(page, "12062", "Elbe-Elster")
    heading = f"Elbe-Elster: {expected} Projekte in der Auswahl"
    assert page.get_by_role("heading", name=heading).count(), heading
    page.screenshot(path=str(ARTIFACTS / "karte-kreis-1280.png"))
    page.mouse.click(*page.evaluate(FREE_POINT, 3))  # the same district again: filter off
    page.wait_for_function("() => !location.search.includes('kreis=')", timeout=15_000)
    wait_for_app(page)
    assert "Elbe-Elster" not in page.locator(".st-key-filter_districts").inner_text()


def test_click_on_a_project_marker_filters_to_its_district(demo_server, page) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    _open_map(page, f"{demo_server.url}/karte")
    # the largest marker (Leipzig, the most projects) and the district the chart gave it
    centre, code = page.evaluate("""() => {
        const gd = document.querySelector('.js-plotly-plot');
        const box = document.querySelectorAll('.scattergeo .point')[0].getBoundingClientRect();
        return [[box.left + box.width / 2, box.top + box.height / 2],
                gd.data[0].customdata[0][1]];  // the points are the first trace
    }""")
    assert code == "14713"
    page.mouse.click(*centre)
    _filtered_to(page, "14713", "Stadt Leipzig")
