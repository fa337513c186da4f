"""Every page and every tab, as a person sees them at 1280 x 800 (the usual projector): no
serious or critical accessibility violation (axe-core, BITV 2.0 / WCAG 2.1 AA), page language
German, no text cut off, no chart label outside its chart, each chart with its numbers beside
it; and the chart images the running app makes equal those the CLI makes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.ui.navigation import PAGES
from dashboard.views import all_views
from tests.e2e.conftest import (
    ARTIFACTS,
    assert_no_exception,
    tab_labels,
    wait_for_app,
    wait_for_rerun,
)
from tests.e2e.measure import chart_labels_outside, cut_texts

pytestmark = pytest.mark.e2e

SKIP_PAGES = {"praesentation"}  # measured slide by slide in test_presentation_e2e
SERIOUS = {"moderate", "serious", "critical"}  # issue 23.16: moderate too


def _settle(page) -> None:
    page.wait_for_selector("[data-testid='stMainBlockContainer'] h1", timeout=30_000)
    wait_for_app(page)
    page.wait_for_function("""() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
        .every(c => c.querySelector('.main-svg'))""", timeout=30_000)
    page.wait_for_timeout(300)


def _download(page, button, target: Path, what: str, server) -> None:
    """Click a download button and save the file; when none comes, fail with what the button
    and the server said (the server log is not kept in CI)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        with page.expect_download(timeout=120_000) as download:
            button.click()
    except PlaywrightTimeout:
        shown = button.locator("xpath=ancestor::*[@data-testid='stDownloadButton'][1]").inner_text()
        log = Path(server.log.name).read_text(encoding="utf-8", errors="replace")[-3000:]
        pytest.fail(f"{what}: no download in 120 s; button shows {shown!r}; server log:\n{log}")
    download.value.save_as(target)


