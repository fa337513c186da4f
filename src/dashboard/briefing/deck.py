"""The briefing as a PowerPoint deck (16:9, large type): title, KPIs, one slide per view with
its finding, picture and key sentences, and an appendix with the data of each chart."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from dashboard.briefing.content import Briefing, ChartEntry, collect
from dashboard.briefing.fit import fitting_size, line_count
from dashboard.briefing.tables import (
    appendix_table,
    column_shares,
    paginate,
    unbreakable,
)
from dashboard.charts.renderer import SLIDE_HEIGHT_PX, SLIDE_WIDTH_PX, ChartRenderer
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.store.gateway import Database
from dashboard.texts import t

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)  # exactly 16:9 (13,333 x 7,5 in)
# the chart keeps the image's 16:9 ratio; sentences take the column to its right
PICTURE_LEFT, PICTURE_TOP, PICTURE_WIDTH = Inches(0.4), Inches(1.45), Inches(8.8)
PICTURE_HEIGHT = Emu(round(PICTURE_WIDTH * SLIDE_HEIGHT_PX / SLIDE_WIDTH_PX))
INK, MUTED, ACCENT = RGBColor(0x1F, 0x29, 0x33), RGBColor(0x52, 0x60, 0x6D), RGBColor(0x0B, 0x4F, 0x8A)


# the headline's box; a long finding is set smaller, and moves the picture down only when even
# the smallest size needs more lines than fit above it (it ran over its chart: issue 23)
HEADLINE_LEFT, HEADLINE_TOP, HEADLINE_WIDTH = Inches(0.4), Inches(0.3), Inches(12.5)
HEADLINE_SIZES = (30, 27, 24, 22, 20)
LEADING = 1.2  # exact line pitch of the headline (size x 1.2), the same in every renderer
INSET_X, INSET_Y = Inches(0.1), Inches(0.05)  # a text box's default inner margins
GAP = Inches(0.05)
FOOTER_TOP = Inches(6.95)
CAPTION_SIZES = (12, 11, 10)  # the explanation under the picture: two lines of 12 pt fit
CAPTION_ROOM = FOOTER_TOP - GAP - PICTURE_TOP - PICTURE_HEIGHT - 2 * INSET_Y


def _text(slide, left, top, width, height, paragraphs: Sequence[str], *, size: int,
          bold: bool = False, colour: RGBColor = INK, bullet: bool = False,
          leading: float | None = None) -> None:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, line in enumerate(paragraphs):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = f"• {line}" if bullet else line
        para.space_after = Pt(size * 0.6)
        if leading:
            para.line_spacing = Pt(size * leading)
        para.font.size, para.font.bold, para.font.color.rgb = Pt(size), bold, colour


def _headline(slide, text: str) -> int:
    """The headline in the largest size that keeps it above the picture; returns its bottom."""
    room = PICTURE_TOP - GAP - HEADLINE_TOP - 2 * INSET_Y
    size, lines = fitting_size(text, Emu(HEADLINE_WIDTH - 2 * INSET_X).pt, Emu(room).pt,
                               HEADLINE_SIZES, bold=True, leading=LEADING)
    height = Pt(lines * size * LEADING) + 2 * INSET_Y
    _text(slide, HEADLINE_LEFT, HEADLINE_TOP, HEADLINE_WIDTH, height, [text], size=size,
          bold=True, colour=ACCENT, leading=LEADING)
    return HEADLINE_TOP + height


def _footer(slide, briefing: Briefing) -> None:
    _text(slide, Inches(0.4), FOOTER_TOP, Inches(12.5), Inches(0.4),
          [f"{briefing.title} · {briefing.stand} · {briefing.filter_text}"], size=11, colour=MUTED)


def _title_slide(prs, b: Briefing) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _text(s, Inches(0.8), Inches(2.0), Inches(11.7), Inches(1.3), [b.title], size=48, bold=True,
          colour=ACCENT)
    _text(s, Inches(0.8), Inches(3.3), Inches(11.7), Inches(0.8), [b.subtitle], size=28)
    _text(s, Inches(0.8), Inches(4.5), Inches(11.7), Inches(1.6), [b.filter_text, b.stand],
          size=22, colour=MUTED)
    _text(s, Inches(0.8), Inches(6.55), Inches(11.7), Inches(0.6), [b.head], size=11,
          colour=MUTED)


def _kpi_slide(prs, b: Briefing) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _headline(s, t("briefing.kpi_title"))
    for i, (label, value) in enumerate(b.kpis):
        left = Inches(0.6 + (i % 3) * 4.2)
        top = Inches(1.7 + (i // 3) * 2.5)
        _text(s, left, top, Inches(3.9), Inches(0.6), [label], size=22, colour=MUTED)
        _text(s, left, top + Inches(0.6), Inches(3.9), Inches(1.2), [unbreakable(value)], size=36,
              bold=True)
    _footer(s, b)


def _chart_slide(prs, b: Briefing, chart: ChartEntry) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[6])
    top = max(PICTURE_TOP, _headline(s, chart.view.title) + GAP)
    lower = top - PICTURE_TOP  # > 0 only for a headline that needs more lines than fit
    if chart.png is None:
        _text(s, PICTURE_LEFT, top, Inches(12), Inches(1),
              [chart.view.empty_message or t("briefing.empty")], size=24)
    else:
        # the explanation gets the lines it needs above the footer (two or three lines ran
        # into it); a lower picture or a long explanation makes the picture smaller (16:9)
        text = chart.view.explanation
        size, lines = fitting_size(text, Emu(PICTURE_WIDTH - 2 * INSET_X).pt,
                                   Emu(CAPTION_ROOM).pt, CAPTION_SIZES, leading=LEADING)
        caption = Pt(lines * size * LEADING) + 2 * INSET_Y
        height = Emu(min(PICTURE_HEIGHT - lower, FOOTER_TOP - caption - top - GAP))
        width = Emu(round(height * SLIDE_WIDTH_PX / SLIDE_HEIGHT_PX))
        s.shapes.add_picture(io.BytesIO(chart.png), PICTURE_LEFT, top, width, height)
        _text(s, PICTURE_LEFT, top + height, PICTURE_WIDTH, caption, [text], size=size,
              colour=MUTED, leading=LEADING)
    _text(s, Inches(9.5), top, Inches(3.5), Inches(5.2) - lower, list(chart.sentences),
          size=20, bullet=True)
    _footer(s, b)


APPENDIX_TOP, APPENDIX_BOTTOM = Inches(1.4), Inches(6.55)  # the footer starts at 6.95 in
APPENDIX_WIDTH = Inches(12.5)
CELL_PT, CELL_MARGIN_PT, LINE_FACTOR = 12, 14.4, 1.2  # font, left+right cell margins, leading


def _row_height_pt(row: list[str], widths_pt: list[float], *, bold: bool = False) -> float:
    # measured with DejaVu Sans: an average character width let "2020" wrap unforeseen in a
    # narrow column, and the taller rows ran over the footer
    lines = max(line_count(text, w - CELL_MARGIN_PT, CELL_PT, bold=bold)
                for text, w in zip(row, widths_pt, strict=True))
    return lines * CELL_PT * LINE_FACTOR + 7.2  # + top and bottom cell margins (0.05 in each)


def _appendix_slides(prs, b: Briefing, chart: ChartEntry) -> None:
    """The chart's data over as many slides as its rows need: no row runs past the footer."""
    header, rows, note = appendix_table(chart.view.data, chart.view.units)
    shares = column_shares(header, rows)
    widths = [Emu(round(APPENDIX_WIDTH * s)) for s in shares]
    widths_pt = [w.pt for w in widths]
    room = Emu(APPENDIX_BOTTOM - APPENDIX_TOP).pt - _row_height_pt(header, widths_pt,
                                                                    bold=True) - 22
    pages = paginate(rows, lambda r: _row_height_pt(r, widths_pt), room)
    for n, page in enumerate(pages):
        s = prs.slides.add_slide(prs.slide_layouts[6])
        _headline(s, t("briefing.appendix" if n == 0 else "briefing.appendix.continued",
                       label=chart.label))
        body = [header, *page]
        heights = [Emu(int(_row_height_pt(r, widths_pt, bold=i == 0) * 12700))
                   for i, r in enumerate(body)]
        table = s.shapes.add_table(len(body), len(header), Inches(0.4), APPENDIX_TOP,
                                   APPENDIX_WIDTH, sum(heights, Emu(0))).table
        for c, w in enumerate(widths):
            table.columns[c].width = w
        for r, values in enumerate(body):
            table.rows[r].height = heights[r]
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.text = value
                cell.margin_top = cell.margin_bottom = Inches(0.05)
                para = cell.text_frame.paragraphs[0]
                para.font.size = Pt(CELL_PT)
                para.font.bold = r == 0
        if n == len(pages) - 1:
            _text(s, Inches(0.4), APPENDIX_TOP + sum(heights, Emu(0)) + Inches(0.1),
                  Inches(12.5), Inches(0.4), [note], size=12, colour=MUTED)
        _footer(s, b)


def deck_from(briefing: Briefing, *, author: str | None = None) -> bytes:
    """Lay a collected briefing out as slides (document title, subject and author set)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    props = prs.core_properties
    props.title = f"{briefing.title} – {briefing.subtitle}"
    props.subject = briefing.filter_text
    props.author = author or briefing.title
    props.language = "de-DE"
    props.keywords = f"{briefing.stand} · {briefing.head}"
    _title_slide(prs, briefing)
    _kpi_slide(prs, briefing)
    for chart in briefing.charts:
        _chart_slide(prs, briefing, chart)
    for chart in briefing.charts:
        if not chart.view.data.empty:
            _appendix_slides(prs, briefing, chart)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def briefing_pptx(db: Database, filters: Filters, taxonomy: Taxonomy, view_keys: Sequence[str],
                  *, today: date | None = None, renderer: ChartRenderer | None = None,
                  author: str | None = None) -> bytes:
    """The briefing deck for the current filters as .pptx bytes (all views when none chosen)."""
    return deck_from(collect(db, filters, taxonomy, view_keys, today=today, renderer=renderer),
                     author=author)
