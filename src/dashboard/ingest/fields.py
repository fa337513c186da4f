"""The canonical columns of a project list: field name, German header (as in the template and
the export), what kind of value it holds, and the header spellings people use for it.
Definitions only: every step of the pipeline may read them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "ref", "ref_list", "marker", "amount", "integer", "date", "bool", "status"]


@dataclass(frozen=True)
class Field:
    name: str            # canonical name (project column, or date_<STAGE>/exit_date)
    header: str          # German header used by template and export
    kind: Kind
    ref: str | None = None       # reference table for ref/ref_list (taxonomy attribute)
    required: bool = False


PROJECT_FIELDS: tuple[Field, ...] = (
    Field("project_id", "Projekt-ID", "text"),
    Field("title", "Projekttitel", "text", required=True),
    Field("description", "Kurzbeschreibung", "text"),
    Field("sponsor", "Projektträger", "text"),
    Field("sponsor_type", "Trägerart", "ref", "sponsor_types"),
    Field("revier_code", "Revier", "ref", "reviere", required=True),
    Field("district_code", "Landkreis", "ref", "districts"),
    Field("municipality", "Gemeinde", "text"),
    Field("mission_code", "Zukunftsmission", "ref", "missions"),
    Field("further_missions", "Weitere Missionen", "ref_list", "missions"),
    Field("focus_area_code", "Entwicklungsschwerpunkt", "ref", "focus_areas", required=True),
    Field("theme_fk", "Fachkräftesicherung", "marker"),
    Field("theme_kj", "Kinder und Jugendliche", "marker"),
    Field("theme_gs", "Gleichstellung", "marker"),
    Field("theme_dw", "Demografischer Wandel", "marker"),
    Field("stage_code", "Prüfstufe", "ref", "stages"),
    Field("status", "Status", "status"),
    Field("programme_code", "Förderprogramm", "ref", "programmes"),
    Field("total_cost_eur", "Gesamtkosten (€)", "amount"),
    Field("requested_eur", "Beantragte Förderung (€)", "amount"),
    Field("granted_eur", "Bewilligte Förderung (€)", "amount"),
    Field("amounts_flagged", "Betragsabweichung begründet", "bool"),
    Field("planned_jobs", "Geplante Arbeitsplätze", "integer"),
    Field("start_date", "Projektbeginn", "date"),
    Field("end_date", "Projektende", "date"),
    Field("planned_apprenticeships", "Geplante Ausbildungsplätze", "integer"),
    Field("actual_jobs", "Arbeitsplätze umgesetzt", "integer"),
    Field("actual_apprenticeships", "Ausbildungsplätze umgesetzt", "integer"),
    Field("invkg_area", "Förderbereich InvKG", "ref", "invkg_areas"),
    Field("contact", "Ansprechpartner", "text"),
    Field("remarks", "Bemerkungen", "text"),
    Field("as_of", "Stand", "date"),
)

# one date column per pipeline stage (wide milestone columns become stage events)
MILESTONE_FIELDS: tuple[Field, ...] = (
    Field("date_IDEE", "Datum Projektidee", "date"),
    Field("date_FN", "Datum Fachnetzwerk", "date"),
    Field("date_FG_RE", "Datum FG Regionalentwicklung", "date"),
    Field("date_FG_FOE", "Datum FG Förderung", "date"),
    Field("date_EMPF", "Datum Empfehlung", "date"),
    Field("date_ANTRAG", "Antrag eingereicht am", "date"),
    Field("date_QUAL", "Qualifizierung seit", "date"),
    Field("date_BEW", "Bewilligt am", "date"),
    Field("date_UMS", "Umsetzung seit", "date"),
    Field("date_ABG", "Abgeschlossen am", "date"),
    Field("exit_date", "Ausgeschieden am", "date"),
)

ALL_FIELDS: tuple[Field, ...] = PROJECT_FIELDS + MILESTONE_FIELDS
BY_NAME: dict[str, Field] = {f.name: f for f in ALL_FIELDS}


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def norm(text: str) -> str:
    """Compare key: lower case, umlauts spelled out, punctuation and line breaks to one space."""
    return _NON_WORD.sub(" ", text.casefold().translate(_UMLAUTS)).strip()


# units in or after a header: "(€)", "[EUR]", "in T€", "in Mio. €", "(Tsd. Euro)", "(Mrd. €)"
_UNIT = re.compile(
    r"\s*[(\[]\s*(?:in\s+)?(?P<a>[^)\]]*)[)\]]\s*$"
    r"|\s+in\s+(?P<b>(?:t|tsd\.?|tausend|mio\.?|millionen|mrd\.?|milliarden)?\s*(?:€|eur|euro)|teur)\s*$"
    r"|\s+(?P<c>(?:t|tsd\.?|mio\.?|mrd\.?)\s*€|teur|€|eur)\s*$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"^(t|tsd\.?|tausend|teur|k)\s*(€|eur|euro)?$|^t€$", re.IGNORECASE)
_MILLIONS = re.compile(r"^(mio\.?|millionen)\s*(€|eur|euro)?$", re.IGNORECASE)
_BILLIONS = re.compile(r"^(mrd\.?|milliarden)\s*(€|eur|euro)?$", re.IGNORECASE)


def split_unit(header: str) -> tuple[str, str | None]:
    """'Förderung in T€' -> ('Förderung', 'T€'); 'Gesamtkosten (€)' -> ('Gesamtkosten', '€')."""
    m = _UNIT.search(header)
    if not m:
        return header, None
    unit = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    return header[: m.start()].strip(), unit


def unit_scale(unit: str | None) -> float:
    """The factor of a header's unit: 1000 for T€/Tsd. €, 1e6 for Mio. €, 1e9 for Mrd. €."""
    if not unit:
        return 1.0
    u = " ".join(unit.replace("€", " €").split()).replace(" €", "€") if "€" in unit else unit.strip()
    u = u.replace("€", " €").strip()
    if _THOUSANDS.match(u) or _THOUSANDS.match(u.replace(" ", "")):
        return 1000.0
    if _MILLIONS.match(u):
        return 1e6
    if _BILLIONS.match(u):
        return 1e9
    return 1.0


