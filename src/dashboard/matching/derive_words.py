"""Derive the German word list of the matching (data/reference/sprache/woerter.tsv.gz) from two
published sources, so the matching knows base forms, the parts of compounds and synonyms of words
nobody here listed (issue 20):

- OpenThesaurus (Debian package openthesaurus-de-text, LGPL): groups of synonyms; only nouns,
  without colloquial, dated or regional variants, groups of at most MAX_GROUP words;
- simplemma's German dictionary (MIT): the base forms of German nouns ("Abwasser", "Wochenbett"),
  so the parts of a compound are known words ("Abwasserwärme" = "Abwasser" + "Wärme").

    .venv/bin/python -m dashboard.matching.derive_words \
        --thesaurus /usr/share/openthesaurus-de/openthesaurus.txt --out data/reference/sprache

A row: a noun in its base form as written, and its synonym groups (each named by its first noun,
"|"-separated; empty for a noun without synonyms or with more than MAX_MEANINGS groups). Inflected
forms are not listed: german.py finds the base by rule ("Stellplätze" -> "Stellplatz")."""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

MAX_GROUP = 12       # a larger group is a field, not synonyms ("Gebäude", "Bauwerk", ... 30 more)
MAX_MEANINGS = 3     # a word in more groups is ambiguous: its synonyms are left out
# variants a project text does not use, or uses in another sense
_DROP = re.compile(r"\((?:[^)]*(?:ugs|derb|vulg|veraltet|scherzh|abwertend|salopp|fig|selten|"
                   r"regional|österr|schweiz|süddt|norddt|landschaftlich|Jargon|Slang|bildungssprachlich|"
                   r"historisch|DDR|militärisch|Zitat|poetisch|gehoben|Plural|Kinderspr|Amtsdeutsch|"
                   r"sarkastisch|ironisch|Neologismus|Sprichwort|Redensart|Hauptform|Verb)[^)]*)\)")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*$|^[A-ZÄÖÜ]{2,6}$")


def groups(path: Path) -> list[list[str]]:
    """The noun groups of OpenThesaurus' text format (one group per line, ";"-separated)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        nouns = []
        for term in line.split(";"):
            if _DROP.search(term):
                continue
            term = _QUALIFIER.sub("", term).strip()
            if _NOUN.match(term) and term not in nouns:
                nouns.append(term)
        if 2 <= len(nouns) <= MAX_GROUP:
            out.append(nouns)
    return out


def rows(groups_: list[list[str]], nouns: set[str]) -> list[tuple[str, str]]:
    """(noun, groups) for every noun of a group and every base form of `nouns`."""
    meanings: dict[str, list[str]] = {}
    taken: set[str] = set()
    for group in groups_:
        # a group is named by its first noun that names no other group yet ("Bank" the seat,
        # "Geldinstitut" the bank): two groups of one word never share a name
        name = next((n for n in group if n not in taken), "-".join(group[:2]))
        taken.add(name)
        for noun in group:
            meanings.setdefault(noun, []).append(name)
    out = {n: "" for n in nouns}
    for noun, names in meanings.items():
        out[noun] = "|".join(dict.fromkeys(names)) if len(names) <= MAX_MEANINGS else ""
    return sorted(out.items())


def simplemma_nouns() -> set[str]:
    """The base forms of nouns (4 to 20 letters) in simplemma's German dictionary."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    data = DefaultDictionaryFactory().get_dictionary("de")
    word = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,19}")
    return {b for f, b in data.items() if f[:1].isupper() and word.fullmatch(b)}


def write(out_dir: Path, table: list[tuple[str, str]]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "woerter.tsv.gz"
    body = "".join(f"{w}\t{g}\n" for w, g in table).encode("utf-8")
    # mtime 0: the same sources give the same bytes
    path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thesaurus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    table = rows(groups(args.thesaurus), simplemma_nouns())
    path = write(args.out, table)
    print(f"{len(table)} Wörter in {path}")


if __name__ == "__main__":
    main()
