"""All user-facing text. German first; English where a key has it (falls back to German).

Each area keeps its texts in its own module (common, pipeline, portfolio, importer, workshop) as two
dicts DE and EN; `t(key, **values)` looks a key up in the active language.
"""

from __future__ import annotations

import importlib
from functools import cache

AREAS = ("common", "pipeline", "portfolio", "importer", "workshop", "geo", "vernetzung",
         "access", "foerderlisten", "finanzen",
         "opendata", "barrierefreiheit")
LANGUAGES = ("de", "en")
_language = "de"


@cache
def _table(language: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for area in AREAS:
        try:
            module = importlib.import_module(f"dashboard.ui.texts.{area}")
        except ModuleNotFoundError:
            continue
        merged.update(getattr(module, language.upper(), {}))
    return merged


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "de"


def _text(key: str):
    text = _table(_language).get(key) or _table("de").get(key)
    if text is None:
        raise KeyError(f"Kein Text für Schlüssel {key!r}")
    return text


def text_of(key: str) -> str | tuple[str, str]:
    """The raw entry of `key` in the active language: a text, or (singular, plural)."""
    return _text(key)


def t(key: str, **values: object) -> str:
    """The text for `key` in the active language, with {placeholders} filled."""
    text = _text(key)
    if isinstance(text, tuple):
        raise TypeError(f"{key!r} hat Einzahl und Mehrzahl: tn(key, count) verwenden")
    return text.format(**values) if values else text


def tn(key: str, count: float, **values: object) -> str:
    """Singular or plural: the table holds (singular, plural) for `key`; {n} is the count in
    German format ("1 neues Projekt", "1.234 neue Projekte")."""
    from dashboard.formatting import fmt_int

    singular, plural = _text(key)
    return (singular if count == 1 else plural).format(n=fmt_int(count), **values)
