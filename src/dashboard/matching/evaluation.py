"""Precision and recall of the Vernetzung queues against a hand-labelled set of pairs
(tests/data/vernetzung): `load_set` stores its projects through the normal project path,
`evaluate` runs the real matching and compares every queue with the labels."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

KINDS = ("dublette", "parallel", "standard")
TOP = 50  # a decoy must not be among the first TOP pairs of a queue


def read_set(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The projects and the labelled pairs (a, b, kind) of an evaluation folder."""
    projects = pd.read_csv(folder / "projects.csv", sep=";", dtype=str, keep_default_na=False)
    pairs = pd.read_csv(folder / "pairs.csv", sep=";", dtype=str, keep_default_na=False)
    ordered = [tuple(sorted(p)) for p in zip(pairs["a"], pairs["b"], strict=True)]
    pairs["a"], pairs["b"] = [a for a, _ in ordered], [b for _, b in ordered]
    return projects, pairs


def load_set(db: Database, projects: pd.DataFrame) -> int:
    """Store the projects (district by name, stage 'Projektidee') as one batch; returns the count."""
    from dashboard.domain.project import PROJECT_COLUMNS
    from dashboard.store.projects import insert_projects, new_batch

    districts = dict(db.query("SELECT name, code FROM ref_district").df.values)
    first_stage = db.scalar("SELECT code FROM ref_stage ORDER BY sort LIMIT 1")

    def text(col: str) -> pd.Series:
        return projects[col].where(projects[col] != "", None)

    frame = pd.DataFrame({c: [None] * len(projects) for c in PROJECT_COLUMNS})
    frame["project_id"] = projects["id"]
    for col, source in (("title", "title"), ("description", "description"), ("sponsor", "sponsor"),
                        ("municipality", "municipality"), ("revier_code", "revier"),
                        ("focus_area_code", "focus_area"), ("mission_code", "mission")):
        frame[col] = text(source)
    frame["district_code"] = projects["district"].map(districts)
    for col in ("start", "end"):
        frame[f"{col}_date"] = pd.to_datetime(text(col)).dt.date
    frame["total_cost_eur"] = pd.to_numeric(text("cost_eur"))
    frame["further_missions"] = [[] for _ in range(len(frame))]
    for col in ("theme_fk", "theme_kj", "theme_gs", "theme_dw"):
        frame[col] = 0
    frame["stage_code"], frame["status"], frame["source"] = first_stage, "aktiv", "manuell"
    frame["amounts_flagged"] = False
    with db.transaction() as cur:
        batch = new_batch(cur, "import", note="Vernetzung: handgeschriebener Prüfsatz",
                          n_rows=len(frame), n_new=len(frame), n_changed=0, n_unchanged=0,
                          n_rejected=0)
        return insert_projects(cur, frame, batch)


def queues(db: Database) -> dict[str, pd.DataFrame]:
    """The open pairs per kind, in the page's order (a queue without a `kind` column, as before
    issue 20, counts as one queue named 'alle')."""
    from dashboard.matching.queue import open_pairs

    pairs = open_pairs(db, Filters())
    if "kind" not in pairs:
        return {"alle": pairs}
    return {k: pairs[pairs["kind"] == k].reset_index(drop=True) for k in KINDS}


def evaluate(db: Database, labelled: pd.DataFrame) -> dict:
    """The figures of `_figures` for the whole set and, with a `part` column (tuning/heldout),
    for each part: a part's queues hold its labelled pairs and the unlabelled pairs whose two
    projects both belong to it (a project belongs to the parts of its labelled pairs)."""
    found = {name: list(zip(q["a"], q["b"], strict=True)) for name, q in queues(db).items()}
    # a standard measure is known when both projects count several "gleichartige Vorhaben" of
    # other sponsors (match_doc.same_title) and the pair is in no overlap queue
    crowd = set(db.query("SELECT project_id FROM match_doc WHERE same_title >= 2").df["project_id"])
    out = _figures(labelled, found, crowd)
    if "part" not in labelled:
        return out
    out["parts"] = {}
    part_of = dict(zip(zip(labelled["a"], labelled["b"]), labelled["part"], strict=True))
    for part, rows in labelled.groupby("part"):
        members = set(rows["a"]) | set(rows["b"])

        def mine(pair, part=part, members=members) -> bool:
            own = part_of.get(pair)
            return own == part if own else pair[0] in members and pair[1] in members

        out["parts"][part] = _figures(rows, {name: [p for p in pairs if mine(p)]
                                             for name, pairs in found.items()}, crowd)
    return out


def _figures(labelled: pd.DataFrame, found: dict[str, list], crowd: set) -> dict:
    """Per labelled kind: recall (found in its own queue, or in any queue before kinds existed);
    per queue: size, precision (pairs labelled with the queue's kind), labelled pairs of each
    other kind in it, decoys in its first TOP."""
    truth = {(a, b): k for a, b, k in labelled[["a", "b", "kind"]].itertuples(index=False)}
    out: dict = {"recall": {}, "queues": {}}
    overlaps = set(found.get("dublette", [])) | set(found.get("parallel", [])) \
        if "alle" not in found else set(found["alle"])
    for kind in (*KINDS, "decoy"):
        wanted = {p for p, k in truth.items() if k == kind}
        where = found.get(kind) if kind in found else [p for q in found.values() for p in q]
        hit = wanted & set(where)
        if kind == "standard":
            hit = {(a, b) for a, b in wanted if a in crowd and b in crowd} - overlaps
        out["recall"][kind] = {"found": len(hit), "of": len(wanted),
                               "recall": round(len(hit) / len(wanted), 3) if wanted else None,
                               "missed": sorted(wanted - hit)}
    for name, pairs in found.items():
        labels = pd.Series([truth.get(p, "unlabelled") for p in pairs], dtype=object)
        own = int((labels == name).sum()) if name in KINDS else \
            int(labels.isin(["dublette", "parallel"]).sum())
        out["queues"][name] = {
            "size": len(pairs), "precision": round(own / len(pairs), 3) if pairs else None,
            "labels": labels.value_counts().to_dict(),
            "decoys_top": int((labels.head(TOP) == "decoy").sum()),
            "wrong": [(p, lab) for p, lab in zip(pairs, labels, strict=True)
                      if lab != name and not (name == "alle" and lab in ("dublette", "parallel"))]}
    return out
