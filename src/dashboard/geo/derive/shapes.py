"""Reading the BKG VG5000 shapefiles: rings in Gauss-Krüger metres, ring geometry (area,
centroid, point in ring) and the datum shift to WGS84. Only the derivation imports this module
(pyshp and pyproj are development dependencies; the app reads the derived files)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]
Ring = list[Point]

# The .prj of VG5000_0101 (GK3 edition) says DHDN / 3-degree Gauss-Krüger zone 3 (EPSG:31467),
# not ETRS89/UTM. The transformation is pinned (EPSG operation "DHDN to WGS 84 (3)", the one
# for the former East German Länder, accuracy about 2 m) instead of letting PROJ choose: its
# choice depends on which grid files a machine has, and the derived files must not.
PIPELINE = (
    "+proj=pipeline +step +inv +proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 "
    "+ellps=bessel +step +proj=push +v_3 +step +proj=cart +ellps=bessel +step +proj=helmert "
    "+x=612.4 +y=77 +z=440.2 +rx=-0.054 +ry=0.057 +rz=-2.797 +s=2.55 "
    "+convention=position_vector +step +inv +proj=cart +ellps=WGS84 +step +proj=pop +v_3 "
    "+step +proj=unitconvert +xy_in=rad +xy_out=deg"
)


@dataclass
class Area:
    """One record of a VG5000 layer: attributes and its rings (outer rings clockwise)."""

    ars: str
    ags: str
    name: str
    bez: str
    rings: list[Ring]


def read_layer(path: Path) -> Iterator[Area]:
    """The land areas (GF 9) of a VG5000 layer (path without extension, e.g. .../VG5000_KRS)."""
    import shapefile  # pyshp

    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for item in reader.iterShapeRecords():
            rec = item.record.as_dict()
            if rec["GF"] != 9:  # GF 8: coastal waters and the Bodensee
                continue
            shape = item.shape
            bounds = list(shape.parts) + [len(shape.points)]
            rings = [[(float(x), float(y)) for x, y in shape.points[a:b]]
                     for a, b in itertools.pairwise(bounds)]
            yield Area(rec["ARS"], rec["AGS"], rec["GEN"], rec["BEZ"], rings)


def signed_area(ring: Ring) -> float:
    """Shoelace area; negative for clockwise rings (the shapefile's outer rings)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def centroid(rings: list[Ring]) -> Point:
    """Area-weighted centroid of all rings (holes subtract, as their orientation is opposite)."""
    area = cx = cy = 0.0
    for ring in rings:
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    return cx / (3 * area), cy / (3 * area)


def in_ring(point: Point, ring: Ring) -> bool:
    """Even-odd ray casting."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def in_area(point: Point, rings: list[Ring]) -> bool:
    """Inside the area: inside an odd number of its rings (holes included)."""
    return sum(in_ring(point, ring) for ring in rings) % 2 == 1


class ToWgs84:
    """Gauss-Krüger zone 3 (DHDN) metres -> WGS84 degrees (lon, lat)."""

    def __init__(self) -> None:
        from pyproj import Transformer

        self._transformer = Transformer.from_pipeline(PIPELINE)

    def points(self, ring: Ring) -> Ring:
        xs, ys = zip(*ring, strict=True)
        lons, lats = self._transformer.transform(xs, ys)
        return list(zip(lons, lats, strict=True))

    def point(self, point: Point) -> Point:
        return self.points([point])[0]
