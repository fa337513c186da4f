"""Issue 23.8/23.9: the import page says what happened and what will happen: the commit message
names the rejected rows, an undo row in the history says what it removed, the "not in this list"
tile says nothing is deleted, and the error caption says what the commit button does."""

from __future__ import annotations

from datetime import date

from tests.app.test_import_page import PAGE, XLSX, _count
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes


def _upload_two_new_and_one_bad(make_app, db_path):
    at = make_app(db_path, page=PAGE)
    data = xlsx_bytes([good_record(), good_record(project_id="T-0002", title="Zweites Vorhaben"),
                       good_record(project_id="T-0003", title="Drittes Vorhaben",
                                   end_date=date(2020, 1, 1))])
    at.file_uploader(key="import_upload").set_value(("liste.xlsx", data, XLSX))
    at.run()
    assert not at.exception
    return at


def test_plan_says_nothing_is_deleted_and_what_the_errors_block(make_app, writable_db_path):
    at = _upload_two_new_and_one_bad(make_app, writable_db_path)
    labels = [m.label for m in at.metric]
    missing = at.metric[labels.index("Abgelehnt") + 1]  # the tile after "Abgelehnt"
    assert int(missing.value.replace(".", "")) > 3, "the other projects of the network"
    assert "bleiben" in missing.label or "nicht gelöscht" in missing.label, missing.label
    caption = next(c.value for c in at.caption if "Fehler" in c.value)
    assert at.button(key="import_commit").disabled
    # the caption must not promise that only the row is left out while nothing can be committed
    assert "Zeile wird nicht übernommen" not in caption, caption
    assert "Nur gültige Zeilen übernehmen" in caption, caption


def test_commit_message_names_rejected_rows_and_undo_row_says_what_it_removed(
        make_app, writable_db_path):
    before = _count(writable_db_path)
    at = _upload_two_new_and_one_bad(make_app, writable_db_path)
    at.checkbox(key="import_partial").check()
    at.run()
    at.button(key="import_commit").click()
    at.run()
    message = next(s.value for s in at.success if "Übernommen als Import" in s.value)
    assert "2 neu" in message and "1 abgelehnt" in message, message
    at.checkbox(key="undo_confirm").check()
    at.run()
    at.button(key="undo_button").click()
    at.run()
    assert not at.exception and _count(writable_db_path) == before
    history = next(d.value for d in at.dataframe if "Vorgang" in d.value.columns)
    undo = history.iloc[0]  # newest first
    assert undo["Vorgang"] == "Rückgängig"
    assert "entfernt: 2 neue" in undo["Stand"], undo.to_dict()
    assert undo["Neu"] == "" and undo["Geändert"] == "", "an undo's own counts read as an import"
    undone = history.iloc[1]
    assert (undone["Neu"], undone["Geändert"], undone["Abgelehnt"]) == ("2", "0", "1")
