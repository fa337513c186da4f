"""German words for what the matching found: the reasons of a pair and what it crosses."""

from __future__ import annotations

from dashboard.matching.scoring import cross, reasons
from dashboard.texts import said, t


def reason_texts(row) -> list[str]:
    """The reasons of a scored pair ("gleicher Träger", "Titel zu 87 % gleich"), in the active
    language and able to be said again in another (texts.again: the import's warnings)."""
    return [said(key, **values) for key, values in reasons(row)]


def cross_texts(row) -> list[str]:
    """What the pair crosses, in German ("anderes Fachnetzwerk", "anderes Land")."""
    return [t(f"match.cross.{c}") for c in cross(row)]
