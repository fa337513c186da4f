"""What a cell holds before it is typed (a helper of step 3, ingest.parse): the Typed result
of every parser, the marks people write for "no value" (one rule for every column: read as
empty and named in the plan), and number text in German or English."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dashboard.ingest.locate import Located, SourceColumn
from dashboard.ingest.messages import Issue, row_ranges, say

# What people write for "no value" (one rule for every column): read as empty, and the plan
# names every cell it read so (ingest.parse). Compared without case, spaces and dots, so
# "k. A.", "k.A." and "KA" are one mark; any run of dashes and slashes ("-", "–", "./.") is one.
EMPTY_MARKS = frozenset({"", "-", "–", "—", "/", "./.", "k.a.", "k. a.", "keine angabe",
                         "keine angaben", "n/a", "n.a.", "n. a.", "n.b.", "n. b.", "nicht bekannt",
                         "n.v.", "n. v.", "entfällt", "entf."})
_MARK_NOISE = re.compile(r"[\s.]+")
_MARK_KEYS = frozenset(_MARK_NOISE.sub("", m.casefold()) for m in EMPTY_MARKS)
_DASHES = re.compile(r"[-–—/]+")
MARK_MAX = max(map(len, EMPTY_MARKS)) + 3  # longer text is never a mark (a cheap first test)
_MARK_CHARS = frozenset("".join(EMPTY_MARKS) + " \t\r\n\u00a0\u202f.-–—/")
_NUMBER = re.compile(r"^[+-]?(\d+|\d{1,3}([.,' ]\d{3})+)([.,]\d+)?$")


@dataclass(frozen=True, slots=True)
class Typed:
    value: Any = None
    error: str | None = None
    suggestion: str | None = None
    notice: str | None = None   # a warning about a value that is read (e.g. rounded to cents)


NOTHING = Typed()


def is_mark(text: str) -> bool:
    """True for text that says "no value" ("-", "k. A.", "n. b.", "entfällt", "./."), also ""."""
    if len(text) > MARK_MAX or not _MARK_CHARS.issuperset(text.casefold()):
        return False  # (cheap: an id, a number or a name has a letter no mark has)
    key = _MARK_NOISE.sub("", text.casefold())
    return key in _MARK_KEYS or _DASHES.fullmatch(key) is not None


def is_blank(raw: Any) -> bool:
    """An empty cell, spaces only, or a mark for "no value"."""
    return raw is None or raw == "" or (isinstance(raw, str) and is_mark(raw))


def blank_mark(raw: Any) -> bool:
    """A cell a person filled with a mark for "no value" (not an empty or all-spaces cell): read
    as empty, and named in the plan."""
    return isinstance(raw, str) and raw.strip() != "" and is_mark(raw)


def number_text(text: str) -> str | None:
    """German or English number text without unit as plain decimal text ('-1234.5'); '1.250'
    is 1250 (thousands point). None when it is no number."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not _NUMBER.match(t):
        return None
    sign = "-" if t.startswith("-") else ""
    t = t.lstrip("+-").replace("'", "").replace(" ", "")
    if "," in t and "." in t:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
    elif "," in t:
        decimal = "," if not re.fullmatch(r"\d{1,3}(,\d{3})+", t) else ""
    elif "." in t:
        decimal = "" if re.fullmatch(r"\d{1,3}(\.\d{3})+", t) else "."
    else:
        decimal = ""
    thousands = {",": ".", ".": ",", "": ".,"}[decimal]
    for sep in thousands:
        t = t.replace(sep, "")
    if decimal == ",":
        t = t.replace(",", ".")
    return sign + t


def parse_number(text: str) -> float | None:
    """German or English number text without unit; '1.250' is 1250 (thousands point)."""
    plain = number_text(text)
    try:
        return None if plain is None else float(plain)
    except ValueError:
        return None


def blank_notices(column: Sequence[Any], distinct: set, col: SourceColumn,
                  row_numbers: list[int], located: Located) -> list[Issue]:
    """One notice per column and mark ("-", "k. A.", "n. b." ...) naming the cells read as
    empty (a single cell with its row)."""
    marks = {raw for raw in distinct if raw.__class__ is str and blank_mark(raw)}
    if not marks:
        return []
    rows: dict[str, list[int]] = {}
    for n, raw in enumerate(column):
        if raw in marks:
            rows.setdefault(raw.strip(), []).append(row_numbers[n])
    notices = []
    for mark, found in rows.items():
        one = len(found) == 1
        message = say("cell.blank_mark" if one else "cell.blank_marks", value=mark,
                      letter=col.letter, header=col.header, rows=row_ranges(found), n=len(found))
        notices.append(Issue("warning", message, located.file_name, located.sheet,
                             found[0] if one else None, col.header, col.letter, mark))
    return notices
