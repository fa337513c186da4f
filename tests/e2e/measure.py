"""Measurements in the browser, as a person sees the page: text cut off in its box, content
below the screen, chart labels outside the chart."""

from __future__ import annotations

CUT_TEXT_JS = """() => {
  const sel = "[data-testid='stMetricValue'], [data-testid='stMetricLabel'], button, " +
              "[data-testid='stMarkdownContainer'] p, label, h1, h2, h3, " +
              "[data-testid='stSelectbox'] div[value], [data-baseweb='select'] div";
  return [...document.querySelectorAll(sel)].filter(el => {
    if (!el.offsetParent || !el.innerText.trim()) return false;
    const box = el.getBoundingClientRect();
    if (box.right <= 0 || box.left >= window.innerWidth) return false;  // a collapsed sidebar
    const range = document.createRange(); range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    return el.scrollWidth > el.clientWidth + 1 || text.width > box.width + 1;
  }).map(el => el.innerText.trim().slice(0, 60));
}"""

BELOW_SCREEN_JS = """() => {
  const h = window.innerHeight;
  return [...document.querySelectorAll("[data-testid='stMain'] [data-testid='stElementContainer'], " +
                                       "[data-testid='stMain'] [data-testid='stPlotlyChart']")]
    .filter(el => el.offsetParent && el.getBoundingClientRect().height > 0 &&
                  el.getBoundingClientRect().bottom > h + 1)
    .map(el => (el.dataset.testid || '') + ':' + (el.innerText || '').trim().slice(0, 40));
}"""

CHART_LABELS_OUTSIDE_JS = """() => {
  const out = [];
  for (const svg of document.querySelectorAll("[data-testid='stPlotlyChart'] svg.main-svg")) {
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll("text")) {
      if (!text.textContent.trim()) continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 ||
          r.bottom > box.bottom + 1) out.push(text.textContent.slice(0, 40));
    }
  }
  return out;
}"""

FONT_SIZES_JS = """() => [...document.querySelectorAll(
    "[data-testid='stPlotlyChart'] svg.main-svg g.xtick text, " +
    "[data-testid='stPlotlyChart'] svg.main-svg g.ytick text")]
  .map(t => [parseFloat(getComputedStyle(t).fontSize), getComputedStyle(t).fill])"""


def cut_texts(page) -> list[str]:
    """Visible texts wider than their box (cut, or shown with an ellipsis)."""
    return page.evaluate(CUT_TEXT_JS)


def below_screen(page) -> list[str]:
    """Elements of the main area whose bottom lies below the window."""
    return page.evaluate(BELOW_SCREEN_JS)


def chart_labels_outside(page) -> list[str]:
    """Chart texts drawn outside their chart's canvas."""
    return page.evaluate(CHART_LABELS_OUTSIDE_JS)


def tick_font_sizes(page) -> list[tuple[float, str]]:
    """(font size px, fill colour) of every axis tick label on the page."""
    return page.evaluate(FONT_SIZES_JS)


def main_scroll(page) -> dict:
    """Scroll position of the page and whether content is hidden below the slide."""
    return page.evaluate("""() => {
      const main = document.querySelector("[data-testid='stMain']");
      const block = document.querySelector(
          "[data-testid='stMainBlockContainer'] > [data-testid='stVerticalBlock']");
      return {top: main ? main.scrollTop : 0,
              hidden: block ? block.scrollHeight - block.clientHeight : 0};
    }""")
