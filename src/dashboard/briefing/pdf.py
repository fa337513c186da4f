"""The briefing as a PDF with the same pages as the deck (16:9 pages, embedded PNGs, DejaVu
font so umlauts and the euro sign print)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from fpdf import FPDF, FontFace

from dashboard.briefing.content import Briefing, ChartEntry, collect
from dashboard.briefing.tables import appendix_table, column_shares, unbreakable
from dashboard.charts.renderer import SLIDE_HEIGHT_PX, SLIDE_WIDTH_PX, ChartRenderer
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.store.gateway import Database
from dashboard.texts import t

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_W, PAGE_H = 338.67, 190.5  # mm, 16:9 like the deck
PICTURE_W = 224.0
PICTURE_H = PICTURE_W * SLIDE_HEIGHT_PX / SLIDE_WIDTH_PX
INK, MUTED, ACCENT = (0x1F, 0x29, 0x33), (0x52, 0x60, 0x6D), (0x0B, 0x4F, 0x8A)
# a long finding is set smaller so it ends above the picture (it ran over it: issue 23); the
# picture moves down only when even the smallest size needs more lines
HEADLINE_TOP, CONTENT_TOP, GAP = 8.0, 36.0, 1.0
HEADLINE_SIZES = (26, 23, 20, 18)


class FontMissing(RuntimeError):
    """The TTF font for umlauts is not installed (German message)."""


class BriefingPDF(FPDF):
    """Pages with the briefing's footer; an appendix table that breaks onto a new page gets the
    continuation headline there (fpdf2 repeats the table's header row)."""

    footer_text = ""
    running_head: str | None = None

    def header(self) -> None:
        if self.running_head:
            _write(self, 10, 8, PAGE_W - 20, self.running_head, size=26, bold=True, colour=ACCENT)
            self.set_xy(10, 34)

    def footer(self) -> None:
        if self.footer_text:
            _write(self, 10, PAGE_H - 10, PAGE_W - 20, self.footer_text, size=9, colour=MUTED)


def _document() -> BriefingPDF:
    pdf = BriefingPDF(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
    pdf.set_auto_page_break(False)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
        path = FONT_DIR / name
        if not path.is_file():
            raise FontMissing(t("briefing.font_missing", path=path))
        pdf.add_font("DejaVu", style, str(path))
    pdf.set_margins(10, 8, 10)
    return pdf


def _write(pdf: FPDF, x: float, y: float, w: float, text: str, *, size: float,
           bold: bool = False, colour=INK, line: float | None = None) -> float:
    """A wrapped paragraph at (x, y); returns the y below it."""
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, line or size * 0.5, text, align="L")
    return pdf.get_y()


def _headline_size(pdf: FPDF, text: str) -> float:
    """The largest headline size whose lines (as fpdf2 wraps them) end above the content."""
    for size in HEADLINE_SIZES:
        pdf.set_font("DejaVu", "B", size)
        lines = pdf.multi_cell(PAGE_W - 20, size * 0.5, text, dry_run=True, output="LINES")
        if len(lines) * size * 0.5 <= CONTENT_TOP - GAP - HEADLINE_TOP:
            return size
    return HEADLINE_SIZES[-1]


def _page(pdf: BriefingPDF, b: Briefing, headline: str | None) -> float:
    """A new page with its headline; returns the y below the headline."""
    pdf.footer_text = f"{b.title} · {b.stand} · {b.filter_text}"
    pdf.running_head = None
    pdf.add_page()
    if not headline:
        return HEADLINE_TOP
    return _write(pdf, 10, HEADLINE_TOP, PAGE_W - 20, headline,
                  size=_headline_size(pdf, headline), bold=True, colour=ACCENT)


def _chart_page(pdf: FPDF, b: Briefing, chart: ChartEntry) -> None:
    top = max(CONTENT_TOP, _page(pdf, b, chart.view.title) + GAP)
    if chart.png is None:
        _write(pdf, 10, top, PAGE_W - 20, chart.view.empty_message or t("briefing.empty"),
               size=20)
    else:
        # a lower picture is smaller (still 16:9), so its explanation stays above the footer
        height = PICTURE_H - (top - CONTENT_TOP)
        pdf.image(io.BytesIO(chart.png), x=10, y=top, w=height * PICTURE_W / PICTURE_H,
                  h=height)
        _write(pdf, 10, top + height + 1, PICTURE_W, chart.view.explanation, size=10,
               colour=MUTED)
    y = top
    for sentence in chart.sentences:
        y = _write(pdf, 242, y, PAGE_W - 252, f"• {sentence}", size=17, line=8) + 4


def _appendix_page(pdf: BriefingPDF, b: Briefing, chart: ChartEntry) -> None:
    """The chart's data; rows that do not fit go on continuation pages (no row is lost)."""
    _page(pdf, b, t("briefing.appendix", label=chart.label))
    header, rows, note = appendix_table(chart.view.data, chart.view.units)
    pdf.running_head = t("briefing.appendix.continued", label=chart.label)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_xy(10, 34)
    pdf.set_font("DejaVu", "", 11)
    pdf.set_text_color(*INK)
    widths = tuple(round(s * 100, 2) for s in column_shares(header, rows))
    with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=6,
                   text_align="LEFT", width=PAGE_W - 20, col_widths=widths,
                   repeat_headings=1) as table:
        for values in [header, *rows]:
            table.row(values)
    if pdf.get_y() + 8 > PAGE_H - 16:
        pdf.add_page()
    _write(pdf, 10, pdf.get_y() + 2, PAGE_W - 20, note, size=10, colour=MUTED)
    pdf.set_auto_page_break(False)
    pdf.running_head = None


