"""A real `streamlit run` of a script on a free port: the e2e tests and bench/bench_pages.py
start the app (and the benchmark's baselines) through this one class."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """`streamlit run <script>` (default: app.py) on the database `db_path`, healthy when the
    constructor returns. Output goes to `log_dir/streamlit-<port>.log`, or nowhere without."""

    def __init__(self, db_path: Path, extra_env: dict[str, str] | None = None, *,
                 script: Path | None = None, port: int | None = None,
                 extra_args: list[str] | None = None, log_dir: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "DASHBOARD_DB": str(db_path), **(extra_env or {})}
        if log_dir is not None:
            log_dir.mkdir(exist_ok=True)
            self.log = open(log_dir / f"streamlit-{self.port}.log", "w")  # noqa: SIM115
            where = f"see {self.log.name}"
        else:
            self.log = None
            where = "no log kept"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script or ROOT / "app.py"),
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false",
             *(extra_args or [])],
            cwd=ROOT, env=env, stdout=self.log or subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"streamlit exited ({where})")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit did not become healthy within 60 s ({where})")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        if self.log:
            self.log.close()
