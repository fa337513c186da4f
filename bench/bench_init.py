"""How long `python -m dashboard init --demo --size N` takes, and how big the file gets.

Target (issue 2): 100,000 projects in under 20 s on the 2-core machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (400, 10_000, 100_000)
TARGET_S = {100_000: 20.0}


def main() -> int:
    print(f"{'Projekte':>10} {'Zeit (s)':>9} {'Datei (MB)':>11} {'Ziel':>8}")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            db = Path(tmp) / f"bench-{size}.duckdb"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "dashboard", "init", "--demo", "--size",
                            str(size), "--db", str(db)], check=True, capture_output=True)
            seconds = time.perf_counter() - started
            target = TARGET_S.get(size)
            verdict = "" if target is None else ("ok" if seconds <= target else "VERFEHLT")
            ok &= verdict != "VERFEHLT"
            print(f"{size:>10,} {seconds:>9.2f} {db.stat().st_size / 1e6:>11.1f} "
                  f"{(f'<= {target:.0f} s ' + verdict) if target else '':>8}".replace(",", "."))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
