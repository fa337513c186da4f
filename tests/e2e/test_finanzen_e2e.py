"""Finanzen and Wirkung in a real browser at 1280 x 800: every tab draws its chart, no text is
cut in its box, no chart label lies outside its chart, tiles show their whole figure."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import (
    ARTIFACTS,
    assert_no_exception,
    cut_tile_texts,
    open_tab,
    tab_labels,
    wait_for_app,
    wait_for_charts,
)
from tests.e2e.measure import chart_labels_outside, cut_texts

pytestmark = pytest.mark.e2e

PAGES = {"finanzen": ["Tempo", "Finanzrahmen je Periode", "Je Jahr", "Aufteilung"],
         "wirkung": ["Fortschritt", "Je Indikator"]}


@pytest.mark.parametrize("path", list(PAGES))
def test_page_fits_1280_without_cut_text(demo_server, page, path) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{demo_server.url}/{path}")
    wait_for_app(page)
    assert tab_labels(page)[:len(PAGES[path])] == PAGES[path]
    for label in PAGES[path]:
        if label != PAGES[path][0]:
            open_tab(page, label)
        wait_for_charts(page, 1)
        page.wait_for_timeout(300)
        assert_no_exception(page)
        assert cut_texts(page) == [], label
        assert chart_labels_outside(page) == [], label
        assert cut_tile_texts(page) == [], label
        chart = page.locator("[data-testid='stPlotlyChart']").first.bounding_box()
        assert chart["x"] + chart["width"] <= 1280, label
        page.screenshot(path=str(ARTIFACTS / f"{path}-{label.replace(' ', '_')}-1280.png"),
                        full_page=True)
    if path == "finanzen":
        tiles = page.locator("[data-testid='stMetricValue']").all_inner_texts()
        assert len(tiles) == 2 and all(t.endswith("%") for t in tiles)
