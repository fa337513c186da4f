"""Where an operation is: postcode and place (the Standortindikator "63477 Maintal / Am
Kreuzstein 85" or separate columns, a postcode that lost its zero) and a district column as
the 2014–20 lists spell it ("Leipzig" is the Landkreis, "Leipzig, Kreisfreie Stadt" the city),
through dashboard.geo (derived from BKG VG5000 and GeoNames). Ambiguous places keep all
candidates; nothing is picked silently."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.geo import names
from dashboard.geo.locate import locate
from dashboard.geo.reference import geo_reference


@dataclass(frozen=True)
class Place:
    district_code: str | None
    candidates: tuple[str, ...]
    revier_code: str | None
    municipality: str | None
    problem: str | None = None   # 'ambiguous', 'conflict', 'none' (text keys fl.place.*)


def _district_column(text: str, reference_dir: Path | None) -> tuple[str, ...]:
    """District codes a district column names; a plain name means the Landkreis when a city of
    the same name exists (the Destatis spelling: "Leipzig" vs "Leipzig, Kreisfreie Stadt")."""
    ref = geo_reference(reference_dir)
    if designated := names.district_designation(text):
        key, kinds = designated
        rows = [r for r in ref.districts_by_key.get(key, []) if r["bez"] in kinds]
    else:
        rows = ref.districts_by_key.get(names.key(text), [])
        rural = [r for r in rows if r["bez"] in names.RURAL]
        rows = rural or rows
    if not rows:  # "LK Görlitz", "Stadt Cottbus"
        found = locate(None, text, reference_dir=reference_dir)
        return tuple(sorted({c.district_code for c in found.candidates}))
    return tuple(sorted(r["code"] for r in rows))


@functools.lru_cache(maxsize=65536)
def place_of(postcode: str | None, place: str | None, district: str | None,
             reference_dir: Path | None = None, land: str | None = None) -> Place:
    """The district(s) of one operation; `land` (the list's Land) decides between namesakes in
    several Länder ("Rothenburg" in a Saxon list), never against a unique place."""
    ref = geo_reference(reference_dir)
    found = locate(postcode, place, reference_dir=reference_dir) if (postcode or place) else None
    by_place = tuple(sorted({c.district_code for c in found.candidates})) if found else ()
    municipality = None
    if found is not None:
        kept = [c for c in found.candidates if not land or c.land == land] or found.candidates
        towns = {c.municipality for c in kept if c.municipality}
        municipality = next(iter(towns)) if len(towns) == 1 else (found.place or None)
    codes, problem = by_place, None
    if district:
        named = _district_column(district, reference_dir)
        both = tuple(c for c in by_place if c in named)
        if both:
            codes = both
        elif named:
            problem = "conflict" if by_place else None
            codes = named
    if land and len(codes) > 1:
        inside = tuple(c for c in codes if ref.districts.get(c, {}).get("land") == land)
        codes = inside or codes
    if found is not None and found.conflict and problem is None:
        problem = "conflict"
    reviere = {ref.reviere.get(c) for c in codes}
    revier = next(iter(reviere)) if len(reviere) == 1 else None
    if not codes:
        problem = "none"
    elif len(codes) > 1:
        problem = problem or "ambiguous"
    return Place(codes[0] if len(codes) == 1 else None, codes, revier, municipality, problem)


def locate_operations(ops: pd.DataFrame, reference_dir: Path | None = None,
                      land: str | None = None) -> pd.DataFrame:
    """district_code, district_candidates, revier_code, municipality and place_problem per
    operation (index as `ops`); `land`: the list's Land (see place_of)."""
    out = []
    for loc, pc, place, district in zip(ops["location_text"], ops["postcode"], ops["place"],
                                        ops["district_text"], strict=True):
        postcode = pc if isinstance(pc, str) and pc else None
        text = place if isinstance(place, str) and place else None
        if isinstance(loc, str) and loc:
            code, rest = names.split_postcode(loc)
            postcode = postcode or code
            text = text or rest or None
        if postcode is not None and not postcode.isdigit():
            postcode = None
        found = place_of(postcode, text, district if isinstance(district, str) and district else None,
                         reference_dir, land)
        out.append({"district_code": found.district_code,
                    "district_candidates": list(found.candidates),
                    "revier_code": found.revier_code, "municipality": found.municipality,
                    "place_problem": found.problem})
    return pd.DataFrame(out, index=ops.index,
                        columns=["district_code", "district_candidates", "revier_code",
                                 "municipality", "place_problem"])
