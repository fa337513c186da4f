"""List imports end to end on a real database: plan with diff, commit with archive, the same
file again, a newer list, undo; the CLI's JSON and exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.service import commit_list, history, undo_list
from dashboard.store.gateway import Database
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv, write_2127_xlsx

STAND = date(2026, 1, 26)


@pytest.fixture
def db(empty_db_path: Path):
    with Database(empty_db_path) as database:
        yield database


def test_plan_commit_newer_list_and_undo(db, tmp_path: Path):
    ops = make_operations(30, seed=4)
    first = write_2127_xlsx(ops, tmp_path / "liste1.xlsx").read_bytes()
    plan = plan_list(db, first, "liste1.xlsx", fund="JTF", land="SN", stand=STAND)
    counts = plan.counts()
    assert counts["operations"] == 30 and counts["new"] == 30 and counts["rejected"] == 0
    in_revier = sum(1 for o in ops if o.place[4])
    assert sum(counts["in_revier"].values()) == in_revier
    assert counts["located"] == {code: sum(1 for o in ops if o.place[3] == code)
                                 for code in sorted({o.place[3] for o in ops})}
    result = commit_list(db, plan, first, actor="Test")
    assert result.committed
    archived = Path(db.query("SELECT archived_path FROM oplist_import").df.iat[0, 0])
    assert archived.read_bytes() == first
    # the same file again: nothing to write, and the plan says so
    again = plan_list(db, first, "liste1.xlsx", fund="JTF", land="SN", stand=STAND)
    assert again.same_file == result.batch_id and again.is_empty
    assert not commit_list(db, again, first, actor="Test").committed
    # a newer list: one amount changed, two operations gone, one new
    ops[0].total += 1000
    newer_ops = ops[:-2] + make_operations(1, seed=9, start_no=900)
    newer = write_2127_xlsx(newer_ops, tmp_path / "liste2.xlsx").read_bytes()
    plan2 = plan_list(db, newer, "liste2.xlsx", fund="JTF", land="SN", stand=date(2026, 3, 31))
    c2 = plan2.counts()
    assert (c2["new"], c2["changed"], c2["gone"]) == (1, 1, 2)
    assert plan2.changes == {ops[0].application_no: ["total_cost_eur"]}
    second = commit_list(db, plan2, newer, actor="Test")
    assert len(repo.current_operations(db)) == 29
    assert history(db)["in_force"].tolist() == [True, False]
    assert undo_list(db, second.batch_id, actor="Test")["undone"]
    assert len(repo.current_operations(db)) == 30
    assert not undo_list(db, second.batch_id, actor="Test")["undone"]


def test_errors_block_unless_partial(db, tmp_path: Path):
    path = tmp_path / "fehler.csv"
    path.write_text("Name des Begünstigten;Bezeichnung des Vorhabens;Beginn\n"
                    "A GmbH;Vorhaben A;01.02.2024\nB GmbH;Vorhaben B;31.02.2024\n", encoding="utf-8")
    data = path.read_bytes()
    plan = plan_list(db, data, path.name, fund="JTF", land="SN", stand=STAND)
    [error] = plan.errors
    assert (error.row, error.column_letter) == (3, "C")
    assert not commit_list(db, plan, data, actor="Test").committed
    done = commit_list(db, plan, data, actor="Test", allow_partial=True)
    assert done.committed and done.plan.counts()["rejected"] == 1
    assert repo.current_operations(db)["title"].tolist() == ["Vorhaben A"]


def test_unknown_fund_or_land(db, tmp_path: Path):
    data = write_1420_csv(make_operations(2), tmp_path / "l.csv").read_bytes()
    with pytest.raises(ValueError, match="Unbekannter Fonds"):
        plan_list(db, data, "l.csv", fund="XYZ", land="SN", stand=STAND)
    with pytest.raises(ValueError, match="Unbekanntes Land"):
        plan_list(db, data, "l.csv", fund="JTF", land="HE", stand=STAND)


def test_cli_import_json_and_exit_codes(empty_db_path: Path, tmp_path: Path, capsys):
    ops = make_operations(12, seed=5)
    csv_path = write_1420_csv(ops, tmp_path / "verzeichnis.csv", amounts="en")
    base = ["foerderliste", "import", str(csv_path), "--land", "SN", "--stand", "2025-12-31",
            "--db", str(empty_db_path), "--json"]
    assert main([*base, "--dry-run"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("operations", "rejected", "located", "in_revier", "unlocated", "errors", "warnings"):
        assert key in out
    assert out["operations"] == 12 and not out["committed"]
    assert out["in_revier"] == {r: sum(1 for o in ops if o.place[4] == r) for r in ("LR", "MR")}
    assert any("englisches Zahlenformat" in w["message"] for w in out["warnings"])
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)["committed"]
    assert main(base) == 1        # unchanged list: nothing written
    capsys.readouterr()
    bad = tmp_path / "kaputt.xlsx"
    bad.write_bytes(b"kein Excel")
    assert main(["foerderliste", "import", str(bad), "--land", "SN", "--stand", "2025-12-31",
                 "--db", str(empty_db_path), "--json"]) == 2
    capsys.readouterr()
    assert main(["foerderliste", "abgleich", "--json", "--db", str(empty_db_path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"counts", "matched", "not_in_monitor", "not_in_list", "selection"}
    assert result["counts"]["operations"] == 12
    assert len(result["not_in_monitor"]) == sum(1 for o in ops if o.place[4])
    assert main(["foerderliste", "import", str(csv_path), "--stand", "2025-12-31",
                 "--db", str(empty_db_path)]) == 2   # no --land


def test_an_older_stand_does_not_replace_the_list_in_force(db, tmp_path: Path):
    ops = make_operations(6, seed=8)
    data = write_2127_xlsx(ops, tmp_path / "neu.xlsx").read_bytes()
    assert commit_list(db, plan_list(db, data, "neu.xlsx", fund="JTF", land="SN", stand=STAND),
                       data, actor="Test").committed
    old = write_2127_xlsx(ops[:3], tmp_path / "alt.xlsx", stand="01.01.2025").read_bytes()
    plan = plan_list(db, old, "alt.xlsx", fund="JTF", land="SN", stand=date(2025, 1, 1))
    assert any("älter als der Stand der gültigen Liste" in w.message for w in plan.warnings)
    assert commit_list(db, plan, old, actor="Test").committed
    assert len(repo.current_operations(db)) == 6
    assert history(db)["in_force"].tolist() == [False, True]


def test_the_command_line_is_recorded_as_cli_os_user(empty_db_path: Path, tmp_path: Path, capsys):
    """Issue 12: the command line acts as Administration, recorded as cli:<os user> – in the
    audit log and on the list – like the import and the Vernetzung decisions; a name typed on
    the command line cannot stand in for it."""
    import getpass

    csv_path = write_1420_csv(make_operations(6, seed=7), tmp_path / "liste.csv", amounts="en")
    assert main(["foerderliste", "import", str(csv_path), "--land", "SN", "--stand",
                 "2025-12-31", "--db", str(empty_db_path), "--json"]) == 0
    batch = json.loads(capsys.readouterr().out)["batch_id"]
    assert main(["foerderliste", "undo", str(batch), "--db", str(empty_db_path), "--json"]) == 0
    me = f"cli:{getpass.getuser()}"
    with Database.open_existing(empty_db_path, read_only=True) as db:
        logged = db.query("SELECT DISTINCT actor FROM audit_log WHERE kind LIKE 'foerderliste%'"
                          ).df["actor"].tolist()
        listed = db.query("SELECT DISTINCT actor FROM oplist_import").df["actor"].tolist()
    assert logged == [me] and listed == [me]
    # no --user (it was dropped on the socket anyway): the audit identity is not typed in
    assert main(["foerderliste", "undo", str(batch), "--db", str(empty_db_path), "--user",
                 "x"]) == 2
