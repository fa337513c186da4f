"""`import --zuordnung WERT=CODE [--merken]` as a person runs it (issue 19, point 8)."""

from __future__ import annotations

import json

from dashboard.cli import main
from dashboard.store.gateway import Database

from .conftest import CASES

FIRST = str(CASES / "gesundheit_lausitz.csv")


def test_plan_output_names_offers_and_decisions(writable_db_path, capsys):
    db = ["--db", str(writable_db_path)]
    assert main(["import", FIRST, *db, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert ("  Spalte E (Zukunftsmission): „Wirkstoffentwicklung“ in 3 Zellen → --zuordnung "
            "\"Wirkstoffentwicklung=M05\"") in out
    assert main(["import", FIRST, *db, "--dry-run", "--zuordnung", "Wirkstoffentwicklung=M05",
                 "--zuordnung", "Gesundheitsregion=M04"]) == 1
    out = capsys.readouterr().out
    assert "Zuordnungen (3):" in out
    assert ("  Spalte E (Zukunftsmission): „Wirkstoffentwicklung“ → M05 in 3 Zellen "
            "(Zeilen 2–3, 5; --zuordnung)") in out
    assert "„Mikroelektronk“ in 1 Zelle → --zuordnung \"Mikroelektronk=M07\"" in out
    assert main(["import", FIRST, *db, "--dry-run", "--json", "--zuordnung",
                 "Wirkstoffentwicklung=M05"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["rejected"] == 3 and [d["cells"] for d in answer["decisions"]] == [3, 1]


def test_wrong_assignment_is_one_sentence_and_writes_nothing(writable_db_path, capsys):
    assert main(["import", FIRST, "--db", str(writable_db_path), "--zuordnung", "M05"]) == 2
    out = capsys.readouterr().out
    assert "„M05“ ist keine Zuordnung; erwartet wird WERT=CODE" in out


def test_merken_stores_the_alias_for_the_rows_network(writable_db_path, capsys):
    db = ["--db", str(writable_db_path)]
    assert main(["import", FIRST, *db, "--allow-partial", "--zuordnung",
                 "Wirkstoffentwicklung=M05", "--merken"]) == 0
    with Database.open_existing(writable_db_path, read_only=True) as database:
        rows = database.query("SELECT network_code, field, code FROM value_alias ORDER BY ALL").df
    assert rows.values.tolist() == [["LR-GE", "further_missions", "M05"],
                                    ["LR-GE", "mission_code", "M05"]]
