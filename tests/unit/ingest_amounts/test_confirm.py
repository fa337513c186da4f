"""Issue 19, point 1 on every path: a value beyond a refusal bound fails the dry run; a value
beyond a warning bound is committed only when confirmed (`--plausibel-bestaetigt`, the page's
checkbox, `plausible_confirmed`), the confirmation is in the audit entry, and a re-upload of
the same stored value is not asked again. The bounds are data: Administration changes them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from dashboard.access import ALL, Actor, Role
from dashboard.admin import reference
from dashboard.ingest.service import run_import
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate

ADMIN = Actor("admin@smr.example", Role.ADMINISTRATION, ALL, "oidc")


def _list(*rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append(["Projekt-ID", "Projekttitel", "Revier", "Schwerpunkt", "Gesamtkosten (€)",
               "Geplante Arbeitsplätze"])
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


UNUSUAL = _list(("U-1", "Großvorhaben", "LR", "F4", 2e9, 12), ("U-2", "Normal", "LR", "F4", 1e6, 3))
ABSURD = _list(("X-1", "Zu teuer", "LR", "F4", 5e12, 12))


def _cli(capsys, path: Path, db: Path, *flags: str) -> tuple[int, dict]:
    from dashboard.cli import main

    capsys.readouterr()
    code = main(["import", str(path), "--db", str(db), "--json", *flags])
    return code, json.loads(capsys.readouterr().out)


def test_cli_dry_run_and_commit_need_the_confirmation(empty_db_path, tmp_path, capsys):
    unusual, absurd = tmp_path / "ungewoehnlich.xlsx", tmp_path / "absurd.xlsx"
    unusual.write_bytes(UNUSUAL)
    absurd.write_bytes(ABSURD)
    code, out = _cli(capsys, absurd, empty_db_path, "--dry-run", "--plausibel-bestaetigt")
    assert code == 1 and out["errors"][0]["row"] == 2 and "Obergrenze" in out["errors"][0]["message"]
    code, out = _cli(capsys, unusual, empty_db_path, "--dry-run")
    assert code == 1 and out["errors"] == []
    assert [(i["row"], i["column"]) for i in out["to_confirm"]] == [(2, "Gesamtkosten (€)")]
    assert _cli(capsys, unusual, empty_db_path, "--dry-run", "--plausibel-bestaetigt")[0] == 0
    code, out = _cli(capsys, unusual, empty_db_path)
    assert (code, out["committed"]) == (1, False)
    with Database.open_existing(empty_db_path, read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM project") == 0
    code, out = _cli(capsys, unusual, empty_db_path, "--plausibel-bestaetigt")
    assert (code, out["committed"], out["new"]) == (0, True, 2)
    with Database.open_existing(empty_db_path, read_only=True) as db:
        detail = json.loads(db.scalar("SELECT detail FROM audit_log WHERE kind = 'import'"))
    assert detail["confirmed"] == [{"row": 2, "column": "Gesamtkosten (€)", "value": "2000000000.0"}]


def test_cli_human_output_says_what_to_confirm(empty_db_path, tmp_path, capsys):
    from dashboard.cli import main

    path = tmp_path / "ungewoehnlich.xlsx"
    path.write_bytes(UNUSUAL)
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(empty_db_path)]) == 1
    out = capsys.readouterr().out
    assert "Zu bestätigen (1)" in out and "--plausibel-bestaetigt" in out
    assert "Nichts übernommen. Ungewöhnliche Werte prüfen" in out


@pytest.fixture
def db(empty_db_path):
    with Database.open_existing(empty_db_path) as database:
        migrate(database)
        yield database


def test_a_stored_value_is_not_asked_again(db):
    first = run_import(db, UNUSUAL, "liste.xlsx", user="t", plausible_confirmed=True)
    assert first.committed and len(first.plan.to_confirm) == 1
    again = run_import(db, _list(("U-1", "Großvorhaben", "LR", "F4", 2e9, 12),
                                 ("U-2", "Normal geändert", "LR", "F4", 1e6, 3)),
                       "liste_2.xlsx", user="t")
    assert again.committed, again.message  # U-1's 2 Mrd. € were confirmed before
    assert [i.row for i in again.plan.warnings if "Höchstwert" in i.message] == [2]
    changed = run_import(db, _list(("U-1", "Großvorhaben", "LR", "F4", 3e9, 12)), "liste_3.xlsx",
                         user="t")
    assert not changed.committed and "1 ungewöhnliche Werte" in changed.message


def test_the_bounds_are_data_administration_changes(db):
    rows = reference.rows_of(reference.read_taxonomy(db), "ref_plausibility")
    lowered = [{**r, "threshold": 10.0} if (r["field"], r["bound"]) == ("planned_jobs", "warn_above")
               else r for r in rows]
    reference.save(db, ADMIN, "ref_plausibility", lowered, note="Test")
    result = run_import(db, UNUSUAL, "liste.xlsx", user="t", dry_run=True)
    assert [(i.row, i.column) for i in result.plan.to_confirm] == [
        (2, "Gesamtkosten (€)"), (2, "Geplante Arbeitsplätze")]
    assert "Höchstwert von 10:" in result.plan.to_confirm[1].message


@pytest.mark.parametrize(("change", "words"), [
    ({"threshold": 5e10}, "Warnschwellen"),          # warning beyond the refusal bound
    ({"bound": "warn_sideways"}, "bound"),
    ({"field": "Gesamtkosten"}, "field"),
    ({"reason": ""}, "reason"),
])
def test_a_broken_bound_is_refused(db, change, words):
    rows = reference.rows_of(reference.read_taxonomy(db), "ref_plausibility")
    broken = [{**r, **change} if (r["field"], r["bound"]) == ("total_cost_eur", "warn_above")
              else r for r in rows]
    with pytest.raises(reference.ChangeRefused, match=words):
        reference.save(db, ADMIN, "ref_plausibility", broken)


def test_the_administration_page_offers_the_table():
    page = (Path(__file__).parents[3] / "src" / "dashboard" / "ui" / "admin.py").read_text("utf-8")
    assert '"plausibility": "ref_plausibility"' in page
    assert "ref_plausibility" in reference.EDITABLE


def test_the_migration_holds_the_csv_rows(tmp_path):
    """A database migrated from an older version checks at once: migration 012 seeds the rows
    of plausibility.csv."""
    from dashboard.config import reference_dir
    from dashboard.domain.taxonomy import read_reference_dir

    with Database(tmp_path / "neu.duckdb") as db:
        migrate(db)
        seeded = db.query("SELECT field, bound, threshold, reason FROM ref_plausibility").rows
    shipped = [b.model_dump() for b in read_reference_dir(reference_dir()).plausibility]
    key = lambda r: (r["field"], r["bound"])
    assert sorted(seeded, key=key) == sorted(shipped, key=key)
