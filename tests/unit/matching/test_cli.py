"""`python -m dashboard vernetzung ...` as a user runs it: directly on the file, and through the
process that owns the database (as the running app does)."""

from __future__ import annotations

import getpass
import json
import subprocess
import sys

from dashboard.domain.filters import Filters
from dashboard.features import operations
from dashboard.matching.queue import actors, open_pairs
from dashboard.store.gateway import Database
from dashboard.store.server import serve

HANDLERS = operations()


def cli(db_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", "vernetzung", *args, "--db",
                           str(db_path)], capture_output=True, text=True, timeout=120, check=False)


def test_open_pairs_and_actors_as_json(writable_db_path):
    pairs = cli(writable_db_path, "--json", "--revier", "LR")
    assert pairs.returncode == 0, pairs.stderr
    printed = json.loads(pairs.stdout)
    with Database.open_existing(writable_db_path, read_only=True) as db:
        expected = open_pairs(db, Filters(reviere=("LR",)))
        names = actors(db, Filters())
    assert [(p["a"], p["b"]) for p in printed] == list(zip(expected["a"], expected["b"], strict=True))
    assert set(printed[0]) == {"a", "b", "score", "reasons", "cross", "kind"}
    assert {p["kind"] for p in printed} <= {"dublette", "parallel", "standard"}
    assert all(set(p["cross"]) <= {"fachnetzwerk", "revier", "land"} for p in printed)
    assert all(p["a"].startswith("LR") or p["b"].startswith("LR") for p in printed)
    assert all(isinstance(r, str) for p in printed for r in p["reasons"])
    listed = cli(writable_db_path, "akteure", "--json")
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)
    assert [a["name"] for a in found] == names["name"].tolist()
    assert set(found[0]) == {"name", "key", "variants", "projects", "networks", "reviere", "laender"}
    assert sum(len(a["projects"]) for a in found) == 400  # every demo project has a sponsor


def test_a_decision_from_the_shell_goes_through_the_owner_and_names_the_os_user(writable_db_path):
    with Database(writable_db_path) as db:
        a, b = open_pairs(db, Filters())[["a", "b"]].iloc[0]
        stop = serve(db, HANDLERS)
        try:
            wrong = cli(writable_db_path, "entscheiden", a, b, "dublette")
            assert wrong.returncode == 2 and "welche Kennung bleibt" in wrong.stderr
            assert "Traceback" not in wrong.stderr
            done = cli(writable_db_path, "entscheiden", a, b, "dublette", "--bleibt", b)
            assert done.returncode == 0, done.stderr
            assert f"{b} bleibt" in done.stdout
            row = db.query("SELECT actor, keep_id FROM match_decision").first()
            assert row == {"actor": f"cli:{getpass.getuser()}", "keep_id": b}
            listed = cli(writable_db_path, "--json")
            assert listed.returncode == 0, listed.stderr
            assert (a, b) not in {(p["a"], p["b"]) for p in json.loads(listed.stdout)}
        finally:
            stop()
