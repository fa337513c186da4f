"""`make bench`: run every bench/bench_*.py in turn and collect their output."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the quick mode of benches whose full run takes many minutes (run them alone for full figures)
ARGS = {"bench_presentation_idle.py": ["--quick"]}


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        started = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script), *ARGS.get(script.name, [])],
                             cwd=HERE.parent)
        print(f"--- {script.name}: {'ok' if rc == 0 else f'Fehler (exit {rc})'}, "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        if rc:
            failed.append(script.name)
    if failed:
        print("Fehlgeschlagen:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
