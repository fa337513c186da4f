"""What a person sees at the projector's 1280 x 800 and at full HD (issue 23, points 6, 13, 14):
the uploader with a chosen file (German words, nothing cut, the button on one line, the size
as "5,5 KB"), the sidebar's date fields ("TT.MM.JJJJ", whole), the key-figure slide filling the
screen with large numbers, the map slide with district names and a legible attribution."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, assert_no_exception, wait_for_app
from tests.e2e.layout import cut_tiles
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

pytestmark = pytest.mark.e2e
SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080)}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KPI_VALUE_PX = {1280: 44, 1920: 64}  # figures read from the back of a room
DISTRICT_NAMES = ("Bautzen", "Görlitz", "Spree-Neiße", "Cottbus", "Leipzig", "Lkr. Leipzig",
                  "Halle", "Burgenlandkreis", "Saalekreis", "Altenburger Land")

# The words an element shows: its visible text nodes (none of size 0, the way CSS replaces
# Streamlit's words) and the content of its ::before / ::after, in order; an icon (a glyph
# drawn from a word such as "add") and text hidden for screen readers only (1 px) are no words.
SHOWN_JS = """el => {
  const pseudo = (node, which) => {
    const s = getComputedStyle(node, which);
    const c = s.content;
    return c && c !== 'none' && c !== 'normal' && s.display !== 'none' &&
           parseFloat(s.fontSize) > 0 ? c.replace(/^"|"$/g, '') : '';
  };
  const walk = node => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      return parent.checkVisibility({visibilityProperty: true}) &&
             parseFloat(getComputedStyle(parent).fontSize) > 0 ? node.textContent : '';
    }
    if (node.nodeType !== Node.ELEMENT_NODE || !node.checkVisibility() ||
        node.dataset.testid === 'stIconMaterial') return '';
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) return '';
    return pseudo(node, '::before') + [...node.childNodes].map(walk).join('') +
           pseudo(node, '::after');
  };
  return walk(el).replace(/\\s+/g, ' ').trim();
}"""

# Per button: what it shows, its accessible name, and whether its text is cut (wider than the
# button) or broken over lines (taller than with white-space: nowrap).
BUTTONS_JS = """([root, shownSource]) => {
  const shown = eval(shownSource);
  return [...document.querySelectorAll(root + ' button')].filter(b => b.offsetParent).map(b => {
    const tall = b.getBoundingClientRect().height;
    const before = b.style.whiteSpace;
    b.style.whiteSpace = 'nowrap';
    const oneLine = b.getBoundingClientRect().height;
    b.style.whiteSpace = before;
    return {shown: shown(b), name: b.getAttribute('aria-label'),
            cut: b.scrollWidth > b.clientWidth + 1, wrapped: tall > oneLine + 1};
  });
}"""


def _context(browser, size: str):
    width, height = SIZES[size]
    return browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")


def _shown(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all(f"els => els.map({SHOWN_JS})")


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_chosen_file_is_german_and_whole(demo_server, browser, size):
    context = _context(browser, size)
    page = context.new_page()
    page.goto(f"{demo_server.url}/import")
    wait_for_app(page)
    area = ".st-key-import_upload_area"
    page.locator(".st-key-import_upload input[type='file']").set_input_files(
        files=[{"name": "liste.xlsx", "mimeType": XLSX, "buffer": xlsx_bytes([good_record()])}])
    page.wait_for_selector(".st-key-import_new [data-testid='stMetricValue']", timeout=30_000)
    wait_for_app(page)
    page.wait_for_timeout(300)  # the repair script names the new buttons
    page.locator(area).screenshot(path=str(ARTIFACTS / f"uploader-chosen-{size}.png"))
    buttons = {b["name"]: b for b in page.evaluate(BUTTONS_JS, [area, SHOWN_JS])}
    # the remove control is its own icon (✕), named in German; the other button one line
    assert buttons.get("liste.xlsx entfernen", {}).get("shown") == "", buttons
    assert buttons.get("Andere Datei wählen", {}).get("shown") == "Andere Datei wählen", buttons
    assert [b for b in buttons.values() if b["cut"] or b["wrapped"]] == []
    chip = f"{area} [data-testid='stFileChip']"
    assert page.locator(chip).evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    # Streamlit writes "5.5KB"; German: "5,5 KB"
    shown = _shown(page, chip)
    assert len(shown) == 1 and re.fullmatch(r"liste\.xlsx ?\d+,\d KB", shown[0]), shown
    assert_no_exception(page)
    context.close()


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_date_fields_say_tt_mm_jjjj_and_fit(demo_server, browser, size):
    context = _context(browser, size)
    page = context.new_page()
    page.goto(demo_server.url)
    wait_for_app(page)
    fields = "[data-testid='stSidebar'] [data-testid='stDateInputField']"
    page.wait_for_selector(f"{fields} [role='spinbutton']", timeout=30_000)
    # both fields, not only the first drawn (the second may come a moment later)
    expect(page.locator(fields)).to_have_count(2, timeout=30_000)
    page.locator("[data-testid='stSidebar'] [data-testid='stDateInput']").first.screenshot(
        path=str(ARTIFACTS / f"date-field-{size}.png"))
    assert _shown(page, f"{fields} [role='group']") == ["TT.MM.JJJJ"] * 2
    cut = page.locator(f"{fields} [data-testid='stDateInputFieldsScroller']").evaluate_all(
        "els => els.map(el => el.scrollWidth - el.clientWidth)")
    assert cut == [0, 0]
    context.close()


def _counter_shows(page, n: int) -> None:
    page.wait_for_function("text => (document.querySelector('.st-key-pres_counter') || {})"
                           ".innerText?.includes(text)", arg=f"Folie {n} von", timeout=30_000)
    wait_for_app(page)


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_key_figures_fill_the_slide_and_the_map_names_its_districts(demo_server, browser, size):
    from dashboard.views import all_views

    width = SIZES[size][0]
    context = _context(browser, size)
    page = context.new_page()
    page.goto(f"{demo_server.url}/praesentation")
    wait_for_app(page)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"praesentation-kpis-{size}.png"))
    values = page.locator("[data-testid='stMetricValue']").evaluate_all(
        "els => els.map(el => parseFloat(getComputedStyle(el).fontSize))")
    assert len(values) == 6 and min(values) >= KPI_VALUE_PX[width], values
    used = page.evaluate("""() => {
      const title = document.querySelector('.st-key-pres_headline').getBoundingClientRect();
      const tiles = [...document.querySelectorAll("[class*='st-key-pres_kpi_']")]
        .map(el => el.getBoundingClientRect().bottom);
      return (Math.max(...tiles) - title.top) / window.innerHeight; }""")
    assert used >= 0.7, f"the key figures use {used:.0%} of the screen's height"
    assert cut_tiles(page) == []

    for n in range(2, list(all_views()).index("district_map") + 3):
        page.keyboard.press("ArrowRight")
        _counter_shows(page, n)
    page.wait_for_function("() => document.querySelector(\"[data-testid='stPlotlyChart'] "
                           ".main-svg\")", timeout=30_000)
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"praesentation-karte-{size}.png"))
    texts = page.evaluate("""() => [...document.querySelectorAll(
        "[data-testid='stPlotlyChart'] svg text")].filter(t => t.textContent.trim())
        .map(t => [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize)])""")
    attribution = [px for text, px in texts if "GeoBasis" in text]
    assert attribution and min(attribution) >= 18, texts
    names = {text: px for text, px in texts}
    assert [n for n in DISTRICT_NAMES if n not in names] == [], texts
    assert min(names[n] for n in DISTRICT_NAMES) >= 15  # the cities' 15, the Kreise 17
    assert_no_exception(page)
    context.close()
