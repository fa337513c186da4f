"""Key sentences, German cells and the appendix cut, view-key checks, the renderer's German
message when chromium is missing, and the CLI."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.briefing.content import check_view_keys
from dashboard.briefing.tables import appendix_table, fmt_value
from dashboard.charts.renderer import ChartRenderer, RendererUnavailable, unavailable_reason
from dashboard.cli import main
from dashboard.domain.filters import Filters


def test_key_sentences_are_the_views_own_and_never_generic(demo_db):
    from dashboard.briefing.content import key_sentences
    from dashboard.store.reference import read_taxonomy
    from dashboard.views import all_views

    taxonomy = read_taxonomy(demo_db)
    for key, (_label, builder) in all_views().items():
        view = builder(demo_db, Filters(), taxonomy, today=date(2026, 11, 1))
        said = key_sentences(view)
        assert said == view.sentences[:3], key
        assert not any("verteilt auf" in s or "Werte von" in s for s in said), key
        assert view.is_empty or said, f"{key}: a drawn view says nothing"


def test_cells_in_german_format():
    assert fmt_value(1234567) == "1.234.567"
    assert fmt_value(1234.5) == "1.234,50"
    assert fmt_value(date(2025, 12, 31)) == "31.12.2025"
    assert fmt_value(pd.NaT) == "–"
    assert fmt_value(float("nan")) == "–"
    assert fmt_value(pd.Series([3]).iloc[0]) == "3"


def test_appendix_is_cut_with_a_note_and_shares_read_as_percent():
    data = pd.DataFrame({"Nr": range(80), "Anteil": [0.9234] * 80, "Text": ["x"] * 80})
    header, rows, note = appendix_table(data, {"Anteil": "share"})
    assert header == ["Nr", "Anteil", "Text"] and len(rows) == 60
    assert note.startswith("Gezeigt: 60 von 80 Zeilen")
    assert rows[0][1] == "92 %"  # was "0,92"
    assert appendix_table(data.head(3))[2] == "Alle 3 Zeilen."


def test_pages_hold_every_row_and_none_twice():
    from dashboard.briefing.tables import paginate

    rows = [[str(i), "lang " * (i % 7)] for i in range(57)]
    pages = paginate(rows, lambda r: 10 + 4 * len(r[1]), 200)
    assert [r for page in pages for r in page] == rows
    assert all(sum(10 + 4 * len(r[1]) for r in page) <= 200 for page in pages if len(page) > 1)


def test_unknown_view_keys_are_named():
    with pytest.raises(ValueError, match="Unbekannte Diagramme: gibtsnicht"):
        check_view_keys(["stage_current", "gibtsnicht"])
    assert check_view_keys([])[0] == "stage_current"


def test_missing_chromium_says_what_to_install(tmp_path):
    missing = tmp_path / "kein-chromium"
    assert "apt-get install chromium" in unavailable_reason(missing)
    with pytest.raises(RendererUnavailable, match="Chromium fehlt unter .*apt-get install chromium"):
        ChartRenderer(missing).render(None)


def test_cli_exit_2_with_german_message_without_chromium(demo_db_path, tmp_path, monkeypatch,
                                                         capsys):
    monkeypatch.setenv("DASHBOARD_CHROMIUM", str(tmp_path / "nichts"))
    out = tmp_path / "b.pptx"
    assert main(["briefing", "--out", str(out), "--db", str(demo_db_path)]) == 2
    assert "apt-get install chromium" in capsys.readouterr().err
    assert not out.exists()


def test_cli_rejects_bad_input(demo_db_path, tmp_path, capsys):
    assert main(["briefing", "--out", str(tmp_path / "b.docx"), "--db", str(demo_db_path)]) == 2
    assert main(["briefing", "--out", str(tmp_path / "b.pdf"), "--db",
                 str(tmp_path / "fehlt.duckdb")]) == 2
    assert main(["briefing", "--out", str(tmp_path / "b.pdf"), "--db", str(demo_db_path),
                 "--views", "gibtsnicht"]) == 2
    err = capsys.readouterr().err
    assert ".pptx oder .pdf" in err and "existiert nicht" in err and "Unbekannte" in err


def test_cli_writes_a_pdf(demo_db_path, tmp_path, renderer, capsys):
    out = tmp_path / "briefing.pdf"
    assert main(["briefing", "--out", str(out), "--db", str(demo_db_path), "--views",
                 "stage_current", "--revier", "MR"]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
    assert "Briefing geschrieben" in capsys.readouterr().out
