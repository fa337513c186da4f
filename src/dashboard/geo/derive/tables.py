"""The derived CSV tables: Kreise, Gemeinden and postcodes with their districts and centres."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from pathlib import Path

from dashboard.geo.derive.shapes import Area, Point, ToWgs84, in_area

DECIMALS = 4


def _writer(path: Path, header: list[str]):
    handle = path.open("w", encoding="utf-8", newline="")
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(header)
    return handle, writer


def _deg(value: float) -> str:
    return f"{value:.{DECIMALS}f}"


def write_districts(path: Path, kreise: list[Area], centres: dict[str, Point],
                    lands: dict[str, str]) -> int:
    """kreise.csv: code, name, bez, land, lat, lon (centroid) of every Kreis."""
    handle, writer = _writer(path, ["code", "name", "bez", "land", "lat", "lon"])
    with handle:
        for a in sorted(kreise, key=lambda a: a.ars):
            lon, lat = centres[a.ars[:5]]
            writer.writerow([a.ars[:5], a.name, a.bez, lands[a.ars[:2]], _deg(lat), _deg(lon)])
    return len(kreise)


def write_laender(path: Path, laender: list[Area], lands: dict[str, str]) -> int:
    """laender.csv: code (Schlüssel), short (SN, TH ...), name (GEN) of every Land, so a
    message can name the Land of a district outside the Reviere."""
    rows = {a.ars[:2]: a for a in laender}  # a Land may have several records (coast, lakes)
    handle, writer = _writer(path, ["code", "short", "name"])
    with handle:
        for code in sorted(rows):
            writer.writerow([code, lands[code], rows[code].name])
    return len(rows)


def write_municipalities(path: Path, gemeinden: list[Area], centres: list[Point],
                         lands: dict[str, str]) -> int:
    """gemeinden.csv: ars, ags, name, bez, district_code, land, lat, lon of every Gemeinde
    (and gemeindefreie Gebiete); names repeat across districts ("Neustadt") and all stay."""
    rows = sorted(zip(gemeinden, centres, strict=True), key=lambda item: item[0].ars)
    handle, writer = _writer(path, ["ars", "ags", "name", "bez", "district_code", "land",
                                    "lat", "lon"])
    with handle:
        for a, (lon, lat) in rows:
            writer.writerow([a.ars, a.ags, a.name, a.bez, a.ars[:5], lands[a.ars[:2]],
                             _deg(lat), _deg(lon)])
    return len(rows)


def _read_geonames(zip_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("zipcodes.de.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def write_postcodes(path: Path, zip_path: Path, kreise: list[Area], to_wgs: ToWgs84) -> dict:
    """postleitzahlen.csv: postcode, district_code, places, share, lat, lon, assigned.

    One row per postcode and district it reaches: `places` = GeoNames places of the postcode
    in that district, `share` = their part of all its places, centre = their mean position.
    `names` lists the GeoNames places (Ortsteile included) separated by "|".
    `assigned` says where the district comes from: "kennziffer" (GeoNames' Kreisschlüssel) or
    "lage" (the place lies inside that district's boundary: GeoNames gave no known code)."""
    known = {a.ars[:5] for a in kreise}
    boundaries: dict[str, list] | None = None
    groups: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    places: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    totals: dict[str, int] = defaultdict(int)
    unknown = 0
    for row in _read_geonames(zip_path):
        code, assigned = row["community_code"].strip(), "kennziffer"
        lat, lon = float(row["latitude"]), float(row["longitude"])
        if code not in known:
            unknown += 1
            if boundaries is None:  # only for the few rows without a valid code
                boundaries = {a.ars[:5]: [to_wgs.points(r) for r in a.rings] for a in kreise}
            code = next((c for c, rings in boundaries.items() if in_area((lon, lat), rings)), "")
            assigned = "lage"
            if not code:
                continue  # outside Germany's districts (e.g. Jungholz, reached via Austria)
        postcode = row["zipcode"].strip().zfill(5)
        groups[(postcode, code, assigned)].append((lat, lon))
        places[(postcode, code, assigned)].append(row["place"].strip().replace("|", "/"))
        totals[postcode] += 1
    handle, writer = _writer(path, ["postcode", "district_code", "places", "share", "lat", "lon",
                                    "assigned", "names"])
    with handle:
        for (postcode, code, assigned), points in sorted(groups.items()):
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            writer.writerow([postcode, code, len(points), f"{len(points) / totals[postcode]:.3f}",
                             _deg(lat), _deg(lon), assigned,
                             "|".join(sorted(set(places[(postcode, code, assigned)])))])
    return {"postcodes": len(totals), "postcode_rows": len(groups),
            "postcodes_without_known_code": unknown}
