"""Charts of the Vernetzung page: the actor <-> Fachnetzwerk picture and open pairs per network."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import AXIS_STYLE, NEUTRAL, base_layout


def actor_network_figure(links: pd.DataFrame, *, height: int | None = None) -> go.Figure:
    """A two-column network picture: actors left, Fachnetzwerke right, one band per actor and
    network, as wide as the actor's projects there. `links`: actor, network, projects."""
    actors = list(dict.fromkeys(links["actor"]))
    networks = sorted(dict.fromkeys(links["network"]))
    labels = actors + networks
    index = {name: i for i, name in enumerate(labels)}
    palette = ["#3E7CB1", "#E07A5F", "#81B29A", "#F2CC8F", "#6D597A", "#3D405B", "#B56576",
               "#2A9D8F", "#E9C46A", "#8AB17D", "#5E6472"]
    colour = {n: palette[i % len(palette)] for i, n in enumerate(networks)}
    n_rows = max(len(actors), len(networks))
    layout = base_layout(height=height or max(420, 26 * n_rows + 80))
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": labels, "pad": 8, "thickness": 14,
              "color": [NEUTRAL] * len(actors) + [colour[n] for n in networks],
              "line": {"width": 0}},
        link={"source": [index[a] for a in links["actor"]],
              "target": [index[n] for n in links["network"]],
              "value": links["projects"].tolist(),
              "color": [_rgba(colour[n], 0.45) for n in links["network"]],
              "hovertemplate": "%{source.label} → %{target.label}: %{value} Projekte<extra></extra>"},
    ))
    fig.update_layout(layout)
    return fig


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    return f"rgba({int(h[0:2], 16)}, {int(h[2:4], 16)}, {int(h[4:6], 16)}, {alpha})"


def open_pairs_figure(counts: pd.DataFrame) -> go.Figure:
    """Horizontal bars: open pairs per Fachnetzwerk (columns network_name, revier_code,
    open_pairs), in reference order from the top."""
    labels = [f"{r} · {n}" for r, n in zip(counts["revier_code"], counts["network_name"], strict=True)]
    fig = go.Figure(go.Bar(x=counts["open_pairs"], y=labels, orientation="h",
                           marker_color="#3E7CB1", text=counts["open_pairs"],
                           textposition="outside", cliponaxis=False,
                           hovertemplate="%{y}: %{x} offene Paare<extra></extra>"))
    layout = base_layout(height=60 + 30 * len(counts))
    fig.update_layout(layout)
    fig.update_yaxes(autorange="reversed", automargin=True, **AXIS_STYLE)
    fig.update_xaxes(title_text="offene Paare", rangemode="tozero", **AXIS_STYLE)
    return fig
