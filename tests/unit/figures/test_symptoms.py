"""The figures issue's symptoms, each through interfaces that also existed before the fix
(views.build, View.title/.sentences/.data/.figure, the briefing files): a title's claim against
its chart, every sentence against the numbers, the appendix against the data."""

from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd
import pytest

from dashboard.domain.filters import Filters
from dashboard.store.reference import read_taxonomy
from dashboard.views import build
from tests.conftest import DEMO_AS_OF

MID_QUARTER = date(2026, 11, 15)
NAMED = re.compile(r"„([^“]+)“")


@pytest.fixture
def views(demo_db):
    taxonomy = read_taxonomy(demo_db)

    def make(key: str, filters: Filters | None = None, today: date = DEMO_AS_OF):
        return build(key, demo_db, filters or Filters(), taxonomy, today=today)
    return make


def test_lowest_conversion_sentence_names_the_lowest_on_the_way_to_the_grant(views):
    view = views("pipeline_funnel")
    data = view.data.reset_index(drop=True)
    until = data.index[data["Prüfstufe"] == "Bewilligt"][0]
    shown = data.loc[1:until, ["Prüfstufe", "Anteil der Vorstufe"]]
    sentence = next(s for s in view.sentences if "niedrigsten Übergang" in s)
    named = set(NAMED.findall(sentence))
    lowest = set(shown.loc[shown["Anteil der Vorstufe"] == shown["Anteil der Vorstufe"].min(),
                           "Prüfstufe"])
    assert named == lowest, (sentence, shown)  # was "Empfehlung: 90 %" above 80 % further down


def test_durations_title_names_the_longest_stage_it_speaks_of(views):
    view = views("stage_durations")
    named = set(NAMED.findall(view.title))
    data = view.data
    if "Prüfstufen" in view.title:
        data = data[data["Prüfstufe"].isin([s for s in data["Prüfstufe"] if s not in
                                            ("Bewilligt", "In Umsetzung", "Abgeschlossen")])]
    top = data.loc[data["Median (Tage)"] == data["Median (Tage)"].max(), "Prüfstufe"]
    assert named == set(top), view.title  # "Am längsten dauert Qualifizierung" above Umsetzung


def test_coverage_title_counts_the_gaps_the_chart_marks(views):
    view = views("portfolio_coverage")
    marked = [s for s in view.figure.layout.shapes if s.line.dash == "dot"]
    words = {"Eine": 1, "Keine": 0}
    first = view.title.split()[0]
    announced = words.get(first, int(first) if first.isdigit() else 0)
    assert announced == len(marked), view.title


def test_a_tie_is_named_as_a_tie(views):
    view = views("stage_current")
    data = view.data
    value = "aktiv" if "aktiv" in data else "Projekte"
    if "in Prüfung" in view.title:
        data = data[data["Abschnitt"] == "in Prüfung"]
    top = set(data.loc[data[value] == data[value].max(), "Prüfstufe"])
    assert top <= set(NAMED.findall(view.title)), view.title  # UMS and ABG both had 90


def test_the_three_theme_tabs_state_three_findings(views):
    titles = {views(k).title for k in ("themes_by_focus_area", "themes_by_revier",
                                       "themes_by_stage")}
    assert len(titles) == 3


def test_a_running_quarter_is_marked(views):
    view = views("quarterly_activity", today=MID_QUARTER)
    last = str(view.data.iloc[-1, 0])
    assert "laufend" in last, last
    assert "laufend" not in str(view.data.iloc[-2, 0])


def test_stale_data_warning_names_the_network(views):
    view = views("data_freshness")
    stale = view.data[view.data["veraltet"]]
    assert len(stale)
    for name in stale["Fachnetzwerk"]:
        assert name.split(" (")[0] in view.title, view.title


def test_one_project_is_singular_everywhere(demo_db, views):
    row = demo_db.query("SELECT district_code, programme_code FROM project WHERE "
                        "programme_code IS NOT NULL AND stage_code NOT IN ('BEW','UMS','ABG') "
                        "GROUP BY ALL HAVING count(*) = 1 ORDER BY 1, 2 LIMIT 1").first()
    one = Filters(districts=(row["district_code"],), programmes=(row["programme_code"],))
    for key in ("pipeline_funnel", "stage_current", "pipeline_funnel_revier"):
        view = views(key, one)
        text = " ".join([view.title, *view.sentences])
        assert not re.search(r"\b1 (Projekte|Projekten)\b|der 1 Projekte", text), text


