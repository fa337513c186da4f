"""Normal forms for matching: sponsors ("Stadt Borna" = "Große Kreisstadt Borna", GmbH/gGmbH/
e. V. variants), places, and the words a pair has in common. Pure functions, no I/O."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from dashboard.matching.lexicon import actor_alias_rows

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "–": " ", "—": " "})

# legal forms and their spellings, removed from a sponsor's name (longest first, as words)
_LEGAL_FORMS = (
    "gemeinnuetzige gesellschaft mit beschraenkter haftung", "gesellschaft mit beschraenkter haftung",
    "eingetragener verein", "eingetragene genossenschaft", "aktiengesellschaft",
    "kommanditgesellschaft", "haftungsbeschraenkt", "gmbh co kg", "ggmbh", "gmbh", "mbh", "ag",
    "kgaa", "kg", "ohg", "gbr", "ug", "se", "eg", "ev", "co", "aoer", "koer", "verein",
)
# kinds of local authority: the word(s) before the place name say what kind of body it is,
# and "Stadt", "Große Kreisstadt" and "Gemeinde" are the same municipality
_MUNICIPAL_PREFIXES = (
    "grosse kreisstadt", "kreisfreie stadt", "universitaetsstadt", "hochschulstadt",
    "kreisstadt", "hansestadt", "lutherstadt", "stadtverwaltung", "gemeindeverwaltung",
    "stadt", "gemeinde", "markt", "marktgemeinde",
)
_DISTRICT_PREFIXES = ("landratsamt", "landkreis", "kreisverwaltung", "kreis")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str | None) -> str:
    """Lower case, umlauts and ß spelt out, accents dropped, punctuation to spaces, single
    spaces: the form two spellings of the same name share."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold().translate(_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # "e. V." and "e.V." become "ev", "g.m.b.h." becomes "gmbh": join single letters
    text = re.sub(r"\b([a-z])\s*\.\s*(?=[a-z]\b\.?)", r"\1", text)
    return " ".join(_WORD.findall(text))


def _strip_words(text: str, words: tuple[str, ...]) -> str:
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    return " ".join(re.sub(pattern, " ", text).split())


_LEGAL_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _LEGAL_FORMS) + r")\b")


@lru_cache(maxsize=65536)
def sponsor_key(name: str | None) -> str:
    """The normal form of a sponsor: the same for spelling variants of one body, different for
    different bodies ("Stadt Leipzig" is not "Landkreis Leipzig"). Empty for no sponsor."""
    text = fold(name)
    if not text:
        return ""
    text = expand_aliases(text)
    text = " ".join(_LEGAL_RE.sub(" ", text).split())
    for prefix in _DISTRICT_PREFIXES:
        if text.startswith(prefix + " "):
            return "landkreis " + text[len(prefix) + 1:]
    for prefix in _MUNICIPAL_PREFIXES:
        if text.startswith(prefix + " "):
            return "kommune " + text[len(prefix) + 1:]
    return text or fold(name)


@lru_cache(maxsize=1)
def actor_aliases() -> tuple[tuple[re.Pattern, str], ...]:
    """Folded short form (whole words) -> folded long form, longest short form first."""
    rows = [(fold(a), fold(n)) for a, n in actor_alias_rows()]
    rows.sort(key=lambda r: -len(r[0]))
    return tuple((re.compile(rf"\b{re.escape(a)}\b"), n) for a, n in rows if a and n)


def expand_aliases(folded: str) -> str:
    """Short forms of actors written out (reference list match_actors.csv: "tubaf" ->
    "technische universitaet bergakademie freiberg"), until nothing changes (chains)."""
    for _ in range(3):
        before = folded
        for pattern, long_form in actor_aliases():
            folded = pattern.sub(long_form, folded)
        if folded == before:
            break
    return folded


# words an acronym leaves out ("TGZ" = "Technologie- und Gründerzentrum")
_JOINING = frozenset(["und", "für", "der", "die", "das", "des", "den", "dem", "am", "an", "im",
                      "in", "zu", "zum", "zur", "von", "vom", "mit", "auf", "bei", "e", "v"])
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{3,6}\b")
_RAW_WORD = re.compile(r"[^\W\d_]+")


def stem_words(words: Iterable[str]) -> frozenset[str]:
    """Words of a sponsor's normal form as the subset tests compare them: the adjective of a
    place is the place ("Leipziger Stadtwerke" = "Stadtwerke Leipzig")."""
    return frozenset(w[:-2] if len(w) > 6 and w.endswith("er") else w for w in words)


class SponsorForm(NamedTuple):
    """What else tells two spellings of one sponsor apart from two sponsors, beyond the normal
    form (see sponsor_form)."""

    stems: frozenset[str]     # the key's words without the project's own town (two must stay)
    placed: bool              # a town was taken out
    flat: str                 # the key without spaces ("Infra-Zeitz" = "InfraZeitz")
    acronyms: tuple[str, ...]  # written in capitals ("KAEV")
    initials: str             # of the words and compound parts, capital at a word's start

    def same_body(self, other: SponsorForm) -> bool:
        """One name with and one without the project's town (two sites of one institute, each
        with its town, stay two), written together or apart, or one the other's acronym."""
        short, long_ = sorted((self.stems, other.stems), key=len)
        if self.placed != other.placed and short <= long_ and len(short) >= 2:
            return True
        short, long_ = sorted((self.flat, other.flat), key=len)
        if len(short) >= 8 and (long_.startswith(short) or long_.endswith(short)):
            return True
        return any(_initials_of(a, other.initials) for a in self.acronyms) or \
            any(_initials_of(a, self.initials) for a in other.acronyms)


def _initials_of(acronym: str, initials: str) -> bool:
    """`acronym` is a run of `initials` that begins at the start of a word."""
    low = initials.lower()
    return any(low.startswith(acronym, i) for i, c in enumerate(initials) if c.isupper())


@lru_cache(maxsize=65536)
def sponsor_form(name: str | None, key: str, municipality: str | None,
                 initials: bool = True) -> SponsorForm:
    """The SponsorForm of a sponsor `name` with normal form `key` in a project at
    `municipality`: "Seenland Klinikum Hoyerswerda" in Hoyerswerda = "Lausitzer Seenland
    Klinikum"; "Kommunaler Abfallentsorgungsverband Niederlausitz" has the initials "KaevN".
    Without `initials` (the Förderlisten reconciliation) the word list is not even loaded."""
    from dashboard.matching.german import starts

    words = set(key.split())
    own = set(fold(municipality).split()) if municipality else set()
    core = words - own if len(words - own) >= 2 else words
    acronyms = tuple(dict.fromkeys(fold(a) for a in _ACRONYM.findall(name or "")))
    letters = "".join(
        fold(word[i])[:1].upper() if i == 0 else fold(word[i])[:1]
        for word in _RAW_WORD.findall(name or "")
        if (word.upper() != word or len(word) < 3) and word.lower() not in _JOINING
        for i in starts(word.lower())) if initials else ""
    return SponsorForm(stem_words(core), core != words, key.replace(" ", ""), acronyms, letters)


def place_key(name: str | None) -> str:
    """The normal form of a municipality ("Boxberg/O.L." = "Boxberg O. L.")."""
    return fold(name).replace(" ", "")
