"""HAProxy in front of two app servers, with the documented configuration deploy/haproxy.cfg
(its addresses replaced): the e2e test of replicas and bench/bench_replicas_sessions.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

from tests.e2e.server import ROOT, free_port


class Proxy:
    """HAProxy with deploy/haproxy.cfg, its addresses replaced by the test's."""

    def __init__(self, folder: Path, a, b, log_dir: Path | None = None, port: int | None = None):
        if not shutil.which("haproxy"):
            raise RuntimeError("haproxy fehlt (Debian-Paket haproxy; `make system-deps`)")
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        text = (ROOT / "deploy" / "haproxy.cfg").read_text()
        text = text.replace("bind 0.0.0.0:8080", f"bind 127.0.0.1:{self.port}")
        text = re.sub(r"server a \S+", f"server a 127.0.0.1:{a.port}", text)
        text = re.sub(r"server b \S+", f"server b 127.0.0.1:{b.port}", text)
        config = folder / "haproxy.cfg"
        config.write_text(text)
        self.log = open(log_dir / f"haproxy-{self.port}.log", "w") if log_dir else None  # noqa: SIM115
        self.proc = subprocess.Popen(["haproxy", "-f", str(config), "-db"],
                                     stdout=self.log or subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("haproxy antwortet nicht")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        if self.log:
            self.log.close()
