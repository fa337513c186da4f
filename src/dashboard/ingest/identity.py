"""Which stored project each row is (a helper of step 4, ingest.check): the Projekt-ID, else a
stable key from title and sponsor; the same project twice in one file is an error on each row.

A new project's empty Projekt-ID is what the template asks for, so it gets its key without a
warning; only a file without any Projekt-ID column is told (once) how rows are recognised.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict

from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.messages import Issue, joined, say
from dashboard.ingest.parse import Parsed

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"\w+")


def normalise(text: object) -> str:
    """Lower case, umlauts spelt out, punctuation and repeated spaces removed."""
    if text is None or text == "":
        return ""
    folded = unicodedata.normalize("NFC", str(text)).lower().translate(_UMLAUTS)
    return " ".join(_WORD.findall(folded))


def stable_key(title: object, sponsor: object) -> str:
    """'K-' + 12 hex digits of SHA-1 over the normalised title and sponsor."""
    digest = hashlib.sha1(f"{normalise(title)}|{normalise(sponsor)}".encode()).hexdigest()
    return f"K-{digest[:12]}"


def cell_of(table: Parsed, field: str) -> tuple[str | None, str | None]:
    """(column letter, header) of a field in the file, or (None, template header)."""
    if field in table.data.cells:
        return table.data.cells[field]
    for c in table.columns:
        if c.field == field:
            return c.letter, c.header
    spec = BY_NAME.get(field)
    return None, spec.header if spec else field


def identify(table: Parsed) -> tuple[list[str | None], list[Issue]]:
    """The project id of every row (None without id and title) and the issues: a file without
    an id column (one warning) and the same key in several rows (an error on each)."""
    has_id_column = any(c.field == "project_id" for c in table.columns)
    data = table.data
    issues: list[Issue] = []
    titles, sponsors = data.column("title"), data.column("sponsor")
    pids = [(raw.strip() if raw.__class__ is str else str(raw).strip()) if raw is not None else ""
            for raw in data.column("project_id")]
    ids: list[str | None] = [pid or None for pid in pids]
    for i in [i for i, pid in enumerate(pids) if not pid and titles[i]]:  # rows without an id
        ids[i] = stable_key(titles[i], sponsors[i])
    if not has_id_column and len(data):
        issues.append(Issue("warning", say("id.no_column"), table.file_name, table.sheet,
                            suggestion=say("id.no_column_hint")))
    named = [pid for pid in ids if pid is not None]
    if len(set(named)) == len(named):  # the usual case: no key twice
        return ids, issues
    rows_by_id: dict[str, list[int]] = defaultdict(list)
    for index, pid in enumerate(ids):
        if pid is not None:
            rows_by_id[pid].append(index)
    for pid, indexes in rows_by_id.items():
        if len(indexes) > 1:
            numbers = [str(data.row_numbers[i]) for i in indexes]
            listed = joined(numbers, "word.and")
            for i in indexes:
                letter, header = cell_of(table, "project_id" if has_id_column else "title")
                issues.append(Issue("error", say("id.twice", pid=pid, rows=listed), table.file_name,
                                    table.sheet, data.row_numbers[i], header, letter, pid,
                                    say("id.twice_hint")))
    return ids, issues
