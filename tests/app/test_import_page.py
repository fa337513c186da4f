"""Import page in AppTest: upload through the file uploader, see the plan, commit, undo."""

from __future__ import annotations

from datetime import date

from dashboard.store.gateway import Database
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE = "app_pages/importer.py"


def _tile(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _count(path) -> int:
    with Database.open_existing(path) as db:  # same configuration as the app's connection
        return db.scalar("SELECT count(*) FROM project")


def test_upload_plan_commit_and_undo(make_app, writable_db_path):
    before = _count(writable_db_path)
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", title="Zweites Vorhaben")])
    at.file_uploader(key="import_upload").set_value(("liste.xlsx", data, XLSX))
    at.run()
    assert not at.exception
    assert _tile(at, "Neu") == "2" and _tile(at, "Abgelehnt") == "0"
    # the new projects under the headings a person reads (not the data's field names)
    new = next(d.value for d in at.dataframe if {"Projekt-ID", "Zeile"} <= set(d.value.columns))
    assert list(new.columns) == ["Zeile", "Projekt-ID", "Titel", "Revier", "Schwerpunkt",
                                 "Prüfstufe"]
    assert set(new["Titel"]) == {good_record()["title"], "Zweites Vorhaben"}
    assert not at.button(key="import_commit").disabled
    at.button(key="import_commit").click()
    at.run()
    assert not at.exception
    assert any("Übernommen als Import Nr." in s.value for s in at.success)
    assert _count(writable_db_path) == before + 2
    # issue 11, item 6: the committed file is not planned again, nothing is offered twice
    assert "Unverändert" not in [m.label for m in at.metric]
    assert not [b for b in at.button if b.key == "import_commit"]
    assert at.file_uploader(key="import_upload_1").value is None
    assert "import_state" not in at.session_state
    # uploading it again says it was imported, and there is nothing to commit
    at.file_uploader(key="import_upload_1").set_value(("liste.xlsx", data, XLSX))
    at.run()
    assert _tile(at, "Unverändert") == "2"
    assert at.button(key="import_commit").disabled
    issues = next(d.value for d in at.dataframe if "Meldung" in d.value.columns)
    assert any("bereits am" in m for m in issues["Meldung"])
    assert not issues.isin(["None"]).any().any() and issues["Wert"].notna().all()
    at.checkbox(key="undo_confirm").check()
    at.run()
    at.button(key="undo_button").click()
    at.run()
    assert not at.exception
    assert any("rückgängig gemacht" in s.value for s in at.success)
    assert _count(writable_db_path) == before


def test_errors_block_commit_until_partial_is_ticked(make_app, writable_db_path):
    before = _count(writable_db_path)
    at = make_app(writable_db_path, page=PAGE)
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", end_date=date(2020, 1, 1))])
    at.file_uploader(key="import_upload").set_value(("fehler.xlsx", data, XLSX))
    at.run()
    assert _tile(at, "Abgelehnt") == "1"
    issues = next(d.value for d in at.dataframe if "Meldung" in d.value.columns)
    assert issues[["Zeile", "Spalte"]].values.tolist() == [[3, "X (Projektende)"]]
    assert at.button(key="import_commit").disabled
    at.checkbox(key="import_partial").check()
    at.run()
    assert not at.button(key="import_commit").disabled
    at.button(key="import_commit").click()
    at.run()
    assert _count(writable_db_path) == before + 1


def test_unreadable_file_gets_one_sentence(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE)
    at.file_uploader(key="import_upload").set_value(("kaputt.xlsx", b"kein Excel", XLSX))
    at.run()
    assert not at.exception
    labels = [e.label for e in at.main if type(e).__name__ == "Status"]
    assert len(labels) == 1 and "keine Excel" in labels[0], labels
    assert "Neu" not in [m.label for m in at.metric]
