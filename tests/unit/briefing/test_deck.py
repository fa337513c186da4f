"""The briefing deck opened with python-pptx: slides, titles, pictures, and figures that match
an independent computation on the fixture database."""

from __future__ import annotations

import io
import re
import struct
from datetime import date

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from dashboard.briefing import deck
from dashboard.briefing.content import collect
from dashboard.briefing.pdf import pdf_from
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_eur_short, fmt_int
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views

TODAY = date(2026, 11, 1)
LR = Filters(reviere=("LR",))
NOBODY = Filters(reviere=("LR",), period_from=date(2031, 1, 1))  # no project entered then


def _png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", blob[16:24])


def _texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


def _pictures(slide):
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


@pytest.fixture(scope="module")
def keys():
    return list(all_views())[:3]  # whatever is registered now; the deck is generic


@pytest.fixture(scope="module")
def lr_briefing(demo_db_path, renderer, keys):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        return collect(db, LR, read_taxonomy(db), keys, today=TODAY, renderer=renderer)


@pytest.fixture(scope="module")
def lr_deck(lr_briefing):
    return Presentation(io.BytesIO(deck.deck_from(lr_briefing)))


def test_slide_count_and_titles(lr_deck, lr_briefing, keys):
    slides = list(lr_deck.slides)
    appendix = [c for c in lr_briefing.charts if not c.view.data.empty]
    assert len(slides) == 2 + len(keys) + len(appendix)
    assert lr_deck.slide_width * 9 == lr_deck.slide_height * 16  # 16:9
    title = _texts(slides[0])
    assert "Strukturwandel-Monitor" in title
    assert "Auswahl: Revier: Lausitzer Revier" in title[2]
    assert "Stand: 01.11.2026" in title[2]
    assert _texts(slides[1])[0] == "Die Lage in Zahlen"
    for slide, chart in zip(slides[2:2 + len(keys)], lr_briefing.charts, strict=True):
        assert _texts(slide)[0] == chart.view.title
    assert _texts(slides[2 + len(keys)])[0] == f"Anhang: {appendix[0].label}"


def test_chart_slides_hold_a_16_9_picture_of_1600_by_900(lr_deck, keys):
    for slide in list(lr_deck.slides)[2:2 + len(keys)]:
        pictures = _pictures(slide)
        assert len(pictures) == 1
        pic = pictures[0]
        # smaller only where a long headline or explanation needs the room (test_briefing_layout)
        assert pic.width <= deck.PICTURE_WIDTH and pic.height >= 0.8 * deck.PICTURE_HEIGHT
        assert abs(pic.width / pic.height - 16 / 9) < 0.001
        assert _png_size(pic.image.blob) == (1600, 900)


def test_kpi_slide_matches_plain_sql(lr_deck, demo_db):
    row = demo_db.query(
        "SELECT count(*) AS n, count(*) FILTER (WHERE p.status <> 'aktiv') AS exited, "
        "count(*) FILTER (WHERE s.kind = 'positive_end') AS granted, "
        "count(*) FILTER (WHERE p.status = 'aktiv' AND s.kind = 'active') AS in_review, "
        "coalesce(sum(p.granted_eur) FILTER (WHERE p.status = 'aktiv'), 0)::DOUBLE AS eur "
        "FROM project p JOIN ref_stage s ON s.code = p.stage_code WHERE p.revier_code = 'LR'"
    ).first()
    texts = _texts(list(lr_deck.slides)[1])
    values = dict(zip(texts[1:-1:2], [v.replace("\u00a0", " ") for v in texts[2:-1:2]],
                      strict=True))
    assert values["Projekte"] == fmt_int(row["n"])
    assert values["In Prüfung"] == fmt_int(row["in_review"])
    assert values["Ausgeschieden"] == fmt_int(row["exited"])
    assert values["Bewilligt"].startswith(f"{fmt_int(row['granted'])} (")
    assert values["Bewilligt (€)"] == fmt_eur_short(row["eur"])
    assert row["n"] > 0


