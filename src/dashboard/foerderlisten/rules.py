"""Keyword rules (reference data, data/reference/foerderlisten_stichwoerter.csv, editable in a
spreadsheet): a word in an operation's title or purpose suggests a Zukunftsmission and an
Entwicklungsschwerpunkt ("Wasserstoff" -> M02/F4). Only a suggestion: a manager confirms
before anything is written to the monitor."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard import config

FILE = "foerderlisten_stichwoerter.csv"


@dataclass(frozen=True)
class Suggestion:
    mission_code: str | None
    focus_area_code: str | None
    keywords: tuple[str, ...]   # the words that led to it, in rule order


@functools.cache
def _rules(path: Path, mtime: float) -> tuple[tuple[re.Pattern, str, str | None, str | None], ...]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: int(r.get("sort") or 0))
    return tuple((re.compile(rf"(?<![^\W\d_]){re.escape(r['stichwort'].strip())}", re.IGNORECASE),
                  r["stichwort"].strip(), r["mission_code"].strip() or None,
                  r["focus_area_code"].strip() or None) for r in rows if r["stichwort"].strip())


def rules(reference_dir: Path | None = None):
    path = Path(reference_dir or config.reference_dir()) / FILE
    if not path.is_file():
        path = config.DEFAULT_REFERENCE_DIR / FILE
    return _rules(path, path.stat().st_mtime)


def suggest(*texts: object, reference_dir: Path | None = None) -> Suggestion:
    """The focus area most rules point to (ties: the first rule), and the mission of the first
    matching rule with that focus area."""
    text = " ".join(t for t in texts if isinstance(t, str))
    hits = [(word, mission, focus) for pattern, word, mission, focus in rules(reference_dir)
            if pattern.search(text)]
    if not hits:
        return Suggestion(None, None, ())
    votes: dict[str | None, int] = {}
    for _, _, focus in hits:
        votes[focus] = votes.get(focus, 0) + 1
    focus = max(votes, key=lambda f: votes[f])  # dicts keep order: ties go to the first rule
    mission = next((m for _, m, f in hits if f == focus and m), None)
    return Suggestion(mission, focus, tuple(w for w, _, f in hits if f == focus))
