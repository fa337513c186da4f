"""Import page (issue 19): an unusual amount blocks the commit until "Ungewöhnliche Werte
bestätigen" is ticked; the plan names the cell; a value beyond a refusal bound is an error."""

from __future__ import annotations

from dashboard.store.gateway import Database
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE = "app_pages/importer.py"


def _count(path) -> int:
    with Database.open_existing(path) as db:
        return db.scalar("SELECT count(*) FROM project")


def test_unusual_value_needs_the_checkbox(make_app, writable_db_path):
    before = _count(writable_db_path)
    at = make_app(writable_db_path, page=PAGE)
    data = xlsx_bytes([good_record(total_cost_eur=2e9), good_record(project_id="T-0002")])
    at.file_uploader(key="import_upload").set_value(("gross.xlsx", data, XLSX))
    at.run()
    assert not at.exception
    issues = next(d.value for d in at.dataframe if "Meldung" in d.value.columns)
    unusual = issues[issues["Meldung"].str.contains("üblichen Höchstwert")]
    assert unusual["Zeile"].tolist() == [2] and unusual["Spalte"].str.contains("Gesamtkosten").all()
    assert at.button(key="import_commit").disabled
    assert "import_partial" not in [c.key for c in at.checkbox]  # no errors: nothing to leave out
    at.checkbox(key="import_confirm_unusual").check()
    at.run()
    assert not at.button(key="import_commit").disabled
    at.button(key="import_commit").click()
    at.run()
    assert not at.exception
    assert any("Übernommen als Import Nr." in s.value for s in at.success)
    assert _count(writable_db_path) == before + 2


def test_absurd_value_is_an_error_not_a_question(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE)
    data = xlsx_bytes([good_record(total_cost_eur=9.9e15, requested_eur=None)])
    at.file_uploader(key="import_upload").set_value(("absurd.xlsx", data, XLSX))
    at.run()
    issues = next(d.value for d in at.dataframe if "Meldung" in d.value.columns)
    assert issues.loc[issues["Art"] == "Fehler", "Meldung"].str.contains("Obergrenze").any()
    assert "import_confirm_unusual" not in [c.key for c in at.checkbox]
    assert at.button(key="import_commit").disabled
