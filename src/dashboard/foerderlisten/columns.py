"""The columns of the published lists and how their headers are spelt. A header is compared
as a key: German and English, bilingual cells with line breaks ("Bezeichnung des Vorhabens\n\n
Operation name"), alternatives around a slash ("Name des Auftragnehmers / des Begünstigten"),
numbers ("1. Name des Begünstigten"), footnote marks ("Begünstigten¹", "[2]"), brackets
("Beginn(s)", "(Voraussichtliches) Datum"), units ("in EUR", "€", "%"), articles and qualifiers
("des", "of the", "betroffener", "expected or actual"), transliterations ("Beguenstigten") and
PDF leftovers (soft hyphens, "Kofinan-zierungssatz") are folded away before the comparison."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

Kind = Literal["text", "amount", "rate", "date", "postcode", "code"]


@dataclass(frozen=True)
class OpField:
    name: str      # column of oplist_operation
    label: str     # German label (reports, page)
    kind: Kind
    patterns: tuple[str, ...]  # header texts that name it, compared as header_key (whole or prefix)


# Art. 49(3) Reg. (EU) 2021/1060 and Annex XII Reg. (EU) 1303/2013 in their German and English
# wording, and the spellings the Länder use; written as in the lists, compared as header_key.
FIELDS: tuple[OpField, ...] = (
    OpField("beneficiary", "Name des Begünstigten", "text",
            ("Name des Begünstigten", "Begünstigter", "Begünstigte", "Begünstigten",
             "Name der Begünstigten", "Zuwendungsempfänger", "Name des Zuwendungsempfängers",
             "Vorhabenträger", "Träger des Vorhabens",
             "Beneficiary", "Beneficiary name", "Name of beneficiary", "Beneficiary's name")),
    OpField("title", "Bezeichnung des Vorhabens", "text",
            ("Bezeichnung des Vorhabens", "Name des Vorhabens", "Vorhabenbezeichnung",
             "Vorhabensbezeichnung", "Titel des Vorhabens", "Vorhabenstitel", "Projekttitel",
             "Projektbezeichnung", "Operation name", "Name of the operation", "Operation title",
             "Title of the operation")),
    OpField("purpose", "Zweck und Errungenschaften", "text",
            ("Zweck und Errungenschaften", "Zweck des Vorhabens", "Zusammenfassung des Vorhabens",
             "Zusammenfassung", "Beschreibung des Vorhabens", "Kurzbeschreibung", "Zweck und Ergebnisse",
             "Purpose and achievements", "Purpose of the operation", "Operation summary", "Summary")),
    OpField("start_date", "Beginn", "date",
            ("Beginn", "Datum des Beginns", "Vorhabensbeginn", "Vorhabenbeginn", "Startdatum",
             "Anfangsdatum", "Laufzeit von", "Laufzeitbeginn", "Projektbeginn", "Start date",
             "Starting date", "Start")),
    OpField("end_date", "(voraussichtlicher) Abschluss", "date",
            ("Abschluss", "Datum des Abschlusses", "Ende", "Datum des Endes", "Enddatum",
             "Vorhabensende", "Vorhabenende", "Abschlussdatum", "Laufzeit bis", "Laufzeitende",
             "Projektende", "End date", "End",
             "Date of completion", "Completion date")),
    OpField("total_cost_eur", "Förderfähige Gesamtkosten", "amount",
            ("Förderfähige Gesamtkosten", "Gesamtbetrag der förderfähigen Ausgaben",
             "Gesamtbetrag der förderfähigen Kosten", "Förderfähige Ausgaben", "Gesamtkosten",
             "Gesamtausgaben", "Total eligible cost", "Total eligible expenditure", "Total cost")),
    OpField("eu_amount_eur", "EU-Beitrag", "amount",
            ("EU-Beitrag", "Unionsbeitrag", "Beitrag der Union", "EU-Mittel", "EU-Zuschuss",
             "Zuschuss", "Zuwendung", "Förderbetrag", "EU contribution", "Union contribution")),
    OpField("fund_code", "EU-Fonds", "code", ("EU-Fonds", "Fonds", "Fund")),
    OpField("specific_objective", "Spezifisches Ziel", "code",
            ("Spezifisches Ziel", "Prioritätsachse", "Specific objective", "Priority axis")),
    OpField("cofinancing_rate", "Kofinanzierungssatz", "rate",
            ("Kofinanzierungssatz", "Unions-Kofinanzierungssatz", "Kofinanzierungssatz der Union",
             "EU-Kofinanzierungssatz", "Kofinanzierungsrate", "Co-financing rate",
             "Union co-financing rate", "EU co-financing rate")),
    OpField("location_text", "Standortindikator", "text",
            ("Standortindikator", "Standort", "Ort des Vorhabens", "Durchführungsort",
             "Ort der Durchführung", "Geolokalisierung", "PLZ/Ort", "Postleitzahl/Ort",
             "Location indicator", "Location",
             "Geolocation")),
    OpField("postcode", "Postleitzahl", "postcode",
            ("Postleitzahl", "Postleitzahl des Vorhabens", "PLZ", "Postcode", "Postal code",
             "Operation postcode")),
    OpField("place", "Ort", "text", ("Ort", "Gemeinde", "Stadt/Gemeinde", "Municipality")),
    OpField("district_text", "Kreis", "text",
            ("Landkreis", "Kreis", "Landkreis/kreisfreie Stadt", "Kreis/kreisfreie Stadt", "District")),
    OpField("country", "Land", "text", ("Land", "Staat", "Mitgliedstaat", "Country")),
    OpField("intervention", "Interventionsbereich", "code",
            ("Interventionsbereich", "Interventionskategorie", "Bezeichnung der Interventionskategorie",
             "Art der Intervention", "Interventionsfeld", "Type of intervention",
             "Category of intervention", "Name of category of intervention", "Intervention field")),
    OpField("programme_group", "Förderprogrammgruppe", "text",
            ("Förderprogrammgruppe", "Förderprogramm", "Fördergegenstand", "Richtlinie")),
    OpField("application_no", "Antragsnummer", "code",
            ("Antragsnummer", "Vorhabensident", "Vorhabenident", "Vorhabens-ID", "Vorhaben-ID",
             "Vorhabennummer", "Kennnummer", "Aktenzeichen", "Operation ID", "Operation number")),
    OpField("updated_on", "Letzte Aktualisierung", "date",
            ("Datum der letzten Aktualisierung", "Letzte Aktualisierung", "Stand der Daten",
             "Date of last update", "Last update")),
)
BY_NAME = {f.name: f for f in FIELDS}
MIN_HEADER_FIELDS = 3

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_SOFT = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f*†‡]+")
# words that say nothing about the field: articles, units, "expected or actual", "concerned"
_FILLER = frozenset({
    "des", "der", "die", "das", "dem", "den", "seine", "seiner", "ihre", "the", "of", "its", "a",
    "an", "for", "in", "or", "oder", "eur", "euro", "prozent",
    "voraussichtlich", "voraussichtliche", "voraussichtlicher", "voraussichtliches", "voraussichtlichen",
    "tatsaechlich", "tatsaechliche", "tatsaechlicher", "tatsaechliches", "tatsaechlichen",
    "geplante", "geplanter", "geplantes", "geplanten", "betroffene", "betroffener", "betroffenes",
    "betroffenen", "jeweilige", "jeweiliger", "jeweiliges", "expected", "actual", "planned", "concerned"})
# the object every column speaks of: "Ende des Vorhabens" = "Ende", "Operation start date" = "Start date"
_OBJECT = frozenset({"vorhaben", "vorhabens", "projekt", "projekts", "projektes", "operation", "operations"})
_SCALES = ((re.compile(r"\b(t€|teur|tsd\.?\s*(€|eur)|tausend\s*(€|eur))", re.IGNORECASE), 1_000),
           (re.compile(r"\b(mio\.?\s*(€|eur)|millionen\s*(€|eur))", re.IGNORECASE), 1_000_000))


# a header without a known form that still uses a word only one field has ("Bezeichnung des
# Begünstigten", "Höhe des Kofinanzierungssatzes"): its first such word names the field, unless
# a word says it is about something else of it (its kind, number, seat)
_CONCEPTS = (("beneficiary", ("beguenstigte", "zuwendungsempfaenger", "vorhabentraeger", "beneficiar")),
             ("cofinancing_rate", ("kofinanzierungssatz", "kofinanzierungsrate", "cofinancing")),
             ("intervention", ("intervention",)),
             ("postcode", ("postleitzahl", "plz", "postcode")),
             ("location_text", ("standortindikator", "durchfuehrungsort", "geolokalisierung", "geolocation")),
             ("updated_on", ("aktualisierung",)))
_OTHER_ASPECT = frozenset({"art", "anzahl", "typ", "type", "kategorie", "rechtsform", "number", "sitz",
                           "anschrift", "adresse", "address", "groesse", "size", "nuts"})


def _concept(keys: tuple[str, ...]) -> OpField | None:
    for key in keys:
        words = key.split()
        if len(words) > 6 or _OTHER_ASPECT & set(words):  # a sentence is a value, not a header
            continue
        found = [(i, name) for i, w in enumerate(words) for name, stems in _CONCEPTS
                 if any(w.startswith(s) for s in stems)]
        if found:
            return BY_NAME[min(found)[1]]
    return None


def clean_text(value: str) -> str:
    """A cell's text without PDF leftovers: soft hyphens and zero-width characters removed,
    non-breaking spaces and line breaks as one space."""
    text = unicodedata.normalize("NFKC", value.translate(_SOFT))
    return " ".join(text.split())


def _words(text: str, *, brackets: bool) -> list[str]:
    """The words of one header text: number, footnote marks, hyphenation, umlauts and (unless
    `brackets`) the bracketed parts removed."""
    text = _SUPERSCRIPT.sub(" ", text)
    text = re.sub(r"^\s*\d{1,2}\s*[.):]\s*", "", text)                   # "1. Name"
    text = re.sub(r"(?<=[a-zäöüß])\d{1,2}(?=\W|$)", "", text)            # "Begünstigten1"
    text = re.sub(r"\s\d{1,2}\)\s*$", "", text)                          # "Gesamtkosten 2)"
    if not brackets:
        text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)             # "(in EUR)", "(s)"
    text = re.sub(r"(?<=[a-zäöüß])-\s+(?=[a-zäöüß])", "", text)          # "Kofinan- zierungssatz"
    text = re.sub(r"(?<=[a-zäöüß])-(?=[a-zäöüßA-ZÄÖÜ])", "", text)      # "Unions-Kofinanzierungssatz"
    key = text.casefold().translate(_UMLAUTS)
    return re.sub(r"[^0-9a-z]+", " ", key).split()


def header_key(text: str, *, brackets: bool = True) -> str:
    """The comparison key of a header text: its words without articles, units and qualifiers
    ("(Voraussichtliches) Datum des Abschlusses" = "datum abschlusses")."""
    return " ".join(w for w in _words(text.translate(_SOFT), brackets=brackets) if w not in _FILLER)


def _parts(text: str) -> list[str]:
    """The texts a header cell may name its field by: the first language of a bilingual cell,
    the whole cell on one line, the other languages, then each side of a slash."""
    raw = text.translate(_SOFT).strip()
    langs = [p for p in re.split(r"\n\s*\n", raw) if p.strip()]
    whole = " ".join(raw.split())
    parts = [langs[0], whole, *langs[1:]] if langs else [whole]
    sides = [s for p in parts if "/" in p for s in p.split("/")]
    return [*parts, *sides]


@cache
def _keys(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in _parts(text):
        for brackets in (False, True):
            key = header_key(part, brackets=brackets)
            words = key.split()
            bare = " ".join(w for w in words if w not in _OBJECT)
            for k in (key, bare):
                if k and k not in out:
                    out.append(k)
    return tuple(out)


@cache
def _pattern_keys() -> tuple[tuple[str, OpField], ...]:
    return tuple((header_key(p), f) for f in FIELDS for p in f.patterns)


def match_field(text: object) -> OpField | None:
    """The field a header cell names, or None: a key equal to a pattern's first (in the order
    of _keys), else a key that starts with a pattern of more than six letters, else a word
    only one field has (_CONCEPTS)."""
    if not isinstance(text, str) or not text.strip():
        return None
    keys = _keys(text)
    patterns = _pattern_keys()
    for key in keys:
        for p, f in patterns:
            if key == p:
                return f
    for key in keys:  # "Förderfähige Gesamtkosten laut Bescheid", "Antragsnummer intern"
        for p, f in patterns:
            if len(p) > 6 and key.startswith(p + " "):
                return f
    return _concept(keys)


def header_scale(text: object) -> int:
    """1_000 for a header in thousand euros ("Gesamtkosten in T€", "TEUR"), 1_000_000 for
    "Mio. €", else 1: the amounts of the column are in that unit."""
    if not isinstance(text, str):
        return 1
    for pattern, scale in _SCALES:
        if pattern.search(text):
            return scale
    return 1
