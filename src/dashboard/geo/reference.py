"""The derived geodata (data/reference/geo/, written by dashboard.geo.derive) and the editable
district -> Revier table (data/reference/districts.csv), loaded once per folder."""

from __future__ import annotations

import csv
import functools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import config
from dashboard.geo import names

ATTRIBUTION = ("© GeoBasis-DE / BKG 2021 (Daten verändert), Datenlizenz Deutschland – "
               "Namensnennung – 2.0; Postleitzahlen: GeoNames (geonames.org), CC BY 4.0")
ATTRIBUTION_URL = "https://www.bkg.bund.de"
# Land part of the Kreisschlüssel (laender.geojson's `code`) -> the abbreviation of kreise.csv
LAND_KEYS = {"01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE",
             "07": "RP", "08": "BW", "09": "BY", "10": "SL", "11": "BE", "12": "BB",
             "13": "MV", "14": "SN", "15": "ST", "16": "TH"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class GeoReference:
    """Lookup tables: districts by code, municipalities and districts by name key,
    postcodes -> their district rows, district -> Revier."""

    districts: dict[str, dict[str, str]]
    municipalities_by_key: dict[str, list[dict[str, str]]]
    municipalities_by_unprefixed: dict[str, list[dict[str, str]]]
    municipalities_by_base: dict[str, list[dict[str, str]]]
    districts_by_key: dict[str, list[dict[str, str]]]
    postcodes: dict[str, list[dict[str, str]]]
    places_by_key: dict[str, list[dict[str, str]]]  # GeoNames place -> its postcode rows
    postcode_order: tuple[str, ...]  # every known postcode, sorted (neighbours of a missing one)
    reviere: dict[str, str]
    folder: Path
    land_names: dict[str, str] = field(default_factory=dict)  # "TH" -> "Thüringen"
    # analytics.geo remembers where a (district, municipality) pair goes on the map
    placements: dict = field(default_factory=dict, compare=False, hash=False)

    def geojson(self, name: str, codes: tuple[str, ...] | None = None) -> dict:
        """kreise or laender as a GeoJSON FeatureCollection for plotly, only the features
        whose `code` is in `codes` if given (read it, never change it: it is shared)."""
        return _subset(self.folder / f"{name}.geojson", codes)


def _for_plotly(geometry: dict) -> dict:
    """Rings turned (d3-geo reads RFC 7946's counter-clockwise outer ring as "the whole globe
    except this area") and coordinates to 3 decimals (about 100 m: finer than a pixel of the
    map and than the 1:5 000 000 source; the figure sent to the browser gets 30 % smaller)."""
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" \
        else geometry["coordinates"]
    turned = [[[[round(x, 3), round(y, 3)] for x, y in ring[::-1]] for ring in poly]
              for poly in polys]
    return {"type": geometry["type"],
            "coordinates": turned[0] if geometry["type"] == "Polygon" else turned}


@functools.cache
def _geojson(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": f["properties"],
                          "geometry": _for_plotly(f["geometry"])} for f in data["features"]]}


@functools.lru_cache(maxsize=64)
def _subset(path: Path, codes: tuple[str, ...] | None) -> dict:
    data = _geojson(path)
    if codes is None:
        return data
    wanted = set(codes)
    return {"type": "FeatureCollection",
            "features": [f for f in data["features"] if f["properties"]["code"] in wanted]}


def _index(rows: list[dict[str, str]], keyer) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        out[keyer(row["name"])].append(row)
    return dict(out)


@functools.cache
def _load(folder: Path, districts_csv: Path, mtime: float) -> GeoReference:
    kreise = _rows(folder / "kreise.csv")
    gemeinden = _rows(folder / "gemeinden.csv")
    postcodes: dict[str, list[dict[str, str]]] = defaultdict(list)
    places: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(folder / "postleitzahlen.csv"):
        postcodes[row["postcode"]].append(row)
        for name in row["names"].split("|"):
            places[names.key(name)].append(row)
    reviere = {r["code"]: r["revier_code"] for r in _rows(districts_csv)}
    return GeoReference(
        districts={r["code"]: r for r in kreise},
        municipalities_by_key=_index(gemeinden, names.key),
        municipalities_by_unprefixed=_index(gemeinden, names.unprefixed_key),
        municipalities_by_base=_index(gemeinden, names.base_key),
        districts_by_key=_index(kreise, names.key),
        postcodes=dict(postcodes), places_by_key=dict(places),
        postcode_order=tuple(sorted(postcodes)), reviere=reviere, folder=folder,
        land_names={r["short"]: r["name"] for r in _rows(folder / "laender.csv")}
        if (folder / "laender.csv").exists() else {})


def geo_reference(reference_dir: Path | None = None) -> GeoReference:
    """The tables under <reference_dir>/geo (else the project's data/reference/geo) with the
    Revier of each district from <reference_dir>/districts.csv (re-read when it changes)."""
    folder = Path(reference_dir or config.reference_dir())
    districts_csv = folder / "districts.csv"
    geo = folder / "geo"
    if not geo.is_dir():  # an own reference folder ($DASHBOARD_REFERENCE) without the derived
        geo = config.DEFAULT_REFERENCE_DIR / "geo"  # geodata: the project's copy
    return _load(geo, districts_csv, districts_csv.stat().st_mtime)
