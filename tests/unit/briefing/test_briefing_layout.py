"""No text over a picture or over other text in the briefing (issue 23): long findings ran over
their charts in the deck (slides 5, 15, 16) and the PDF (page 15), long explanations into the
deck's footer. The deck is checked by its geometry, each text's height estimated from its text,
size and box width with DejaVu Sans metrics; the PDF by where pdfplumber finds its words and
images."""

from __future__ import annotations

import io
import math
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
REGULAR = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 100)
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


def _lines(text: str, width_pt: float, size_pt: float, font) -> int:
    """Greedy wrap at spaces, as PowerPoint does, with DejaVu Sans widths; a word wider than
    the line is broken over as many lines as its width needs."""
    def wide(s: str) -> float:
        return font.getlength(s) * size_pt / 100

    lines, current = 1, ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and wide(trial) > width_pt:
            lines, trial = lines + 1, word
        if wide(trial) > width_pt:  # broken inside the word: its last part goes on
            extra = math.ceil(wide(trial) / width_pt) - 1
            lines, trial = lines + extra, ""
        current = trial
    return lines


def _text_box(box) -> tuple[int, int, int, int]:
    """Where a text box's text lies (left, top, right, bottom in EMU): its lines at their pitch
    (the line spacing set, or 1.2 x size) and the space after each paragraph but the last."""
    frame = box.text_frame
    width = Emu(box.width - frame.margin_left - frame.margin_right).pt
    height = 0.0
    for i, para in enumerate(frame.paragraphs):
        size = (para.font.size or para.runs[0].font.size).pt
        pitch = para.line_spacing.pt if hasattr(para.line_spacing, "pt") else 1.2 * size
        font = BOLD if para.font.bold else REGULAR
        height += _lines(para.text, width, size, font) * pitch
        if i < len(frame.paragraphs) - 1 and para.space_after is not None:
            height += para.space_after.pt
    top = box.top + frame.margin_top
    return box.left, top, box.left + box.width, top + Emu(int(height * 12700))


def _table_box(frame) -> tuple[int, int, int, int]:
    """Where a table's rows lie: each row as tall as its set height or as its most wrapped
    cell needs (a cell's text grows the row when it wraps more than the deck foresaw)."""
    table = frame.table
    bottom = frame.top
    for r, row in enumerate(table.rows):
        needed = 0.0
        for c, column in enumerate(table.columns):
            cell = table.cell(r, c)
            width = Emu(column.width - cell.margin_left - cell.margin_right).pt
            para = cell.text_frame.paragraphs[0]
            size = para.font.size.pt
            font = BOLD if para.font.bold else REGULAR
            lines = _lines(cell.text, width, size, font)
            needed = max(needed, lines * 1.2 * size + Emu(cell.margin_top + cell.margin_bottom).pt)
        bottom += max(row.height, Emu(int(needed * 12700)))
    return frame.left, frame.top, frame.left + frame.width, bottom


def _meet(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def test_no_deck_text_meets_a_picture_or_another_text(briefing):
    """No headline over the picture, no explanation or appendix table over the footer."""
    prs = Presentation(io.BytesIO(deck.deck_from(briefing)))
    hits = []
    for n, slide in enumerate(prs.slides, 1):
        texts = [(s.text_frame.text[:40], _text_box(s)) for s in slide.shapes
                 if s.has_text_frame and s.text_frame.text]
        texts += [("Tabelle", _table_box(s)) for s in slide.shapes if s.has_table]
        pictures = [(s.left, s.top, s.left + s.width, s.top + s.height) for s in slide.shapes
                    if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        for i, (label, box) in enumerate(texts):
            hits += [f"Folie {n}: »{label}« über dem Bild" for p in pictures if _meet(box, p)]
            hits += [f"Folie {n}: »{label}« über »{other}«" for other, b in texts[i + 1:]
                     if _meet(box, b)]
    assert len(prs.slides) > 30 and not hits


def _boxes_meet(a: dict, b: dict, tol: float = 1.0) -> bool:
    return (min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > tol and
            min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > tol)


def test_no_pdf_text_meets_a_picture_or_other_text(briefing):
    with pdfplumber.open(io.BytesIO(pdf_from(briefing))) as pdf:
        hits = []
        for n, page in enumerate(pdf.pages, 1):
            words = sorted(page.extract_words(), key=lambda w: w["top"])
            for image in page.images:
                over = [w["text"] for w in words if _boxes_meet(w, image, 0.5)]
                if over:
                    hits.append(f"Seite {n}: {' '.join(over)[:60]} über dem Bild")
            for i, a in enumerate(words):
                for b in words[i + 1:]:
                    if b["top"] >= a["bottom"]:
                        break
                    if _boxes_meet(a, b):
                        hits.append(f"Seite {n}: »{a['text']}« über »{b['text']}«")
        assert len(pdf.pages) > 30 and not hits
