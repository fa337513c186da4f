"""Text over text on the pages whose charts crowd most (issue 23): the layout check
(tests/e2e/layout.py) on the tabs at the projector's 1280 x 800 and at full HD. Every view is
also checked as a slide at both sizes (test_presentation_layout_e2e.py)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, assert_no_exception, open_tab, wait_for_app
from tests.e2e.layout import cut_tables, layout_problems

pytestmark = pytest.mark.e2e
SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080)}
TABS = (("pipeline", "Hängende Projekte"), ("querschnittsthemen", "je Revier"),
        ("querschnittsthemen", "je Schwerpunkt"), ("vernetzung", "Akteure"))
WHOLE_TABLES = {"Akteure"}  # tables beside a chart that must show every column


def _drawn(page) -> None:
    wait_for_app(page)
    page.wait_for_function("""() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
        .every(c => c.querySelector('.main-svg'))""", timeout=30_000)
    page.wait_for_timeout(250)


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_no_text_over_text_on_crowded_tabs(demo_server, browser, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    problems = {}
    for url, tab in TABS:
        if url not in page.url:
            page.goto(f"{demo_server.url}/{url}")
            _drawn(page)
        open_tab(page, tab)
        _drawn(page)
        assert page.locator("[data-testid='stPlotlyChart']").count() >= 1, (url, tab)
        found = layout_problems(page)
        if tab in WHOLE_TABLES:
            found += [f"Tabelle abgeschnitten: {t}" for t in cut_tables(page)]
            # the network picture's names whole ("Mitteldeutsche Werksto…" was cut)
            found += [f"Name gekürzt: {t}" for t in page.locator(
                "[data-testid='stPlotlyChart'] .textpoint text").all_text_contents()
                if t.endswith("…")]
        if found:
            problems[f"{url} → {tab}"] = found
            page.screenshot(path=str(ARTIFACTS / f"layout-{url}-{width}.png"), full_page=True)
    assert_no_exception(page)
    context.close()
    assert not problems
