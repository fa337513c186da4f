"""Finding the header row (anywhere in the first 30 rows) and matching header texts to the
canonical fields: by name, known synonyms, tolerant of case, spaces, line breaks, umlaut
spellings and units in brackets; the unit of an amount column gives its scale (T€ = x1000)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dashboard.domain.taxonomy import Taxonomy, per_taxonomy
from dashboard.ingest.fields import ALL_FIELDS, BY_NAME
from dashboard.ingest.lookups import norm

HEADER_SEARCH_ROWS = 30
MIN_HEADER_MATCHES = 2

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
                       "Investitionsvolumen"),
    "requested_eur": ("Beantragte Förderung", "Förderung beantragt", "Beantragt", "Beantragte Mittel",
                      "Förderung", "Fördersumme", "Fördermittel", "Förderbedarf", "Beantragter Zuschuss"),
    "granted_eur": ("Bewilligte Förderung", "Förderung bewilligt", "Bewilligt", "Bewilligte Mittel",
                    "Bewilligungssumme", "Zuwendung"),
    "amounts_flagged": ("Betragsabweichung begründet", "Abweichung begründet", "Betragsabweichung"),
    "planned_jobs": ("Geplante Arbeitsplätze", "Arbeitsplätze", "Neue Arbeitsplätze", "Arbeitsplätze geplant"),
    "start_date": ("Projektbeginn", "Beginn", "Laufzeit von", "Laufzeitbeginn", "Projektstart", "Start"),
    "end_date": ("Projektende", "Ende", "Laufzeit bis", "Laufzeitende"),
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

# units in or after a header: "(€)", "[EUR]", "in T€", "in Mio. €", "(Tsd. Euro)"
_UNIT = re.compile(
    r"\s*[(\[]\s*(?:in\s+)?(?P<a>[^)\]]*)[)\]]\s*$"
    r"|\s+in\s+(?P<b>(?:t|tsd\.?|tausend|mio\.?|millionen)?\s*(?:€|eur|euro)|teur)\s*$"
    r"|\s+(?P<c>(?:t|tsd\.?|mio\.?)\s*€|teur|€|eur)\s*$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"^(t|tsd\.?|tausend|teur|k)\s*(€|eur|euro)?$|^t€$", re.IGNORECASE)
_MILLIONS = re.compile(r"^(mio\.?|millionen)\s*(€|eur|euro)?$", re.IGNORECASE)


@dataclass(frozen=True)
class HeaderCell:
    index: int          # 0-based column
    header: str         # text as in the file (line breaks turned into spaces)
    field: str | None
    scale: float = 1.0  # amounts: 1000 for T€, 1e6 for Mio. €


def split_unit(header: str) -> tuple[str, str | None]:
    """'Förderung in T€' -> ('Förderung', 'T€'); 'Gesamtkosten (€)' -> ('Gesamtkosten', '€')."""
    m = _UNIT.search(header)
    if not m:
        return header, None
    unit = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    return header[: m.start()].strip(), unit


def unit_scale(unit: str | None) -> float:
    if not unit:
        return 1.0
    u = " ".join(unit.replace("€", " €").split()).replace(" €", "€") if "€" in unit else unit.strip()
    u = u.replace("€", " €").strip()
    if _THOUSANDS.match(u) or _THOUSANDS.match(u.replace(" ", "")):
        return 1000.0
    if _MILLIONS.match(u):
        return 1e6
    return 1.0


@per_taxonomy
def header_index(taxonomy: Taxonomy) -> dict[str, str]:
    """Normalised header spelling -> field name (canonical headers, synonyms, stage names)."""
    index: dict[str, str] = {}
    for f in ALL_FIELDS:
        for spelling in (f.header, *SYNONYMS.get(f.name, ())):
            key = norm(split_unit(spelling)[0])
            index.setdefault(key, f.name)
            index.setdefault(key.replace(" ", ""), f.name)  # "Handlungs-\nfeld", "Projekt ID"
    for stage in taxonomy.stages:
        for name in {stage.name, stage.short_name, stage.name.replace("Fachgruppe", "FG")}:
            for pattern in ("Datum {}", "{} am", "{} seit", "Datum {} am"):
                index.setdefault(norm(pattern.format(name)), f"date_{stage.code}")
    return index


def match_header(text: Any, taxonomy: Taxonomy) -> HeaderCell | None:
    """The field for one header cell (field None = unknown column); None for an empty cell."""
    if not isinstance(text, str) or not text.strip():
        return None
    shown = " ".join(text.split())
    name, unit = split_unit(shown)
    index = header_index(taxonomy)
    key = norm(name)
    field = index.get(key) or index.get(norm(shown)) or index.get(key.replace(" ", ""))
    scale = unit_scale(unit) if field and BY_NAME[field].kind == "amount" else 1.0
    return HeaderCell(-1, shown, field, scale)


def find_header(rows: list[list[Any]], taxonomy: Taxonomy) -> tuple[int, list[HeaderCell]] | None:
    """(0-based row index, header cells) of the row in the first 30 that names most known
    fields (at least two), or None."""
    best: tuple[int, list[HeaderCell]] | None = None
    best_score = MIN_HEADER_MATCHES - 1
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = []
        for c, value in enumerate(row):
            cell = match_header(value, taxonomy)
            if cell:
                cells.append(HeaderCell(c, cell.header, cell.field, cell.scale))
        score = len({cell.field for cell in cells if cell.field})
        if score > best_score:
            best, best_score = (r, cells), score
    return best


def with_sub_headers(grid, header_idx: int, cells: list[HeaderCell], taxonomy: Taxonomy
                     ) -> tuple[list[HeaderCell], int]:
    """Two-row headers: a merged cell ("Förderung (€)" over B:C) with sub-headers below
    ("beantragt", "bewilligt") gives "Förderung beantragt (€)". Returns cells and the first
    data row index."""
    rows = grid.rows
    below = rows[header_idx + 1] if header_idx + 1 < len(rows) else []
    abs_row = grid.row_offset + header_idx
    spans = [(c0 - grid.col_offset, c1 - grid.col_offset) for (r0, c0), (r1, c1) in grid.merged
             if r0 == r1 == abs_row and c1 > c0]
    if not spans or not below:
        return cells, header_idx + 1
    inside = {c for c0, c1 in spans for c in range(c0, c1 + 1)}
    texts = {c: v for c, v in enumerate(below) if isinstance(v, str) and v.strip()}
    if not texts or any(v not in ("", None) for c, v in enumerate(below) if c not in inside):
        return cells, header_idx + 1
    by_index = {cell.index: cell for cell in cells}
    result = [cell for cell in cells if cell.index not in inside]
    for c0, c1 in spans:
        parent = rows[header_idx][c0] if c0 < len(rows[header_idx]) else ""
        name, unit = split_unit(" ".join(str(parent).split()))
        for c in range(c0, c1 + 1):
            child = texts.get(c)
            if child is None:
                if c in by_index:
                    result.append(by_index[c])
                continue
            text = f"{name} {' '.join(child.split())}" + (f" ({unit})" if unit else "")
            found = match_header(text, taxonomy) or HeaderCell(c, text, None)
            result.append(HeaderCell(c, found.header, found.field, found.scale))
    result.sort(key=lambda cell: cell.index)
    return result, header_idx + 2
