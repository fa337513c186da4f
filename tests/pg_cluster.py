"""A private PostgreSQL 15 cluster for the tests: initdb in a temporary folder, started on a
free port of 127.0.0.1, as the `postgres` system user when the tests run as root (initdb refuses
root). The Debian package postgresql-15 is installed by `make system-deps`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BIN = Path("/usr/lib/postgresql/15/bin")
OWNER, APP = "eigentuemer", "monitor_app"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """initdb + pg_ctl start; `url(db, role)` addresses a database as the owner or the app."""

    def __init__(self) -> None:
        if not (BIN / "initdb").exists():
            raise RuntimeError("PostgreSQL 15 fehlt (Debian-Paket postgresql-15; `make system-deps`).")
        self.folder = Path(tempfile.mkdtemp(prefix="pgtest-"))
        self.port = _free_port()
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self._run(BIN / "initdb", "-D", self.data, "-U", OWNER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self.start()
        self.sql("postgres", f"CREATE ROLE {APP} LOGIN")

    def _run(self, *cmd) -> None:
        subprocess.run([*self._as, *map(str, cmd)], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(BIN / "pg_ctl", "-D", self.data, "-w", "-l", self.folder / "log", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def url(self, db: str, role: str = APP) -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{db}"

    def sql(self, db: str, statement: str) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(db, OWNER), autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def new_database(self, name: str) -> str:
        self.sql("postgres", f'CREATE DATABASE "{name}"')
        return name

    def close(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.SubprocessError:
            pass
        for _ in range(20):
            try:
                shutil.rmtree(self.folder)
                return
            except OSError:
                time.sleep(0.1)
