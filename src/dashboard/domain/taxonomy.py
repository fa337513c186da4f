"""Reference data (missions, focus areas, Reviere, ...) as validated, immutable models.

The CSV files under data/reference are the editable source; this module only reads them.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Callable
from pathlib import Path
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

T = TypeVar("T")


def _none_if_blank(v: object) -> object:
    """An empty CSV cell (None, NaN, "") as None."""
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v


class _Ref(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: object) -> object:
        """An empty cell of a field that may be None (e.g. the Revier of JTF Chemnitz) is None."""
        if not isinstance(data, dict):
            return data
        return {k: _none_if_blank(v) if k in cls.model_fields
                and type(None) in get_args(cls.model_fields[k].annotation) else v
                for k, v in data.items()}


class Mission(_Ref):
    code: str
    name: str
    short_name: str
    sort: int


class FocusArea(_Ref):
    code: str
    name: str
    colour: str
    sort: int


class MissionFocusArea(_Ref):
    mission_code: str
    focus_area_code: str
    strength: Literal["primary", "secondary"]


class Bundesland(_Ref):
    code: str
    name: str
    sort: int


class Revier(_Ref):
    code: str
    name: str
    short_name: str
    sort: int


Fund = Literal["InvKG", "JTF"]


class Envelope(_Ref):
    """A funding envelope (Finanzrahmen) of one fund for one Land and Revier (None: a region
    outside the Reviere, e.g. JTF Chemnitz) over one funding period (years, inclusive)."""

    fund: Fund
    bundesland_code: str
    revier_code: str | None
    period_start: int
    period_end: int
    amount_eur: float
    label: str


class District(_Ref):
    code: str
    name: str
    bundesland_code: str
    revier_code: str
    sort: int


class Network(_Ref):
    code: str
    revier_code: str
    name: str
    focus_area_codes: tuple[str, ...]
    sort: int

    @field_validator("focus_area_codes", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        return tuple(v.split()) if isinstance(v, str) else v


class Stage(_Ref):
    code: str
    name: str
    short_name: str
    kind: Literal["active", "positive_end"]
    colour: str
    sort: int


class ExitReason(_Ref):
    code: str
    name: str
    colour: str
    sort: int


class Programme(_Ref):
    code: str
    name: str
    counts_to_envelope: bool
    fund: Fund | None = None  # the envelope its grants are bound against
    sort: int


class InvkgArea(_Ref):
    """A Förderbereich of InvKG § 4 Abs. 1."""

    code: str
    name: str
    short_name: str
    sort: int


class Theme(_Ref):
    code: str
    name: str
    column: str
    sort: int


class ThemeMarker(_Ref):
    value: int
    name: str
    description: str


class SponsorType(_Ref):
    code: str
    name: str
    sort: int


# the fields of a project list a plausibility bound may name; "stage_dates" is every stage
# date column ("Datum Fachnetzwerk", "Bewilligt am", ..., "Ausgeschieden am")
PlausibleField = Literal["total_cost_eur", "requested_eur", "granted_eur", "planned_jobs",
                         "planned_apprenticeships", "actual_jobs", "actual_apprenticeships",
                         "start_date", "end_date", "as_of", "stage_dates"]
DATE_BOUND_FIELDS = ("start_date", "end_date", "as_of", "stage_dates")
Bound = Literal["warn_below", "refuse_below", "warn_above", "refuse_above"]


class PlausibilityBound(_Ref):
    """One bound of what a project list may hold in a field (amounts in euros, counts, dates as
    a year: above 2045 is after 31.12.2045): beyond a refusal bound a cell is an error, beyond
    a warning bound it is imported only when the person confirms it."""

    field: PlausibleField
    bound: Bound
    threshold: float = Field(ge=0)
    reason: str = Field(min_length=1)


# file name -> (table name, Taxonomy field, model); the order is the load order
REFERENCE_FILES: dict[str, tuple[str, str, type[_Ref]]] = {
    "missions.csv": ("ref_mission", "missions", Mission),
    "focus_areas.csv": ("ref_focus_area", "focus_areas", FocusArea),
    "mission_focus_areas.csv": ("ref_mission_focus_area", "mission_focus_areas", MissionFocusArea),
    "bundeslaender.csv": ("ref_bundesland", "bundeslaender", Bundesland),
    "reviere.csv": ("ref_revier", "reviere", Revier),
    "envelopes.csv": ("ref_envelope", "envelopes", Envelope),
    "districts.csv": ("ref_district", "districts", District),
    "networks.csv": ("ref_network", "networks", Network),
    "stages.csv": ("ref_stage", "stages", Stage),
    "exit_reasons.csv": ("ref_exit_reason", "exit_reasons", ExitReason),
    "programmes.csv": ("ref_programme", "programmes", Programme),
    "themes.csv": ("ref_theme", "themes", Theme),
    "theme_markers.csv": ("ref_theme_marker", "theme_markers", ThemeMarker),
    "sponsor_types.csv": ("ref_sponsor_type", "sponsor_types", SponsorType),
    "invkg_areas.csv": ("ref_invkg_area", "invkg_areas", InvkgArea),
    "plausibility.csv": ("ref_plausibility", "plausibility", PlausibilityBound),
}


class ReferenceError(ValueError):
    """A reference file is missing or inconsistent (message in German)."""


class Taxonomy(BaseModel):
    """All reference data, cross-checked."""

    model_config = ConfigDict(frozen=True)

    missions: tuple[Mission, ...]
    focus_areas: tuple[FocusArea, ...]
    mission_focus_areas: tuple[MissionFocusArea, ...]
    bundeslaender: tuple[Bundesland, ...]
    reviere: tuple[Revier, ...]
    envelopes: tuple[Envelope, ...]
    districts: tuple[District, ...]
    networks: tuple[Network, ...]
    stages: tuple[Stage, ...]
    exit_reasons: tuple[ExitReason, ...]
    programmes: tuple[Programme, ...]
    themes: tuple[Theme, ...]
    theme_markers: tuple[ThemeMarker, ...]
    sponsor_types: tuple[SponsorType, ...]
    invkg_areas: tuple[InvkgArea, ...] = ()
    plausibility: tuple[PlausibilityBound, ...] = ()

    def network_for(self, revier_code: str, focus_area_code: str) -> Network | None:
        """The Fachnetzwerk that handles a focus area in a Revier (Mobilität/IT share one in LR)."""
        for n in self.networks:
            if n.revier_code == revier_code and focus_area_code in n.focus_area_codes:
                return n
        return None

    def check(self) -> None:
        """Raise ReferenceError when codes refer to nothing."""
        codes = {
            "mission": {m.code for m in self.missions},
            "focus_area": {f.code for f in self.focus_areas},
            "revier": {r.code for r in self.reviere},
            "bundesland": {b.code for b in self.bundeslaender},
        }
        problems: list[str] = []
        for mf in self.mission_focus_areas:
            if mf.mission_code not in codes["mission"]:
                problems.append(f"Zuordnung: unbekannte Mission {mf.mission_code}")
            if mf.focus_area_code not in codes["focus_area"]:
                problems.append(f"Zuordnung: unbekannter Schwerpunkt {mf.focus_area_code}")
        for d in self.districts:
            if d.revier_code not in codes["revier"] or d.bundesland_code not in codes["bundesland"]:
                problems.append(f"Kreis {d.name}: unbekanntes Revier oder Bundesland")
        for n in self.networks:
            if n.revier_code not in codes["revier"]:
                problems.append(f"Fachnetzwerk {n.code}: unbekanntes Revier {n.revier_code}")
            for f in n.focus_area_codes:
                if f not in codes["focus_area"]:
                    problems.append(f"Fachnetzwerk {n.code}: unbekannter Schwerpunkt {f}")
        problems += self._envelope_problems(codes)
        problems += self._plausibility_problems()
        for r in self.reviere:
            for f in codes["focus_area"]:
                if self.network_for(r.code, f) is None:
                    problems.append(f"Kein Fachnetzwerk für Schwerpunkt {f} im {r.name}")
        if problems:
            raise ReferenceError("Referenzdaten fehlerhaft: " + "; ".join(problems))

    def _plausibility_problems(self) -> list[str]:
        """A warning bound lies inside its refusal bound; lower bounds below upper ones; a date
        bound is a year 1990-2100 (the frame the list reader accepts at all)."""
        problems = []
        for name in dict.fromkeys(b.field for b in self.plausibility):
            of = {b.bound: b.threshold for b in self.plausibility if b.field == name}
            low = [of[k] for k in ("refuse_below", "warn_below") if k in of]
            high = [of[k] for k in ("warn_above", "refuse_above") if k in of]
            if low != sorted(low) or high != sorted(high) or (low and high and max(low) >= min(high)):
                problems.append(f"Plausibilität {name}: Warnschwellen müssen innerhalb der "
                                "Grenzen liegen und Untergrenzen unter Obergrenzen")
            if name in DATE_BOUND_FIELDS and not all(
                    v.is_integer() and 1990 <= v <= 2100 for v in of.values()):
                problems.append(f"Plausibilität {name}: Datumsgrenzen sind Jahreszahlen "
                                "zwischen 1990 und 2100")
        return problems

    def _envelope_problems(self, codes: dict[str, set[str]]) -> list[str]:
        problems, seen = [], set()
        for e in self.envelopes:
            if e.bundesland_code not in codes["bundesland"] or (
                    e.revier_code is not None and e.revier_code not in codes["revier"]):
                problems.append(f"Finanzrahmen {e.label}: unbekanntes Revier oder Bundesland")
            if e.period_end < e.period_start or e.amount_eur < 0:
                problems.append(f"Finanzrahmen {e.label}: Zeitraum oder Betrag ungültig")
            key = (e.fund, e.bundesland_code, e.revier_code)
            years = set(range(e.period_start, e.period_end + 1))
            if any(k == key and years & y for k, y in seen):
                problems.append(f"Finanzrahmen {e.label}: Förderperioden überschneiden sich")
            seen.add((key, frozenset(years)))
        return problems


def read_reference_dir(folder: Path) -> Taxonomy:
    """Read and validate every reference CSV in a folder."""
    values: dict[str, tuple[_Ref, ...]] = {}
    for file_name, (_table, field, model) in REFERENCE_FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise ReferenceError(f"Referenzdatei fehlt: {path}")
        with path.open(encoding="utf-8", newline="") as fh:
            try:
                values[field] = tuple(model.model_validate(r) for r in csv.DictReader(fh))
            except ValueError as exc:
                raise ReferenceError(f"Referenzdatei {path} ist fehlerhaft: {exc}") from exc
    taxonomy = Taxonomy.model_validate(values)
    taxonomy.check()
    return taxonomy


def per_taxonomy(build: Callable[[Taxonomy], T]) -> Callable[[Taxonomy], T]:
    """Memoise `build(taxonomy)` by object identity: hashing a Taxonomy costs more than the
    work it would save, and a loaded taxonomy is never changed."""
    memo: dict[int, tuple[Taxonomy, T]] = {}

    @functools.wraps(build)
    def cached(taxonomy: Taxonomy) -> T:
        entry = memo.get(id(taxonomy))
        if entry is not None and entry[0] is taxonomy:
            return entry[1]
        if len(memo) > 8:
            memo.clear()
        result = build(taxonomy)
        memo[id(taxonomy)] = (taxonomy, result)
        return result

    return cached
