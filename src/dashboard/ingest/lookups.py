"""Reference values as people type them -> codes (a helper of step 3, ingest.parse).

Accepted without question: the code ("M02"), its number ("2"), the full or short name, a
district without its "Landkreis"/"Stadt" prefix ("Görlitz", "LK Görlitz") and the known
aliases below. Anything else - a part of a name, a typo, an old district name - is an error
whose suggestion names the likely value: a fuzzy match may suggest, never decide.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from dashboard.domain.taxonomy import Taxonomy, per_taxonomy
from dashboard.geo.locate import locate
from dashboard.geo.names import base_key, official_forms
from dashboard.geo.reference import geo_reference
from dashboard.ingest.fields import BY_NAME, norm
from dashboard.ingest.messages import choices, did_you_mean, joined, say

# prefixes people put before a district name; stripped so "LK Görlitz" finds "Landkreis Görlitz"
_SEVERAL = re.compile(r"\s*[,;/|\n]\s*|\s+und\s+")  # between the values of a one-value cell
_DISTRICT_PREFIXES = ("landkreis ", "lkr ", "lk ", "kreis ", "kreisfreie stadt ", "stadt ")
# well-known short forms that are not in the reference data (compared on norm())
ALIASES: dict[str, dict[str, str]] = {
    "reviere": {"mdr": "MR", "mitteldeutsch": "MR", "mitteldeutsches": "MR", "lausitzer": "LR"},
    "focus_areas": {"energie": "F4", "gesundheit": "F5", "tourismus": "F6",
                    "kreislaufwirtschaft": "F3", "biooekonomie": "F3", "mobilitaet und it": "F1"},
}
# Districts as they were named before the Saxon (2008), Saxony-Anhalt (2007) and Brandenburg
# (1993) reforms, and today's district code. A SUGGESTION source only: "Leipziger Land" is an
# error that names Landkreis Leipzig, never stored as it silently. None = in no Revier today.
HISTORIC_DISTRICTS: dict[str, str | None] = {
    "leipziger land": "14729", "muldentalkreis": "14729", "delitzsch": "14730",
    "torgau oschatz": "14730", "kamenz": "14625", "hoyerswerda": "14625",
    "niederschlesischer oberlausitzkreis": "14626", "loebau zittau": "14626",
    "weisswasser": "14626", "bitterfeld": "15082", "koethen": "15082",
    "weissenfels": "15084", "burgenlandkreis alt": "15084", "zeitz": "15084",
    "merseburg querfurt": "15088", "saalkreis": "15088", "sangerhausen": "15087",
    "mansfelder land": "15087", "altenburg": "16077", "senftenberg": "12066",
    "calau": "12066", "forst": "12071", "guben": "12071", "spremberg": "12071",
    "finsterwalde": "12062", "herzberg": "12062", "luebben": "12061", "koenigs wusterhausen": "12061",
    "weisseritzkreis": None, "saechsische schweiz": None, "riesa grossenhain": None,
    "meissen radebeul": None, "doebeln": None, "mittweida": None,
}


@dataclass(frozen=True)
class Resolved:
    code: str | None
    message: str | None = None
    suggestion: str | None = None
    codes: tuple[str, ...] = ()  # the suggested codes, for a decision "Vorschlag übernehmen"


@dataclass
class RefLookup:
    """All accepted spellings of one reference table, e.g. taxonomy.missions."""

    table: str
    label: str                                   # German noun, e.g. "Zukunftsmission" (messages
                                                 # say ref.label.<table> in their language)
    display: dict[str, str] = field(default_factory=dict)   # code -> "M02 Wasserstoff..."
    exact: dict[str, str] = field(default_factory=dict)     # normalised spelling -> code
    names: dict[str, str] = field(default_factory=dict)     # normalised long names -> code
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # spelling -> several codes

    def add(self, code: str, *spellings: str) -> None:
        for s in (code, *spellings):
            if s:
                key = norm(s)
                if self.exact.setdefault(key, code) != code:
                    self.ambiguous.setdefault(key, [self.exact[key]]).append(code)
        for s in spellings:
            if s:
                self.names[norm(s)] = code

    def resolve(self, text: str, shown: str | None = None) -> Resolved:
        """The code for an exactly typed value, or an error message with suggestions (quoting
        `shown`, the cell as a message shows it, when given)."""
        key, stripped = _keys(text)
        if not key:
            return Resolved(None)
        if (code := self.known(text)) is not None:
            return Resolved(code)
        if stripped in self.ambiguous or key in self.ambiguous:
            return self._several(shown or text, self.ambiguous.get(stripped) or self.ambiguous[key])
        if self.table == "districts" and stripped in HISTORIC_DISTRICTS:
            return self._historic(shown or text, HISTORIC_DISTRICTS[stripped])
        if self.table == "districts" and (found := self._place(shown or text, text)):
            return found
        if len(listed := self.listed(text)) > 1:  # "M02, M05": no one value to suggest
            return Resolved(None, say("ref.several", value=shown or text,
                                      label=say(f"ref.label.{self.table}")), self._one_of(listed))
        return self._unknown(shown or text, stripped)

    def listed(self, text: str) -> list[str]:
        """The codes of a cell naming two or more known values ("M02, M05"), else []."""
        parts = [p for p in _SEVERAL.split(text) if p.strip()]
        codes = [self.resolve(p).code for p in parts] if len(parts) > 1 else []
        return list(dict.fromkeys(codes)) if codes and all(codes) else []

    def _one_of(self, codes: list[str]) -> str:
        if self.table == "missions":  # the list has its own column
            return say("ref.use_list_column", first=codes[0], rest=", ".join(codes[1:]),
                       column=BY_NAME["further_missions"].header)
        return say("ref.only_one", options=joined([self.display[c] for c in codes]))

    def known(self, text: str) -> str | None:
        """The code when `text` is an accepted spelling (exactly as resolve accepts it), else
        None: no suggestion, no message (cheap enough for every row)."""
        key, stripped = _keys(text)
        if key in self.exact and key not in self.ambiguous:
            return self.exact[key]
        if stripped in self.exact and stripped not in self.ambiguous and key not in self.ambiguous:
            return self.exact[stripped]
        return None

    def _place(self, shown: str, text: str) -> Resolved | None:
        """A place that is no district of the Reviere, found in the whole of Germany (BKG,
        GeoNames): a district outside the Reviere, or a town or postcode inside one district of
        them (an error that names it: a Landkreis column wants the Kreis)."""
        found = locate(None, text, suggest=False)
        codes = {c.district_code for c in found.candidates}
        if len(codes) != 1 or found.conflict:
            return None
        where = found.candidates[0]
        if where.district_code in self.display:
            today = self.display[where.district_code]
            return Resolved(None, say("ref.place_in", value=shown, district=today),
                            say("ref.use_today", today=today))
        ref = geo_reference()
        return Resolved(None, say("ref.outside_reviere", value=shown,
                                  district=f"{where.district_kind} {where.district_name}",
                                  land=ref.land_names.get(where.land, where.land)),
                        say("ref.outside_reviere_hint"))

    def _unknown(self, text: str, stripped: str) -> Resolved:
        hits = {c for n, c in self.names.items() if len(stripped) >= 3 and _contains(n, stripped)}
        if not hits:
            hits = {c for n, c in self.names.items() if len(n) >= 4 and _contains(stripped, n)}
        if len(hits) > 1:
            return self._several(text, hits)
        close = difflib.get_close_matches(stripped, list(self.names) + list(self.exact), n=6,
                                          cutoff=0.6)
        codes = list(dict.fromkeys([*sorted(hits, key=list(self.display).index),
                                    *(self.names.get(k) or self.exact[k] for k in close)]))[:3]
        suggestion = did_you_mean([self.display[c] for c in codes]) if codes else choices(
            list(self.display.values()))
        return Resolved(None, say("ref.unknown", value=text, label=say(f"ref.label.{self.table}")),
                        suggestion, tuple(codes))

    def _historic(self, text: str, code: str | None) -> Resolved:
        if code is None:
            return Resolved(None, say("ref.historic_outside", value=text,
                                      today=say("ref.outside")),
                            choices(list(self.display.values())))
        return Resolved(None, say("ref.historic", value=text, today=self.display[code]),
                        say("ref.use_today", today=self.display[code]), (code,))

    def _several(self, text: str, codes) -> Resolved:
        chosen = sorted(set(codes), key=list(self.display).index)
        return Resolved(None, say("ref.ambiguous", value=text, label=say(f"ref.label.{self.table}")),
                        did_you_mean([self.display[c] for c in chosen]), tuple(chosen))


def _keys(text: str) -> tuple[str, str]:
    """(normalised text with "LK"/"Lkr."/"Kreis" read as "Landkreis", the same without a
    district prefix)."""
    key = norm(text)
    for prefix in ("lk ", "lkr ", "kreis "):  # "LK Görlitz" is "Landkreis Görlitz"
        if key.startswith(prefix):
            key = "landkreis " + key.removeprefix(prefix)
    stripped = key
    for prefix in _DISTRICT_PREFIXES:
        stripped = stripped.removeprefix(prefix)
    return key, stripped


def _contains(haystack: str, needle: str) -> bool:
    """Whole-word containment, so 'it' does not match 'mitteldeutsch'."""
    return f" {needle} " in f" {haystack} " or haystack.startswith(needle + " ") or (
        len(needle) >= 5 and needle in haystack
    )


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
            lk.add(item.code, *names)
            if number and (n := _number(item.code)):
                lk.exact.setdefault(n, item.code)
        for alias, code in ALIASES.get(name, {}).items():
            lk.exact.setdefault(alias, code)
        result[name] = lk

    table("missions", "Zukunftsmission", taxonomy.missions, lambda m: (m.name, m.short_name))
    table("focus_areas", "Entwicklungsschwerpunkt", taxonomy.focus_areas, lambda f: (f.name,))
    table("reviere", "Revier", taxonomy.reviere, lambda r: (r.name, r.short_name), number=False)
    table("stages", "Prüfstufe", taxonomy.stages, lambda s: (s.name, s.short_name), number=False)
    table("programmes", "Förderprogramm", taxonomy.programmes, lambda p: (p.name,), number=False)
    table("sponsor_types", "Trägerart", taxonomy.sponsor_types, lambda s: (s.name,), number=False)
    table("districts", "Landkreis", taxonomy.districts, _district_spellings, number=False)
    table("invkg_areas", "Förderbereich (InvKG § 4 Abs. 1)", taxonomy.invkg_areas,
          lambda a: (a.name, a.short_name))
    for s in taxonomy.stages:  # "Fachgruppe" is mostly written "FG"
        result["stages"].exact.setdefault(norm(s.name.replace("Fachgruppe", "FG")), s.code)
    for d in taxonomy.districts:
        result["districts"].display[d.code] = d.name
    _official_districts(result["districts"], taxonomy)
    return result


def _official_districts(lookup: RefLookup, taxonomy: Taxonomy) -> None:
    """Every official form of the Reviere's districts, from GEN and BEZ of BKG VG5000
    (data/reference/geo/kreise.csv): "Leipzig, Stadt", "Kreisfreie Stadt Leipzig", "Leipzig,
    Landkreis", "Lkr. Leipzig", "Halle/Saale". A bare name two districts share stays ambiguous."""
    rows = geo_reference().districts
    bases = Counter(base_key(r["name"]) for r in rows.values())
    for d in taxonomy.districts:
        if (row := rows.get(d.code)) is not None:
            lookup.add(d.code, *official_forms(row["name"], row["bez"]))
            base = re.sub(r"\s*\(.*\)$", "", row["name"])  # "Stadt Halle": no other Halle
            if base != row["name"] and bases[base_key(base)] == 1:
                lookup.add(d.code, *official_forms(base, row["bez"]))


def _district_spellings(d) -> tuple[str, ...]:
    bare = norm(d.name)
    for prefix in _DISTRICT_PREFIXES:
        bare = bare.removeprefix(prefix)
    return (d.name, bare)
