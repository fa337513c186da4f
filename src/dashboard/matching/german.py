"""German words as people write them, for the matching (issue 20): the base form of a noun
("Stellplätze" -> "Stellplatz", "Hebammen" -> "Hebamme"), the parts of a compound
("Wochenbettbetreuung" -> "Wochenbett", "Betreuung") and the synonym groups of a noun
("Klärwerk" and "Kläranlage" -> group "Kläranlage", "Kitas" -> "Kindertagesstätte").

The words and groups come from data/reference/sprache/woerter.tsv.gz (derived from OpenThesaurus
and simplemma, see derive_words.py); inflected forms are found by rule. `related(text)` gives the
words a text names without writing them: appended to what the matching reads, two texts that
say one thing in other words share them."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from dashboard.matching.lexicon import ENDINGS

MIN = 4  # letters of a word or part that counts (shorter parts are too often accidental)
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# a word and whether a hyphen joins it to the word before or after (one pass over the text)
_PIECES = re.compile(r"(-?)([^\W\d_]+)(?=(-?))", re.UNICODE)
MEANINGS = 1  # synonyms only of a noun with one meaning ("Wärme" has three: none are used)
# a part this long names the subject of a compound ("Hebammen|zentrale"); shorter parts
# ("Wasser|stoff", "Land|kreis") tie unrelated projects (measured on tests/data/vernetzung)
PART_NAMES = 7
# plural and case endings of German nouns, longest first: the lexicon's and "-nen"
# ("Bürgerinnen" -> "Bürgerin")
_ENDINGS = ("nen", *ENDINGS)
_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
# what joins the parts of a compound ("Hebamme-n-zentrale", "Arbeit-s-platz")
_LINKS = ("", "s", "es", "n", "en", "e", "er")


class _Nouns:
    """The nouns of the list, lower case, and how each is written: by rule a capital first
    letter, so only the exceptions ("KI", "E-Mobilität") are kept (~25 MB less than a dict)."""

    def __init__(self, words: set[str], exceptions: dict[str, str]) -> None:
        self.words, self.exceptions = words, exceptions

    def get(self, low: str) -> str | None:
        if low not in self.words:
            return None
        return self.exceptions.get(low) or low[:1].upper() + low[1:]

    def __len__(self) -> int:
        return len(self.words)


@lru_cache(maxsize=1)
def _table() -> tuple[_Nouns, dict[str, tuple[str, ...]]]:
    """(the nouns, lower-case noun -> its synonym groups)."""
    from dashboard.config import reference_dir

    path = Path(reference_dir()) / "sprache" / "woerter.tsv.gz"
    words: set[str] = set()
    exceptions: dict[str, str] = {}
    groups: dict[str, tuple[str, ...]] = {}
    if path.exists():
        # read at once and lower-cased at once: 0,45 -> 0,2 s (each fresh process pays it)
        data = gzip.decompress(path.read_bytes()).decode("utf-8")
        for line, low_line in zip(data.split("\n"), data.lower().split("\n"), strict=True):
            word, _, names = line.partition("\t")
            if not word:
                continue
            low = low_line[:len(word)]
            words.add(low)
            if word[1:] != low[1:] or word[:1] != low[:1].upper():
                exceptions[low] = word
            if names:
                groups[low] = tuple(names.split("|"))
    return _Nouns(words, exceptions), groups


@lru_cache(maxsize=262144)
def base(low: str) -> str | None:
    """The base form (as written) of a lower-case word, or None for a word the list does not
    know as a noun."""
    written, _ = _table()
    if (found := written.get(low)) is not None:
        return found
    for ending in _ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= MIN and \
                (found := written.get(stem) or written.get(_without_umlaut(stem))) is not None:
            return found
    return None


def _without_umlaut(stem: str) -> str:
    """The stem with its last umlaut undone ("plätz" -> "platz", "bäum" -> "baum")."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            return stem[:i] + stem[i].translate(_UMLAUT) + stem[i + 1:]
    return stem


@lru_cache(maxsize=262144)
def _split(low: str) -> tuple[str, str, int] | None:
    """The first part's lower-case base, the last part, and where the last part begins, of a
    compound of two known nouns (the longest possible last part first tried: "hebammenzentrale"
    -> ("hebamme", "zentrale", 8)); None for a word that is no such compound."""
    for cut in range(MIN, len(low) - MIN + 1):
        if base(low[cut:]) is None:
            continue
        front = low[:cut]
        for link in _LINKS:
            stem = front[:len(front) - len(link)] if link else front
            if (not link or front.endswith(link)) and len(stem) >= MIN and base(stem) is not None:
                return stem, low[cut:], cut
    return None


@lru_cache(maxsize=262144)
def parts(low: str, depth: int = 2) -> tuple[str, ...]:
    """The known parts of a compound (as written): "wochenbettbetreuung" -> ("Wochenbett",
    "Betreuung"); () for a word that is no compound of known nouns. A part that is a compound
    itself is split too, up to `depth` levels."""
    if depth == 0 or (split := _split(low)) is None:
        return ()
    first, head = base(split[0]), base(split[1])
    return (first, *parts(first.lower(), depth - 1), head, *parts(head.lower(), depth - 1))


@lru_cache(maxsize=65536)
def starts(low: str) -> tuple[int, ...]:
    """Where the parts of a word begin, the word's own start included ("abfallentsorgungsverband"
    -> (0, 6, 17): Abfall, Entsorgung-s-, Verband); (0,) for a word that is no compound."""
    if (split := _split(low)) is None:
        return (0,)
    stem, head, cut = split
    return (*starts(stem), *(cut + i for i in starts(head)))


@lru_cache(maxsize=262144)
def _related(token: str, compounds: bool = True) -> tuple[str, ...]:
    low = token.lower()
    _, groups = _table()
    found = base(low)
    out = [found] if found is not None and found.lower() != low else []
    if compounds:
        out += [w for w in parts(found.lower() if found else low) if len(w) >= PART_NAMES]
    for noun in [found, *out] if found else list(out):
        names = groups.get(noun.lower(), ()) if noun is not None else ()
        if len(names) <= MEANINGS:
            out += names
    return tuple(w for w in dict.fromkeys(out) if w.lower() != low)


def related(text: str | None, compounds: bool = True) -> list[str]:
    """The words `text` names without writing them: base forms, parts of hyphenated words,
    synonym groups and, with `compounds`, the long parts of compounds (each once, in order of
    mention). The matching splits compounds in titles only: in descriptions the parts tied
    projects of one field, not of one idea (parallel precision 0,83 -> 0,55 on the tuning set)."""
    if not text:
        return []
    out: dict[str, None] = {}
    for before, token, after in _PIECES.findall(str(text)):
        if len(token) >= MIN:
            if before or after:  # a part of a hyphenated word is a word of its own ("Mini-Wald")
                out[token] = None
            for word in _related(token, compounds):
                out[word] = None
    return list(out)


def related_text(text: str | None, compounds: bool = True) -> str:
    """`related` as one line of words."""
    return " ".join(related(text, compounds))