def pdf_from(b: Briefing, *, author: str | None = None) -> bytes:
    """Lay a collected briefing out as PDF pages, one per deck slide (title, author, subject
    and language set, so a screen reader and a document list name it)."""
    pdf = _document()
    pdf.set_title(f"{b.title} – {b.subtitle}")
    pdf.set_author(author or b.title)
    pdf.set_subject(b.filter_text)
    pdf.set_lang("de-DE")
    pdf.set_creator(b.title)
    pdf.set_keywords(f"{b.stand} · {b.head}")
    _page(pdf, b, None)
    y = _write(pdf, 24, 55, PAGE_W - 48, b.title, size=40, bold=True, colour=ACCENT, line=18)
    y = _write(pdf, 24, y + 4, PAGE_W - 48, b.subtitle, size=24, line=12)
    _write(pdf, 24, y + 12, PAGE_W - 48, f"{b.filter_text}\n{b.stand}", size=18, colour=MUTED,
           line=10)
    _write(pdf, 24, PAGE_H - 24, PAGE_W - 48, b.head, size=9, colour=MUTED)
    _page(pdf, b, t("briefing.kpi_title"))
    for i, (label, value) in enumerate(b.kpis):
        x, y = 16 + (i % 3) * 106, 42 + (i // 3) * 62
        _write(pdf, x, y, 100, label, size=18, colour=MUTED)
        _write(pdf, x, y + 12, 100, unbreakable(value), size=30, bold=True, line=15)
    for chart in b.charts:
        _chart_page(pdf, b, chart)
    for chart in b.charts:
        if not chart.view.data.empty:
            _appendix_page(pdf, b, chart)
    return bytes(pdf.output())


def briefing_pdf(db: Database, filters: Filters, taxonomy: Taxonomy, view_keys: Sequence[str],
                 *, today: date | None = None, renderer: ChartRenderer | None = None,
                 author: str | None = None) -> bytes:
    """The briefing for the current filters as PDF bytes (same pages as the deck)."""
    return pdf_from(collect(db, filters, taxonomy, view_keys, today=today, renderer=renderer),
                    author=author)
