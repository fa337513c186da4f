"""Quality of the Vernetzung queues (issue 20): precision and recall per kind on the hand-written
set (tests/data/vernetzung, real DuckDB file, projects stored like an import; for the whole set
and for its tuning and held-out parts), and micro
precision/recall of the queue on the demo generator's planted truth for seeds 42, 1, 2, 3, 7, 11,
13 (400 projects each; dublette + verwandt wanted, standard measures as decoys).

    .venv/bin/python bench/bench_vernetzung_quality.py [--skip-demo] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEEDS = (42, 1, 2, 3, 7, 11, 13)
AS_OF = date(2026, 11, 1)


def hand_set(folder: Path) -> dict:
    from dashboard.config import reference_dir
    from dashboard.demo.seed import init_database
    from dashboard.matching.evaluation import evaluate, load_set, read_set
    from dashboard.store.gateway import Database

    projects, labelled = read_set(ROOT / "tests" / "data" / "vernetzung")
    path = folder / "hand.duckdb"
    init_database(path, reference_dir())
    with Database(path) as db:
        load_set(db, projects)
        return evaluate(db, labelled)


def demo_seeds(folder: Path) -> dict:
    from dashboard.config import reference_dir
    from dashboard.demo.generator import generate
    from dashboard.demo.seed import init_database
    from dashboard.matching.evaluation import queues
    from dashboard.store.gateway import Database
    from dashboard.store.reference import read_taxonomy

    found = wanted = hits = decoys = dup_found = dup_hits = 0
    for seed in SEEDS:
        path = folder / f"demo_{seed}.duckdb"
        init_database(path, reference_dir(), demo=True, size=400, seed=seed, as_of=AS_OF)
        with Database(path) as db:
            truth = generate(read_taxonomy(db), 400, seed, AS_OF).truth
            want = {(a, b) for a, b, k in truth.itertuples(index=False) if k in ("dublette", "verwandt")}
            bad = {(a, b) for a, b, k in truth.itertuples(index=False) if k == "standard"}
            listed = {name: set(zip(q["a"], q["b"], strict=True)) for name, q in queues(db).items()}
            shown = set().union(*(v for k, v in listed.items() if k != "standard"))
        dups = {(a, b) for a, b, k in truth.itertuples(index=False) if k == "dublette"}
        queue_dup = listed.get("dublette", set())
        dup_found, dup_hits = dup_found + len(queue_dup), dup_hits + len(queue_dup & dups)
        found, wanted = found + len(shown), wanted + len(want)
        hits, decoys = hits + len(shown & want), decoys + len(shown & bad)
    return {"seeds": list(SEEDS), "found": found, "wanted": wanted, "hits": hits,
            "precision": round(hits / found, 3), "recall": round(hits / wanted, 3),
            "standard_decoys_listed": decoys,
            "dublette_queue_precision": round(dup_hits / dup_found, 3) if dup_found else None}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = {"hand": hand_set(Path(tmp))}
        if not args.skip_demo:
            out["demo"] = demo_seeds(Path(tmp))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, default=str))
        return
    hand = out["hand"]
    for part, figures in [("alle", hand), *hand.get("parts", {}).items()]:
        print(f"-- {part}")
        for kind, r in figures["recall"].items():
            print(f"recall {kind:9} {r['found']:3}/{r['of']:3} = {r['recall']}")
        for name, q in figures["queues"].items():
            print(f"queue {name:9} size {q['size']:3} precision {q['precision']} decoys in top 50: "
                  f"{q['decoys_top']}  labels {q['labels']}")
    if "demo" in out:
        d = out["demo"]
        print(f"demo seeds {d['seeds']}: precision {d['precision']}, recall {d['recall']} "
              f"({d['hits']} of {d['wanted']}, {d['found']} listed, standard decoys listed "
              f"{d['standard_decoys_listed']}); Dublette queue precision {d['dublette_queue_precision']}")


if __name__ == "__main__":
    main()
