"""The CLI as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb

from tests.unit.foundation.locking import file_held_by_other_process


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


def test_init_demo_then_stats_json(tmp_path):
    db = tmp_path / "neu.duckdb"
    result = run("init", "--demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "400 Projekte" in result.stdout
    s = json.loads(run("stats", "--json", "--db", str(db)).stdout)
    assert s["missions"] == 10 and s["focus_areas"] == 6 and s["networks"] == 11
    assert s["projects"] >= 300
    assert all(n > 0 for n in s["funnel"].values())
    assert set(s["by_revier"]) == {"LR", "MR"} and all(s["by_revier"].values())
    assert set(s["themes"]) == {"FK", "KJ", "GS", "DW"}
    assert all(all(v > 0 for v in markers.values()) and set(markers) == {"0", "1", "2"}
               for markers in s["themes"].values())
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM project").fetchone()[0] == s["projects"]


def test_init_refuses_to_overwrite_without_force(tmp_path):
    db = tmp_path / "x.duckdb"
    assert run("init", "--db", str(db)).returncode == 0
    again = run("init", "--demo", "--db", str(db))
    assert again.returncode == 2
    assert "existiert bereits" in again.stderr and "--force" in again.stderr
    assert "Traceback" not in again.stderr
    forced = run("init", "--demo", "--size", "50", "--force", "--db", str(db))
    assert forced.returncode == 0
    assert json.loads(run("stats", "--json", "--db", str(db)).stdout)["projects"] == 50


def test_stats_filters(tmp_path):
    db = tmp_path / "f.duckdb"
    run("init", "--demo", "--db", str(db))
    everything = json.loads(run("stats", "--json", "--db", str(db)).stdout)
    lausitz = json.loads(run("stats", "--json", "--db", str(db), "--revier", "LR").stdout)
    assert lausitz["projects"] == everything["by_revier"]["LR"]


def test_missing_corrupt_locked_database_errors(tmp_path):
    missing = run("stats", "--json", "--db", str(tmp_path / "fehlt.duckdb"))
    assert missing.returncode == 2 and "existiert nicht" in missing.stderr
    bad = tmp_path / "kaputt.duckdb"
    bad.write_bytes(b"\x00garbage" * 500)
    corrupt = run("stats", "--db", str(bad))
    assert corrupt.returncode == 2 and "beschädigt" in corrupt.stderr
    db = tmp_path / "gesperrt.duckdb"
    run("init", "--db", str(db))
    with file_held_by_other_process(db):
        locked = run("stats", "--db", str(db))
    assert locked.returncode == 2 and "anderen Programm verwendet" in locked.stderr
    for r in (missing, corrupt, locked):
        assert "Traceback" not in r.stderr


def test_database_path_from_environment(tmp_path):
    import os

    db = tmp_path / "env.duckdb"
    env = {**os.environ, "DASHBOARD_DB": str(db)}
    assert run("init", "--demo", "--size", "10", env=env).returncode == 0
    assert json.loads(run("stats", "--json", env=env).stdout)["projects"] == 10


def test_usage_errors_exit_2_in_german():
    r = run("init", "--size", "0", "--db", "/tmp/never-created.duckdb")
    assert r.returncode == 2 and "--size muss mindestens 1 sein" in r.stderr
    assert run("gibtsnicht").returncode == 2
