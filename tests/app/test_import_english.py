"""The Import page in English (?lang=en): a messy workbook written by the test is uploaded
through the file uploader; the plan's messages, their rows and columns, the commit and undo
messages, the error report and the template (both built on click) are English, with the same
facts as in German. Switching to German plans the file again in German."""

from __future__ import annotations

import functools
import io
import re

import pytest
import streamlit as st
from openpyxl import load_workbook
from streamlit.delta_generator import DeltaGenerator

from dashboard import i18n
from tests.unit.ingest_english.messy import messy_xlsx
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE = "app_pages/importer.py"
GERMAN = re.compile(r"(?<!\w)(Zeile|Spalte|Datei|nicht gespeichert|Bitte|Meinten Sie|Erlaubt sind|"
                    r"ist kein|wurde|fehlt)(?!\w)")


@pytest.fixture
def downloads(monkeypatch) -> dict:
    """The data callables of the page's download buttons by key (Streamlit calls them on click,
    outside the page's run; the test calls them in its own thread, which set no language)."""
    seen: dict = {}
    original = DeltaGenerator.download_button

    def spy(self, label, data, *args, **kwargs):
        if callable(data):
            seen[kwargs.get("key")] = data
        return original(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", spy)
    monkeypatch.setattr(st, "download_button", functools.partial(spy, st._main))
    return seen


def _issues(at):
    return next(d.value for d in at.dataframe if {"Message", "Meldung"} & set(d.value.columns))


def _sentences(frame, message: str, suggestion: str) -> list[str]:
    """The messages and suggestions with the user's quoted text taken out."""
    texts = [*frame[message], *frame[suggestion]]
    return [re.sub(r"“[^”]*”|„[^“]*“|\([^)]*\)", "", t) for t in texts if t]


def test_messy_upload_in_english(make_app, writable_db_path, downloads):
    at = make_app(writable_db_path, page=PAGE, query={"lang": "en"})
    assert not at.exception
    at.file_uploader(key="import_upload").set_value(("messy.xlsx", messy_xlsx(), XLSX))
    at.run()
    assert not at.exception
    english = _issues(at)
    assert list(english.columns[:4]) == ["Kind", "File", "Sheet", "Row"]
    assert len(english) >= 40 and set(english["Kind"]) == {"Error", "Note"}
    leftovers = [t for t in _sentences(english, "Message", "Suggestion") if GERMAN.search(t)]
    assert leftovers == []
    assert "“Leipziger Land” is a former district name" in " ".join(english["Message"])
    row = english[english["Value"] == "TRUE"]  # a boolean cell, shown as English Excel does
    assert row["Column"].tolist() == ["AC (Förderbereich InvKG)"] and row["Row"].tolist() == [10]
    # the error report and the template, built on click outside the run, stay English
    report = load_workbook(io.BytesIO(downloads["download_error_report"]()))
    assert report.sheetnames == ["Projekte", "Notes"]
    assert any(c.value == "Errors" for c in report["Projekte"][2])
    assert all(c.value.startswith("File messy.xlsx") for c in report["Notes"]["B"][1:])
    template = load_workbook(io.BytesIO(downloads["download_template"]()))
    assert template.sheetnames == ["Projekte", "Listen", "Instructions"]
    assert template["Projekte"]["B1"].value == "Projekttitel"  # the data contract stays German

    # switching to German plans the same file again, in German, with the same facts
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert not at.exception
    german = _issues(at)
    assert "Meldung" in german.columns
    # the sheet picker now names "Projekte", so the notes on the other sheets are not repeated
    assert sorted(english.loc[english["Sheet"] != "Projekte", "Sheet"]) == ["Alt", "Archiv"]
    english = english[english["Sheet"] == "Projekte"].reset_index(drop=True)
    assert german["Zeile"].fillna(0).tolist() == english["Row"].fillna(0).tolist()
    assert german["Spalte"].tolist() == english["Column"].tolist()
    assert german["Meldung"].tolist() != english["Message"].tolist()
    assert "„Leipziger Land“ ist ein früherer Kreisname" in " ".join(german["Meldung"])
    assert load_workbook(io.BytesIO(downloads["download_error_report"]())).sheetnames == [
        "Projekte", "Hinweise"]


def test_commit_and_undo_messages_in_english(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE, query={"lang": "en"})
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", end_date=None,
                                                  start_date="2025")])
    at.file_uploader(key="import_upload").set_value(("list.xlsx", data, XLSX))
    at.run()
    issues = _issues(at)
    assert issues[["Row", "Column"]].values.tolist() == [[3, "W (Projektbeginn)"]]
    assert issues["Message"].tolist() == ["“2025” is only a year; a complete date is needed."]
    at.checkbox(key="import_partial").check()
    at.run()
    at.button(key="import_commit").click()
    at.run()
    assert not at.exception
    assert next(s.value for s in at.success).startswith("Applied as import no.")
    with i18n.using("en"):  # AppTest runs the undo picker's format_func in the test thread
        at.checkbox(key="undo_confirm").check()
        at.run()
        at.button(key="undo_button").click()
        at.run()
    assert not at.exception
    done = [s.value for s in at.success]
    assert len(done) == 1 and re.fullmatch(r"Import no\. \d+ was undone \(operation no\. \d+\)\.",
                                           done[0]), done


def test_unreadable_file_in_english(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE, query={"lang": "en"})
    at.file_uploader(key="import_upload").set_value(("broken.xlsx", b"no Excel", XLSX))
    at.run()
    assert not at.exception
    labels = [e.label for e in at.main if type(e).__name__ == "Status"]
    assert len(labels) == 1 and "The file broken.xlsx is not an Excel or CSV file" in labels[0]


def test_switching_the_language_shows_the_plan_again_without_reading_the_file(
        make_app, writable_db_path, monkeypatch):
    """The plan is made once; the language switch says its messages again (issue 21)."""
    import dashboard.ui.importer as page

    made = []
    original = page.plan_import
    monkeypatch.setattr(page, "plan_import", lambda *a, **k: made.append(1) or original(*a, **k))
    at = make_app(writable_db_path, page=PAGE, query={"lang": "en"})
    at.file_uploader(key="import_upload").set_value(("messy.xlsx", messy_xlsx(), XLSX))
    at.run()
    at.run()  # the sheet picker has settled
    english, planned = _issues(at), len(made)
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert not at.exception
    german = _issues(at)
    assert len(made) == planned, "the file was read and planned again"
    assert german["Zeile"].fillna(0).tolist() == english["Row"].fillna(0).tolist()
    assert "„Leipziger Land“ ist ein früherer Kreisname" in " ".join(german["Meldung"])
    assert "“Leipziger Land” is a former district name" in " ".join(english["Message"])
