"""The layout check: in every plotly chart on the page no two texts (titles, ticks, axis and
panel titles, legend entries, annotations, labels on marks) overlap or run together and none
leaves the figure; every KPI tile's text fits its tile; no "%" or "€" starts a heading's line.
Used by the browser tests of pages and slides (proven in test_layout_check_e2e.py)."""

from __future__ import annotations

import math

TOLERANCE_PX = 2  # glyph boxes include ascent/descent padding; touching is not overlapping
GAP_EM = 0.5  # two labels on one line closer than half their height read as one phrase
# ("Fachgruppe Regionalentwicklung Fachgruppe Förderung", "100 %0 %")

# One entry per chart: its texts' boxes (client px) and the chart's box. A text counts when it
# is drawn: not empty, not hidden, not transparent, with an area. The hover layer is skipped
# (it only exists under the mouse).
CHART_TEXTS_JS = """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
  .filter(chart => chart.offsetParent)
  .map((chart, index) => {
    const plot = chart.querySelector('.js-plotly-plot') || chart;
    const figure = (plot.querySelector('.svg-container') || plot).getBoundingClientRect();
    const title = (plot.querySelector('.gtitle') || {}).textContent || '';
    const texts = [];
    for (const text of plot.querySelectorAll('svg text')) {
      const label = text.textContent.trim();
      if (!label || text.closest('.hoverlayer')) continue;
      // hidden by itself or an ancestor (display, visibility, opacity), or a transparent fill
      if (!text.checkVisibility({opacityProperty: true, visibilityProperty: true}) ||
          parseFloat(getComputedStyle(text).fillOpacity) === 0) continue;
      // the text's own box turned as drawn (rotated tick labels), in client px
      const b = text.getBBox(), m = text.getScreenCTM();
      if (b.width < 0.5 || b.height < 0.5 || !m) continue;
      const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height],
                       [b.x, b.y + b.height]].map(([x, y]) =>
                         [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
      const group = text.parentElement.closest('[class]');
      texts.push({label: label.slice(0, 60), kind: text.getAttribute('class') ||
                  (group ? group.getAttribute('class').split(' ')[0] : ''), corners});
    }
    return {index, title: title.slice(0, 60),
            figure: {left: figure.left, right: figure.right, top: figure.top,
                     bottom: figure.bottom}, texts};
  })"""

TILE_CUT_JS = """() => {
  const out = [];
  for (const tile of document.querySelectorAll("[data-testid='stMetric']")) {
    if (!tile.offsetParent) continue;
    const box = tile.getBoundingClientRect();
    for (const el of tile.querySelectorAll('*')) {
      if (!el.offsetParent || !el.innerText || !el.innerText.trim()) continue;
      const own = el.getBoundingClientRect();
      const range = document.createRange(); range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2 ||
          text.width > own.width + 1 || text.right > box.right + 1 ||
          text.left < box.left - 1) {
        out.push(tile.innerText.trim().replace(/\\s+/g, ' ').slice(0, 80));
        break;
      }
    }
  }
  return out;
}"""

# A unit that starts a line of a heading or tile ("… Regionen 10" / "%"): its number is on the
# line before. One range per character, so only for the few headings and tiles of a page.
SPLIT_UNIT_JS = """() => {
  const out = [];
  for (const el of document.querySelectorAll("h1, h2, h3, [data-testid='stMetricValue']")) {
    if (!el.offsetParent) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let before = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const s = node.textContent;
      for (let i = 0; i < s.length; i++) {
        if (/\\s/.test(s[i])) continue;
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        if ('%€'.includes(s[i]) && before && box.top > before.top + before.height / 2)
          out.push(el.innerText.trim().replace(/\\s+/g, ' ').slice(0, 80));
        before = box;
      }
    }
  }
  return out;
}"""


def _axes(corners: list) -> list[tuple[float, float]]:
    """The two edge directions of a (possibly turned) box, as unit vectors."""
    out = []
    for (x0, y0), (x1, y1) in (corners[0:2], corners[1:3]):
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        out.append(((x1 - x0) / length, (y1 - y0) / length))
    return out


