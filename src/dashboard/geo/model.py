"""The result of a place lookup: candidate districts with how they were found."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

# "nearby": a postcode missing from GeoNames, read from its neighbours (geo.locate._nearby)
Method = Literal["both", "postcode", "nearby", "municipality", "place", "district", "none"]


class Candidate(BaseModel):
    """A district a place may lie in."""

    model_config = ConfigDict(frozen=True)

    district_code: str           # Kreisschlüssel, 5 digits
    district_name: str           # as in VG5000 (e.g. "Leipzig"), with `district_kind`
    district_kind: str           # "Landkreis", "Kreisfreie Stadt", "Kreis", "Stadtkreis"
    land: str                    # SN, ST, TH, BB, ...
    revier_code: str | None      # from data/reference/districts.csv; None outside the Reviere
    municipality: str | None = None  # the Gemeinde matched by name, if any
    share: float | None = None   # part of the postcode's places in this district
    lat: float
    lon: float


class Location(BaseModel):
    """Where a postcode and/or place name points. `candidates` holds every district that
    remains; `ambiguous` when more than one does (the caller asks, never picks). `suggestions`
    are similar municipality names for a name that matched nothing: hints, never hits."""

    model_config = ConfigDict(frozen=True)

    postcode: str | None          # as understood (leading zero restored), None if none given
    place: str | None             # the place name as understood ("Maintal")
    method: Method
    candidates: tuple[Candidate, ...] = ()
    conflict: bool = False        # postcode and name point to different districts
    suggestions: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len({c.district_code for c in self.candidates}) > 1

    @property
    def district_code(self) -> str | None:
        """The district when exactly one remains."""
        codes = {c.district_code for c in self.candidates}
        return next(iter(codes)) if len(codes) == 1 else None

    @property
    def revier_code(self) -> str | None:
        """The Revier when every candidate lies in the same one (even if the district is
        ambiguous)."""
        codes = {c.revier_code for c in self.candidates}
        return next(iter(codes)) if len(codes) == 1 else None
