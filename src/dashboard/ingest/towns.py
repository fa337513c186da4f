"""The Gemeinde column against the official places (a helper of step 4, ingest.check): the text
is stored as typed, but a place that lies outside the Reviere ("99095 Erfurt"), or in another
Landkreis than the row states, is named in a warning. Places are found through dashboard.geo
(BKG VG5000 and GeoNames for the whole of Germany: "Herzberg (Elster), Stadt", postcodes); a
name that matches nothing or several places is left alone (the map says where it cannot place
a project)."""

from __future__ import annotations

from dashboard.domain.taxonomy import Taxonomy
from dashboard.geo.locate import locate
from dashboard.geo.reference import geo_reference
from dashboard.ingest.messages import say
from dashboard.ingest.rules import Problems


def check_towns(problems: Problems, cols: dict[str, list], present: set[str],
                taxonomy: Taxonomy) -> None:
    """A warning on each Gemeinde cell whose place lies outside the Reviere or outside the
    row's Landkreis (looked up once per distinct place and Landkreis)."""
    if "municipality" not in present:
        return
    names = {d.code: d.name for d in taxonomy.districts}
    said: dict[tuple, tuple[str, dict] | None] = {}
    for i, (town, district) in enumerate(zip(cols["municipality"], cols["district_code"],
                                             strict=True)):
        if not isinstance(town, str) or not town.strip() or problems.bad[i]:
            continue
        key = (town, district)
        if key not in said:
            said[key] = _verdict(town, district, names)
        if said[key] is not None:
            message_key, values = said[key]
            problems.add(i, "municipality", say(message_key, value=town, **values),
                         severity="warning", suggestion=say(f"{message_key}_hint"))


def _verdict(town: str, district: str | None, names: dict[str, str]) -> tuple[str, dict] | None:
    found = locate(None, town, suggest=False)
    codes = {c.district_code for c in found.candidates}
    if not codes or found.conflict:
        return None
    if not codes & set(names):
        if len(codes) > 1:
            return None  # namesakes outside: which one is unknown, and neither matters here
        where = found.candidates[0]
        land = geo_reference().land_names.get(where.land, where.land)
        return "town.outside", {"district": f"{where.district_kind} {where.district_name}",
                                "land": land}
    if district is not None and district not in codes and len(codes) == 1:
        return "town.other_district", {"district": names[district],
                                       "actual": names.get(next(iter(codes)), "")}
    return None