def _main_cut_texts(page) -> list[str]:
    """Cut texts in the main area and the open sidebar (the page's own text, not Streamlit's
    collapsed chrome)."""
    inside = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stSidebar"]')]
        .map(s => s.getAttribute('aria-expanded'))""")
    texts = cut_texts(page)
    return [t for t in texts if t] if inside else texts


@pytest.fixture(scope="module")
def tour(demo_server, browser, tmp_path_factory):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    folder = tmp_path_factory.mktemp("svg_app")
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE",
                                  accept_downloads=True)
    page = context.new_page()
    visits = []
    for spec in PAGES:
        if spec.url_path in SKIP_PAGES:
            continue
        page.goto(f"{demo_server.url}/{spec.url_path}")
        _settle(page)
        for n, tab in enumerate(tab_labels(page) or [None]):
            if tab and n:  # the first tab is open already
                page.get_by_role("tab", name=tab, exact=True).click()
                page.wait_for_function("label => new URLSearchParams(location.search)"
                                       ".get('ansicht') === label", arg=tab, timeout=15_000)
                wait_for_rerun(page)
                _settle(page)
            where = f"{spec.url_path or 'uebersicht'} [{tab or '-'}]"
            result = axe.run(page)
            serious = [f"{v['id']} ({v['impact']}): {v['help']} – "
                       f"{[n['target'] for n in v['nodes']][:3]}"
                       for v in result.response["violations"] if v.get("impact") in SERIOUS]
            svgs = {}
            for button in page.locator("[class*='st-key-svg_'] button").all():
                key = next(c for c in button.locator("xpath=..").evaluate(
                    "el => el.closest('[class*=st-key-svg_]').className").split()
                    if c.startswith("st-key-svg_"))[len("st-key-svg_"):]
                svgs[key] = folder / f"{key}.svg"
                _download(page, button, svgs[key], f"{where} svg_{key}", demo_server)
            visits.append({
                "where": where, "axe": serious,
                "lang": page.evaluate("document.documentElement.lang"),
                "cut": _main_cut_texts(page), "outside": chart_labels_outside(page),
                "charts": page.locator("[data-testid='stPlotlyChart']").count(),
                "tables": page.locator("[class*='st-key-table_']").count(),
                "exception": page.locator("[data-testid='stException']").count(),
                "svgs": svgs})
            page.screenshot(path=str(ARTIFACTS / f"tour-{where.replace(' ', '_')}.png"))
    context.close()
    return visits


def test_tour_reached_every_registered_view(tour):
    seen = {key for visit in tour for key in visit["svgs"]}
    assert set(all_views()) - seen == set(), "views the pages never show"


def test_no_serious_accessibility_violation(tour):
    problems = {v["where"]: v["axe"] for v in tour if v["axe"]}
    assert not problems


def test_page_language_is_german(tour):
    assert {v["lang"] for v in tour} == {"de"}


def test_no_text_cut_and_no_chart_label_outside_its_chart(tour):
    assert {v["where"]: v["cut"] for v in tour if v["cut"]} == {}
    assert {v["where"]: v["outside"] for v in tour if v["outside"]} == {}
    assert not any(v["exception"] for v in tour)


def test_every_chart_has_its_numbers_in_a_table_beside_it(tour):
    short = {v["where"]: (v["charts"], v["tables"]) for v in tour
             if v["tables"] < v["charts"] and "projekte" not in v["where"]}
    assert not short


def _svg_texts(page, path: Path) -> tuple[tuple[float, float], list[tuple[str, int, int]]]:
    page.goto(path.as_uri())
    size = page.evaluate("""() => { const s = document.querySelector('svg');
        return [s.width.baseVal.value, s.height.baseVal.value]; }""")
    texts = page.evaluate("""() => [...document.querySelectorAll('text')]
        .filter(t => t.textContent.trim()).map(t => { const r = t.getBoundingClientRect();
          return [t.textContent, Math.round(r.left), Math.round(r.top), Math.round(r.right),
                  Math.round(r.bottom)]; })""")
    return tuple(size), texts


def test_app_images_equal_cli_images(tour, demo_db_path, page, tmp_path):
    """The SVG the running app offers and the SVG `python -m dashboard bild` writes have the
    same size and every text at the same place, inside the picture (the app's used to be
    cropped: Streamlit's default plotly template has no automargin)."""
    app = {k: p for v in tour for k, p in v["svgs"].items()}
    keys = sorted(app)
    folder = tmp_path / "cli"
    subprocess.run([sys.executable, "-m", "dashboard", "bild", "--db", str(demo_db_path),
                    "--view", ",".join(keys), "--out", str(folder), "--format", "svg"],
                   check=True, capture_output=True, text=True)
    differ = {}
    for key in keys:
        (w, h), mine = _svg_texts(page, app[key])
        cli_size, theirs = _svg_texts(page, folder / f"{key}.svg")
        outside = [t[0] for t in mine if t[1] < -1 or t[2] < -1 or t[3] > w + 1 or t[4] > h + 1]
        if (w, h) != (1280, 720) or cli_size != (w, h) or outside or \
                [t[0] for t in mine] != [t[0] for t in theirs] or \
                any(max(abs(a - b) for a, b in zip(m[1:], c[1:], strict=True)) > 2
                    for m, c in zip(mine, theirs, strict=True)):
            differ[key] = {"size": ((w, h), cli_size), "outside": outside[:5]}
    assert not differ


def test_dataframes_offer_no_builtin_export(demo_server, page):
    """No built-in 'Download as CSV' on tables (it writes =HYPERLINK(...) as a live formula);
    the formula-safe buttons of the app are the only way out."""
    page.goto(f"{demo_server.url}/projekte")
    wait_for_app(page)
    assert_no_exception(page)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.hover()
    page.wait_for_timeout(500)
    assert page.locator("[data-testid='stElementToolbarButton'] button[aria-label*='ownload'], "
                        "[data-testid='stElementToolbar'] [aria-label*='ownload']").count() == 0
