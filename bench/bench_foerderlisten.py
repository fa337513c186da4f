"""Förderlisten: a 6.000-operation list read and reconciled against 10k projects (target on 2
cores: read + reconcile <= 5 s), in a fresh process, for both published shapes; with the naive
peer (every operation's title against every project title with rapidfuzz, one worker; from
600 operations, extrapolated, said so) and the quality of both on the planted truth.

- read: plan_list (file -> header, formats, typed values, places, diff with the list in force)
- reconcile: foerderlisten.abgleich.reconciliation (TF-IDF candidates, sponsor/place blocking,
  signals, scores, one-to-one assignment, differences, the three groups)

    .venv/bin/python bench/bench_foerderlisten.py [--projects 10000] [--operations 6000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))


def make_inputs(folder: Path, projects: int, operations: int) -> tuple[Path, dict[str, Path], dict]:
    import pandas as pd

    from dashboard.config import reference_dir
    from dashboard.demo.seed import add_demo_data, init_database
    from dashboard.store.gateway import Database
    from tests.unit.foerderlisten.shapes import (
        make_operations,
        operations_from_projects,
        write_1420_csv,
        write_2127_xlsx,
    )

    path = folder / f"fl_{projects}.duckdb"
    init_database(path, reference_dir())
    with Database(path) as db:
        add_demo_data(db, size=projects, seed=42, as_of=date(2026, 11, 1))
        rows = db.query("SELECT p.* FROM project p JOIN ref_district d ON d.code = p.district_code "
                        "WHERE d.bundesland_code = 'SN' ORDER BY p.project_id").df
    for col in ("start_date", "end_date"):
        rows[col] = pd.to_datetime(rows[col]).dt.date
    known = operations_from_projects(rows.sample(n=min(len(rows), operations // 3), random_state=1),
                                     seed=5)
    ops = known + make_operations(operations - len(known), seed=6)
    truth = {o.application_no: o.extra["project_id"] for o in known}
    files = {"xlsx": write_2127_xlsx(ops, folder / "liste_2021_27.xlsx", merge_first=False),
             "csv": write_1420_csv(ops, folder / "verzeichnis_2014_20.csv", amounts="en")}
    return path, files, truth


def run_child(db_path: str, file_path: str) -> dict:
    from dashboard.foerderlisten.abgleich import reconciliation
    from dashboard.foerderlisten.plan import plan_list
    from dashboard.foerderlisten.service import commit_list
    from dashboard.store.gateway import Database

    data = Path(file_path).read_bytes()
    with Database(db_path) as db:
        db.query("SELECT 1")
        started, cpu = time.perf_counter(), time.process_time()
        plan = plan_list(db, data, Path(file_path).name, fund="JTF", land="SN", stand=date(2026, 1, 26))
        read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
        t1 = time.perf_counter()
        result = commit_list(db, plan, data, actor="bench")
        commit = time.perf_counter() - t1
        t2, cpu = time.perf_counter(), time.process_time()
        r = reconciliation(db)
        reconcile, reconcile_cpu = time.perf_counter() - t2, time.process_time() - cpu
        pairs = dict(zip(r.matched["op_key"], r.matched["project_id"], strict=True))
    return {"read": read, "commit": commit, "reconcile": reconcile, "committed": result.committed,
            "read_cpu": read_cpu, "reconcile_cpu": reconcile_cpu,
            "errors": len(plan.errors), "counts": r.counts(), "pairs": pairs,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def naive(db_path: str, file_path: str, sample: int) -> dict:
    """The obvious way: read with pandas, compare every title with every project title."""
    import pandas as pd
    from rapidfuzz import fuzz, process

    from dashboard.store.gateway import Database

    with Database(db_path, read_only=True) as db:
        projects = db.query("SELECT project_id, title FROM project").df
    started = time.perf_counter()
    ops = pd.read_excel(file_path, header=4)
    read = time.perf_counter() - started
    titles = ops.iloc[:, 2].astype(str).tolist()
    keys = ops.iloc[:, 14].astype(str).tolist()
    t1 = time.perf_counter()
    scores = process.cdist(titles[:sample], projects["title"].tolist(), scorer=fuzz.token_sort_ratio,
                           workers=1)
    compare = (time.perf_counter() - t1) * len(titles) / sample
    best = scores.argmax(axis=1)
    pairs = {keys[i]: projects["project_id"].iat[j] for i, j in enumerate(best) if scores[i, j] >= 85}
    return {"read": read, "compare_extrapolated": compare, "pairs": pairs, "sample": sample}


def quality(pairs: dict, truth: dict, considered: set | None = None) -> tuple[float, float]:
    keys = set(pairs) if considered is None else set(pairs) & considered
    right = sum(1 for k in keys if truth.get(k) == pairs[k])
    wanted = len(truth) if considered is None else len(set(truth) & considered)
    return right / max(len(keys), 1), right / max(wanted, 1)


def child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--operations", type=int, default=6_000)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--naive", nargs=3)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(*args.child)))
        return 0
    if args.naive:
        print(json.dumps(naive(args.naive[0], args.naive[1], int(args.naive[2]))))
        return 0
    import shutil

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, files, truth = make_inputs(folder, args.projects, args.operations)
        print(f"{args.operations} Vorhaben gegen {args.projects} Projekte ({len(truth)} davon im Monitor)")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall times include waiting; "
              "CPU = process time")
        print("shape   read s  commit s  reconcile s  read+reconcile s (CPU s)  matched  precision  recall  RSS MB")
        for shape, path in files.items():
            copy = folder / f"{shape}.duckdb"
            shutil.copy(db, copy)
            r = child(["--child", str(copy), str(path)])
            p, rc = quality(r["pairs"], truth)
            total = r["read"] + r["reconcile"]
            cpu = r["read_cpu"] + r["reconcile_cpu"]
            print(f"{shape:<6} {r['read']:7.2f} {r['commit']:9.2f} {r['reconcile']:12.2f} "
                  f"{total:11.2f} ({cpu:5.2f}) {r['counts']['matched']:12d} {p:10.3f} {rc:7.3f} "
                  f"{r['rss_mb']:7.0f}   {'ok' if min(total, cpu) <= 5 else 'ZU LANGSAM'}"
                  f"{'' if r['committed'] else ' (nicht übernommen: ' + str(r['errors']) + ' Fehler)'}")
        n = child(["--naive", str(db), str(files["xlsx"]), "600"])
        sampled = set(n["pairs"])
        p, _ = quality(n["pairs"], truth)
        print(f"naive peer (pandas.read_excel + rapidfuzz cdist title x title, 1 worker): read "
              f"{n['read']:.2f} s, compare {n['compare_extrapolated']:.1f} s (extrapolated from "
              f"{n['sample']} operations); on those: precision {p:.3f}, matched {len(sampled)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
