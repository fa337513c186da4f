"""Issue 11 "Nothing lost, nothing forged", items 1-7: each symptom as a user meets it, through
the service the page and the CLI call (real DuckDB files, real xlsx/csv files)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.ingest.service import plan_import, run_import, undo_import
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

from .helpers import book, stage_history_holds

HEAD = ["Projekt-ID", "Projekttitel", "Revier", "Entwicklungsschwerpunkt"]


def _stored(db, pid: str) -> dict:
    return db.query("SELECT * FROM project WHERE project_id = ?", [pid]).first()


# -- item 1: a stage given only as "Prüfstufe" has a stage history --------------------------
def test_stage_only_in_pruefstufe_column_writes_history_and_stats_agree(db):
    rows = [[f"S-{k}", f"Vorhaben {k}", "LR", "F4", stage] for k, stage in
            enumerate(["Projektidee", "Fachnetzwerk", "Antrag eingereicht", "Bewilligt"])]
    data = book([("Projekte", [[*HEAD, "Prüfstufe", "Stand"], *[[*r, date(2026, 10, 1)] for r in rows]])])
    result = run_import(db, data, "stufen.xlsx", user="t")
    assert result.committed, result.message
    events = db.query("SELECT project_id, stage_code, entered_on, basis FROM stage_event "
                      "WHERE project_id LIKE 'S-%' ORDER BY project_id").df
    assert events[["project_id", "stage_code"]].values.tolist() == [
        ["S-0", "IDEE"], ["S-1", "FN"], ["S-2", "ANTRAG"], ["S-3", "BEW"]]
    assert set(events["basis"]) == {"stand"}  # dated by the list's Stand, and marked so
    assert {d.date() for d in events["entered_on"]} == {date(2026, 10, 1)}
    stage_history_holds(db)
    # a stage change by re-upload writes an event too (no date given: the day of the import)
    again = book([("Projekte", [[*HEAD, "Prüfstufe"], ["S-1", "Vorhaben 1", "LR", "F4", "Empfehlung"]])])
    changed = run_import(db, again, "stufen2.xlsx", user="t")
    assert changed.committed and len(changed.plan.changed) == 1
    assert "(Datum der Stufe nicht angegeben: Tag des Imports)" in " ".join(changed.plan.diffs["new"])
    last = db.query("SELECT stage_code, basis FROM stage_event WHERE project_id = 'S-1' "
                    "ORDER BY entered_on DESC, event_id DESC LIMIT 1").first()
    assert (last["stage_code"], last["basis"]) == ("EMPF", "import")
    stage_history_holds(db)


# -- item 2: common amount headers are understood; unknown money columns are warned about ----
def test_common_amount_headers_are_read_and_unknown_amounts_warned(db):
    data = book([("Projekte", [[*HEAD, "Kosten gesamt", "Fördersumme beantragt", "Fördersumme bewilligt",
                                "Eigenanteil (€)"],
                               ["A-1", "Kostenprobe", "LR", "F4", 500_000, 300_000, None, 200_000],
                               ["A-2", "Zweite", "LR", "F4", 900_000, 250_000, 100_000, 650_000]])])
    result = run_import(db, data, "betraege.xlsx", user="t")
    assert result.committed, result.message
    one, two = _stored(db, "A-1"), _stored(db, "A-2")
    assert (float(one["total_cost_eur"]), float(one["requested_eur"])) == (500_000, 300_000)
    assert (float(two["requested_eur"]), float(two["granted_eur"])) == (250_000, 100_000)
    [warning] = [w for w in result.plan.warnings if w.column == "Eigenanteil (€)"]
    assert warning.column_letter == "H"
    assert warning.message == ("Die Spalte „Eigenanteil (€)“ sieht nach Beträgen aus, wird aber nicht "
                               "erkannt: ihre 2 Werte werden nicht gespeichert.")
    thousands = book([("Projekte", [[*HEAD, "Zuschuss beantragt (T€)"], ["A-3", "T€", "LR", "F4", 250]])])
    assert run_import(db, thousands, "teur.xlsx", user="t").committed
    assert float(_stored(db, "A-3")["requested_eur"]) == 250_000


# -- item 3: merged cells, a second list sheet, old district names ----------------------------
def test_vertically_merged_cells_belong_to_every_row(db):
    rows = [[*HEAD, "Landkreis", "Prüfstufe"],
            ["M-1", "Erstes", "LR", "F4", "Landkreis Görlitz", "Projektidee"],
            ["M-2", "Zweites", None, None, None, "Projektidee"],
            ["M-3", "Drittes", None, None, None, "Projektidee"]]
    data = book([("Projekte", rows)], merges={"Projekte": ["C2:C4", "D2:D4", "E2:E4"]})
    result = run_import(db, data, "verbunden.xlsx", user="t")
    assert result.plan.errors == [] and result.committed
    for pid in ("M-1", "M-2", "M-3"):
        p = _stored(db, pid)
        assert (p["revier_code"], p["focus_area_code"], p["district_code"]) == ("LR", "F4", "14626")
    assert any("verbunden" in w.message and w.column_letter == "E" for w in result.plan.warnings)


def test_second_sheet_with_a_list_is_named(db):
    data = book([("Energie", [HEAD, ["Z-1", "Eins", "LR", "F4"]]),
                 ("Mobilität", [HEAD, ["Z-2", "Zwei", "LR", "F1"]])])
    result = run_import(db, data, "zwei.xlsx", user="t", dry_run=True)
    assert result.plan.sheet == "Energie"
    assert [w.message for w in result.plan.warnings if w.sheet == "Mobilität"] == [
        ("Das Blatt „Mobilität“ enthält ebenfalls eine Projektliste und wurde nicht gelesen. "
         "Gelesen wurde nur „Energie“.")]


@pytest.mark.parametrize(("typed", "suggested"), [
    ("Leipziger Land", "Landkreis Leipzig"), ("Muldentalkreis", "Landkreis Leipzig"),
    ("Delitzsch", "Landkreis Nordsachsen"), ("Torgau-Oschatz", "Landkreis Nordsachsen")])
def test_old_district_name_is_an_error_with_a_suggestion_never_stored(db, typed, suggested):
    data = book([("Projekte", [[*HEAD, "Landkreis"], ["D-1", "Alt", "MR", "F4", typed]])])
    result = run_import(db, data, "kreise.xlsx", user="t")
    assert not result.committed
    [error] = result.plan.errors
    assert (error.row, error.column, error.value) == (2, "Landkreis", typed)
    assert suggested in error.suggestion
    assert _stored(db, "D-1") is None


def test_district_outside_the_reviere_is_an_error(db):
    data = book([("Projekte", [[*HEAD, "Landkreis"], ["D-2", "Alt", "MR", "F4", "Weißeritzkreis"]])])
    [error] = run_import(db, data, "kreise.xlsx", user="t", dry_run=True).plan.errors
    assert "gehört zu keinem Revier" in error.message


# -- item 4: title, Revier and Schwerpunkt are enough ------------------------------------------
def test_list_with_only_the_required_columns_imports_as_projektidee(db):
    data = book([("Projekte", [["Projekttitel", "Revier", "Entwicklungsschwerpunkt"],
                               ["Idee eins", "Lausitzer Revier", "Energiemodellregion"],
                               ["Idee zwei", "Mitteldeutsches Revier", "IT"]])])
    result = run_import(db, data, "pflicht.xlsx", user="t")
    assert result.plan.errors == [] and result.committed
    assert sorted(result.plan.new["stage_code"]) == ["IDEE", "IDEE"]
    assert any(w.message.startswith("Für 2 neue Projekte ist keine Prüfstufe angegeben (Zeilen 2–3)")
               for w in result.plan.warnings)
    stage_history_holds(db)


# -- item 5: messages -------------------------------------------------------------------------
def test_new_rows_with_empty_id_get_no_warning_and_errors_come_first(db):
    data = book([("Projekte", [[*HEAD, "Projektende"],
                               [None, "Neu eins", "LR", "F4", None],
                               [None, "Neu zwei", "LR", "F4", "2027"],
                               [None, "Neu drei", "LR", "F4", None]])])
    plan = run_import(db, data, "neu.xlsx", user="t", dry_run=True).plan
    assert not any("Projekt-ID" in (w.column or "") for w in plan.warnings)
    assert [i.severity for i in plan.issues][: len(plan.errors)] == ["error"] * len(plan.errors)
    [error] = plan.errors
    assert (error.row, error.column, error.value) == (3, "Projektende", "2027")
    assert error.message == "„2027“ ist nur eine Jahreszahl; es wird ein vollständiges Datum gebraucht."
    assert "01.01.2027" in error.suggestion


def test_allowed_list_is_complete(db, taxonomy_districts=16):
    data = book([("Projekte", [[*HEAD, "Landkreis"], ["L-1", "X", "LR", "F4", "Atlantis"]])])
    [error] = run_import(db, data, "x.xlsx", user="t", dry_run=True).plan.errors
    assert error.suggestion.startswith("Erlaubt sind: Landkreis Bautzen")
    assert error.suggestion.count(", ") == taxonomy_districts - 1 and "…" not in error.suggestion


def test_huge_amounts_and_jobs_are_errors_in_the_dry_run(db):
    data = book([("Projekte", [[*HEAD, "Gesamtkosten (€)", "Geplante Arbeitsplätze"],
                               ["H-1", "Riesig", "LR", "F4", 1e16, 3],
                               ["H-2", "Viele", "LR", "F4", 1000, 2**31],
                               # 2**31 - 1 jobs fit the column but are beyond the plausibility
                               # bound since issue 19 (tests/unit/ingest_amounts): a normal row
                               ["H-3", "Normal", "LR", "F4", 1000, 12]])])
    dry = run_import(db, data, "gross.xlsx", user="t", dry_run=True).plan
    assert [(e.row, e.column) for e in dry.errors] == [(2, "Gesamtkosten (€)"),
                                                       (3, "Geplante Arbeitsplätze")]
    partial = run_import(db, data, "gross.xlsx", user="t", allow_partial=True)
    assert partial.committed and partial.plan.new["project_id"].tolist() == ["H-3"]


# -- item 6: nothing twice ----------------------------------------------------------------------
def test_second_commit_of_the_same_plan_writes_nothing_and_same_file_is_named(db):
    data = xlsx_bytes([good_record()])
    table, plan = plan_import(db, data, "a.xlsx")
    from dashboard.ingest.service import commit_result
    from dashboard.store.reference import read_taxonomy

    first = commit_result(db, table, plan, data, user="t", allow_partial=False,
                          taxonomy=read_taxonomy(db))
    batches = db.scalar("SELECT count(*) FROM import_batch")
    second = commit_result(db, table, plan, data, user="t", allow_partial=False,
                           taxonomy=read_taxonomy(db))
    assert first.committed and not second.committed
    assert db.scalar("SELECT count(*) FROM import_batch") == batches
    again = run_import(db, data, "a_kopie.xlsx", user="t", dry_run=True).plan
    assert any(f"als Import Nr. {first.batch_id} übernommen" in w.message for w in again.warnings)


def test_undo_of_an_import_without_projects_does_not_crash(db):
    with db.transaction() as cur:  # as old versions recorded a second, empty click
        cur.execute("INSERT INTO import_batch (batch_id, kind, file_name, n_rows, n_new, n_changed)"
                    " VALUES ((SELECT max(batch_id) + 1 FROM import_batch), 'import', 'leer.xlsx',"
                    " 1, 0, 0)")
    batch = db.scalar("SELECT max(batch_id) FROM import_batch")
    result = undo_import(db, batch, user="t")
    assert result["undone"], result


# -- item 7: limits -----------------------------------------------------------------------------
def test_exactly_200000_rows_are_read_and_one_more_is_refused(db, tmp_path):
    from dashboard.ingest.messages import FileRejected
    from dashboard.ingest.service import read_project_list
    from dashboard.store.reference import read_taxonomy

    lines = ["Projekttitel;Revier;Entwicklungsschwerpunkt"] + [f"V{k};LR;F4" for k in range(200_000)]
    table = read_project_list("\n".join(lines).encode(), "gross.csv", read_taxonomy(db))
    assert table.n_rows == 200_000
    with pytest.raises(FileRejected) as refused:
        read_project_list("\n".join([*lines, "V;LR;F4"]).encode(), "gross.csv", read_taxonomy(db))
    assert refused.value.message == ("Die Datei gross.csv hat mehr als 200.000 Datenzeilen; bitte "
                                     "in kleinere Listen aufteilen.")


def test_a_genuine_large_workbook_is_no_zip_bomb(tmp_path):
    """A 200.000-row sheet unpacks to ~300 MB at a ratio near 10: that is a list, not a bomb."""
    import random
    import zipfile

    from dashboard.ingest.safety import check_upload

    rng = random.Random(1)
    path = tmp_path / "gross.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b"<worksheet><sheetData>")
            for r in range(1, 200_001):
                cells = "".join(f'<c r="{col}{r}" t="inlineStr"><is><t>Vorhaben {rng.randrange(10**6)} '
                                f'Wärmenetz Stadtwerke</t></is></c>' for col in "ABCDEFGHIJKLMN")
                sheet.write(f'<row r="{r}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    size = path.stat().st_size
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    assert info.file_size > 200 * 1024 * 1024 and size < 30 * 1024 * 1024, (info.file_size, size)
    assert check_upload(path.read_bytes(), "gross.xlsx") == "xlsx"


# -- the stage-history invariant on the other databases the tests build -------------------------
def test_stage_history_of_the_demo_database(demo_db):
    stage_history_holds(demo_db)


def test_stage_history_after_import_with_dates_and_undo(db):
    first = run_import(db, xlsx_bytes([good_record(), good_record(project_id="T-0002",
                                                                  stage_code="QUAL")]),
                       "mit_daten.xlsx", user="t")
    assert first.committed
    stage_history_holds(db)
    assert undo_import(db, first.batch_id, user="t")["undone"]
    stage_history_holds(db)


def test_imports_list_names_kinds_in_german(writable_db_path, capsys):
    from dashboard.cli import main

    assert main(["imports", "list", "--db", str(writable_db_path)]) == 0
    out = capsys.readouterr().out
    assert "Demodaten" in out and " demo " not in out
