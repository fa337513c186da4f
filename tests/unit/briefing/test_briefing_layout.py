"""No headline over its picture (issue 23): long findings ran over their charts in the deck
(slides 5, 15, 16) and the PDF (page 15). The deck is checked by its geometry, the headline's
height estimated from its text, size and box width with DejaVu Sans metrics; the PDF by where
pdfplumber finds its characters and images."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from PIL import Image, ImageFont
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from dashboard.briefing import deck
from dashboard.briefing.content import collect
from dashboard.briefing.pdf import pdf_from
from dashboard.domain.filters import Filters
from dashboard.store.reference import read_taxonomy
from dashboard.views import View

TODAY = date(2026, 11, 1)
BOLD = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 100)
# longer than any title of the fixture: the fit must hold for what users' data will say
LONG = ("Größter Unterschied zwischen den Schwerpunkten bei „Kinder und Jugendliche“ als "
        "Hauptziel: Tourismus und lebenswerte Regionen 46 %, Kreislaufwirtschaft und "
        "Bioökonomie 10 %, Gesundheitsmodellregion 8 %, Mobilität und IT 7 %")


class BlankRenderer:
    """Chart pictures without chromium: the layout only needs their size (1600 x 900)."""

    def start(self) -> None:
        pass

    def render_many(self, figures, fmt, *, width, height):
        out = io.BytesIO()
        Image.new("RGB", (width, height), "white").save(out, "PNG")
        return [out.getvalue()] * len(figures)


@pytest.fixture(scope="module")
def briefing(demo_db_path):
    """The demo briefing (every view, no filter), one chart with an extra-long headline."""
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        b = collect(db, Filters(), read_taxonomy(db), [], today=TODAY, renderer=BlankRenderer())
    first = b.charts[0]
    long = first.__class__(first.key, first.label, View(**{**first.view.__dict__, "title": LONG}),
                           first.sentences, first.png)
    return b.__class__(**{**b.__dict__, "charts": (*b.charts, long)})


def _lines(text: str, width_pt: float, size_pt: float) -> int:
    """Greedy wrap at spaces, as PowerPoint does, with DejaVu Sans Bold widths."""
    lines, current = 1, ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and BOLD.getlength(trial) * size_pt / 100 > width_pt:
            lines, trial = lines + 1, word
        current = trial
    return lines


def _bottom(box) -> int:
    """Where the headline's text ends: top inset + lines x pitch (the line spacing set, or
    1.2 x size when none is set)."""
    frame = box.text_frame
    para = frame.paragraphs[0]
    size = (para.font.size or para.runs[0].font.size).pt
    pitch = para.line_spacing.pt if hasattr(para.line_spacing, "pt") else 1.2 * size
    width = Emu(box.width - frame.margin_left - frame.margin_right).pt
    return box.top + frame.margin_top + Emu(int(_lines(frame.text, width, size) * pitch * 12700))


def test_no_deck_headline_meets_a_picture(briefing):
    prs = Presentation(io.BytesIO(deck.deck_from(briefing)))
    hits = []
    for n, slide in enumerate(prs.slides, 1):
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        texts = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text]
        if not pictures:
            continue
        headline = texts[0]
        others = [s for s in texts[1:] if s.left + s.width > headline.left]  # sentences too
        below = min([p.top for p in pictures] + [s.top for s in others])
        if _bottom(headline) > below:
            hits.append(f"Folie {n}: {headline.text_frame.text[:60]}")
    assert len(prs.slides) > 30 and not hits


def test_no_pdf_headline_meets_a_picture(briefing):
    with pdfplumber.open(io.BytesIO(pdf_from(briefing))) as pdf:
        hits = []
        for n, page in enumerate(pdf.pages, 1):
            for image in page.images:
                over = [c["text"] for c in page.chars
                        if c["x1"] > image["x0"] and c["x0"] < image["x1"]
                        and c["bottom"] > image["top"] + 0.5 and c["top"] < image["bottom"]]
                if over:
                    hits.append(f"Seite {n}: {''.join(over)[:60]}")
        assert len(pdf.pages) > 30 and not hits
