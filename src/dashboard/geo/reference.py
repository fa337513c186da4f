"""The derived geodata (data/reference/geo/, written by dashboard.geo.derive) and the editable
district -> Revier table (data/reference/districts.csv), loaded once per folder."""

from __future__ import annotations

import csv
import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from dashboard import config
from dashboard.geo import names

ATTRIBUTION = ("© GeoBasis-DE / BKG 2021 (Daten verändert), Datenlizenz Deutschland – "
               "Namensnennung – 2.0; Postleitzahlen: GeoNames (geonames.org), CC BY 4.0")
ATTRIBUTION_URL = "https://www.bkg.bund.de"


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
    reviere: dict[str, str]
    folder: Path

    def geojson(self, name: str) -> dict:
        """kreise or laender as a GeoJSON FeatureCollection for plotly (read it, never change
        it: it is shared)."""
        return _geojson(self.folder / f"{name}.geojson")


def _rewound(geometry: dict) -> dict:
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" \
        else geometry["coordinates"]
    turned = [[ring[::-1] for ring in poly] for poly in polys]
    return {"type": geometry["type"],
            "coordinates": turned[0] if geometry["type"] == "Polygon" else turned}


@functools.cache
def _geojson(path: Path) -> dict:
    """The file follows RFC 7946 (outer rings counter-clockwise); plotly's d3-geo takes the
    opposite winding as "the whole globe except this area", so the rings are turned."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"type": "FeatureCollection",
            "features": [{**f, "geometry": _rewound(f["geometry"])} for f in data["features"]]}


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
        postcodes=dict(postcodes), places_by_key=dict(places), reviere=reviere, folder=folder)


def geo_reference(reference_dir: Path | None = None) -> GeoReference:
    """The tables under <reference_dir>/geo with the Revier of each district from
    <reference_dir>/districts.csv (re-read when that file changes)."""
    folder = Path(reference_dir or config.reference_dir())
    districts_csv = folder / "districts.csv"
    return _load(folder / "geo", districts_csv, districts_csv.stat().st_mtime)
