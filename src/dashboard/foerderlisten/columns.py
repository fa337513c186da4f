"""The columns of the published lists and how their headers are spelt: bilingual cells with
line breaks ("Bezeichnung des Vorhabens\n\nOperation name"), numbered headers ("1. Name des
Begünstigten"), transliterations ("Beguenstigten"), PDF leftovers (soft hyphens, doubled
spaces, "Kofinan-zierungssatz")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "amount", "rate", "date", "postcode", "code"]


@dataclass(frozen=True)
class OpField:
    name: str      # column of oplist_operation
    label: str     # German label (reports, page)
    kind: Kind
    patterns: tuple[str, ...]  # normalised header texts that name it (whole header or prefix)


FIELDS: tuple[OpField, ...] = (
    OpField("beneficiary", "Name des Begünstigten", "text",
            ("name des beguenstigten", "beguenstigter", "name der beguenstigten", "beneficiary")),
    OpField("title", "Bezeichnung des Vorhabens", "text",
            ("bezeichnung des vorhabens", "name des vorhabens", "vorhabenbezeichnung", "operation name")),
    OpField("purpose", "Zweck und Errungenschaften", "text",
            ("zweck und errungenschaften", "zusammenfassung des vorhabens", "zweck des vorhabens",
             "beschreibung des vorhabens", "kurzbeschreibung")),
    OpField("start_date", "Beginn", "date",
            ("beginn", "datum des beginns", "datum des beginns des vorhabens", "vorhabensbeginn",
             "startdatum", "start date")),
    OpField("end_date", "(voraussichtlicher) Abschluss", "date",
            ("voraussichtlicher abschluss", "abschluss", "datum des endes", "datum des endes des vorhabens",
             "enddatum", "ende", "datum des abschlusses", "end date")),
    OpField("total_cost_eur", "Förderfähige Gesamtkosten", "amount",
            ("foerderfaehige gesamtkosten", "gesamtbetrag der foerderfaehigen ausgaben",
             "gesamtbetrag der foerderfaehigen kosten", "foerderfaehige ausgaben",
             "gesamtkosten", "total eligible cost")),
    OpField("eu_amount_eur", "EU-Beitrag", "amount",
            ("eu beitrag", "unionsbeitrag", "beitrag der union", "eu mittel", "eu zuschuss",
             "zuschuss", "zuwendung", "foerderbetrag")),
    OpField("fund_code", "EU-Fonds", "code", ("eu fonds", "fonds", "fund")),
    OpField("specific_objective", "Spezifisches Ziel", "code",
            ("spezifisches ziel", "prioritaetsachse", "specific objective")),
    OpField("cofinancing_rate", "Kofinanzierungssatz", "rate",
            ("kofinanzierungssatz", "unionskofinanzierungssatz", "kofinanzierungssatz der union",
             "eu kofinanzierungssatz", "co financing rate")),
    OpField("location_text", "Standortindikator", "text",
            ("standortindikator", "standort", "ort des vorhabens", "location indicator")),
    OpField("postcode", "Postleitzahl", "postcode",
            ("postleitzahl", "postleitzahl des vorhabens", "plz", "postcode")),
    OpField("place", "Ort", "text", ("ort", "gemeinde", "stadt gemeinde")),
    OpField("district_text", "Kreis", "text",
            ("landkreis", "kreis", "landkreis kreisfreie stadt", "kreis kreisfreie stadt")),
    OpField("country", "Land", "text", ("land", "staat", "country")),
    OpField("intervention", "Interventionsbereich", "code",
            ("interventionsbereich", "interventionskategorie", "bezeichnung der interventionskategorie",
             "type of intervention")),
    OpField("programme_group", "Förderprogrammgruppe", "text",
            ("foerderprogrammgruppe", "foerderprogramm", "foerdergegenstand", "richtlinie")),
    OpField("application_no", "Antragsnummer", "code",
            ("antragsnummer", "vorhabensident", "vorhabenident", "vorhabens id", "vorhaben id",
             "kennnummer", "aktenzeichen", "operation id")),
    OpField("updated_on", "Letzte Aktualisierung", "date",
            ("datum der letzten aktualisierung", "letzte aktualisierung", "stand der daten")),
)
BY_NAME = {f.name: f for f in FIELDS}
MIN_HEADER_FIELDS = 3

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_SOFT = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)


def clean_text(value: str) -> str:
    """A cell's text without PDF leftovers: soft hyphens and zero-width characters removed,
    non-breaking spaces and line breaks as one space."""
    text = unicodedata.normalize("NFKC", value.translate(_SOFT))
    return " ".join(text.split())


def header_key(text: str) -> str:
    """The comparison key of a header cell: German part of a bilingual cell (before the blank
    line), without its number ("1. "), hyphenations joined ("Kofinan-zierungssatz"), umlauts
    spelt out ("Beguenstigten" = "Begünstigten"), punctuation to single spaces."""
    raw = text.translate(_SOFT)
    german = re.split(r"\n\s*\n", raw.strip(), maxsplit=1)[0]
    german = re.sub(r"^\s*\d{1,2}\s*[.)]\s*", "", german)
    german = re.sub(r"(?<=[a-zäöüß])-\s+(?=[a-zäöüß])", "", german)   # "Kofinan- zierungssatz"
    german = re.sub(r"(?<=[a-zäöüß])-(?=[a-zäöüß])", "", german)       # "Kofinan-zierungssatz"
    german = german.replace("(", " ").replace(")", " ")
    key = german.casefold().translate(_UMLAUTS)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", key).split())


def _variants(text: str) -> list[str]:
    key = header_key(text)
    out = [key]
    whole = header_key(text.replace("\n", " "))  # one-language cells broken over lines
    if whole != key:
        out.append(whole)
    return out


def match_field(text: object) -> OpField | None:
    """The field a header cell names, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    for key in _variants(text):
        for f in FIELDS:
            if key in f.patterns:
                return f
        for f in FIELDS:  # "Förderfähige Gesamtkosten in EUR", "Antragsnummer (intern)"
            if any(key.startswith(p + " ") for p in f.patterns if len(p) > 6):
                return f
    return None