def milestone_stage(field_name: str) -> str | None:
    """'date_FG_FOE' -> 'FG_FOE'; None for other fields."""
    return field_name.removeprefix("date_") if field_name.startswith("date_") else None


# header spellings besides Field.header (compared after ingest.locate.norm_header)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "project_id": ("Projekt-ID", "ID", "Projekt ID", "Projektnummer", "Projekt-Nr.", "Projekt Nr",
                   "Vorhaben-ID", "Vorhabennummer", "Kennung"),
    "title": ("Projekttitel", "Titel", "Projektname", "Vorhaben", "Vorhabenstitel", "Projekt",
              "Bezeichnung", "Projektbezeichnung", "Vorhabenbezeichnung", "Name des Projekts"),
    "description": ("Kurzbeschreibung", "Beschreibung", "Projektbeschreibung", "Inhalt"),
    "sponsor": ("Projektträger", "Träger", "Antragsteller", "Antragstellerin", "Vorhabenträger",
                "Zuwendungsempfänger", "Einreicher"),
    "sponsor_type": ("Trägerart", "Art des Trägers", "Trägertyp", "Antragstellerart"),
    "revier_code": ("Revier", "Braunkohlerevier", "Fördergebiet"),
    "district_code": ("Landkreis", "Kreis", "LK", "Landkreis/kreisfreie Stadt", "Kreis/kreisfreie Stadt"),
    "municipality": ("Gemeinde", "Stadt/Gemeinde", "Ort", "Kommune", "Standort"),
    "mission_code": ("Zukunftsmission", "Mission", "Hauptmission"),
    "further_missions": ("Weitere Missionen", "Weitere Zukunftsmissionen", "Nebenmissionen"),
    "focus_area_code": ("Entwicklungsschwerpunkt", "Schwerpunkt", "Handlungsfeld", "Themenfeld"),
    "theme_fk": ("Fachkräftesicherung", "Fachkräfte"),
    "theme_kj": ("Kinder und Jugendliche", "Kinder/Jugendliche", "Kinder & Jugendliche"),
    "theme_gs": ("Gleichstellung",),
    "theme_dw": ("Demografischer Wandel", "Demographischer Wandel", "Demografie"),
    "stage_code": ("Prüfstufe", "Stufe", "Verfahrensstand", "Verfahrensstufe", "Phase", "Bearbeitungsstand"),
    "status": ("Status", "Projektstatus"),
    "programme_code": ("Förderprogramm", "Programm", "Förderrichtlinie", "Richtlinie", "Förderinstrument"),
    "total_cost_eur": ("Gesamtkosten", "Gesamtausgaben", "Projektkosten", "Kosten", "Gesamtvolumen",
                       "Investitionsvolumen", "Kosten gesamt", "Projektkosten gesamt",
                       "Gesamtprojektkosten", "Gesamtbudget", "Projektvolumen"),
    "requested_eur": ("Beantragte Förderung", "Förderung beantragt", "Beantragt", "Beantragte Mittel",
                      "Förderung", "Fördersumme", "Fördermittel", "Förderbedarf", "Beantragter Zuschuss",
                      "Fördersumme beantragt", "Beantragte Fördersumme", "Zuschuss beantragt",
                      "Förderbetrag beantragt", "Beantragter Förderbetrag", "Zuwendung beantragt",
                      "Beantragte Zuwendung", "Antragssumme", "Mittel beantragt"),
    "granted_eur": ("Bewilligte Förderung", "Förderung bewilligt", "Bewilligt", "Bewilligte Mittel",
                    "Bewilligungssumme", "Zuwendung", "Fördersumme bewilligt",
                    "Bewilligte Fördersumme", "Zuschuss bewilligt", "Bewilligter Zuschuss",
                    "Förderbetrag bewilligt", "Bewilligter Förderbetrag", "Zuwendung bewilligt",
                    "Bewilligte Zuwendung", "Mittel bewilligt"),
    "amounts_flagged": ("Betragsabweichung begründet", "Abweichung begründet", "Betragsabweichung"),
    "planned_jobs": ("Geplante Arbeitsplätze", "Arbeitsplätze", "Neue Arbeitsplätze", "Arbeitsplätze geplant"),
    "start_date": ("Projektbeginn", "Beginn", "Laufzeit von", "Laufzeitbeginn", "Projektstart", "Start"),
    "end_date": ("Projektende", "Ende", "Laufzeit bis", "Laufzeitende"),
    # "Arbeitsplätze (Ist)" is found as "Arbeitsplätze Ist" (locate.match_header compares the
    # whole header before it takes a bracket for a unit)
    "planned_apprenticeships": ("Geplante Ausbildungsplätze", "Ausbildungsplätze geplant",
                                "Ausbildungsplätze Plan"),
    "actual_jobs": ("Arbeitsplätze umgesetzt", "Arbeitsplätze Ist", "Geschaffene Arbeitsplätze",
                    "Arbeitsplätze geschaffen oder gesichert"),
    "actual_apprenticeships": ("Ausbildungsplätze umgesetzt", "Ausbildungsplätze Ist",
                               "Geschaffene Ausbildungsplätze"),
    "invkg_area": ("Förderbereich InvKG", "Förderbereich", "Förderbereich nach InvKG",
                   "InvKG-Förderbereich", "Förderbereich § 4 InvKG"),
    "contact": ("Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Kontakt"),
    "remarks": ("Bemerkungen", "Bemerkung", "Anmerkungen", "Anmerkung", "Hinweise", "Kommentar"),
    "as_of": ("Stand", "Datenstand", "Stand vom"),
    "date_IDEE": ("Datum Projektidee", "Projektidee am", "Eingang", "Eingegangen am", "Datum Eingang"),
    "date_FN": ("Datum Fachnetzwerk", "Fachnetzwerk am", "Im Fachnetzwerk seit", "Vorgestellt im Fachnetzwerk"),
    "date_FG_RE": ("Datum FG Regionalentwicklung", "Datum Fachgruppe Regionalentwicklung", "FG RE am"),
    "date_FG_FOE": ("Datum FG Förderung", "Datum Fachgruppe Förderung", "FG Förderung am"),
    "date_EMPF": ("Datum Empfehlung", "Empfohlen am", "Empfehlung am"),
    "date_ANTRAG": ("Antrag eingereicht am", "Antrag eingereicht", "Antragsdatum", "Antragstellung",
                    "Datum Antrag", "Antrag am", "Datum Antragstellung"),
    "date_QUAL": ("Qualifizierung seit", "Datum Qualifizierung", "Qualifizierung am"),
    "date_BEW": ("Bewilligt am", "Bewilligungsdatum", "Datum Bewilligung", "Bewilligung am"),
    "date_UMS": ("Umsetzung seit", "Datum Umsetzung", "Umsetzungsbeginn", "In Umsetzung seit"),
    "date_ABG": ("Abgeschlossen am", "Abschluss am", "Datum Abschluss"),
    "exit_date": ("Ausgeschieden am", "Datum Ausscheiden", "Ausgeschieden"),
}

