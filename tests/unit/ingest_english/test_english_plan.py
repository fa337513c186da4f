"""An English reader gets every text of the import in English, with the same facts (row, column,
value) as the German reader: the messy uploads of messy.py planned, committed and undone in
English, the error report and the template written in English."""

from __future__ import annotations

import io
import json
import re

from openpyxl import load_workbook

from dashboard import i18n
from dashboard.export.error_report import error_report_xlsx
from dashboard.export.template import template_xlsx
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.service import plan_import, read_project_list
from dashboard.store.gateway import Database
from tests.unit.ingest_english.messy import all_texts, flat, messy_xlsx
from tests.unit.ingest_english.test_german_pin import SNAPSHOT

# words of our German sentences; none may be left in an English text once the user's own cell
# text, the file's German headers and the reference names (all German on purpose) are taken out
TELLTALE = ("Zeile", "Zeilen", "Spalte", "Datei", "Blatt", "nicht gespeichert", "Bitte", "Fehler",
            "Hinweis", "Hinweise", "Meinten Sie", "Erlaubt", "wurde", "ist kein", "keine", "Nr.",
            "Wert", "Werte", "und", "oder", "weitere", "Betrag", "Datum", "fehlt", "übernommen",
            "rückgängig", "Vorlage", "Kopfzeile", "WAHR", "FALSCH", "ohne Überschrift", "Tausend",
            "Anleitung", "Warnung", "Art", "Ort", "Uhr", "Pflichtangabe", "gehört")


def _without_german_on_purpose(text: str, taxonomy, cells: set[str]) -> str:
    """`text` with quoted parts, German column headers, reference names and cell texts removed."""
    text = re.sub(r"“[^”]*”|„[^“]*“", " ", text)
    names = {f.header for f in ALL_FIELDS} | set(cells)
    for table in (taxonomy.reviere, taxonomy.districts, taxonomy.missions, taxonomy.focus_areas,
                  taxonomy.stages, taxonomy.programmes, taxonomy.invkg_areas,
                  taxonomy.sponsor_types, taxonomy.exit_reasons, taxonomy.theme_markers):
        names |= {item.name for item in table}
    names |= {b.reason for b in taxonomy.plausibility}  # reference data, German like the names
    for name in sorted(names, key=len, reverse=True):
        if len(name) > 2:
            text = text.replace(name, " ")
    return text


def _cell_texts(data: bytes) -> set[str]:
    wb = load_workbook(io.BytesIO(data))
    return {str(c.value).strip() for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None}


def _german_words(texts: dict, taxonomy) -> list[tuple[str, str, str]]:
    cells = _cell_texts(messy_xlsx()) | {"Neuer Titel", "Unordentliches Projekt", "FN"}
    found = []
    for key, value in texts.items():
        if key == "template":
            continue  # checked below: the header row is German on purpose
        for text in flat(value):
            rest = _without_german_on_purpose(text, taxonomy, cells)
            found += [(key, word, text) for word in TELLTALE
                      if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest)]
    return found


def test_the_word_check_finds_the_german_texts(taxonomy):
    assert len(_german_words(json.loads(SNAPSHOT.read_text("utf-8")), taxonomy)) > 300


def test_english_texts_have_no_german_sentence_words(writable_db_path, taxonomy):
    with Database.open_existing(writable_db_path) as db, i18n.using("en"):
        texts = all_texts(db, taxonomy)
    assert _german_words(texts, taxonomy) == []
    assert len(texts["plan"]) >= 40 and all(i["where"].startswith("File ") for i in texts["plan"])
    assert texts["commit_refused"].startswith("The file contains 28 errors; nothing was imported.")
    assert texts["undo_unknown"] == "There is no import no. 999999."


