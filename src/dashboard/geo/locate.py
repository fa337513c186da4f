"""Place lookup: postcode and/or place name -> candidate districts -> Revier.

Exact matches decide; a similar name (e.g. a typo) only comes back as a suggestion. Every
candidate of a postcode that spans several districts is kept, and so is every municipality of
the same name ("Neustadt"): the caller asks the user when the result is ambiguous.
"""

from __future__ import annotations

import bisect
import difflib
from pathlib import Path

from dashboard.geo import names
from dashboard.geo.model import Candidate, Location
from dashboard.geo.reference import GeoReference, geo_reference


def _candidate(ref: GeoReference, code: str, *, lat: str, lon: str,
               municipality: str | None = None, share: str | None = None) -> Candidate:
    district = ref.districts[code]
    return Candidate(district_code=code, district_name=district["name"],
                     district_kind=district["bez"], land=district["land"],
                     revier_code=ref.reviere.get(code), municipality=municipality,
                     share=float(share) if share is not None else None,
                     lat=float(lat), lon=float(lon))


def _by_postcode(ref: GeoReference, postcode: str) -> list[Candidate]:
    rows = sorted(ref.postcodes.get(postcode, []), key=lambda r: -float(r["share"]))
    return [_candidate(ref, r["district_code"], lat=r["lat"], lon=r["lon"], share=r["share"])
            for r in rows if r["district_code"] in ref.districts]


def _districts(ref: GeoReference, rows: list[dict[str, str]]) -> list[Candidate]:
    return [_candidate(ref, r["code"], lat=r["lat"], lon=r["lon"]) for r in rows]


def _municipalities(ref: GeoReference, rows: list[dict[str, str]]) -> list[Candidate]:
    return [_candidate(ref, r["district_code"], lat=r["lat"], lon=r["lon"],
                       municipality=r["name"]) for r in rows if r["district_code"] in ref.districts]


def _tiers(ref: GeoReference, variants: list[str]):
    """(method, spelling, candidates) from the strictest reading of the name to the loosest:
    a district designation, the municipality's exact name, without "Stadt ...", its base
    name ("Halle" for "Halle (Saale)"), a GeoNames place (Ortsteile), a district name. A
    municipality's own designation ("Herzberg (Elster), Stadt": no kreisfreie Stadt) comes
    before its bare name: its qualifier and kind (Stadt or Gemeinde) settle between namesakes."""
    for text in variants:
        if designated := names.district_designation(text):
            name_key, kinds = designated
            rows = [r for r in ref.districts_by_key.get(name_key, []) if r["bez"] in kinds]
            yield "district", text, _districts(ref, rows)
    for text in variants:
        if designated := names.municipal_designation(text):
            yield "municipality", text, _municipalities(ref, _designated(ref, *designated))
    for index, keyer in ((ref.municipalities_by_key, names.key),
                         (ref.municipalities_by_unprefixed, names.unprefixed_key),
                         (ref.municipalities_by_base, names.base_key)):
        for text in variants:
            yield "municipality", text, _municipalities(ref, index.get(keyer(text), []))
    for text in variants:
        rows = ref.places_by_key.get(names.key(text), [])
        yield "place", text, [_candidate(ref, r["district_code"], lat=r["lat"], lon=r["lon"])
                              for r in rows if r["district_code"] in ref.districts]
    for text in variants:  # "Spree-Neiße", "Saalekreis"
        yield "district", text, _districts(ref, ref.districts_by_key.get(names.key(text), []))


def _designated(ref: GeoReference, name: str, kind: str) -> list[dict[str, str]]:
    """The municipalities called `name` (exactly, else by its base) of that kind, or of any
    kind when none is ("Stadt Boxberg" for the Gemeinde Boxberg)."""
    rows = ref.municipalities_by_key.get(names.key(name)) or \
        ref.municipalities_by_base.get(names.base_key(name), [])
    return [r for r in rows if r["bez"] == kind] or rows


def _nearby(ref: GeoReference, postcode: str) -> list[Candidate]:
    """A postcode GeoNames lacks (99095 Erfurt): the district of its nearest known neighbours
    below and above, when both have the same first three digits and lie in that one district
    alone. A reading from neighbours, so the result says method "nearby"."""
    order = ref.postcode_order
    at = bisect.bisect_left(order, postcode)
    if not 0 < at < len(order):
        return []
    below, above = order[at - 1], order[at]
    districts = [{r["district_code"] for r in ref.postcodes[p]} for p in (below, above)]
    if below[:3] != postcode[:3] or above[:3] != postcode[:3] or len(districts[0]) != 1 \
            or districts[0] != districts[1] or not districts[0] <= set(ref.districts):
        return []
    code = next(iter(districts[0]))
    row = ref.districts[code]
    return [_candidate(ref, code, lat=row["lat"], lon=row["lon"])]


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    seen: dict[tuple, Candidate] = {}
    for c in candidates:
        seen.setdefault((c.district_code, c.municipality), c)
    return list(seen.values())


def _suggest(ref: GeoReference, text: str) -> tuple[str, ...]:
    wanted = names.key(text)
    pool = [k for k in ref.municipalities_by_key if k[:1] == wanted[:1]]
    close = difflib.get_close_matches(wanted, pool, n=5, cutoff=0.8)
    return tuple(dict.fromkeys(r["name"] for k in close for r in ref.municipalities_by_key[k]))


def locate(postcode: str | None, place: str | None, *, within: str | None = None,
           reference_dir: Path | None = None, suggest: bool = True) -> Location:
    """Candidate districts for a postcode and/or a place text ("63477 Maintal / Am Kreuzstein
    85", "Leipzig, Kreisfreie Stadt", "Halle (Saale)"). With both, the districts both allow
    (method "both"); when they exclude each other the postcode's stand and `conflict` is set.
    `within` (a Kreisschlüssel already known, e.g. a project's district) acts like a postcode
    that covers exactly that district: "Forst" within 12071 is Forst (Lausitz). `suggest=False`
    skips the similar names for an unknown place (the costly part, for callers that only want
    candidates)."""
    ref = geo_reference(reference_dir)
    text = (place or "").strip()
    code = names.clean_postcode(postcode) if postcode not in (None, "") else None
    if code is None and text:
        code, text = names.split_postcode(text)
    by_code = _by_postcode(ref, code) if code else []
    nearby = not by_code and code is not None and bool(by_code := _nearby(ref, code))
    if within and within in ref.districts:
        row = ref.districts[within]
        known = [c for c in by_code if c.district_code == within] if by_code else \
            [_candidate(ref, within, lat=row["lat"], lon=row["lon"])]
        by_code = known
    wanted = {c.district_code for c in by_code}
    first: tuple[str, str, list[Candidate]] | None = None
    for method, spelling, found in _tiers(ref, names.place_variants(text)) if text else ():
        if not found:
            continue
        first = first or (method, spelling, found)
        agreeing = [c for c in found if c.district_code in wanted]
        if agreeing:  # the strictest reading that fits the postcode
            return Location(postcode=code, place=spelling, method="both",
                            candidates=tuple(_unique(agreeing)))
        if not by_code:
            break
    if first and not by_code:
        return Location(postcode=code, place=first[1], method=first[0],
                        candidates=tuple(_unique(first[2])))
    suggestions = _suggest(ref, text) if suggest and text and not first else ()
    method = "nearby" if nearby else "postcode" if code and by_code else \
        ("district" if by_code else "none")
    return Location(postcode=code, place=first[1] if first else (text or None), method=method,
                    candidates=tuple(by_code),
                    conflict=bool(first and by_code), suggestions=suggestions)
