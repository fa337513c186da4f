"""The map: districts of the Reviere as a choropleth over the grey Länder they lie in, projects
as points. plotly's geo subplot with the local GeoJSON and no base layers, so the browser
fetches nothing (no tiles, no topojson).

plotly.js loads a topojson from its CDN when any base layer is shown or when the *first* trace
of the subplot has a `locationmode` (a choropleth has); the points trace, which has none, comes
first, and `visible: False` hides every base layer."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import FONT, NEUTRAL, TEXT_COLOUR, base_layout
from dashboard.texts import t

CONTEXT_FILL = "#E4E7EB"
SCALE = [[0.0, "#EFF6FB"], [0.5, "#5B9BD5"], [1.0, "#0B3C6F"]]  # light to dark blue
POINT_COLOUR = "#E8590C"
HALO = ", ".join(f"{x}px {y}px 2px white" for x in (-1, 1) for y in (-1, 1))


def _bounds(kreise: dict, pad: float = 0.25) -> tuple[list, list]:
    points = [p for f in kreise["features"]
              for poly in ([f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon"
                           else f["geometry"]["coordinates"])
              for ring in poly for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return [min(lons) - pad, max(lons) + pad], [min(lats) - pad / 2, max(lats) + pad / 2]


def label_point(geometry: dict, grid: int = 24) -> tuple[float, float]:
    """Where a district's name goes: the point of a grid over its largest polygon that lies
    farthest inside (a centroid can fall outside, or into the city a Landkreis surrounds)."""
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" \
        else geometry["coordinates"]
    rings = max(polys, key=lambda poly: len(poly[0]))
    outer = np.asarray(rings[0], dtype=float)
    squeeze = math.cos(math.radians(outer[:, 1].mean()))  # a degree of longitude is shorter
    edges = [np.asarray(r, dtype=float) * [squeeze, 1.0] for r in rings]
    lo, hi = edges[0].min(axis=0), edges[0].max(axis=0)
    xs, ys = np.meshgrid(np.linspace(lo[0], hi[0], grid), np.linspace(lo[1], hi[1], grid))
    px, py = xs.ravel()[:, None], ys.ravel()[:, None]
    inside = np.zeros(px.shape[0], dtype=bool)
    distance = np.full(px.shape[0], np.inf)
    for ring in edges:
        a, b = ring[:-1], ring[1:]
        crosses = ((a[:, 1] > py) != (b[:, 1] > py)) & (
            px < (b[:, 0] - a[:, 0]) * (py - a[:, 1]) / (b[:, 1] - a[:, 1] + 1e-12) + a[:, 0])
        inside ^= crosses.sum(axis=1) % 2 == 1  # even-odd: a hole (the city) is outside
        d = b - a
        along = np.clip(((px - a[:, 0]) * d[:, 0] + (py - a[:, 1]) * d[:, 1])
                        / ((d ** 2).sum(axis=1) + 1e-12), 0, 1)
        gap = np.hypot(px - (a[:, 0] + along * d[:, 0]), py - (a[:, 1] + along * d[:, 1]))
        distance = np.minimum(distance, gap.min(axis=1))
    if not inside.any():
        centre = edges[0].mean(axis=0)
        return float(centre[0] / squeeze), float(centre[1])
    best = int(np.argmax(np.where(inside, distance, -1.0)))
    return float(px[best, 0] / squeeze), float(py[best, 0])


def short_names(names: list[str]) -> list[str]:
    """District names for the map: "Landkreis Bautzen" -> "Bautzen", "Stadt Halle (Saale)" ->
    "Halle"; where a Landkreis bears its city's name it is "Lkr. Leipzig"; plotly markup."""
    short = [re.sub(r" \(.*\)$", "", n.removeprefix("Landkreis ").removeprefix("Stadt "))
             for n in names]
    named = [f"Lkr. {s}" if short.count(s) > 1 and n.startswith("Landkreis ") else s
             for s, n in zip(short, names, strict=True)]
    # a long double name on two lines ("Oberspreewald-<br>Lausitz"): on one it ran into the
    # neighbour's name at 1280 px
    return [n.replace("-", "-<br>", 1) if len(n) > 12 else n for n in named]


def district_labels(districts: pd.DataFrame, kreise: dict, *,
                    scale: float = 1.0) -> go.Scattergeo:
    """The districts' names at their label points, dark with a white halo (legible on the
    dark fills and where a name runs past a small city); no hover (the district's own hover
    stays the one under the mouse)."""
    where = {f["properties"]["code"]: label_point(f["geometry"]) for f in kreise["features"]}
    codes = [c for c in districts["district_code"] if c in where]
    names = dict(zip(districts["district_code"],
                     short_names(list(districts["district_name"])), strict=True))
    full = dict(zip(districts["district_code"], districts["district_name"], strict=True))
    return go.Scattergeo(
        lon=[where[c][0] for c in codes], lat=[where[c][1] for c in codes],
        text=[names[c] for c in codes], mode="text", hoverinfo="skip", showlegend=False,
        name=t("map.col.district"),
        # a city's name smaller: it stands on a small area between its Landkreis' names
        textfont={"size": [round((11 if n.startswith("Stadt ") else 12) * scale)
                           for n in (full[c] for c in codes)],
                  "family": FONT, "color": TEXT_COLOUR, "shadow": HALO})


