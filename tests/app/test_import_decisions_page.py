"""Import page (AppTest): "Vorschlag übernehmen" once for a value in many cells, shown in the
plan, recorded with the commit, optionally remembered for the Fachnetzwerk (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.store.gateway import Database

CSV = "text/csv"
PAGE = "app_pages/importer.py"
CASE = Path(__file__).resolve().parents[1] / "data" / "import_decisions" / "gesundheit_lausitz.csv"


def _tile(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _offer_key(at, value: str, field: str = "mission_code") -> str:
    return next(k for k, (f, v) in at.session_state["import_offers"].items()
                if (f, v) == (field, value))


def test_one_decision_per_value_then_commit_and_remember(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE)
    at.file_uploader(key="import_upload").set_value(("gesundheit.csv", CASE.read_bytes(), CSV))
    at.run()
    assert not at.exception
    assert _tile(at, "Abgelehnt") == "6"
    key = _offer_key(at, "Wirkstoffentwicklung")
    box = at.selectbox(key=key)
    assert box.label == "Spalte E (Zukunftsmission): „Wirkstoffentwicklung“ in 3 Zellen (Zeilen 2–3, 5)"
    assert box.options == ["nicht übernehmen (Fehler bleibt)",
                           "Vorschlag übernehmen: M05 Intelligente Wirkstoffentwicklung"]
    assert at.checkbox(key=f"{key}_remember").disabled  # nothing chosen yet
    box.set_value("M05")
    at.run()
    assert not at.exception
    assert _tile(at, "Abgelehnt") == "3" and _tile(at, "Neu") == "5"
    applied = next(d.value for d in at.dataframe if "Gelesen als" in d.value.columns)
    assert applied.values.tolist() == [["E (Zukunftsmission)", "Wirkstoffentwicklung",
                                        "M05 Intelligente Wirkstoffentwicklung", 3, "2–3, 5",
                                        "Ihre Entscheidung"]]
    assert at.selectbox(key=key).value == "M05"  # the choice stays shown after the new plan
    at.checkbox(key=f"{key}_remember").check()
    at.checkbox(key="import_partial").check()
    at.run()
    at.button(key="import_commit").click()
    at.run()
    assert not at.exception
    assert any("Übernommen als Import Nr." in s.value for s in at.success)
    assert "import_offers" not in at.session_state
    with Database.open_existing(writable_db_path) as db:
        stored = db.query("SELECT project_id, mission_code FROM project WHERE project_id IN "
                          "('GE-01', 'GE-02', 'GE-04') ORDER BY 1").df
        detail = db.query("SELECT detail FROM audit_log WHERE kind = 'import' "
                          "ORDER BY seq DESC LIMIT 1").first()["detail"]
        alias = db.query("SELECT network_code, field, value, code FROM value_alias").df
    assert stored["mission_code"].tolist() == ["M05"] * 3
    assert json.loads(detail)["decisions"][0]["rows"] == "2–3, 5"
    assert alias.values.tolist() == [["LR-GE", "mission_code", "Wirkstoffentwicklung", "M05"]]


def test_remembered_assignments_are_listed_and_removed_on_administration(make_app,
                                                                         writable_db_path):
    from dashboard.access import ALL, Actor, Role
    from dashboard.ingest.decisions import Decision
    from dashboard.ingest.service import run_import

    with Database.open_existing(writable_db_path) as db:
        run_import(db, CASE.read_bytes(), CASE.name, user="admin", allow_partial=True,
                   actor=Actor("admin", Role.ADMINISTRATION, ALL, "test"),
                   decisions=[Decision("Gesundheitsregion", "M04")], remember=True)
    from tests.app.conftest import open_tab

    at = open_tab(make_app(writable_db_path, page="app_pages/admin.py"), "Einstellungen")
    assert not at.exception
    table = next(d.value for d in at.dataframe if "Gelesen als" in d.value.columns)
    assert table.iloc[0][["Fachnetzwerk", "Spalte", "Wert", "Gelesen als"]].tolist()[1:] == [
        "Zukunftsmission", "Gesundheitsregion", "M04"]
    at.button(key="admin_alias_remove").click()
    at.run()
    assert not at.exception
    with Database.open_existing(writable_db_path) as db:
        assert db.scalar("SELECT count(*) FROM value_alias") == 0
        assert db.scalar("SELECT count(*) FROM audit_log WHERE kind = 'alias_removed'") == 1
