"""`python -m dashboard import|imports` as a user runs it: exit codes and the JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from .helpers import good_record, xlsx_bytes

KEYS = {"file", "sheet", "rows", "new", "changed", "unchanged", "rejected", "committed", "batch_id",
        "errors", "warnings", "to_confirm", "decisions", "offers"}  # issue 19
ISSUE_KEYS = {"row", "column", "value", "message", "suggestion"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], check=False,
                          capture_output=True,
                          text=True, timeout=120)


def test_import_exit_codes_and_json(writable_db_path, tmp_path):
    good = tmp_path / "gut.xlsx"
    good.write_bytes(xlsx_bytes([good_record()]))
    bad = tmp_path / "fehler.xlsx"
    bad.write_bytes(xlsx_bytes([good_record(project_id="T-9", end_date=date(2020, 1, 1))]))
    db = ["--db", str(writable_db_path)]

    dry = _run("import", str(good), *db, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    out = json.loads(dry.stdout)
    assert set(out) == KEYS
    assert (out["rows"], out["new"], out["committed"], out["batch_id"]) == (1, 1, False, None)

    failed = _run("import", str(bad), *db, "--json")
    assert failed.returncode == 1
    out = json.loads(failed.stdout)
    assert out["committed"] is False and out["rejected"] == 1
    assert [set(e) for e in out["errors"]] == [ISSUE_KEYS]
    assert (out["errors"][0]["row"], out["errors"][0]["column"]) == (2, "Projektende")


def test_import_human_output_and_history_in_process(writable_db_path, tmp_path, capsys):
    from dashboard.cli import main

    db = ["--db", str(writable_db_path)]
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    first.write_bytes(xlsx_bytes([good_record()]))
    second.write_bytes(xlsx_bytes([good_record(title="Neuer Titel")]))
    assert main(["import", str(tmp_path / "fehlt.xlsx"), *db]) == 2
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"kein Excel")
    capsys.readouterr()
    assert main(["import", str(broken), *db, "--json"]) == 2
    out = json.loads(capsys.readouterr().out)
    assert set(out) == KEYS and "keine Excel" in out["errors"][0]["message"]
    assert main(["import", str(first), *db, "--user", "Erika"]) == 0
    assert "neu: 1" in capsys.readouterr().out
    assert main(["import", str(second), *db]) == 0
    assert "geändert: 1" in capsys.readouterr().out
    assert main(["imports", "list", *db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    batch = rows[1]["batch_id"]
    assert (rows[1]["user_name"], rows[0]["batch_id"]) == ("Erika", batch + 1)
    assert main(["imports", "undo", str(batch), *db]) == 1
    assert "spätere Importe" in capsys.readouterr().out
    assert main(["imports", "undo", *db]) == 2
    assert main(["imports", "undo", str(batch + 1), *db]) == 0
    assert main(["imports", "undo", str(batch), *db]) == 0
    assert "rückgängig gemacht" in capsys.readouterr().out
    assert main(["imports", "list", *db]) == 0
    assert "rückgängig gemacht (Nr." in capsys.readouterr().out
