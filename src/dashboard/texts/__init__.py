"""All user-facing text, German first and English beside it.

The ground floor of the house: every package may import it, and it imports nothing of ours but
dashboard.i18n and dashboard.formatting (tests/unit/foundation/test_layers.py). Page labels,
chart words, the import's sentences (area ingest) and the filter wording
(texts.filters) are all here, with one lookup `t`.

Each area keeps its texts in its own module (common, pipeline, portfolio, …) as two dicts DE and
EN with the same keys; `t(key, **values)` looks a key up in the active language
(dashboard.i18n). Adding a language to an area = adding its dict; adding an area = naming it in
AREAS. tests/unit/foundation/test_texts_languages.py fails when a key lacks a language, when the
{placeholders} differ, or when a (singular, plural) pair is not a pair in both. A key missing
in English still shows (in German) rather than break a page.

English glossary (short, plain English for an international reader; German proper names stay,
explained once where a page introduces them):
- Revier / Reviere: "Revier" / "Reviere" in running text ("Lausitzer Revier" stays as the
  reference data spell it); explained once as "Revier (coal region)".
- Fachnetzwerk: "Fachnetzwerk", explained once as "Fachnetzwerk (specialist network)"; plural
  "Fachnetzwerke". Fachgruppe stays too.
- Prüfstufe: "review stage"; Prüfkette: "review pipeline".
- Entwicklungsschwerpunkt / Schwerpunkt: "focus area"; Zukunftsmission / Mission: "mission".
- Querschnittsthema: "cross-cutting theme"; Hauptziel: "principal aim"; signifikant:
  "significant" (the IATI policy-marker words).
- beantragt / bewilligt: "requested" / "granted"; ausgeschieden: "exited" (zurückgestellt "on
  hold", abgelehnt "rejected", zurückgezogen "withdrawn"); Träger: "sponsor".
- Finanzrahmen: "funding envelope"; Fördermittel: "funding"; Förderprogramm: "funding programme".
- Kreis / Landkreis: "district"; Land / Bundesland: "Land" (German state), "state" in a
  sentence where "Land" would read oddly.
- Vernetzung: "Networking"; Dublette: "duplicate"; Akteur: "actor"; Import: "import".
- Stand (data as of): "as of"; Stichtag: "reference date"; letzte Sitzung: "last meeting".
Names that come from the database (stages, Reviere, missions, focus areas, districts, exit
reasons, programmes, networks) stay German: data/reference/*.csv has no English column.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Self

from dashboard import i18n

AREAS = ("common", "pipeline", "portfolio", "importer", "workshop", "geo", "vernetzung", "charts",
         "access", "foerderlisten", "finanzen", "opendata", "apiroles", "barrierefreiheit",
         "import_files", "ingest")
LANGUAGES = i18n.LANGUAGES


@cache
def _table(language: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for area in AREAS:
        try:
            module = importlib.import_module(f"dashboard.texts.{area}")
        except ModuleNotFoundError:
            continue
        merged.update(getattr(module, language.upper(), {}))
    return merged


def set_language(language: str) -> None:
    """Make `language` the active language of this thread (see dashboard.i18n)."""
    i18n.set_language(language)


def _text(key: str):
    text = _table(i18n.language()).get(key) or _table("de").get(key)
    if text is None:
        raise KeyError(f"Kein Text für Schlüssel {key!r}")
    return text


def t_de(key: str, **values: object) -> str:
    """The German text for `key`, for text that is stored rather than shown (a batch note)."""
    text = _table("de")[key]
    return text.format(**values) if values else text


def text_of(key: str) -> str | tuple[str, str]:
    """The raw entry of `key` in the active language: a text, or (singular, plural)."""
    return _text(key)


def t(key: str, **values: object) -> str:
    """The text for `key` in the active language, with {placeholders} filled."""
    text = _text(key)
    if isinstance(text, tuple):
        raise TypeError(f"{key!r} hat Einzahl und Mehrzahl: tn(key, count) verwenden")
    return text.format(**values) if values else text


class Said(str):
    """A text made from a key (`said`): reads as the sentence in the language it was made in,
    and keeps key and values, so that `again` says it in the reader's language later (an
    import plan made once is shown in German or English without reading the file again)."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, values: dict[str, object]) -> Self:
        made = super().__new__(cls, t(key, **values))
        made.key, made.values = key, values
        return made

    def __reduce__(self):
        return (Said, (self.key, self.values))


class Later(str):
    """The result of a function that writes in the active language (a formatted amount, a
    quoted value, a list joined with "oder"): reads as made, and `again` calls it anew."""

    def __new__(cls, func, args: tuple, kwargs: dict) -> Self:
        made = super().__new__(cls, func(*args, **kwargs))
        made.func, made.args, made.kwargs = func, args, kwargs
        return made

    def __reduce__(self):
        return (Later, (self.func, self.args, self.kwargs))


def sayable(func):
    """Wrap `func` (language-dependent text out) so that its results can be said again."""
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return Later(func, args, kwargs)

    wrapped.plain = func
    return wrapped


def said(key: str, **values: object) -> Said:
    """`t(key, **values)` that can be said again in another language (see `again`)."""
    return Said(key, values)


def again(text: object) -> object:
    """A Said or Later text in the active language (its values too); lists and tuples of them
    element by element; anything else as it is."""
    if isinstance(text, Said):
        return t(text.key, **{k: again(v) for k, v in text.values.items()})
    if isinstance(text, Later):
        return text.func(*again(text.args), **{k: again(v) for k, v in text.kwargs.items()})
    if isinstance(text, (list, tuple)) and not isinstance(text, str):
        return type(text)(again(v) for v in text)
    return text


def in_language(text: str, candidates) -> str | None:
    """`text` as written in any language, turned into the one of `candidates` (texts of the
    active language) that has the same key; None when there is none. For labels that travel in
    a link (a tab name in ?ansicht=) when the reader's language differs from the sender's."""
    wanted = set(candidates)
    for language in LANGUAGES:
        for key, value in _table(language).items():
            if value == text and (mine := _text(key)) in wanted:
                return mine
    return None


def column(name: str) -> str:
    """A data column's header in the active language: `data.col.<name>` where the views name
    their columns in German (the statements of tests/figure_rules read them by that name)."""
    text = _table(i18n.language()).get(f"data.col.{name}")
    return text if isinstance(text, str) else name


def tn(key: str, count: float, **values: object) -> str:
    """Singular or plural: the table holds (singular, plural) for `key`; {n} is the count in
    the language's format ("1 neues Projekt", "1.234 neue Projekte"; "1,234 new projects")."""
    from dashboard.formatting import fmt_int

    singular, plural = _text(key)
    return (singular if count == 1 else plural).format(n=fmt_int(count), **values)