def test_stage_slide_sentence_matches_pandas(demo_db, renderer):
    """The slide states the active projects in review and the stage with most of them, counted
    independently with pandas; no generic filler sentence ("verteilt auf N Werte")."""
    projects = demo_db.query("SELECT p.stage_code, p.status, s.name, s.kind FROM project p "
                             "JOIN ref_stage s ON s.code = p.stage_code "
                             "WHERE p.revier_code = 'LR'").df
    waiting = projects[(projects["status"] == "aktiv") & (projects["kind"] == "active")]
    counts = waiting["name"].value_counts()
    leaders = sorted(counts.index[counts == counts.max()])
    b = collect(demo_db, LR, read_taxonomy(demo_db), ["stage_current"], today=TODAY,
                renderer=renderer)
    prs = Presentation(io.BytesIO(deck.deck_from(b)))
    slide = list(prs.slides)[2]
    texts = _texts(slide)
    assert texts[0].startswith(f"{fmt_int(len(waiting))} Projekte in Prüfung, die meisten in ")
    assert all(f"„{name}“" in texts[0] for name in leaders)
    sentences = " ".join(t for t in texts if t.startswith("• "))
    granted = int((projects["kind"] != "active").sum())
    assert f"{fmt_int(granted)} Projekte haben die Bewilligung erreicht" in sentences
    assert "verteilt auf" not in sentences


def test_empty_selection_gives_slides_without_pictures(demo_db, renderer, keys):
    b = collect(demo_db, NOBODY, read_taxonomy(demo_db), keys, today=TODAY, renderer=renderer)
    prs = Presentation(io.BytesIO(deck.deck_from(b)))
    slides = list(prs.slides)
    kpi = _texts(slides[1])
    assert kpi[kpi.index("Projekte") + 1] == "0"
    for slide in slides[2:2 + len(keys)]:
        assert not _pictures(slide)
    assert b"%PDF" in pdf_from(b)[:8]


def test_pdf_has_one_page_per_slide(lr_briefing, lr_deck):
    data = pdf_from(lr_briefing)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    assert pages == len(lr_deck.slides)
    assert data.count(b"/Subtype /Image") >= len(lr_briefing.charts)


def test_the_audit_head_is_printed_and_verifies(writable_db_path, renderer, keys):
    """The title page of the deck and of the PDF carries the chain's head; `audit verify
    --kopf` with it passes now and fails once the newest entry is deleted."""
    import subprocess
    import sys

    import pdfplumber

    from dashboard.audit import record
    from dashboard.store.gateway import Database
    from dashboard.store.schema import migrate

    with Database.open_existing(writable_db_path) as db:
        migrate(db)
        for i in range(3):
            record(db, "anna", "setting", {"i": i}, "cli")
        b = collect(db, LR, read_taxonomy(db), keys[:1], today=TODAY, renderer=renderer)
    title = " ".join(_texts(Presentation(io.BytesIO(deck.deck_from(b))).slides[0]))
    printed = re.search(r"Protokoll-Kopf (\d+:[0-9a-f]{64})", title)
    assert printed and printed[1].startswith("3:")
    with pdfplumber.open(io.BytesIO(pdf_from(b))) as pdf:
        assert printed[1] in pdf.pages[0].extract_text().replace("\n", "")
    cmd = [sys.executable, "-m", "dashboard", "audit", "verify", "--db", str(writable_db_path),
           "--kopf", printed[1]]
    assert subprocess.run(cmd, check=False, capture_output=True).returncode == 0
    with Database.open_existing(writable_db_path) as db:
        db.connection().execute("DELETE FROM audit_log WHERE seq = 3")
    bad = subprocess.run(cmd, check=False, capture_output=True, text=True)
    assert bad.returncode == 1 and "Kopf 3 notiert, nur 2 vorhanden" in bad.stdout