def test_same_rows_columns_and_values_in_both_languages(demo_db, taxonomy):
    data = messy_xlsx()
    plans = {}
    for code in ("de", "en"):
        with i18n.using(code):
            plans[code] = plan_import(demo_db, data, "messy.xlsx", taxonomy=taxonomy)[1]
    de, en = plans["de"].issues, plans["en"].issues
    assert [(i.severity, i.file, i.sheet, i.row, i.column, i.column_letter) for i in de] == [
        (i.severity, i.file, i.sheet, i.row, i.column, i.column_letter) for i in en]
    assert [i.message for i in de] != [i.message for i in en]
    shown = {("WAHR", "TRUE"), ("-5,5", "-5.5"), ("7,25", "7.25"), ("01.02.2026", "1 Feb 2026"),
             ("01.06.2025", "1 Jun 2025"), ("01.01.2025", "1 Jan 2025"),
             ("01.01.2026", "1 Jan 2026")}
    for a, b in zip(de, en, strict=True):
        assert a.value == b.value or (a.value, b.value) in shown, (a.value, b.value)
    assert plans["de"].counts() == plans["en"].counts()
    assert list(plans["de"].rejected["row"]) == list(plans["en"].rejected["row"])


def test_english_error_report_marks_the_same_cells(demo_db, taxonomy):
    data = messy_xlsx()
    books = {}
    for code in ("de", "en"):
        with i18n.using(code):
            table, plan = plan_import(demo_db, data, "messy.xlsx", taxonomy=taxonomy)
            books[code] = load_workbook(io.BytesIO(error_report_xlsx(data, "messy.xlsx", table,
                                                                     plan.issues)))
    de, en = books["de"], books["en"]
    assert de.sheetnames == ["Projekte", "Hinweise"] and en.sheetnames == ["Projekte", "Notes"]
    assert [c.value for c in en["Notes"][1]] == ["Kind", "Where", "Note"]
    width = de["Projekte"].max_column
    assert de["Projekte"].cell(row=2, column=width).value == "Fehler"
    assert en["Projekte"].cell(row=2, column=width).value == "Errors"

    def marked(ws):
        return sorted((c.coordinate, c.fill.fgColor.rgb) for row in ws.iter_rows() for c in row
                      if c.comment is not None)

    assert marked(de["Projekte"]) == marked(en["Projekte"]) and len(marked(en["Projekte"])) > 20
    kinds = {c.value for c in en["Notes"]["A"][1:]}
    assert kinds == {"Warning"} and all(c.value.startswith("File messy.xlsx")
                                        for c in en["Notes"]["B"][1:])
    for row in en["Projekte"].iter_rows(min_row=3):  # the user's cells are copied unchanged
        for c in row[: width - 1]:
            assert c.value == de["Projekte"][c.coordinate].value


def test_english_template_keeps_the_german_headers_and_reads_back(taxonomy):
    with i18n.using("en"):
        english = template_xlsx(taxonomy)
    german = template_xlsx(taxonomy)
    en_wb, de_wb = load_workbook(io.BytesIO(english)), load_workbook(io.BytesIO(german))
    assert en_wb.sheetnames == ["Projekte", "Listen", "Instructions"]
    assert de_wb.sheetnames == ["Projekte", "Listen", "Anleitung"]
    headers = [[c.value for c in wb["Projekte"][1]] for wb in (en_wb, de_wb)]
    assert headers[0] == headers[1] == [f.header for f in ALL_FIELDS]
    assert [[c.value for c in row] for row in en_wb["Projekte"].iter_rows(min_row=2)] == [
        [c.value for c in row] for row in de_wb["Projekte"].iter_rows(min_row=2)]
    guide = [c.value for c in en_wb["Instructions"]["A"] if c.value]
    assert guide[0] == "How to fill in the project list" and len(guide) == 12
    assert "Pflichtspalten" in " ".join(c.value or "" for c in de_wb["Anleitung"]["A"])
    with i18n.using("en"):
        table = read_project_list(english, "template.xlsx", taxonomy)
    assert table.sheet == "Projekte" and [i.message for i in table.issues] == []
    assert {c.field for c in table.columns} == {f.name for f in ALL_FIELDS}
