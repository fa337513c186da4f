"""Reference values as people type them: code ("M02"), number ("2"), full name, short name or a
recognisable part ("Wasserstoff", "Görlitz", "LK Görlitz", "MDR"), resolved to codes; unknown
or ambiguous values get the closest valid choices as a suggestion."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from dashboard.domain.taxonomy import Taxonomy, per_taxonomy

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
# prefixes people put before a district name; stripped so "LK Görlitz" finds "Landkreis Görlitz"
_DISTRICT_PREFIXES = ("landkreis ", "lkr ", "lk ", "kreis ", "kreisfreie stadt ", "stadt ")
# well-known abbreviations that are not in the reference data
_ALIASES = {"reviere": {"mdr": "MR", "mitteldeutsch": "MR", "lausitzer": "LR"}}


def norm(text: str) -> str:
    """Compare key: lower case, umlauts spelled out, punctuation and line breaks to one space."""
    return _NON_WORD.sub(" ", text.casefold().translate(_UMLAUTS)).strip()


@dataclass(frozen=True)
class Resolved:
    code: str | None
    message: str | None = None
    suggestion: str | None = None


@dataclass
class RefLookup:
    """All spellings of one reference table, e.g. taxonomy.missions."""

    table: str
    label: str                                   # German noun for messages, e.g. "Zukunftsmission"
    display: dict[str, str] = field(default_factory=dict)   # code -> "M02 Wasserstoff..."
    exact: dict[str, str] = field(default_factory=dict)     # normalised spelling -> code
    names: dict[str, str] = field(default_factory=dict)     # normalised long names -> code
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # spelling -> several codes

    def add(self, code: str, *spellings: str, long: tuple[str, ...] = ()) -> None:
        for s in (code, *spellings, *long):
            if s:
                key = norm(s)
                if self.exact.setdefault(key, code) != code:
                    self.ambiguous.setdefault(key, [self.exact[key]]).append(code)
        for s in (*spellings, *long):
            if s:
                self.names[norm(s)] = code

    def resolve(self, text: str) -> Resolved:
        """The code for a typed value, or an error message with suggestions."""
        key = norm(text)
        if not key:
            return Resolved(None)
        for prefix in ("lk ", "lkr ", "kreis "):  # "LK Görlitz" is "Landkreis Görlitz"
            if key.startswith(prefix):
                key = "landkreis " + key.removeprefix(prefix)
        if key in self.exact and key not in self.ambiguous:
            return Resolved(self.exact[key])
        stripped = key
        for prefix in _DISTRICT_PREFIXES:
            stripped = stripped.removeprefix(prefix)
        if stripped in self.ambiguous:
            return self._several(text, self.ambiguous[stripped])
        if stripped in self.exact:
            return Resolved(self.exact[stripped])
        hits = {c for n, c in self.names.items() if len(stripped) >= 3 and _contains(n, stripped)}
        if not hits:
            hits = {c for n, c in self.names.items() if len(n) >= 4 and _contains(stripped, n)}
        if len(hits) == 1:
            return Resolved(hits.pop())
        if len(hits) > 1:
            return self._several(text, hits)
        close = difflib.get_close_matches(stripped, list(self.names) + list(self.exact), n=6, cutoff=0.6)
        codes = list(dict.fromkeys(self.names.get(k) or self.exact[k] for k in close))[:3]
        suggestion = _did_you_mean([self.display[c] for c in codes]) if codes else (
            "Erlaubt sind: " + ", ".join(list(self.display.values())[:12]) + "."
        )
        return Resolved(None, f"„{text}“ ist kein bekannter Wert für {self.label}.", suggestion)


    def _several(self, text: str, codes) -> Resolved:
        choices = sorted(set(codes), key=list(self.display).index)
        return Resolved(
            None,
            f"„{text}“ passt zu mehreren Werten für {self.label}.",
            _did_you_mean([self.display[c] for c in choices]),
        )


def _contains(haystack: str, needle: str) -> bool:
    """Whole-word containment, so 'it' does not match 'mitteldeutsch'."""
    return f" {needle} " in f" {haystack} " or haystack.startswith(needle + " ") or (
        len(needle) >= 5 and needle in haystack
    )


def _did_you_mean(options: list[str]) -> str:
    quoted = [f"{o}" for o in options]
    return "Meinten Sie: " + (" oder ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + " oder " + quoted[-1]) + "?"


def _number(code: str) -> str | None:
    digits = re.sub(r"\D", "", code)
    return str(int(digits)) if digits and len(digits) <= 3 else None


@per_taxonomy
def lookups(taxonomy: Taxonomy) -> dict[str, RefLookup]:
    """One RefLookup per reference table that a project list refers to."""
    result: dict[str, RefLookup] = {}

    def table(name: str, label: str, items, spellings, number: bool = True) -> None:
        lk = RefLookup(name, label)
        for item in items:
            names = spellings(item)
            lk.display[item.code] = f"{item.code} {names[0]}" if names[0] != item.code else item.code
            extra = (_number(item.code),) if number and _number(item.code) else ()
            lk.add(item.code, *names, long=())
            for e in extra:
                lk.exact.setdefault(e, item.code)
        result[name] = lk

    table("missions", "Zukunftsmission", taxonomy.missions, lambda m: (m.name, m.short_name))
    table("focus_areas", "Entwicklungsschwerpunkt", taxonomy.focus_areas, lambda f: (f.name,))
    table("reviere", "Revier", taxonomy.reviere, lambda r: (r.name, r.short_name), number=False)
    table("stages", "Prüfstufe", taxonomy.stages, lambda s: (s.name, s.short_name), number=False)
    table("programmes", "Förderprogramm", taxonomy.programmes, lambda p: (p.name,), number=False)
    table("sponsor_types", "Trägerart", taxonomy.sponsor_types, lambda s: (s.name,), number=False)
    table("districts", "Landkreis", taxonomy.districts, _district_spellings, number=False)
    for alias, code in _ALIASES["reviere"].items():
        result["reviere"].exact.setdefault(alias, code)
    for s in taxonomy.stages:  # "Fachgruppe" is mostly written "FG"
        result["stages"].exact.setdefault(norm(s.name.replace("Fachgruppe", "FG")), s.code)
    for d in taxonomy.districts:
        result["districts"].display[d.code] = d.name
    return result


def _district_spellings(d) -> tuple[str, ...]:
    bare = norm(d.name)
    for prefix in _DISTRICT_PREFIXES:
        bare = bare.removeprefix(prefix)
    return (d.name, bare)
