"""Simplification that keeps neighbouring districts seamless.

Douglas-Peucker run on each ring alone picks different vertices on the two sides of a shared
border and leaves slivers and gaps. Here the rings are cut into arcs at the junctions (vertices
with more or fewer than two neighbours in the whole set of rings: where three areas meet, or a
border ends); every arc is simplified once, the same way whichever ring walks it and in which
direction, so shared borders stay identical.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from dashboard.geo.derive.shapes import Point, Ring


def _dp(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on an open polyline; the end points stay."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                dist = ((px - x0) ** 2 + (py - y0) ** 2) ** 0.5
            else:
                dist = abs(dy * px - dx * py + x1 * y0 - y1 * x0) / norm
            if dist > best:
                best, index = dist, i
        if best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


class Topology:
    """All rings of a map, for consistent simplification."""

    def __init__(self, rings: list[Ring]) -> None:
        neighbours: dict[Point, set[Point]] = defaultdict(set)
        for ring in rings:
            for a, b in itertools.pairwise(ring):
                neighbours[a].add(b)
                neighbours[b].add(a)
        self.junctions = {p for p, near in neighbours.items() if len(near) != 2}
        self._done: dict[tuple[Point, ...], list[Point]] = {}

    def _arc(self, arc: list[Point], tolerance: float) -> list[Point]:
        forward = arc[0] < arc[-1] or (arc[0] == arc[-1] and arc[1] <= arc[-2])
        key = tuple(arc) if forward else tuple(reversed(arc))
        if key not in self._done:
            self._done[key] = _dp(list(key), tolerance)
        out = self._done[key]
        return list(out) if forward else list(reversed(out))

    def simplify(self, ring: Ring, tolerance: float) -> Ring:
        """The ring with arcs simplified; unchanged when it would collapse below a triangle."""
        body = ring[:-1]  # closed ring: last point repeats the first
        cuts = [i for i, p in enumerate(body) if p in self.junctions]
        if not cuts:
            # a ring that touches no junction (an island, a town inside one district): cut it
            # at its smallest vertex and the vertex farthest from it, both independent of
            # where the ring starts and of its direction
            start = min(range(len(body)), key=body.__getitem__)
            sx, sy = body[start]
            far = max(range(len(body)),
                      key=lambda i: ((body[i][0] - sx) ** 2 + (body[i][1] - sy) ** 2, body[i]))
            cuts = sorted({start, far})
        rotated = body[cuts[0]:] + body[:cuts[0]] + [body[cuts[0]]]
        offsets = [c - cuts[0] for c in cuts] + [len(body)]
        out: list[Point] = []
        for a, b in itertools.pairwise(offsets):
            out += self._arc(rotated[a:b + 1], tolerance)[:-1]
        out.append(out[0])
        return out if len(out) >= 4 else list(ring)
