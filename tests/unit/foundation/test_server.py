"""The socket gateway: another process's request runs through the owner's Database."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dashboard.store.gateway import Database
from dashboard.store.server import GatewayUnavailable, RemoteError, call, serve, socket_path


def _put(db: Database, args: dict) -> dict:
    with db.transaction() as cur:
        cur.execute("INSERT INTO app_setting (key, value) VALUES (?, ?)", [args["key"], args["value"]])
    return {"version": db.data_version}


def _fail(db: Database, args: dict) -> dict:
    raise ValueError("Absichtlicher Fehler")


def test_request_from_another_process_runs_in_owner(empty_db_path):
    with Database(empty_db_path) as db:
        db.connection()
        stop = serve(db, {"put": _put, "fail": _fail})
        try:
            script = ("import sys, json; from pathlib import Path; "
                      "from dashboard.store.server import call; "
                      "print(json.dumps(call(Path(sys.argv[1]), 'put', {'key': 'k', 'value': 'v'})))")
            out = subprocess.run([sys.executable, "-c", script, str(empty_db_path)],
                                 capture_output=True, text=True, timeout=60, check=True)
            assert '"version": 1' in out.stdout
            assert db.scalar("SELECT value FROM app_setting WHERE key = 'k'") == "v"
            assert db.data_version == 1
            with pytest.raises(RemoteError, match="Absichtlicher Fehler"):
                call(empty_db_path, "fail", {})
            with pytest.raises(RemoteError, match="Unbekannte Anfrage"):
                call(empty_db_path, "gibtsnicht", {})
            assert oct(socket_path(empty_db_path).stat().st_mode & 0o777) == "0o600"
        finally:
            stop()
    with pytest.raises(GatewayUnavailable):
        call(empty_db_path, "ping", {})


def test_stale_socket_is_replaced(empty_db_path):
    path = socket_path(empty_db_path)
    path.write_text("übrig geblieben")
    with Database(empty_db_path) as db:
        stop = serve(db, {})
        try:
            assert call(empty_db_path, "ping", {}) == {"pong": True}
        finally:
            stop()


def test_cli_reads_and_writes_through_the_owner(writable_db_path, tmp_path):
    """While a process owns the database (as the app does), the CLI's import, history, export
    and stats go through it instead of failing on the file lock."""
    import json

    from dashboard.features import operations

    HANDLERS = operations()

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "dashboard", *args, "--db",
                               str(writable_db_path)], capture_output=True, text=True,
                              timeout=120, check=False)

    csv = tmp_path / "liste.csv"
    csv.write_text("Projekt-ID;Projekttitel;Revier;Entwicklungsschwerpunkt;Prüfstufe;"
                   "Datum Projektidee\nGW-0001;Gateway-Test;Lausitzer Revier;Energiemodellregion;"
                   "Projektidee;01.11.2026\n", encoding="utf-8")
    with Database(writable_db_path) as db:
        before = db.scalar("SELECT count(*) FROM project")
        stop = serve(db, HANDLERS)
        try:
            imported = cli("import", str(csv), "--json")
            assert imported.returncode == 0, imported.stderr
            assert json.loads(imported.stdout)["new"] == 1
            assert db.scalar("SELECT count(*) FROM project") == before + 1
            history = cli("imports", "list", "--json")
            assert history.returncode == 0, history.stderr
            batches = json.loads(history.stdout)
            assert batches[0]["file_name"] == "liste.csv" and batches[0]["kind"] == "import"
            out = tmp_path / "export.xlsx"
            exported = cli("export", "--out", str(out), "--revier", "LR")
            assert exported.returncode == 0, exported.stderr
            assert out.read_bytes()[:2] == b"PK"
            figures = cli("stats", "--json", "--revier", "LR")
            assert figures.returncode == 0, figures.stderr
            from dashboard.analytics.stats import stats
            from dashboard.domain.filters import Filters

            assert json.loads(figures.stdout) == json.loads(json.dumps(
                stats(db, Filters(reviere=("LR",)))))
            assert json.loads(figures.stdout)["projects"] < before + 1
        finally:
            stop()
