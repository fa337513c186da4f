"""The presentation on the usual projector (1280 x 800) and on full HD: every slide fits the
screen (nothing below it, nothing hidden, never opened scrolled), no text cut in its box, no
chart label outside its chart or over another (tests/e2e/layout.py), axis labels large and dark;
driven by the keyboard alone."""

from __future__ import annotations

import pytest

from dashboard.views import all_views
from tests.e2e.conftest import ARTIFACTS, assert_no_exception, wait_for_app
from tests.e2e.layout import layout_problems
from tests.e2e.measure import (
    below_screen,
    chart_labels_outside,
    cut_texts,
    main_scroll,
    tick_font_sizes,
)

pytestmark = pytest.mark.e2e
SLIDES = 1 + len(all_views())  # the KPI slide and one per view
KEYS = ["kpis", *all_views()]
# charts whose labels still overlap on the projector (issue 23, not fixed yet): more labels
# than room at 1280 x 800. Listed by name, so an overlap on any other slide fails.
CROWDED = {(1280, "indicator_progress")}


def _settle(page) -> None:
    wait_for_app(page)
    page.wait_for_function("""() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
        .every(c => c.querySelector('.main-svg'))""", timeout=30_000)
    page.wait_for_timeout(250)


def _counter(page) -> str:
    return page.locator(".st-key-pres_counter").inner_text()


def _shows(page, n: int) -> None:
    """Wait until the counter shows slide n (the rerun after a key press can take a while)."""
    page.wait_for_function("text => (document.querySelector('.st-key-pres_counter') || {})"
                           ".innerText?.includes(text)", arg=f"Folie {n} von {SLIDES}",
                           timeout=30_000)


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_every_slide_fits_the_screen(demo_server, browser, size):
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    page = context.new_page()
    page.goto(f"{demo_server.url}/praesentation")
    _settle(page)
    problems = {}
    for n in range(SLIDES):
        assert f"Folie {n + 1} von {SLIDES}" in _counter(page)
        title = page.locator(".st-key-pres_headline h1").inner_text()
        scroll = main_scroll(page)
        found = {"cut": cut_texts(page), "below": below_screen(page),
                 "outside": chart_labels_outside(page),
                 "text over text": [p for p in layout_problems(page)
                                    if (width, KEYS[n]) not in CROWDED
                                    or not p.startswith("Diagramm")],
                 "small or light ticks": [s for s in tick_font_sizes(page)
                                          if s[0] < 18 or _light(s[1])],
                 "scrolled": scroll["top"], "hidden below": max(0, scroll["hidden"] - 1)}
        if any(found.values()):
            problems[f"{n + 1}: {title[:50]}"] = {k: v for k, v in found.items() if v}
        if n in (0, 1, 4, 10):
            page.screenshot(path=str(ARTIFACTS / f"praesentation-{width}-{n + 1:02d}.png"))
        page.keyboard.press("ArrowRight")  # the keyboard alone moves the slides
        _shows(page, n + 2 if n + 1 < SLIDES else 1)
        _settle(page)
    assert_no_exception(page)
    assert f"Folie 1 von {SLIDES}" in _counter(page), "after the last slide comes the first"
    context.close()
    assert not problems


def _light(colour: str) -> bool:
    """True for a grey lighter than the app's text colours (tick labels must be dark)."""
    values = [int(v) for v in colour.removeprefix("rgb(").removesuffix(")").split(",")[:3]]
    return sum(values) / 3 > 110


def test_keyboard_reaches_every_control(demo_server, page):
    page.goto(f"{demo_server.url}/praesentation")
    _settle(page)
    page.keyboard.press("ArrowLeft")
    _shows(page, SLIDES)
    _settle(page)
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("""() => { const el = document.activeElement;
            const key = el && el.closest('[class*="st-key-pres_"]');
            return key ? [...key.classList].find(c => c.startsWith('st-key-pres_')) : ''; }"""))
    wanted = {"st-key-pres_prev", "st-key-pres_next", "st-key-pres_freeze",
              "st-key-pres_slides_popover", "st-key-pres_briefing_popover",
              "st-key-pres_share_popover"}
    assert wanted <= reached
