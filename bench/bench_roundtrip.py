"""The app's own export comes back (issue 19): `export` of a demo database, then `import
--dry-run` of that file, each through the command line in its own process; the round trip must
show 0 new / 0 changed. Naive peer in the same run: the export as it was before (every cell an
openpyxl object in memory, then saved).

Run: .venv/bin/python bench/bench_roundtrip.py [--size 200000] [--db DEMO.duckdb] [--no-naive]
[--reuse-export]
Without --db a demo database of --size projects is built once in bench/.cache/. Peak memory is
each child process's max RSS (resource.getrusage in the child, RUSAGE_SELF); CPU seconds are
the child's user + system time (wall time on a shared machine says little).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
TARGET_MB = 1024


def demo_db(size: int) -> Path:
    """bench/.cache/roundtrip_<size>.duckdb, built once with `init --demo`."""
    path = CACHE / f"roundtrip_{size}.duckdb"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "dashboard", "init", "--demo", "--size", str(size),
                        "--db", str(path)], check=True, cwd=ROOT)
    return path


def child(step: str, db: str, out: str) -> dict:
    """One step in this (fresh) process; figures as JSON."""
    from dashboard.cli import main

    t0 = time.perf_counter()
    if step == "export":
        with _quiet():
            code = main(["export", "--out", out, "--db", db])
        result = {"code": code, "mb": Path(out).stat().st_size / 1e6}
    elif step == "import":
        with _quiet() as printed:
            code = main(["import", out, "--dry-run", "--json", "--db", db])
        answer = json.loads(printed.getvalue().strip().splitlines()[-1])
        result = {"code": code, **{k: answer[k] for k in ("rows", "new", "changed", "unchanged",
                                                          "rejected")},
                  "errors": [e["message"] for e in answer["errors"][:3]]}
    else:  # the naive peer: the export before issue 19
        result = {"code": 0, "mb": naive_export(db, out) / 1e6}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {**result, "s": time.perf_counter() - t0, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024}


class _quiet:
    """Capture stdout of a CLI call (the import's JSON)."""

    def __enter__(self) -> io.StringIO:
        self.buffer, self.saved = io.StringIO(), sys.stdout
        sys.stdout = self.buffer
        return self.buffer

    def __exit__(self, *exc: object) -> None:
        sys.stdout = self.saved


def naive_export(db_path: str, out: str) -> int:
    """The export before issue 19: a full openpyxl workbook, one cell object per value."""
    from dashboard.domain.filters import Filters
    from dashboard.export.projects_xlsx import _cell_value, _names, milestone_dates
    from dashboard.export.tables import write_safe
    from dashboard.export.template import new_workbook
    from dashboard.ingest.fields import ALL_FIELDS
    from dashboard.ingest.service import export_frames
    from dashboard.store.gateway import Database
    from dashboard.store.reference import read_taxonomy

    with Database.open_existing(db_path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        frame, events = export_frames(db, Filters())
    wb, ws = new_workbook(taxonomy)
    names = _names(taxonomy)
    markers = {m.value: m.name for m in taxonomy.theme_markers}
    milestones = milestone_dates(events)
    for r, record in enumerate(frame.to_dict("records"), start=2):
        dates = milestones.get(str(record.get("project_id")), {})
        for col, f in enumerate(ALL_FIELDS, start=1):
            raw = dates.get(f.name) if f.name.startswith("date_") or f.name == "exit_date" \
                else record.get(f.name)
            cell = ws.cell(row=r, column=col)
            write_safe(cell, _cell_value(f, raw, names, markers))
            if f.kind == "amount":
                cell.number_format = "#,##0.00 €"
    wb.save(out)
    return Path(out).stat().st_size


def run_child(step: str, db: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", step, str(db), str(out)],
                          capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(),
                          check=False)
    if proc.returncode:
        return {"failed": (proc.stderr.strip().splitlines() or ["?"])[-1][:160]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--db", help="an existing demo database (else built in bench/.cache)")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive peer")
    parser.add_argument("--reuse-export", action="store_true",
                        help="import the export file of an earlier run (when there is one)")
    parser.add_argument("--child", nargs=3, metavar=("STEP", "DB", "OUT"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    db = Path(args.db) if args.db else demo_db(args.size)
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / f"roundtrip_export_{args.size}.xlsx"
    print(f"Last: {' '.join(f'{x:.2f}' for x in os.getloadavg())} auf {os.cpu_count()} Kernen; "
          f"Datenbank {db}")
    if args.reuse_export and out.exists():
        exported = {"reused": str(out)}
    else:
        exported = run_child("export", db, out)
    print(f"export (ours, write-only): {exported}", flush=True)
    back = run_child("import", db, out)
    print(f"import --dry-run of that file: {back}", flush=True)
    if "peak_mb" in back:
        peak = back["peak_mb"]
        verdict = "erreicht" if peak <= TARGET_MB else f"verfehlt um {peak - TARGET_MB:.0f} MB"
        print(f"import --dry-run: Spitze {peak:.0f} MB, Ziel {TARGET_MB} MB (1 GB): {verdict}; "
              f"{back['s']:.1f} s Wand, {back['cpu_s']:.1f} s CPU", flush=True)
    if not args.no_naive:
        naive = run_child("naive", db, CACHE / f"roundtrip_naive_{args.size}.xlsx")
        print(f"naive export (full workbook in memory): {naive}", flush=True)
    ok = (back.get("new") == 0 and back.get("changed") == 0 and back.get("rejected") == 0
          and max(exported.get("peak_mb", 0 if "reused" in exported else 1e9),
                  back.get("peak_mb", 1e9)) <= TARGET_MB)
    print(f"Ziel: 0 neu / 0 geändert, jede Stufe <= {TARGET_MB} MB: {'ok' if ok else 'VERFEHLT'}")


if __name__ == "__main__":
    main()
