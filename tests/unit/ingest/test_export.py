"""Template, project export and error report: written with openpyxl, read back for real."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.export.error_report import error_report_xlsx
from dashboard.export.projects_xlsx import milestone_dates, projects_xlsx
from dashboard.export.template import template_xlsx
from dashboard.ingest.fields import ALL_FIELDS, PROJECT_FIELDS
from dashboard.ingest.service import read_project_list
from tests.unit.ingest.corpus import HEADERS, openpyxl_book, rows_with


def test_template_layout_and_dropdowns(taxonomy):
    data = template_xlsx(taxonomy)
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Projekte", "Listen", "Anleitung"]
    assert wb["Listen"].sheet_state == "hidden"
    ws = wb["Projekte"]
    assert [c.value for c in ws[1]] == [f.header for f in ALL_FIELDS]
    lists = wb["Listen"]
    by_column = {}
    for dv in ws.data_validations.dataValidation:
        target = str(dv.sqref).split(":")[0].rstrip("0123456789")
        letter = dv.formula1.split("$")[1]
        values = [c.value for c in lists[letter][1:] if c.value is not None]
        by_column[ws[f"{target}1"].value] = values
    assert by_column["Revier"] == ["Lausitzer Revier", "Mitteldeutsches Revier"]
    assert by_column["Landkreis"] == [d.name for d in taxonomy.districts]
    assert by_column["Zukunftsmission"] == [m.name for m in taxonomy.missions]
    assert by_column["Entwicklungsschwerpunkt"] == [f.name for f in taxonomy.focus_areas]
    assert by_column["Prüfstufe"] == [s.name for s in taxonomy.stages]
    assert by_column["Förderprogramm"] == [p.name for p in taxonomy.programmes]
    assert by_column["Status"] == ["aktiv", "zurückgestellt", "abgelehnt", "zurückgezogen"]
    for theme in ("Fachkräftesicherung", "Kinder und Jugendliche", "Gleichstellung", "Demografischer Wandel"):
        assert by_column[theme] == ["nicht adressiert", "signifikant", "Hauptziel"]
    assert "Pflichtspalten" in " ".join(str(c.value) for c in wb["Anleitung"]["A"])


def test_template_reads_back_without_issues(taxonomy):
    table = read_project_list(template_xlsx(taxonomy), "Vorlage.xlsx", taxonomy)
    assert table.notices == []
    assert len(table.rows) == 1 and table.rows[0].issues == []
    values = table.rows[0].values
    assert (values["revier_code"], values["focus_area_code"], values["theme_fk"], values["total_cost_eur"]) == (
        "LR", "F1", 2, 1250000.0)
    assert [c.field for c in table.columns] == [f.name for f in ALL_FIELDS]


def _normalised(record: dict) -> dict:
    """A DB record as the reader returns it: no empty values, dates as date, lists as lists."""
    out = {}
    for f in PROJECT_FIELDS:
        value = record.get(f.name)
        if f.kind == "ref_list":
            value = list(value) if value is not None else []
            if value:
                out[f.name] = value
            continue
        if value is None or pd.isna(value):
            continue
        if f.kind == "date":
            value = pd.Timestamp(value).date()
        elif f.kind in ("marker", "integer"):
            value = int(value)
        elif f.kind == "amount":
            value = float(value)
        elif f.kind == "bool":
            value = bool(value)
        out[f.name] = value
    return out


def test_export_reads_back_to_the_same_values(demo_db, taxonomy):
    frame = demo_db.query("SELECT * FROM project ORDER BY project_id").df
    events = demo_db.query("SELECT * FROM stage_event").df
    table = read_project_list(projects_xlsx(frame, events, taxonomy), "Export.xlsx", taxonomy)
    assert table.notices == []
    assert [i for r in table.rows for i in r.issues] == []
    milestones = milestone_dates(events)
    assert len(table.rows) == len(frame) == 400
    assert any(r.values.get("further_missions") for r in table.rows)
    assert any("exit_date" in r.values for r in table.rows)
    for row, record in zip(table.rows, frame.to_dict("records"), strict=True):
        expected = _normalised(record) | milestones.get(record["project_id"], {})
        assert row.values == expected, record["project_id"]


def test_export_keeps_formula_like_text_as_text(taxonomy):
    frame = pd.DataFrame([{
        "project_id": "=1+1", "title": "=HYPERLINK(\"http://x\")", "sponsor": "@Träger", "remarks": "+49 351 123",
        "contact": "-Frau X", "revier_code": "LR", "focus_area_code": "F1", "stage_code": "IDEE", "status": "aktiv",
        "further_missions": ["M06", "M09"], "theme_fk": 0, "theme_kj": 1, "theme_gs": 2, "theme_dw": 0,
        "amounts_flagged": True, "start_date": pd.Timestamp("2026-02-01")}])
    events = pd.DataFrame({"project_id": ["=1+1"], "stage_code": ["IDEE"], "entered_on": [date(2025, 1, 2)],
                           "outcome": [None]})
    data = projects_xlsx(frame, events, taxonomy)
    ws = load_workbook(io.BytesIO(data))["Projekte"]
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=1+1"
    assert ws["B2"].data_type == "s"
    values = read_project_list(data, "x.xlsx", taxonomy).rows[0].values
    assert values == {
        "project_id": "=1+1", "title": "=HYPERLINK(\"http://x\")", "sponsor": "@Träger", "remarks": "+49 351 123",
        "contact": "-Frau X", "revier_code": "LR", "focus_area_code": "F1", "stage_code": "IDEE", "status": "aktiv",
        "further_missions": ["M06", "M09"], "theme_fk": 0, "theme_kj": 1, "theme_gs": 2, "theme_dw": 0,
        "amounts_flagged": True, "start_date": date(2026, 2, 1), "date_IDEE": date(2025, 1, 2)}


@pytest.mark.parametrize("title_rows", [0, 3])
def test_error_report_marks_exactly_the_faulty_cells(taxonomy, title_rows):
    rows = rows_with({(0, "Zukunftsmission"): "Raumfahrt", (2, "Projektbeginn"): "32.01.2026",
                      (2, "Status"): "pausiert"})
    original = openpyxl_book([("Projekte", [*[["Liste"]] * title_rows, HEADERS, *rows])])
    table = read_project_list(original, "liste.xlsx", taxonomy)
    issues = table.issues
    report = error_report_xlsx(original, "liste.xlsx", table, issues)
    ws = load_workbook(io.BytesIO(report))["Projekte"]
    fehler = len(HEADERS) + 1
    assert ws.cell(row=title_rows + 1, column=fehler).value == "Fehler"
    assert ws.cell(row=title_rows + 2, column=1).value == "P-001"  # original cells at original places
    faulty = {(c.row, c.column_letter) for row in ws.iter_rows() for c in row if c.fill.fgColor.rgb == "00FFC7CE"}
    assert faulty == {(i.row, i.column_letter) for i in issues if i.row}
    assert ws[f"I{title_rows + 2}"].comment.text.startswith("„Raumfahrt“ ist kein bekannter Wert für Zukunftsmission.")
    assert ws.cell(row=title_rows + 4, column=fehler).value.split("\n") == [
        ("Status: „pausiert“ ist kein gültiger Status. Erlaubt sind: aktiv, zurückgestellt, abgelehnt, "
        "zurückgezogen."),
        "Projektbeginn: „32.01.2026“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
    ]
    assert ws.cell(row=title_rows + 3, column=fehler).value is None
    # the manager fixes nothing and uploads the report again: the same errors at the same places
    again = read_project_list(report, "liste_fehler.xlsx", taxonomy)
    assert [(i.row, i.column_letter, i.message) for i in again.issues if i.row] == [
        (i.row, i.column_letter, i.message) for i in issues if i.row]
    assert [n.message for n in again.notices if n.column == "Fehler"] == [
        "Die Spalte „Fehler“ ist unbekannt; ihre 2 Werte werden nicht gespeichert."]


def test_error_report_lists_file_notices(corpus, taxonomy):
    original = corpus["missing_required.xlsx"].read_bytes()
    table = read_project_list(original, "missing_required.xlsx", taxonomy)
    wb = load_workbook(io.BytesIO(error_report_xlsx(original, "missing_required.xlsx", table, table.issues)))
    assert [[c.value for c in row] for row in wb["Hinweise"].iter_rows(min_row=2)] == [
        ["Fehler", "Datei missing_required.xlsx, Blatt Projekte", "Die Pflichtspalte „Revier“ fehlt. Spalte ergänzen (siehe Vorlage)."]]
