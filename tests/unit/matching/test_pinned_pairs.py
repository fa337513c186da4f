"""The stored pairs of a 3.000-project demo database are pinned: keys, score (within 1e-9),
German reasons and what the pair crosses, after a full run and after an incremental run over
60 changed projects. The file was written by the matching before its memory was reshaped
(issue 13); any change of what is found shows here. Write it anew only on purpose:
`PINNED_PAIRS_WRITE=1 python -m pytest tests/unit/matching/test_pinned_pairs.py`."""

from __future__ import annotations

import gzip
import json
import os
from datetime import date
from pathlib import Path

import pytest

from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.matching.service import refresh
from dashboard.matching.texts import cross_texts, reason_texts
from dashboard.store.gateway import Database

PINNED = Path(__file__).with_name("pinned_pairs_3000.json.gz")
SIZE, SEED, AS_OF = 3000, 42, date(2026, 11, 1)


def stored(db: Database) -> dict:
    pairs = db.query("SELECT * FROM match_pair ORDER BY a, b").df
    pairs["shared_terms"] = [tuple(t) for t in pairs["shared_terms"]]
    docs = db.query("SELECT project_id, same_title FROM match_doc WHERE same_title > 0 "
                    "ORDER BY project_id").df
    return {"pairs": [[r["a"], r["b"], float(r["score"]), reason_texts(r), cross_texts(r)]
                      for r in pairs.to_dict("records")],
            "same_title": dict(zip(docs["project_id"], docs["same_title"].astype(int).tolist(),
                                   strict=True))}


def run(path: Path) -> dict:
    init_database(path, reference_dir(), demo=True, size=SIZE, seed=SEED, as_of=AS_OF)
    with Database.open_existing(path) as db:
        assert refresh(db, full=True)["kind"] == "full"
        full = stored(db)
        with db.transaction() as cur:
            cur.execute("UPDATE project SET title = title || ' (neu)', description = description "
                        "|| ' Erweitert.' WHERE project_id IN (SELECT project_id FROM project "
                        "ORDER BY hash(project_id) LIMIT 60)")
        assert refresh(db)["kind"] == "incremental"
        return {"full": full, "incremental": stored(db)}


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    return run(tmp_path_factory.mktemp("pinned") / "pinned.duckdb")


def pinned(result: dict) -> dict:
    if os.environ.get("PINNED_PAIRS_WRITE") == "1":
        PINNED.write_bytes(gzip.compress(json.dumps(result, ensure_ascii=False).encode(), mtime=0))
    return json.loads(gzip.decompress(PINNED.read_bytes()))


@pytest.mark.parametrize("kind", ["full", "incremental"])
def test_pairs_scores_and_reasons_are_as_pinned(result, kind):
    want, got = pinned(result)[kind], result[kind]
    assert len(want["pairs"]) > 300  # the file holds a real queue, not a handful
    want_pairs = {(a, b): rest for a, b, *rest in want["pairs"]}
    got_pairs = {(a, b): rest for a, b, *rest in got["pairs"]}
    assert sorted(got_pairs) == sorted(want_pairs)
    for key, (score, reasons, cross) in want_pairs.items():
        got_score, got_reasons, got_cross = got_pairs[key]
        assert got_score == pytest.approx(score, abs=1e-9, rel=0), key
        assert (got_reasons, got_cross) == (reasons, cross), key
    assert got["same_title"] == want["same_title"]
