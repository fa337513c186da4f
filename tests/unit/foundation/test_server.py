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