# -- the briefing: no lost row, shares as percentages, a document that says what it is --------
@pytest.fixture(scope="module")
def briefing_files(demo_db_path):
    from dashboard.briefing.deck import briefing_pptx
    from dashboard.briefing.pdf import briefing_pdf
    from dashboard.charts.renderer import ChartRenderer
    from dashboard.store.gateway import Database

    renderer = ChartRenderer()
    try:
        with Database.open_existing(demo_db_path, read_only=True) as db:
            taxonomy = read_taxonomy(db)
            keys = ["portfolio_sankey", "pipeline_funnel"]
            data = {k: build(k, db, Filters(), taxonomy, today=DEMO_AS_OF).data for k in keys}
            pptx = briefing_pptx(db, Filters(), taxonomy, keys, today=DEMO_AS_OF,
                                 renderer=renderer)
            pdf = briefing_pdf(db, Filters(), taxonomy, keys, today=DEMO_AS_OF,
                               renderer=renderer)
    finally:
        renderer.close()
    return data, pptx, pdf


def _pptx_table_texts(pptx: bytes) -> list[str]:
    from pptx import Presentation

    texts = []
    for slide in Presentation(io.BytesIO(pptx)).slides:
        for shape in slide.shapes:
            if shape.has_table:
                texts += [c.text for row in shape.table.rows for c in row.cells]
    return texts


def test_appendix_keeps_every_row_and_prints_shares_as_percent(briefing_files):
    data, pptx, pdf = briefing_files
    import pdfplumber

    cells = _pptx_table_texts(pptx)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        pdf_text = " ".join(page.extract_text() or "" for page in doc.pages)
    links = data["portfolio_sankey"]
    assert len(links) > 12  # more than the old appendix kept
    for link in links["Verbindung"]:
        assert link in cells
    assert "92 %" in cells and not any(re.fullmatch(r"0,\d\d", c) for c in cells)
    assert "0,92" not in pdf_text and "92 %" in pdf_text


def _footer_and_body(page):
    """The footer line ('Strukturwandel-Monitor · Stand …' at the bottom) and everything else."""
    words = page.extract_words()
    starts = [w for w in words if w["text"].startswith("Strukturwandel-Monitor")
              and w["top"] > 0.8 * page.height]
    if not starts:
        return [], words
    line = min(w["top"] for w in starts)
    footer = [w for w in words if abs(w["top"] - line) < 3]
    return footer, [w for w in words if w not in footer]


def test_appendix_rows_stay_above_the_footer_in_the_pdf(briefing_files):
    import pdfplumber

    _data, _pptx, pdf = briefing_files
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            footer, body = _footer_and_body(page)
            if footer and body:
                assert max(w["bottom"] for w in body) <= min(w["top"] for w in footer)


def test_appendix_rows_stay_above_the_footer_in_the_deck_as_rendered(briefing_files, tmp_path):
    """The deck as a person sees it (LibreOffice renders it): no table text below the footer
    line on any slide."""
    import subprocess

    import pdfplumber

    _data, pptx, _pdf = briefing_files
    (tmp_path / "b.pptx").write_bytes(pptx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "b.pptx")], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "b.pdf") as doc:
        for n, page in enumerate(doc.pages, 1):
            footer, body = _footer_and_body(page)
            if footer and body:
                assert max(w["bottom"] for w in body) <= min(w["top"] for w in footer), n


def test_documents_name_title_author_and_language(briefing_files):
    import pdfplumber
    from pptx import Presentation

    _data, pptx, pdf = briefing_files
    props = Presentation(io.BytesIO(pptx)).core_properties
    assert props.title.startswith("Strukturwandel-Monitor") and props.author
    assert props.language == "de-DE"
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert doc.metadata.get("Title", "").startswith("Strukturwandel-Monitor")
        assert doc.metadata.get("Author")


def test_export_file_names_carry_day_and_selection():
    from dashboard.export.context import ExportContext

    context = ExportContext.of(Filters(reviere=("LR",), focus_areas=("F4", "F6")), "x",
                               date(2026, 12, 1))
    assert context.file_name("Briefing", "pptx") == \
        "Briefing_2026-12-01_revier-LR_schwerpunkt-F4-F6.pptx"
    assert ExportContext.of(Filters(), "x", date(2026, 12, 1)).file_name("a", "png") == \
        "a_2026-12-01.png"
    assert pd.isna(float("nan"))