def _overlap(a: list, b: list, tol: float) -> bool:
    """Two boxes overlap when they overlap by more than `tol` along every edge direction of
    both (separating axis test: the boxes of turned tick labels are not axis-aligned)."""
    for ux, uy in _axes(a) + _axes(b):
        pa = [x * ux + y * uy for x, y in a]
        pb = [x * ux + y * uy for x, y in b]
        if min(max(pa), max(pb)) - max(min(pa), min(pb)) <= tol:
            return False
    return True


def _upright(corners: list) -> bool:
    return abs(corners[0][1] - corners[1][1]) < 0.5


def _run_together(a: list, b: list, gap: float) -> bool:
    """Two upright labels on one line with less than `gap` x their height between them."""
    if not (_upright(a) and _upright(b)):
        return False
    (al, at), (ar, ab) = a[0], a[2]
    (bl, bt), (br, bb) = b[0], b[2]
    shared = min(ab, bb) - max(at, bt)
    if shared < 0.5 * min(ab - at, bb - bt):
        return False
    return max(bl - ar, al - br) < gap * min(ab - at, bb - bt)


def _alike(a: dict, b: dict) -> bool:
    """Texts read as one row of labels: two ticks, or two texts of one kind (a bar's value
    beside its own axis label is meant to sit close; values in neighbouring heatmap cells are
    parted by the cells' edges)."""
    if a["kind"] == b["kind"] == "heatmap-label":
        return False
    return a["kind"] == b["kind"] or (a["kind"].endswith("tick") and b["kind"].endswith("tick"))


def _outside(corners: list, figure: dict, tol: float) -> bool:
    return any(x < figure["left"] - tol or x > figure["right"] + tol or
               y < figure["top"] - tol or y > figure["bottom"] + tol for x, y in corners)


def chart_problems(charts: list[dict], tol: float = TOLERANCE_PX,
                   gap: float = GAP_EM) -> list[str]:
    """Every overlapping pair of texts and every text outside its figure, as readable lines."""
    problems = []
    for chart in charts:
        name = f"Diagramm {chart['index'] + 1}" + (f" ({chart['title']})" if chart["title"]
                                                     else "")
        texts = chart["texts"]
        for i, a in enumerate(texts):
            if _outside(a["corners"], chart["figure"], tol):
                problems.append(f"{name}: »{a['label']}« ragt aus der Abbildung")
            for b in texts[i + 1:]:
                if _overlap(a["corners"], b["corners"], tol):
                    problems.append(f"{name}: »{a['label']}« [{a['kind']}] überdeckt "
                                    f"»{b['label']}« [{b['kind']}]")
                elif _alike(a, b) and _run_together(a["corners"], b["corners"], gap):
                    problems.append(f"{name}: »{a['label']}« [{a['kind']}] läuft in "
                                    f"»{b['label']}« [{b['kind']}]")
    return problems


def chart_texts(page) -> list[dict]:
    """Per visible plotly chart: its figure box and the boxes of its drawn texts."""
    return page.evaluate(CHART_TEXTS_JS)


def cut_tiles(page) -> list[str]:
    """KPI tiles (st.metric) whose label, figure or delta does not fit the tile."""
    return page.evaluate(TILE_CUT_JS)


def split_units(page) -> list[str]:
    """Headings and tile figures where "%" or "€" begins a line, apart from its number."""
    return page.evaluate(SPLIT_UNIT_JS)


def cut_tables(page) -> list[str]:
    """Tables (st.dataframe) whose columns do not all fit their frame (cut on the right)."""
    return page.evaluate("""() => [...document.querySelectorAll(
        "[data-testid='stDataFrame'] .dvn-scroller")].filter(el => el.offsetParent &&
        el.scrollWidth > el.clientWidth + 1).map(el =>
        el.closest("[class*='st-key-']")?.className.match(/st-key-[\\w-]+/)?.[0] || 'Tabelle')""")


def layout_problems(page, tol: float = TOLERANCE_PX) -> list[str]:
    """Text over text or outside its chart, cut KPI tiles and units torn from their number,
    on the page as shown now."""
    return (chart_problems(chart_texts(page), tol) +
            [f"Kachel passt nicht: {t}" for t in cut_tiles(page)] +
            [f"Einheit allein am Zeilenanfang: {t}" for t in split_units(page)])
