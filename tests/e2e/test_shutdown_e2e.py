"""Issue 23.16: `streamlit run serve.py` stopped with SIGTERM (systemd, docker stop, kill)
leaves no socket file behind, as the README promises (no browser needed)."""

from __future__ import annotations

import shutil
import signal
import tempfile
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.conftest import StreamlitServer
from tests.e2e.server import ROOT

pytestmark = pytest.mark.e2e


def test_sigterm_removes_the_socket(demo_db_path, tmp_path):
    db = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, db)
    # a short folder: a socket path may be at most 107 bytes, and pytest-xdist's tmp_path
    # (…/popen-gw0/test_sigterm_removes_the_socke0/run/…) is longer than that
    run_dir = Path(tempfile.mkdtemp(prefix="sock-"))
    run_dir.chmod(0o700)
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
    shutil.rmtree(run_dir, ignore_errors=True)
    assert server.proc.returncode in (0, 128 + signal.SIGTERM, -signal.SIGTERM)
