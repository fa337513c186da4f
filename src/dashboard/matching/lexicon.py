"""The field's words as people write them (reference data, data/reference/): abbreviations and
synonyms mapped to one concept (match_terms.csv: "H2", "Wasserstoff-…" -> Wasserstoff;
"Ladesäulen", "Ladepunkte" -> Ladeinfrastruktur) and actors' short forms (match_actors.csv:
TUBAF = TU Bergakademie Freiberg). Administration extends the CSV files; read once per process."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MIN_PART = 5  # a term this long also counts inside a compound ("Wasserstofftankstelle")


def _rows(name: str) -> list[dict[str, str]]:
    from dashboard.config import reference_dir

    path = Path(reference_dir()) / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if all((v or "").strip() for v in r.values())]


@lru_cache(maxsize=1)
def _terms() -> tuple[dict[str, str], dict[str, str], tuple[tuple[str, str], ...]]:
    """(single-word terms -> concept, long single-word terms for compounds, phrases)."""
    words, parts, phrases = {}, {}, []
    for row in _rows("match_terms.csv"):
        term, concept = row["term"].strip().lower(), row["concept"].strip()
        if " " in term or "-" in term:
            phrases.append((term, concept))
        else:
            words[term] = concept
            if len(term) >= MIN_PART:
                parts[term] = concept
    return words, parts, tuple(phrases)


def concepts(text: str | None) -> list[str]:
    """The concepts a text names, each once, in order of first mention (as written in the
    reference list: "Wasserstoff", "Photovoltaik")."""
    if not text:
        return []
    _, _, phrases = _terms()
    low = str(text).lower()
    found: dict[str, None] = {}
    for (phrase, concept), (pattern, last) in zip(phrases, _phrase_patterns(), strict=True):
        # the pattern only where the phrase's last word is there at all (a substring test is
        # ~50x cheaper than the search, and most texts name no phrase)
        if phrase in low or (pattern is not None and last in low and pattern.search(low)):
            found[concept] = None
    for token in _TOKEN.findall(low):
        concept = _token_concept(token)
        if concept is not None:
            found[concept] = None
    return list(found)


_ADJECTIVE = ("em", "en", "er", "es", "e")


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[tuple[re.Pattern | None, str], ...]:
    """Per phrase of words a pattern that also finds it inflected ("künstlicher Intelligenz",
    "des Medizinischen Versorgungszentrums") and its last word; None for a phrase with a
    hyphen."""
    out = []
    for phrase, _ in _terms()[2]:
        if "-" in phrase or " " not in phrase:
            out.append((None, phrase))
            continue
        *front, last = phrase.split()
        stems = [next((w[:-len(e)] for e in _ADJECTIVE if w.endswith(e) and len(w) - len(e) >= 3), w)
                 for w in front]
        body = r"\s+".join([*(rf"{re.escape(w)}(?:{'|'.join(_ADJECTIVE)})?" for w in stems),
                             rf"{re.escape(last)}(?:{'|'.join(ENDINGS)})?"])
        out.append((re.compile(rf"(?<!\w){body}(?!\w)"), last))
    return tuple(out)


# German inflection endings (plural, genitive, dative): "Straßenlaternen", "Ladesäulen",
# "Wärmepumpen" name the term of the list in its base form
ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")


@lru_cache(maxsize=1)
def _compound_patterns() -> tuple[re.Pattern, re.Pattern]:
    _, parts, _ = _terms()
    alternatives = "|".join(sorted(map(re.escape, parts), key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"^(?:{alternatives})"),
            re.compile(rf"({alternatives})(?:{'|'.join(ENDINGS)})?$"))


@lru_cache(maxsize=262144)
def _token_concept(token: str) -> str | None:
    words, parts, _ = _terms()
    concept = words.get(token)
    if concept is not None:
        return concept
    for ending in ENDINGS:  # a term with an ending, if four letters stay ("Busen" is no "Bus")
        stem = token[:-len(ending)]
        if token.endswith(ending) and len(stem) >= 4 and (concept := words.get(stem)) is not None:
            return concept
    if len(token) > MIN_PART:
        # a compound: a known term at its start or at its end, there also with an ending
        # ("Klärschlammverwertung", "Straßenlaternen")
        start, end = _compound_patterns()
        if hit := start.search(token):
            return parts[hit.group(0)]
        if hit := end.search(token):
            return parts[hit.group(1)]
    return None


def concept_text(text: str | None) -> str:
    """The concepts of `text` as one line of words (appended to what the matching reads)."""
    return " ".join(c.replace(" ", "-") for c in concepts(text))


def actor_alias_rows() -> list[tuple[str, str]]:
    """(short form, long form) of actors as match_actors.csv writes them."""
    return [(r["alias"], r["name"]) for r in _rows("match_actors.csv")]
