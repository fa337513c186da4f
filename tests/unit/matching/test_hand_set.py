"""The Vernetzung queues against the hand-written set (tests/data/vernetzung, not made by the
demo generator): its projects stored in a real DuckDB file like an import, the real matching,
precision and recall per kind. Floors are the figures measured at issue 20 (bench/README.md),
so a change that loses pairs shows here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.matching.evaluation import load_set, read_set
from dashboard.store.gateway import Database

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "tests" / "data" / "vernetzung"


@pytest.fixture(scope="module")
def figures():
    """The bench's evaluation in a process of its own: the word vocabulary of a process keeps
    the first spelling it met ("Dritter"/"dritter"), so the set must not change what other
    tests in this process see (test_pinned_pairs)."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_vernetzung_quality.py"),
                          "--skip-demo", "--json"], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                             [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])})
    return json.loads(out.stdout.strip().splitlines()[-1])["hand"]


def test_the_set_is_stored_as_written(tmp_path):
    projects, labelled = read_set(SET)
    path = tmp_path / "hand.duckdb"
    init_database(path, reference_dir())
    with Database(path) as db:
        assert load_set(db, projects) == len(projects)
        stored = db.query("SELECT project_id, title, description FROM project").df
    assert len(stored) == len(projects) == 301
    by_id = stored.set_index("project_id")
    for row in projects.itertuples():
        assert by_id.at[row.id, "title"] == row.title
        text = by_id.at[row.id, "description"]
        assert (text if isinstance(text, str) else "") == row.description
    counts = labelled[labelled["part"] == "tuning"]["kind"].value_counts()
    assert (counts[["dublette", "parallel", "standard", "decoy"]] >= 40).all()
    held = labelled[labelled["part"] == "heldout"]["kind"].value_counts()
    assert (held[["dublette", "parallel", "standard", "decoy"]] >= 6).all()


def test_dubletten_are_found_and_their_queue_is_clean(figures):
    tuning, held = figures["parts"]["tuning"], figures["parts"]["heldout"]
    assert tuning["recall"]["dublette"]["recall"] >= 1.0      # issue 20, first session: 0,952
    assert tuning["queues"]["dublette"]["precision"] >= 1.0
    assert held["recall"]["dublette"]["recall"] >= 0.7        # before this work: 0,4
    assert held["queues"]["dublette"]["precision"] >= 1.0
    assert figures["queues"]["dublette"]["precision"] >= 0.94


def test_parallel_developments_are_found_across_borders_in_other_words(figures):
    tuning, held = figures["parts"]["tuning"], figures["parts"]["heldout"]
    assert tuning["recall"]["parallel"]["recall"] >= 0.76     # before: 0,714 (0 before issue 20)
    assert tuning["queues"]["parallel"]["precision"] >= 0.86  # before: 0,833
    # words the lexicon was not written for: far below the target, kept from falling further
    assert held["recall"]["parallel"]["recall"] >= 0.33       # before: 0,259
    assert held["queues"]["parallel"]["precision"] >= 0.8     # before: 0,7


def test_standard_measures_are_their_own_kind(figures):
    assert figures["parts"]["tuning"]["recall"]["standard"]["recall"] >= 0.95
    # the held-out group (four prizes for founders, titles worded apart) is not recognised yet:
    # its pairs must at least stay out of the overlap queues (below)
    for kind in ("dublette", "parallel"):
        labels = figures["queues"][kind]["labels"]
        assert labels.get("standard", 0) == 0, kind


def test_no_decoy_in_the_top_of_any_queue(figures):
    assert all(q["decoys_top"] == 0 for q in figures["queues"].values())
    # one decoy is listed below the top 50 (Floating-PV and a cycle path on the Cottbuser
    # Ostsee: one place, some text); none of the held-out decoys
    assert figures["recall"]["decoy"]["found"] <= 1
    assert figures["parts"]["heldout"]["recall"]["decoy"]["found"] == 0
