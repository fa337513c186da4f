"""Derive data/reference/geo/ from the official raw files (../shared/sources):

- kreise.geojson   boundaries (WGS84, simplified) of every Kreis in the Länder of the Reviere
                   and Berlin (so Brandenburg has no hole); properties code, name, bez, land
- laender.geojson  outlines of those Länder
- kreise.csv       every Kreis of Germany: code, name, bez, land, centre
- laender.csv      every Land: code, short (SN, TH ...), name
- gemeinden.csv    every Gemeinde of Germany: ars, ags, name, bez, district_code, land, centre
- postleitzahlen.csv  postcode -> every district it reaches, with the share of its places there
                   and a centre per postcode and district (GeoNames)

Run: python -m dashboard.geo.derive [--sources DIR] [--out DIR]. Needs pyshp and pyproj
(requirements-dev.txt); the app itself reads only the derived files.
"""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.geo.derive.shapes import Area, ToWgs84, centroid, read_layer, signed_area
from dashboard.geo.derive.simplify import Topology
from dashboard.geo.derive.tables import (
    write_districts,
    write_laender,
    write_municipalities,
    write_postcodes,
)
from dashboard.geo.reference import LAND_KEYS as LAND_CODES

MAP_LAENDER = ("11", "12", "14", "15", "16")  # Berlin: else a hole in Brandenburg
TOLERANCE_M = 300.0  # the source is drawn for 1:5 000 000 (0,3 mm there are 1,5 km)
DECIMALS = 4  # about 7 m east-west, 11 m north-south


def _polygons(rings: list[list[tuple[float, float]]]) -> list[list[list[list[float]]]]:
    """Shapefile rings (outer clockwise, holes counter-clockwise) as GeoJSON polygon
    coordinates: outer rings counter-clockwise and holes clockwise (RFC 7946)."""
    from dashboard.geo.derive.shapes import in_ring

    outers = [r for r in rings if signed_area(r) < 0]
    holes = [r for r in rings if signed_area(r) >= 0]
    polys: list[list] = [[list(reversed(r))] for r in outers]
    for hole in holes:
        owner = next((i for i, r in enumerate(outers) if in_ring(hole[0], r)), None)
        if owner is not None:
            polys[owner].append(list(reversed(hole)))
    return [[[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring] for ring in poly]
            for poly in polys]


def _feature(area: Area, rings, kind: str) -> dict:
    props = {"code": area.ars[:5] if kind == "kreis" else area.ars[:2], "name": area.name,
             "bez": area.bez, "land": LAND_CODES[area.ars[:2]]}
    polys = _polygons(rings)
    geometry = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                else {"type": "MultiPolygon", "coordinates": polys})
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                    encoding="utf-8")


def derive(sources: Path, out: Path) -> dict[str, int]:
    """Write every derived file into `out`; returns sizes and counts for the log."""
    vg = sources / "bkg-vg5000-2021"
    out.mkdir(parents=True, exist_ok=True)
    to_wgs = ToWgs84()
    kreise = list(read_layer(vg / "VG5000_KRS"))
    laender = [a for a in read_layer(vg / "VG5000_LAN") if a.ars in MAP_LAENDER]
    mapped = [a for a in kreise if a.ars[:2] in MAP_LAENDER]
    # identical coordinates on both sides of a border: round to whole metres before the
    # topology is built
    for area in mapped + laender:
        area.rings = [[(round(x), round(y)) for x, y in ring] for ring in area.rings]
    topo = Topology([r for a in mapped + laender for r in a.rings])
    collections = {}
    for name, areas, kind in (("kreise", mapped, "kreis"), ("laender", laender, "land")):
        features = [_feature(a, [to_wgs.points(topo.simplify(r, TOLERANCE_M)) for r in a.rings],
                             kind) for a in sorted(areas, key=lambda a: a.ars)]
        collections[name] = {"type": "FeatureCollection", "features": features}
        _write_json(out / f"{name}.geojson", collections[name])
    centres = {a.ars[:5]: to_wgs.point(centroid(a.rings)) for a in kreise}
    counts = {"kreise": write_districts(out / "kreise.csv", kreise, centres, LAND_CODES)}
    counts["laender"] = write_laender(out / "laender.csv", list(read_layer(vg / "VG5000_LAN")),
                                      LAND_CODES)
    gemeinden = list(read_layer(vg / "VG5000_GEM"))
    counts["gemeinden"] = write_municipalities(
        out / "gemeinden.csv", gemeinden, [to_wgs.point(centroid(a.rings)) for a in gemeinden],
        LAND_CODES)
    counts.update(write_postcodes(out / "postleitzahlen.csv",
                                  sources / "geonames-postal-de" / "DE.zip", kreise, to_wgs))
    return counts
