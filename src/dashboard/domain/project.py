"""The project record and its stage history, as stored and as exchanged in Excel files."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Status = Literal["aktiv", "zurueckgestellt", "abgelehnt", "zurueckgezogen"]
Marker = Literal[0, 1, 2]
THEME_COLUMNS = ("theme_fk", "theme_kj", "theme_gs", "theme_dw")


class Project(BaseModel):
    """One project as the database holds it (codes refer to the reference tables)."""

    model_config = ConfigDict(extra="forbid")

    project_id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=500)
    description: str | None = None
    sponsor: str | None = None
    sponsor_type: str | None = None
    revier_code: str
    district_code: str | None = None
    municipality: str | None = None
    mission_code: str | None = None
    further_missions: list[str] = Field(default_factory=list)
    focus_area_code: str
    theme_fk: Marker = 0
    theme_kj: Marker = 0
    theme_gs: Marker = 0
    theme_dw: Marker = 0
    stage_code: str
    status: Status = "aktiv"
    programme_code: str | None = None
    total_cost_eur: float | None = Field(default=None, ge=0)
    requested_eur: float | None = Field(default=None, ge=0)
    granted_eur: float | None = Field(default=None, ge=0)
    amounts_flagged: bool = False  # granted > requested > total cost is intended (explained)
    planned_jobs: int | None = Field(default=None, ge=0)
    start_date: date | None = None
    end_date: date | None = None
    # issue 15: planned at application (with planned_jobs) and implemented as reported
    planned_apprenticeships: int | None = Field(default=None, ge=0)
    actual_jobs: int | None = Field(default=None, ge=0)
    actual_apprenticeships: int | None = Field(default=None, ge=0)
    invkg_area: str | None = None  # Förderbereich of InvKG § 4 Abs. 1 (ref_invkg_area)
    contact: str | None = None
    remarks: str | None = None
    as_of: date | None = None
    source: str = "manuell"

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("Das Projektende liegt vor dem Projektbeginn.")
        if self.mission_code and self.mission_code in self.further_missions:
            raise ValueError("Die Hauptmission steht auch unter den weiteren Missionen.")
        return self


class StageEvent(BaseModel):
    """A project entered a stage on a date; outcome set when it left the pipeline there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    project_id: str
    stage_code: str
    entered_on: date
    outcome: Literal["zurueckgestellt", "abgelehnt", "zurueckgezogen"] | None = None


# Column order of the projects table (and of exports); one place for everyone.
PROJECT_COLUMNS: tuple[str, ...] = tuple(Project.model_fields)
