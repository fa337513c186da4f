"""The map: districts of the Reviere as a choropleth, the other districts of their Länder in
grey, Land borders as lines and projects as points. plotly's geo subplot with the local
GeoJSON and no base layers, so the browser fetches nothing (no tiles, no topojson)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import NEUTRAL, TEXT_COLOUR, base_layout

CONTEXT_FILL = "#E4E7EB"
SCALE = [[0.0, "#EFF6FB"], [0.5, "#5B9BD5"], [1.0, "#0B3C6F"]]  # light to dark blue
POINT_COLOUR = "#E8590C"


def _outline(laender: dict) -> tuple[list, list]:
    """All Land rings as one line trace (None separates the rings)."""
    lons: list = []
    lats: list = []
    for feature in laender["features"]:
        geometry = feature["geometry"]
        polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" \
            else geometry["coordinates"]
        for ring in (r for poly in polys for r in poly):
            lons += [p[0] for p in ring] + [None]
            lats += [p[1] for p in ring] + [None]
    return lons, lats


def _bounds(kreise: dict, codes: set[str], pad: float = 0.25) -> tuple[list, list]:
    points = [p for f in kreise["features"] if f["properties"]["code"] in codes
              for poly in ([f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon"
                           else f["geometry"]["coordinates"])
              for ring in poly for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return [min(lons) - pad, max(lons) + pad], [min(lats) - pad / 2, max(lats) + pad / 2]


def district_map(districts: pd.DataFrame, values: pd.Series, *, kreise: dict, laender: dict,
                 points: pd.DataFrame, value_label: str, hover_value: str, point_label: str,
                 attribution: str, scale: float = 1.0, height: int = 420) -> go.Figure:
    """`districts`: district_code, district_name per Revier district; `values`: the measure
    per row (the colour); `points`: lat, lon, projects, label, district_code (one marker per
    place; a click on it counts as a click on its district).
    `hover_value` is a plotly format for the value, e.g. "%{z:,.0f} Projekte"."""
    codes = set(districts["district_code"])
    lon_range, lat_range = _bounds(kreise, codes)
    context = [f["properties"]["code"] for f in kreise["features"]
               if f["properties"]["code"] not in codes]
    line_lons, line_lats = _outline(laender)
    size = points["projects"].astype("float64")
    fig = go.Figure([
        # first trace without locations: plotly.js then loads no topojson (see module doc)
        go.Scattergeo(lon=line_lons, lat=line_lats, mode="lines", hoverinfo="skip",
                      line={"color": NEUTRAL, "width": 1.5 * scale}, showlegend=False,
                      name="Länder"),
        go.Choropleth(geojson=kreise, featureidkey="properties.code", locations=context,
                      z=[0] * len(context), colorscale=[[0, CONTEXT_FILL], [1, CONTEXT_FILL]],
                      showscale=False, hoverinfo="skip", marker_line_color="white",
                      marker_line_width=0.5, name="Kontext"),
        go.Choropleth(geojson=kreise, featureidkey="properties.code",
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
    ])
    layout = base_layout(scale=scale, height=height)
    layout["margin"] = {"l": 0, "r": 0, "t": 0, "b": round(60 * scale)}
    layout["geo"] = {"visible": False, "projection": {"type": "mercator"},
                     "lonaxis": {"range": lon_range}, "lataxis": {"range": lat_range},
                     "bgcolor": "white"}
    layout["annotations"] = [{"text": attribution, "showarrow": False, "xref": "paper",
                              "yref": "paper", "x": 0, "y": 0, "xanchor": "left",
                              "yanchor": "top", "align": "left", "yshift": -4,
                              "font": {"size": round(11 * scale), "color": TEXT_COLOUR},
                              "bgcolor": "rgba(255,255,255,0.8)"}]
    layout["clickmode"] = "event+select"
    fig.update_layout(layout)
    return fig
