"""Every corpus file with its exact outcome: rows read, exact error cells, or the exact refusal."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest.messages import FileRejected
from dashboard.ingest.service import read_project_list
from tests.unit.ingest.corpus import CODES, good_xlsx

GOOD_ROW_1 = {
    "project_id": "P-001", "title": "Wasserstofftankstelle Hoyerswerda",
    "description": "Tankstelle für Busse", "sponsor": "Stadt Hoyerswerda", "sponsor_type": "KOMMUNE",
    "revier_code": "LR", "district_code": "14625", "municipality": "Hoyerswerda",
    "mission_code": "M02", "further_missions": ["M09"], "focus_area_code": "F1",
    "theme_fk": 2, "theme_kj": 0, "theme_gs": 1, "theme_dw": 0, "stage_code": "ANTRAG",
    "status": "aktiv", "programme_code": "RL_INVKG", "total_cost_eur": 1250000.0,
    "requested_eur": 1000000.0, "amounts_flagged": False, "planned_jobs": 12,
    "start_date": date(2026, 1, 1), "end_date": date(2027, 12, 31), "contact": "Frau Muster",
    "as_of": date(2026, 10, 1), "date_IDEE": date(2025, 3, 1), "date_FN": date(2025, 4, 15),
    "date_ANTRAG": date(2025, 9, 1),
}


def read(corpus: dict[str, Path], name: str, taxonomy, sheet: str | None = None):
    return read_project_list(corpus[name].read_bytes(), name, taxonomy, sheet)


def assert_good(table, first_row: int = 2) -> None:
    assert [r.row for r in table.rows] == list(range(first_row, first_row + 5))
    assert table.rows[0].values == GOOD_ROW_1
    for row, (revier, district, focus, stage, status) in zip(table.rows, CODES, strict=True):
        v = row.values
        assert (v["revier_code"], v["district_code"], v["focus_area_code"], v["stage_code"], v["status"]) == (
            revier, district, focus, stage, status)
        assert row.issues == []
    assert [n for n in table.notices if "Projektliste" not in n.message] == []


@pytest.mark.parametrize("name", ["good.xlsx", "good.xlsm", "good_xlsxwriter.xlsx", "semicolon.csv",
                                  "comma_bom.csv", "cp1252.csv", "cover_sheet.xlsx"])
def test_good_files_read_exactly(corpus, taxonomy, name):
    table = read(corpus, name, taxonomy)
    assert_good(table)
    assert table.sheet == ("CSV" if name.endswith(".csv") else "Projekte")
    assert table.rows[0].cells["revier_code"] == ("F", "Revier")


@pytest.mark.parametrize("name", ["good.ods", "good.xls"])
def test_libreoffice_formats(corpus, taxonomy, name):
    if name not in corpus:
        pytest.skip("LibreOffice (soffice) ist nicht installiert: .ods/.xls können nicht erzeugt werden")
    assert_good(read(corpus, name, taxonomy))


def test_path_input_and_formula_cached_values(corpus, taxonomy):
    table = read_project_list(corpus["good_xlsxwriter.xlsx"], "good_xlsxwriter.xlsx", taxonomy)
    assert table.rows[0].raw["title"] == "Wasserstofftankstelle Hoyerswerda"  # not '="Wasser..."'
    assert table.rows[0].values["total_cost_eur"] == 1250000.0


def test_title_rows_above_header(corpus, taxonomy):
    table = read(corpus, "title_rows.xlsx", taxonomy)
    assert table.header_row == 5
    assert_good(table, first_row=6)
    # nothing silently lost: the text above the header is named, with its cells
    assert table.notices[0].message == (
        "Über der Kopfzeile (Zeile 5) steht Text, der nicht übernommen wird: „Projektliste "
        "Strukturwandel – Stand Oktober 2026“ (A1), „Vertraulich“ (A2).")


def test_blank_rows_and_columns(corpus, taxonomy):
    table = read(corpus, "blank_rows_cols.xlsx", taxonomy)
    assert [(r.row, r.values["title"]) for r in table.rows] == [(2, "A"), (5, "B"), (7, "C")]
    assert [(c.letter, c.field) for c in table.columns] == [
        ("A", "title"), ("C", "revier_code"), ("E", "focus_area_code")]
    assert table.notices == []


def test_table_not_in_a1(corpus, taxonomy):
    table = read(corpus, "offset.xlsx", taxonomy)
    assert table.header_row == 4
    assert [c.letter for c in table.columns] == ["C", "D", "E", "F"]
    assert [(r.row, r.values["mission_code"]) for r in table.rows] == [(5, "M02"), (6, "M02")]


def test_header_synonyms(corpus, taxonomy):
    table = read(corpus, "synonyms.xlsx", taxonomy)
    assert table.rows[0].values == {
        "title": "A", "sponsor": "Stadt X", "revier_code": "LR", "focus_area_code": "F1",
        "programme_code": "JTF", "mission_code": "M02", "stage_code": "FG_FOE",
        "end_date": date(2025, 12, 31)}
    assert [(n.column_letter, n.message) for n in table.notices] == [
        ("F", ("Die Spalte „ProjektTräger“ kommt doppelt vor (schon in Spalte B); ihr Wert wird "
               "nicht gespeichert."))]


def test_units_scale_amounts(corpus, taxonomy):
    table = read(corpus, "units.xlsx", taxonomy)
    amounts = [(r.values["requested_eur"], r.values["total_cost_eur"], r.values["granted_eur"]) for r in table.rows]
    assert amounts == [(85000.0, 1250000.0, 85000.0), (85000.0, 1250000.0, 1000.0)]
    assert [n.column_letter for n in table.notices] == ["D", "E"]
    assert table.notices[0].message == (
        "Die Beträge in „Förderung in T€“ sind in Tausend Euro angegeben und werden mit 1.000 multipliziert.")


def test_amounts_as_typed(corpus, taxonomy):
    table = read(corpus, "amounts_text.xlsx", taxonomy)
    assert [r.values.get("total_cost_eur") for r in table.rows] == [
        1250000.0, 1250000.0, 1250000.0, 85000.0, 1250000.0, 1250000.0, 1250000.5, 12.5, None, 1250000.0]
    assert all(not r.issues for r in table.rows)


def test_dates_as_typed(corpus, taxonomy):
    table = read(corpus, "dates_mixed.xlsx", taxonomy)
    assert [r.values["start_date"] for r in table.rows] == [date(2025, 12, 31)] * 6 + [
        date(2026, 1, 1), date(2025, 12, 31)]


def test_yes_no_and_markers(corpus, taxonomy):
    table = read(corpus, "bools_markers.xlsx", taxonomy)
    assert [r.values.get("amounts_flagged") for r in table.rows] == [
        True, False, True, True, True, False, True, None]
    assert [r.values["theme_gs"] for r in table.rows] == [0, 1, 2, 0, 1, 2, 2, 1]


def test_reference_spellings(corpus, taxonomy):
    table = read(corpus, "refs.xlsx", taxonomy)
    keys = ("revier_code", "district_code", "focus_area_code", "mission_code", "stage_code",
            "programme_code", "further_missions")
    assert [tuple(r.values.get(k) for k in keys) for r in table.rows] == [
        ("LR", "14626", "F1", "M02", "FG_FOE", "RL_INVKG", ["M01", "M09"]),
        ("MR", "15084", "F2", "M02", "FG_RE", "STARK", None),
        ("LR", "14626", "F4", "M02", "ANTRAG", "JTF", ["M09", "M10"]),
        ("LR", "14625", "F4", "M01", "BEW", "KREDIT", None),
    ]


def test_every_error_in_one_pass(corpus, taxonomy):
    table = read(corpus, "errors_many.xlsx", taxonomy)
    found = [(i.row, i.column_letter, i.column, i.value, i.message, i.suggestion)
             for r in table.rows for i in r.issues]
    assert found == [
        (2, "I", "Zukunftsmission", "Raumfahrt", "„Raumfahrt“ ist kein bekannter Wert für Zukunftsmission.",
         found[0][5]),
        (3, "G", "Landkreis", "Leipzig", "„Leipzig“ passt zu mehreren Werten für Landkreis.",
         "Meinten Sie: Landkreis Leipzig oder Stadt Leipzig?"),
        (3, "T", "Beantragte Förderung (€)", "-5",
         "Der Betrag -5 ist negativ; Beträge müssen 0 oder größer sein.", None),
        (4, "W", "Geplante Arbeitsplätze", "12,5", "„12,5“ ist keine ganze Zahl.", None),
        (4, "X", "Projektbeginn", "32.01.2026", "„32.01.2026“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
         None),
        (5, "S", "Gesamtkosten (€)", "viel Geld",
         "„viel Geld“ ist kein Betrag. Erwartet wird z. B. 1.250.000,00 € oder 85 T€.", None),
        (6, "L", "Fachkräftesicherung", "vielleicht", "„vielleicht“ ist kein gültiger Themenmarker.",
         "Erlaubt sind: 0 (nicht adressiert), 1 (signifikant), 2 (Hauptziel)."),
        (6, "Q", "Status", "zurueckgstellt", "„zurueckgstellt“ ist kein gültiger Status.",
         "Meinten Sie: zurückgestellt?"),
    ]
    assert found[0][5].startswith("Erlaubt sind: M01 Energiemodellregion Sachsen, M02 Wasserstoff")
    # a field with an error is missing from values; the rest of the row is still read
    assert "mission_code" not in table.rows[0].values and table.rows[0].values["revier_code"] == "LR"
    assert table.rows[1].issues[0].location() == "Datei errors_many.xlsx, Blatt Projekte, Zeile 3, Spalte G (Landkreis)"


@pytest.mark.parametrize(("header", "value", "message", "suggestion"), [
    # a fuzzy match may suggest, never decide (issue 11, item 3)
    ("Zukunftsmission", "Wasserstof", "„Wasserstof“ ist kein bekannter Wert für Zukunftsmission.",
     "Meinten Sie: M02 Wasserstoffmodellregion Sachsen oder M05 Intelligente Wirkstoffentwicklung?"),
    ("Zukunftsmission", "Wasserstoffmodelregion",
     "„Wasserstoffmodelregion“ ist kein bekannter Wert für Zukunftsmission.",
     "Meinten Sie: M02 Wasserstoffmodellregion Sachsen?"),
    ("Zukunftsmission", "Wasserstoff", None, None),   # the short name is exact
    ("Landkreis", "Leipziger Land", ("„Leipziger Land“ ist ein früherer Kreisname; heute heißt "
                                     "der Kreis Landkreis Leipzig."), "„Landkreis Leipzig“ eintragen."),
    ("Projektende", "2027", "„2027“ ist nur eine Jahreszahl; es wird ein vollständiges Datum gebraucht.",
     "Meinten Sie 01.01.2027 (Jahresbeginn) oder 31.12.2027 (Jahresende)? Bitte das Datum eintragen."),
    ("Revier", "Lausiz", "„Lausiz“ ist kein bekannter Wert für Revier.", "Meinten Sie: LR Lausitzer Revier?"),
    ("Entwicklungsschwerpunkt", "Mobilitat", "„Mobilitat“ ist kein bekannter Wert für Entwicklungsschwerpunkt.",
     "Meinten Sie: F1 Mobilität?"),
    ("Prüfstufe", "Fachgruppe", "„Fachgruppe“ passt zu mehreren Werten für Prüfstufe.",
     "Meinten Sie: FG_RE Fachgruppe Regionalentwicklung oder FG_FOE Fachgruppe Förderung?"),
    ("Förderprogramm", "InvKG", "„InvKG“ passt zu mehreren Werten für Förderprogramm.",
     "Meinten Sie: RL_INVKG RL InvKG oder BUND_INVKG Bundesmaßnahme nach InvKG?"),
    ("Landkreis", "Görliz", "„Görliz“ ist kein bekannter Wert für Landkreis.", "Meinten Sie: Landkreis Görlitz?"),
    ("Projektende", "31.02.2027", "„31.02.2027“ ist kein gültiges Datum (diesen Tag gibt es nicht).", None),
    ("Projektende", "Ende 2027", "„Ende 2027“ ist kein Datum. Erwartet wird TT.MM.JJJJ, z. B. 31.12.2025.", None),
    ("Projektende", "01.01.1850", "Das Datum 01.01.1850 liegt außerhalb des plausiblen Zeitraums 1990–2100.", None),
    ("Betragsabweichung begründet", "vielleicht", "„vielleicht“ ist kein Ja/Nein-Wert.",
     "Erlaubt sind: ja, nein, x oder leer."),
])
def test_break_one_cell(tmp_path, taxonomy, header, value, message, suggestion):
    """Take the good workbook, break one cell in row 4, and get exactly that error (or none)."""
    table = read_project_list(good_xlsx({(2, header): value}), "kaputt.xlsx", taxonomy)
    issues = [i for r in table.rows for i in r.issues]
    if message is None:
        assert issues == []
        return
    assert len(issues) == 1
    issue = issues[0]
    assert (issue.row, issue.column, issue.value, issue.message, issue.suggestion) == (
        4, header, value, message, suggestion)


def test_totals_and_notes_skipped(corpus, taxonomy):
    table = read(corpus, "totals_notes.xlsx", taxonomy)
    assert [r.values["title"] for r in table.rows] == ["A", "Gesamtkonzept Mobilität"]
    assert [(n.severity, n.row, n.message) for n in table.notices] == [
        ("warning", 4, "Zeile 4 („Summe“) ist eine Summenzeile und wurde übersprungen."),
        ("warning", 5, "Zeile 5 („Gesamt:“) ist eine Summenzeile und wurde übersprungen."),
        ("warning", 7, "Zeile 7 („* Angaben ohne Gewähr“) ist eine Anmerkung unter der Tabelle und wurde übersprungen."),
        ("warning", 8, "Zeile 8 („Quelle: eigene Erhebung“) ist eine Anmerkung unter der Tabelle und wurde übersprungen."),
    ]


def test_hidden_sheet_skipped_and_mentioned(corpus, taxonomy):
    table = read(corpus, "hidden_sheet.xlsx", taxonomy)
    assert (table.sheet, [r.values["title"] for r in table.rows]) == ("Neu", ["X"])
    assert [n.message for n in table.notices] == ["Das ausgeblendete Blatt „Alt“ wurde nicht gelesen."]
    assert table.available_sheets == ["Neu"]


def test_sheet_chosen_by_name(corpus, taxonomy):
    table = read(corpus, "cover_sheet.xlsx", taxonomy, sheet="Archiv")
    assert [r.values["title"] for r in table.rows] == ["Alt 1", "Alt 2"]
    with pytest.raises(FileRejected) as exc:
        read(corpus, "cover_sheet.xlsx", taxonomy, sheet="Projekte 2027")
    assert exc.value.message == (
        "Das Blatt „Projekte 2027“ gibt es in der Datei cover_sheet.xlsx nicht. Vorhanden: Deckblatt, Projekte, Archiv.")


def test_milestone_columns(corpus, taxonomy):
    table = read(corpus, "milestones.xlsx", taxonomy)
    assert table.rows[0].values == {
        "title": "A", "revier_code": "LR", "focus_area_code": "F1", "date_FN": date(2025, 2, 1),
        "date_FG_FOE": date(2025, 3, 15), "date_ANTRAG": date(2025, 6, 1), "date_BEW": date(2025, 9, 30)}
    assert table.columns[-1].field == "exit_date"


def test_merged_two_row_header(corpus, taxonomy):
    table = read(corpus, "two_level_header.xlsx", taxonomy)
    assert [(c.letter, c.header, c.field) for c in table.columns][3:5] == [
        ("D", "Förderung beantragt (T€)", "requested_eur"), ("E", "Förderung bewilligt (T€)", "granted_eur")]
    assert [(r.row, r.values.get("requested_eur"), r.values.get("granted_eur")) for r in table.rows] == [
        (3, 100000.0, 80000.0), (4, 50000.0, None)]


def test_unknown_and_duplicate_columns_listed(corpus, taxonomy):
    table = read(corpus, "unknown_dup_cols.xlsx", taxonomy)
    assert [(n.column_letter, n.message) for n in table.notices] == [
        ("A", "Die Spalte „Lfd. Nr.“ ist unbekannt; ihr Wert wird nicht gespeichert."),
        ("E", ("Die Spalte „Vorhaben“ kommt doppelt vor (schon in Spalte B); ihr Wert wird "
               "nicht gespeichert.")),
        ("F", "Die Spalte „Interne Notiz“ ist unbekannt; ihr Wert wird nicht gespeichert."),
    ]
    assert table.rows[0].values == {"title": "A", "revier_code": "LR", "focus_area_code": "F1"}


def test_missing_required_column(corpus, taxonomy):
    table = read(corpus, "missing_required.xlsx", taxonomy)
    assert [(n.severity, n.message) for n in table.notices] == [("error", "Die Pflichtspalte „Revier“ fehlt.")]


def test_header_only(corpus, taxonomy):
    table = read(corpus, "header_only.xlsx", taxonomy)
    assert (table.rows, table.notices) == ([], [])


def test_million_empty_formatted_rows(corpus, taxonomy):
    started = time.perf_counter()
    table = read(corpus, "million_empty_rows.xlsx", taxonomy)
    assert time.perf_counter() - started < 5
    assert [r.values["title"] for r in table.rows] == ["A", "B", "C"]


def test_reading_stops_after_long_blank_stretch(corpus, taxonomy):
    table = read(corpus, "far_away_row.xlsx", taxonomy)
    assert [r.values["title"] for r in table.rows] == ["A"]
    assert [(n.row, n.message) for n in table.notices] == [(1002, (
        "Nach vielen leeren Zeilen wurde das Lesen in Zeile 1002 beendet; weiter unten stehende "
        "Einträge wurden nicht gelesen."))]


def test_excel_error_values_in_csv(corpus, taxonomy):
    table = read(corpus, "excel_error.csv", taxonomy)
    assert [i.message for r in table.rows for i in r.issues] == [
        "Die Zelle enthält den Excel-Fehler #DIV/0!; bitte die Formel prüfen.",
        "Die Zelle enthält den Excel-Fehler #NV; bitte die Formel prüfen."]


CORRUPT = ("ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte die Datei in Excel "
           "öffnen, neu speichern und erneut hochladen.")
NOT_EXCEL = ("ist keine Excel- oder CSV-Datei; ihr Inhalt passt nicht zur Dateiendung. Bitte die "
             "Originaldatei hochladen.")
BOMB = ("wird nicht gelesen: entpackt wäre sie unverhältnismäßig groß (höchstens 1.024 MB und 10.000 "
        "Teile sind erlaubt).")
DTD = "enthält unzulässige XML-Definitionen (DOCTYPE/ENTITY) und wird aus Sicherheitsgründen nicht gelesen."


@pytest.mark.parametrize(("name", "message"), [
    ("not_excel.xlsx", "Die Datei not_excel.xlsx " + NOT_EXCEL),
    ("pdf_renamed.xlsx", "Die Datei pdf_renamed.xlsx " + NOT_EXCEL),
    ("truncated.xlsx", "Die Datei truncated.xlsx " + CORRUPT),
    ("corrupt_zip.xlsx", "Die Datei corrupt_zip.xlsx " + CORRUPT),
    ("encrypted.xlsx", ("Die Datei encrypted.xlsx ist mit einem Kennwort geschützt. Bitte den Kennwortschutz "
                        "in Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut hochladen.")),
    ("empty_workbook.xlsx", "Die Datei empty_workbook.xlsx enthält keine Daten (alle Blätter sind leer)."),
    ("no_header.xlsx", ("In der Datei no_header.xlsx wurde keine Kopfzeile mit bekannten Spalten gefunden "
                        "(z. B. Projekttitel, Revier, Entwicklungsschwerpunkt). Bitte die Vorlage verwenden.")),
    ("docx_renamed.xlsx", ("Die Datei docx_renamed.xlsx ist keine Excel-Arbeitsmappe (ein ZIP-Archiv ohne "
                           "Tabellenblätter).")),
    ("bomb_declared.xlsx", "Die Datei bomb_declared.xlsx " + BOMB),
    ("bomb_ratio.xlsx", "Die Datei bomb_ratio.xlsx " + BOMB),
    ("bomb_entries.xlsx", "Die Datei bomb_entries.xlsx " + BOMB),
    ("xxe.xlsx", "Die Datei xxe.xlsx " + DTD),
    ("billion_laughs.xlsx", "Die Datei billion_laughs.xlsx " + DTD),
    ("big_70mb.xlsx", ("Die Datei big_70mb.xlsx ist mit 70,0 MB zu groß; höchstens 64 MB werden "
                       "angenommen. Bitte in kleinere Listen aufteilen, z. B. je Revier oder "
                       "Fachnetzwerk.")),
    ("binary.csv", "Die Datei binary.csv ist keine lesbare CSV-Datei."),
    ("empty.csv", "Die Datei empty.csv ist leer."),
    ("blank_lines.csv", "Die Datei blank_lines.csv enthält keine Daten."),
])
def test_hostile_files_refused(corpus, taxonomy, name, message):
    started = time.perf_counter()
    with pytest.raises(FileRejected) as exc:
        read(corpus, name, taxonomy)
    assert exc.value.message == message
    assert time.perf_counter() - started < 2


def test_big_file_refused_from_path_without_reading(corpus, taxonomy):
    with pytest.raises(FileRejected) as exc:
        read_project_list(corpus["big_70mb.xlsx"], "big_70mb.xlsx", taxonomy)
    assert "zu groß" in exc.value.message


def test_corpus_size(corpus):
    assert len(corpus) >= 40
