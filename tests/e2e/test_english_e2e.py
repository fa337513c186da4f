"""English in a real browser: ?lang=en gives <html lang="en">, English navigation and headings;
a click in the navigation keeps English (and ?lang=en in the address); the switch in the sidebar
goes back to German, the page language with it; no serious accessibility violation in English."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import assert_no_exception, wait_for_app, wait_for_rerun

pytestmark = pytest.mark.e2e


def _h1(page) -> str:
    return page.locator("[data-testid='stMainBlockContainer'] h1").first.inner_text().strip()


def _lang(page) -> str:
    page.wait_for_timeout(300)  # the repair script runs after the element is drawn
    return page.evaluate("document.documentElement.lang")


def test_english_through_navigation_and_back_to_german(demo_server, page):
    page.goto(f"{demo_server.url}/?lang=en")
    page.wait_for_selector("[data-testid='stMainBlockContainer'] h1", timeout=30_000)
    wait_for_app(page)
    assert_no_exception(page)
    assert _h1(page) == "Overview"
    assert _lang(page) == "en"
    # the switch adds no serious accessibility violation (axe-core, as the tour checks German)
    from axe_playwright_python.sync_playwright import Axe

    serious = [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}"
               for v in Axe().run(page).response["violations"]
               if v.get("impact") in ("moderate", "serious", "critical")]
    assert serious == []
    nav = page.locator("[data-testid='stSidebarNav']").inner_text()
    assert "Missions & focus areas" in nav and "Networking" in nav
    assert "Übersicht" not in nav

    page.locator("[data-testid='stSidebarNav'] a", has_text="Pipeline").click()
    page.wait_for_url("**/pipeline*", timeout=30_000)
    wait_for_rerun(page)
    assert _h1(page) == "Pipeline"
    assert page.get_by_text("How many projects reach each review stage").count() == 1
    assert "lang=en" in page.url
    assert _lang(page) == "en"

    page.locator(".st-key-lang_switch").get_by_text("Deutsch", exact=True).click()
    wait_for_rerun(page)
    page.wait_for_function("""() => document.querySelector("[data-testid='stSidebarNav']")
        .innerText.includes('Übersicht')""", timeout=30_000)
    assert page.get_by_text("Wie viele Projekte jede Prüfstufe erreichen").count() == 1
    assert "lang=" not in page.url
    assert _lang(page) == "de"
    assert_no_exception(page)
