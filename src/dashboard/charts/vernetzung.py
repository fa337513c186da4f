"""Charts of the Vernetzung page: the actor <-> Fachnetzwerk picture and open pairs per network."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import AXIS_STYLE, NEUTRAL, base_layout
from dashboard.texts import t, tn

LABEL_CHARS = 50  # longer names are cut on the picture (whole in the table and the hover)
CHAR_PX = 7.4  # mean width of a label character at 13 px (Source Sans / DejaVu Sans)


def actor_network_figure(links: pd.DataFrame, *, height: int | None = None,
                         scale: float = 1.0) -> go.Figure:
    """A two-column network picture: actors on the left, Fachnetzwerke on the right, a line per
    actor and network as thick as the actor's projects there. Labels sit outside the lines (in
    the margins), so none crosses another at 1280 px. `links`: actor, network, projects."""
    networks = sorted(dict.fromkeys(links["network"]))
    # each actor level with the mean of its networks: fewer lines cross (was a tangle)
    place = {n: i for i, n in enumerate(networks)}
    mean = links.assign(at=links["network"].map(place)).groupby("actor", sort=False)["at"].mean()
    actors = sorted(dict.fromkeys(links["actor"]), key=lambda a: mean[a])
    palette = ["#3E7CB1", "#E07A5F", "#2A9D8F", "#C9A227", "#6D597A", "#3D405B", "#B56576",
               "#81B29A", "#E76F51", "#8AB17D", "#5E6472"]
    colour = {n: palette[i % len(palette)] for i, n in enumerate(networks)}
    rows = max(len(actors), len(networks), 2)

    def y_of(names: list[str]) -> dict[str, float]:
        # spread each column over the full height, top to bottom
        step = (rows - 1) / max(len(names) - 1, 1)
        return {name: rows - 1 - i * step for i, name in enumerate(names)}

    ya, yn = y_of(actors), y_of(networks)
    widest = max(links["projects"].max(), 1)
    fig = go.Figure()
    for r in links.itertuples():
        fig.add_trace(go.Scatter(
            x=[0, 1], y=[ya[r.actor], yn[r.network]], mode="lines", showlegend=False,
            line={"width": 1.5 + 7 * r.projects / widest, "color": _rgba(colour[r.network], 0.55)},
            hovertemplate=f"{r.actor} → {r.network}: {tn('count.projects', r.projects)}"
                          "<extra></extra>"))
    fig.add_trace(go.Scatter(
        x=[0] * len(actors), y=[ya[a] for a in actors], mode="markers+text",
        text=[_cut(a) for a in actors], textfont={"size": round(13 * scale)},
        textposition="middle left", showlegend=False, customdata=actors, cliponaxis=False,
        marker={"size": 10, "color": NEUTRAL}, hovertemplate="%{customdata}<extra></extra>"))
    fig.add_trace(go.Scatter(
        x=[1] * len(networks), y=[yn[n] for n in networks], mode="markers+text",
        text=[_cut(n) for n in networks], customdata=networks, textfont={"size": round(13 * scale)},
        textposition="middle right", showlegend=False, cliponaxis=False,
        marker={"size": 12, "color": [colour[n] for n in networks]},
        hovertemplate="%{customdata}<extra></extra>"))
    layout = base_layout(scale=scale, height=height or round(max(420, 30 * rows + 40) * scale))
    # the margins hold the labels whole: as wide as the longest one on each side
    left = max(len(_cut(a)) for a in actors) * CHAR_PX * scale + 20
    right = max(len(_cut(n)) for n in networks) * CHAR_PX * scale + 24
    layout["margin"] = {"l": round(left), "r": round(right), "t": 10, "b": 10}
    fig.update_layout(layout)
    fig.update_xaxes(visible=False, range=[-0.02, 1.02])
    fig.update_yaxes(visible=False, range=[-0.7, rows - 0.3])
    return fig


def _cut(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    return f"rgba({int(h[0:2], 16)}, {int(h[2:4], 16)}, {int(h[4:6], 16)}, {alpha})"


def open_pairs_figure(counts: pd.DataFrame, *, scale: float = 1.0) -> go.Figure:
    """Horizontal bars: open pairs per Fachnetzwerk (columns network_name, revier_code,
    open_pairs), in reference order from the top."""
    labels = [f"{r} · {n}" for r, n in zip(counts["revier_code"], counts["network_name"], strict=True)]
    fig = go.Figure(go.Bar(x=counts["open_pairs"], y=labels, orientation="h",
                           marker_color="#3E7CB1", text=counts["open_pairs"],
                           textposition="outside", cliponaxis=False,
                           hovertemplate=t("chart.hover.open_pairs", network="%{y}", n="%{x:,.0f}")
                           + "<extra></extra>"))
    layout = base_layout(scale=scale, height=round((60 + 30 * len(counts)) * scale))
    fig.update_layout(layout)
    fig.update_yaxes(autorange="reversed", automargin=True, **AXIS_STYLE)
    fig.update_xaxes(title_text=t("chart.axis.open_pairs"), rangemode="tozero", **AXIS_STYLE)
    return fig
