"""Issue 23.16: `streamlit run serve.py` stopped with SIGTERM (systemd, docker stop, kill)
leaves no socket file behind, as the README promises (no browser needed)."""

from __future__ import annotations

import shutil
import signal
import urllib.request

import pytest

from tests.e2e.conftest import StreamlitServer
from tests.e2e.server import ROOT

pytestmark = pytest.mark.e2e


def test_sigterm_removes_the_socket(demo_db_path, tmp_path):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(run_dir)}
    server = StreamlitServer(db, env, script=ROOT / "serve.py")
    try:
        # the API opens the database, and with it the socket for the command line
        with urllib.request.urlopen(f"{server.url}/api/v1/kennzahlen", timeout=60) as r:
            assert r.status == 200
        sockets = list(run_dir.rglob("*.sock"))
        assert len(sockets) == 1, sockets
        server.proc.send_signal(signal.SIGTERM)
        server.proc.wait(timeout=30)
    finally:
        server.stop()
    assert not sockets[0].exists(), "the socket file stays after SIGTERM"
    assert server.proc.returncode in (0, 128 + signal.SIGTERM, -signal.SIGTERM)
