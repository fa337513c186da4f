"""The map: districts of the Reviere as a choropleth over the grey Länder they lie in, projects
as points. plotly's geo subplot with the local GeoJSON and no base layers, so the browser
fetches nothing (no tiles, no topojson).

plotly.js loads a topojson from its CDN when any base layer is shown or when the *first* trace
of the subplot has a `locationmode` (a choropleth has); the points trace, which has none, comes
first, and `visible: False` hides every base layer."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import NEUTRAL, TEXT_COLOUR, base_layout
from dashboard.texts import t

CONTEXT_FILL = "#E4E7EB"
SCALE = [[0.0, "#EFF6FB"], [0.5, "#5B9BD5"], [1.0, "#0B3C6F"]]  # light to dark blue
POINT_COLOUR = "#E8590C"


def _bounds(kreise: dict, pad: float = 0.25) -> tuple[list, list]:
    points = [p for f in kreise["features"]
              for poly in ([f["geometry"]["coordinates"]] if f["geometry"]["type"] == "Polygon"
                           else f["geometry"]["coordinates"])
              for ring in poly for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return [min(lons) - pad, max(lons) + pad], [min(lats) - pad / 2, max(lats) + pad / 2]


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
                       font={"size": round(11 * scale), "color": TEXT_COLOUR},
                       bgcolor="rgba(255,255,255,0.8)")
    return fig
