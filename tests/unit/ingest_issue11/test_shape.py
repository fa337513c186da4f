"""The shape of ingest/ (issue 11): a one-way pipeline bytes -> Grid -> Located -> Parsed ->
Checked -> ImportPlan -> commit, one module per step (with its helpers), no step importing a
later one, no module much over 300 lines, and every message key the steps use defined."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from dashboard import ingest
from dashboard.texts.ingest_de import DE as TEXT

FOLDER = Path(ingest.__file__).parent
# step of each module: a module may import modules of its own or an earlier step only
STEP = {
    "messages": 0, "fields": 0, "heap": 0,
    "safety": 1, "grid": 1, "xlsx_errors": 1, "sheet_slices": 1,  # bytes -> Book/Grid
    "locate": 2,                                 # -> Located
    "cells": 3, "amounts": 3, "values": 3, "lookups": 3, "decisions": 3, "sections": 3,
    "parse": 3,  # -> Parsed
    "identity": 4, "rules": 4, "scope": 4, "towns": 4, "plausible": 4, "stage_dates": 4,
    "check": 4,  # -> Checked
    "diffs": 5, "plan": 5,                       # -> ImportPlan
    "archive": 6, "commit": 6, "aliases": 6, "accountable": 6,  # -> database (actor, audit)
    "service": 7, "operations": 8, "commands": 8,  # composition; CLI and socket
}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dashboard.ingest"):
            name = node.module.removeprefix("dashboard.ingest").lstrip(".")
            found.update([name] if name else [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("dashboard.ingest.") for a in node.names
                         if a.name.startswith("dashboard.ingest."))
    return found


def test_every_module_has_a_step():
    modules = {p.stem for p in FOLDER.glob("*.py")} - {"__init__"}
    assert modules == set(STEP)


def test_no_step_imports_a_later_one():
    for module, step in STEP.items():
        for imported in _imports(FOLDER / f"{module}.py"):
            assert STEP[imported] <= step, f"{module} (Schritt {step}) importiert {imported}"


def test_modules_are_small():
    for path in FOLDER.glob("*.py"):
        assert len(path.read_text("utf-8").splitlines()) <= 310, path.name


def test_every_message_key_used_is_defined():
    used = set()
    for path in FOLDER.glob("*.py"):
        used |= set(re.findall(r'say\(\s*"([a-z_.]+)"', path.read_text("utf-8")))
    assert used and used <= set(TEXT), used - set(TEXT)
