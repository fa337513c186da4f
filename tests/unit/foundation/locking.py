"""A second process that holds a database file open read-write, as the running app would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
        "print('ok', flush=True); time.sleep(60)")


@contextmanager
def file_held_by_other_process(path: Path) -> Iterator[None]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        yield
    finally:
        holder.kill()
        holder.wait()