def attach_geojson(fig: go.Figure, by_trace: dict[int, dict]) -> None:
    """Put the (shared, read-only) GeoJSON into the traces without plotly's validation, which
    deep-copies every coordinate: 30 ms of a cold page. The trace dicts are the figure's
    own data (tests/unit/geo compares the result with a validated figure)."""
    for index, geojson in by_trace.items():
        fig._data[index]["geojson"] = geojson


def district_map(districts: pd.DataFrame, values: pd.Series, *, kreise: dict, laender: dict,
                 points: pd.DataFrame, value_label: str, hover_value: str, point_label: str,
                 scale: float = 1.0, height: int = 400) -> go.Figure:
    """`districts`: district_code, district_name per Revier district; `values`: the measure
    per row (the colour); `kreise`: their GeoJSON (property `code`); `laender`: the Länder
    drawn grey beneath; `points`: lat, lon, projects, label, district_code (one marker per
    place; a click on it counts as a click on its district). `hover_value` is a plotly
    format for the value, e.g. "%{z:,.0f} Projekte"."""
    lon_range, lat_range = _bounds(kreise)
    size = points["projects"].astype("float64")
    land_codes = [f["properties"]["code"] for f in laender["features"]]
    fig = go.Figure([
        go.Scattergeo(lon=list(points["lon"]), lat=list(points["lat"]),
                      text=list(points["label"]),
                      customdata=[[int(n), code] for n, code in
                                  zip(points["projects"], points["district_code"], strict=True)],
                      mode="markers", name=point_label, showlegend=False,
                      marker={"size": list((6 + 3 * size ** 0.5).clip(upper=30) * scale),
                              "color": POINT_COLOUR, "opacity": 0.75,
                              "line": {"color": "white", "width": 1}},
                      hovertemplate="%{text}: %{customdata[0]:,.0f} " + point_label
                                    + "<extra></extra>"),
        go.Choropleth(featureidkey="properties.code", locations=land_codes,
                      z=[0] * len(land_codes), colorscale=[[0, CONTEXT_FILL], [1, CONTEXT_FILL]],
                      showscale=False, hoverinfo="skip", marker_line_color=NEUTRAL,
                      marker_line_width=1.2 * scale, name=t("chart.map.laender")),
        go.Choropleth(featureidkey="properties.code",
                      locations=list(districts["district_code"]), z=list(values),
                      text=list(districts["district_name"]), colorscale=SCALE,
                      zmin=0, marker_line_color="white", marker_line_width=1 * scale,
                      # under the map, right: the map keeps the width (the narrow column
                      # at 1280 px); the attribution takes the left
                      colorbar={"title": {"text": value_label, "side": "top"},
                                "orientation": "h", "x": 1, "xanchor": "right", "y": 0,
                                "yanchor": "top", "len": 0.45, "thickness": 10 * scale,
                                "separatethousands": True},
                      hovertemplate="<b>%{text}</b><br>" + hover_value + "<extra></extra>",
                      name=value_label),
    ])
    if scale > 1:
        # names on the slide and the briefing's picture; the page's map column at 1280 px is
        # too narrow for 16 names (they ran into each other there), its table names them
        fig.add_trace(district_labels(districts, kreise, scale=scale))
    attach_geojson(fig, {1: laender, 2: kreise})
    layout = base_layout(scale=scale, height=height)
    layout["margin"] = {"l": 0, "r": 0, "t": 0, "b": round(60 * scale)}
    layout["geo"] = {"visible": False, "projection": {"type": "mercator"},
                     "lonaxis": {"range": lon_range}, "lataxis": {"range": lat_range},
                     "bgcolor": "white"}
    layout["clickmode"] = "event+select"
    fig.update_layout(layout)
    return fig


def add_attribution(fig: go.Figure, text: str, *, scale: float = 1.0) -> go.Figure:
    """The source note under the map, left (its link is the app's own markup: added after
    views.View.of has escaped the markup of user text in the figure)."""
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", x=0, y=0,
                       xanchor="left", yanchor="top", align="left", yshift=-4,
                       # 18 px on the slide (scale 1.4): legible from the back row
                       font={"size": round(13 * scale), "color": TEXT_COLOUR},
                       bgcolor="rgba(255,255,255,0.8)")
    return fig
