"""The canonical columns of a project list: field name, German header (as in the template and
the export), and what kind of value it holds. Header synonyms live in ingest/columns.py."""

from __future__ import annotations

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


def milestone_stage(field_name: str) -> str | None:
    """'date_FG_FOE' -> 'FG_FOE'; None for other fields."""
    return field_name.removeprefix("date_") if field_name.startswith("date_") else None
