"""The derived geodata: reproducible from the official sources, correctly projected, seamless,
small; postcode and municipality tables complete."""

from __future__ import annotations

import csv
import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from dashboard.config import PROJECT_ROOT

GEO = PROJECT_ROOT / "data" / "reference" / "geo"
SOURCES = PROJECT_ROOT.parent / "shared" / "sources"
FILES = ("kreise.geojson", "laender.geojson", "kreise.csv", "gemeinden.csv", "postleitzahlen.csv")


def _rings(feature: dict) -> list[list[list[float]]]:
    geometry = feature["geometry"]
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [ring for poly in polys for ring in poly]


def _inside(lon: float, lat: float, feature: dict) -> bool:
    """Even-odd over all rings of the feature (holes included)."""
    inside = False
    for ring in _rings(feature):
        for (x0, y0), (x1, y1) in pairwise(ring):
            if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


def _csv(name: str) -> list[dict[str, str]]:
    with (GEO / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def kreise() -> dict[str, dict]:
    data = json.loads((GEO / "kreise.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f for f in data["features"]}


@pytest.mark.skipif(not SOURCES.exists(), reason="../shared/sources fehlt")
def test_committed_files_equal_a_fresh_derivation(tmp_path: Path) -> None:
    from dashboard.geo.derive import derive

    derive(SOURCES, tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (GEO / name).read_bytes(), name


def test_every_revier_district_is_on_the_map_and_the_map_is_small(kreise) -> None:
    reviere = _csv("../districts.csv")
    assert {r["code"] for r in reviere} <= set(kreise)
    assert {f["properties"]["land"] for f in kreise.values()} == {"BB", "BE", "SN", "ST", "TH"}
    assert kreise["14713"]["properties"]["name"] == "Leipzig"
    assert kreise["14729"]["properties"]["bez"] == "Landkreis"
    size = (GEO / "kreise.geojson").stat().st_size + (GEO / "laender.geojson").stat().st_size
    assert size < 400_000


@pytest.mark.parametrize(("place", "lon", "lat", "code", "not_code"), [
    ("Neues Rathaus Leipzig", 12.3711, 51.3356, "14713", "14729"),
    ("Marktplatz Halle (Saale)", 11.9697, 51.4828, "15002", "15088"),
    ("Hauptmarkt Bautzen", 14.4244, 51.1814, "14625", "14626"),
    ("Altmarkt Cottbus", 14.3342, 51.7606, "12052", "12071"),
])
def test_known_points_fall_into_their_district(kreise, place, lon, lat, code, not_code) -> None:
    """The projection (DHDN Gauss-Krüger -> WGS84) puts town halls into their own district."""
    assert _inside(lon, lat, kreise[code]), place
    assert not _inside(lon, lat, kreise[not_code]), place


def test_geonames_places_lie_in_the_district_they_are_assigned_to(kreise) -> None:
    """An independent source agrees with the boundaries: nearly every GeoNames postcode centre
    of the four Länder lies inside the district GeoNames names for it."""
    rows = [r for r in _csv("postleitzahlen.csv")
            if r["district_code"] in kreise and r["places"] == "1" and r["share"] == "1.000"]
    hits = sum(_inside(float(r["lon"]), float(r["lat"]), kreise[r["district_code"]]) for r in rows)
    assert len(rows) > 1000
    assert hits / len(rows) > 0.97


def test_neighbouring_districts_share_their_borders_exactly(kreise) -> None:
    """Simplified per border, not per ring: every edge of a district is also an edge of its
    neighbour, or lies on the outline of the Länder (no slivers, no gaps)."""
    def edges(features) -> Counter:
        out: Counter = Counter()
        for feature in features:
            for ring in _rings(feature):
                out.update(frozenset((tuple(a), tuple(b))) for a, b in pairwise(ring))
        return out

    laender = json.loads((GEO / "laender.geojson").read_text(encoding="utf-8"))["features"]
    outline = edges(laender)
    inner = edges(kreise.values())
    lonely = [e for e, n in inner.items() if n == 1 and e not in outline]
    assert len(inner) > 4000
    assert lonely == []


def test_postcode_table_keeps_every_district_of_a_postcode() -> None:
    rows = _csv("postleitzahlen.csv")
    by_code = {}
    for r in rows:
        by_code.setdefault(r["postcode"], []).append(r)
    assert len(by_code) > 10_000
    assert all(len(p) == 5 and p.isdigit() for p in by_code)
    cottbus = {r["district_code"]: float(r["share"]) for r in by_code["03058"]}
    assert set(cottbus) == {"12052", "12071"}  # Cottbus and Spree-Neiße
    assert sum(cottbus.values()) == pytest.approx(1.0, abs=0.002)
    assert "Kiekebusch" in next(r for r in by_code["03058"] if r["district_code"] == "12052")["names"]
    assert by_code["07743"][0]["district_code"] == "16053"  # Jena
    multi = [p for p, r in by_code.items() if len({x["district_code"] for x in r}) > 1]
    assert len(multi) > 100


def test_municipality_table_keeps_namesakes_in_every_district() -> None:
    rows = _csv("gemeinden.csv")
    assert len(rows) == 10_997
    assert all(r["district_code"] == r["ars"][:5] for r in rows)
    names = Counter(r["name"] for r in rows)
    assert names["Forst"] > 1 and names["Halle"] == 2
    leipzig = next(r for r in rows if r["name"] == "Leipzig")
    assert (leipzig["district_code"], leipzig["land"]) == ("14713", "SN")
    assert abs(float(leipzig["lat"]) - 51.34) < 0.05 and abs(float(leipzig["lon"]) - 12.37) < 0.08
