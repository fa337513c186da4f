"""Number formats decided per column from all its values: "3,000.00" is English, "102.691,05 €"
German, "3,000" or "1.250" alone could be either. A column whose values allow both readings
and none that decides is ambiguous: the reader asks the user, never guesses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Format = Literal["de", "en", "plain"]
_UNIT = re.compile(r"\s*(€|eur|euro|%)\s*$", re.IGNORECASE)
_GERMAN = (re.compile(r"^\d{1,3}(\.\d{3})+,\d+$"), re.compile(r"^\d+,(\d{1,2}|\d{4,})$"),
           re.compile(r"^\d{1,3}(\.\d{3}){2,}$"))
_ENGLISH = (re.compile(r"^\d{1,3}(,\d{3})+\.\d+$"), re.compile(r"^\d+\.(\d{1,2}|\d{4,})$"),
            re.compile(r"^\d{1,3}(,\d{3}){2,}$"))
_EITHER = (re.compile(r"^\d{1,3},\d{3}$"), re.compile(r"^\d{1,3}\.\d{3}$"))
_PLAIN = re.compile(r"^\d+$")


def strip_unit(text: str) -> tuple[str, bool]:
    """("102.691,05", False) for "102.691,05 € "; the flag says a percent sign was there."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    percent = t.endswith("%")
    t = _UNIT.sub("", t).strip().replace(" ", "").replace("'", "")
    return t.lstrip("+"), percent


def reading(text: str) -> str:
    """'de', 'en', 'either' (both readings possible), 'plain' (digits only) or 'none'."""
    t, _ = strip_unit(text)
    t = t.lstrip("-")
    if _PLAIN.match(t):
        return "plain"
    if any(p.match(t) for p in _EITHER):
        return "either"
    if any(p.match(t) for p in _GERMAN):
        return "de"
    if any(p.match(t) for p in _ENGLISH):
        return "en"
    return "none"


@dataclass(frozen=True)
class Decision:
    """The format of one column: `format` None when it cannot be decided (`conflict`: both
    formats occur; else values that read either way and nothing that decides)."""

    format: Format | None
    german: int = 0
    english: int = 0
    either: int = 0
    example: str | None = None      # a value that decided it, or one that is ambiguous
    conflict: bool = False


def decide(texts: Iterable[str], forced: Format | None = None) -> Decision:
    """The format of a column from its text values (numbers stored as numbers need none)."""
    counts = {"de": 0, "en": 0, "either": 0}
    examples: dict[str, str] = {}
    for text in texts:
        kind = reading(text)
        if kind in counts:
            counts[kind] += 1
            examples.setdefault(kind, text.strip())
    if forced is not None:
        return Decision(forced, counts["de"], counts["en"], counts["either"])
    de, en, either = counts["de"], counts["en"], counts["either"]
    if de and en:
        return Decision(None, de, en, either, examples["de"], conflict=True)
    if de or en:
        kind = "de" if de else "en"
        return Decision(kind, de, en, either, examples[kind])
    if either:
        return Decision(None, de, en, either, examples["either"])
    return Decision("plain", de, en, either)


def to_number(text: str, fmt: Format) -> float | None:
    """The value of `text` in format `fmt` (plain: digits only); None when it is no number."""
    t, _ = strip_unit(text)
    sign = -1.0 if t.startswith("-") else 1.0
    t = t.lstrip("-")
    kind = reading(t)
    if kind == "none" or (kind in ("de", "en") and kind != fmt):
        return None
    if kind == "plain":
        return sign * float(t)
    if fmt == "de":
        return sign * float(t.replace(".", "").replace(",", "."))
    if fmt == "en":
        return sign * float(t.replace(",", ""))
    return None
