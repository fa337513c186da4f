"""Issue 11, item 8: the CLI <-> app socket is the owner's alone, carries data not paths, drops
idle connections, takes many parallel calls, and Ctrl-C on a forwarded import commits nothing."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from dashboard.features import operations
from dashboard.ingest.operations import op_import
from dashboard.store import server as server_module
from dashboard.store.gateway import Database
from dashboard.store.server import UnsafeSocket, call, serve, socket_dir, socket_path
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes


def _cli(db_path: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dashboard", *args, "--db", str(db_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_socket_lives_in_an_owner_only_folder(empty_db_path):
    with Database(empty_db_path) as db:
        stop = serve(db, {})
        try:
            path = socket_path(empty_db_path)
            folder = os.lstat(path.parent)
            assert folder.st_uid == os.getuid() and stat.S_IMODE(folder.st_mode) & 0o077 == 0
            assert stat.S_IMODE(os.lstat(path).st_mode) == 0o600
            assert path.parent != Path("/tmp")
        finally:
            stop()
    assert not os.path.lexists(socket_path(empty_db_path))


def test_a_folder_open_to_others_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = tmp_path / f"strukturwandel-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    with pytest.raises(UnsafeSocket, match="für andere zugänglich"):
        socket_dir()


def test_a_socket_of_another_user_is_never_used(empty_db_path):
    path = socket_path(empty_db_path)
    with socket.socket(socket.AF_UNIX) as fake:  # someone else's server at our address
        fake.bind(str(path))
        fake.listen()
        os.chown(path, 4242, 4242)
        try:
            with pytest.raises(UnsafeSocket, match="nicht benutzt"):
                call(empty_db_path, "stats", {})
        finally:
            path.unlink()


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to act as another user")
def test_the_server_answers_no_other_user(empty_db_path, monkeypatch):
    import shutil
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="offen-", dir="/tmp"))  # reachable by another user
    shared.chmod(0o777)
    path = shared / "s.sock"
    monkeypatch.setattr(server_module, "socket_path", lambda _p: path)
    with Database(empty_db_path) as db:
        stop = serve(db, {})
        path.chmod(0o777)
        try:
            script = ("import socket,sys\ns=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])\n"
                      "try:\n    s.sendall(b'{\"op\": \"ping\"}\\n'); got = s.recv(100)\n"
                      "except (ConnectionResetError, BrokenPipeError):\n    got = b''\nprint(repr(got))")
            out = subprocess.run(["/usr/bin/python3", "-c", script, str(path)], capture_output=True,
                                 text=True, timeout=30, user=65534, check=False)
            assert out.stdout.strip() == "b''", out
        finally:
            stop()
            shutil.rmtree(shared, ignore_errors=True)


def test_export_comes_back_as_bytes_and_no_path_is_written(writable_db_path, tmp_path):
    target = tmp_path / "woanders.xlsx"
    with Database(writable_db_path) as db:
        stop = serve(db, operations())
        try:
            result = call(writable_db_path, "export", {"filters": "{}", "out": str(target)})
            assert result["bytes"] > 0 and not target.exists()
            done = _cli(writable_db_path, "export", "--out", str(target))
            assert done.wait(120) == 0, done.stderr.read()
            assert target.read_bytes()[:2] == b"PK"
        finally:
            stop()


def test_idle_connection_is_dropped(empty_db_path, monkeypatch):
    monkeypatch.setattr(server_module, "READ_TIMEOUT", 0.5)
    with Database(empty_db_path) as db:
        stop = serve(db, {})
        try:
            with socket.socket(socket.AF_UNIX) as idle:
                idle.settimeout(10)
                idle.connect(str(socket_path(empty_db_path)))
                started = time.monotonic()
                assert idle.recv(10) == b""
                assert time.monotonic() - started < 5
        finally:
            stop()


def test_120_parallel_stats_calls_all_succeed(writable_db_path):
    with Database(writable_db_path) as db:
        stop = serve(db, operations())
        try:
            with ThreadPoolExecutor(120) as pool:
                results = list(pool.map(lambda _: call(writable_db_path, "stats",
                                                       {"filters": "{}"})["projects"], range(120)))
            assert len(results) == 120 and len(set(results)) == 1
        finally:
            stop()


def test_ctrl_c_on_a_forwarded_import_commits_nothing(writable_db_path, tmp_path):
    data = tmp_path / "liste.xlsx"
    data.write_bytes(xlsx_bytes([good_record()]))

    working, finished, cli_gone = threading.Event(), threading.Event(), threading.Event()

    def slow_import(db, args):  # the app is still working when the user presses Ctrl-C
        working.set()
        try:
            # until the command line has ended (not a fixed pause: on a busy machine the
            # interrupted process may take seconds to run its handler)
            cli_gone.wait(120)
            return op_import(db, args)
        finally:
            finished.set()

    with Database(writable_db_path) as db:
        before = db.scalar("SELECT count(*) FROM import_batch")
        stop = serve(db, {**operations(), "import": slow_import})
        try:
            # faulthandler: should the command line hang, SIGABRT shows where (all threads)
            cli = _cli(writable_db_path, "import", str(data),
                       env={**os.environ, "PYTHONFAULTHANDLER": "1"})
            assert working.wait(60)
            cli.send_signal(signal.SIGINT)
            try:
                out, err = cli.communicate(timeout=100)
            except subprocess.TimeoutExpired:
                cli.send_signal(signal.SIGABRT)
                out, err = cli.communicate(timeout=30)
                raise AssertionError(f"Strg+C beendete die Kommandozeile nicht:\n{err}") from None
            finally:
                cli_gone.set()
            assert cli.returncode == 130, (out, err)
            assert "Abgebrochen (Strg+C): der Import wurde nicht übernommen." in err
            assert "Traceback" not in err + out
            assert finished.wait(300)  # the app ran the import to its end, and committed nothing
            assert db.scalar("SELECT count(*) FROM import_batch") == before
            assert db.scalar("SELECT count(*) FROM project WHERE project_id = 'T-0001'") == 0
        finally:
            stop()


def test_forwarded_import_without_ctrl_c_commits(writable_db_path, tmp_path):
    data = tmp_path / "liste.xlsx"
    data.write_bytes(xlsx_bytes([good_record()]))
    with Database(writable_db_path) as db:
        stop = serve(db, operations())
        try:
            cli = _cli(writable_db_path, "import", str(data), "--json")
            out, err = cli.communicate(timeout=120)
            assert cli.returncode == 0, err
            assert json.loads(out)["committed"] is True
        finally:
            stop()
