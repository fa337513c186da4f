"""Sankey of flows mission -> focus area -> Revier, focus areas in their fixed colours."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import NEUTRAL, apply_layout

REVIER_COLOUR = "#52606D"


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _positions(nodes: dict[tuple[str, str], int], src: list[int], tgt: list[int],
               val: list[float]) -> tuple[list[float], list[float]]:
    """Fixed columns (missions, focus areas, Reviere) in reference order, each node centred on
    its share of the column, so plotly does not reshuffle them."""
    size = [0.0] * len(nodes)
    for s, t_, v in zip(src, tgt, val, strict=True):
        size[s] += v
        size[t_] = max(size[t_], 0.0)
    inflow = [0.0] * len(nodes)
    for t_, v in zip(tgt, val, strict=True):
        inflow[t_] += v
    size = [max(a, b) for a, b in zip(size, inflow, strict=True)]
    # the focus areas left of the middle: their labels run right, and at 0.5 the longer ones
    # reached the Reviere's labels (drawn left of their nodes) at 1280 px
    column_x = {"mission": 0.001, "focus": 0.42, "revier": 0.999}
    xs, ys = [0.0] * len(nodes), [0.0] * len(nodes)
    for kind, x in column_x.items():
        members = [i for (k, _), i in nodes.items() if k == kind]
        total = sum(size[i] for i in members) or 1.0
        gap = 0.02
        usable = max(0.1, 1.0 - gap * (len(members) - 1))
        y = 0.0
        for i in members:
            h = usable * size[i] / total
            xs[i], ys[i] = x, min(0.999, max(0.001, y + h / 2))
            y += h + gap
    return xs, ys


def flow_sankey(links: pd.DataFrame, *, focus_colours: dict[str, str], value_hover: str,
                scale: float = 1.0, height: int | None = None) -> go.Figure:
    """`links`: level ('mission_focus_area' | 'focus_area_revier'), source, source_label,
    target, target_label, value. Nodes appear in the order of the links."""
    nodes: dict[tuple[str, str], int] = {}
    labels: list[str] = []
    colours: list[str] = []

    def node(kind: str, code: str, label: str) -> int:
        if (kind, code) not in nodes:
            nodes[(kind, code)] = len(labels)
            labels.append(label)
            colours.append(focus_colours.get(code, NEUTRAL) if kind == "focus"
                           else REVIER_COLOUR if kind == "revier" else NEUTRAL)
        return nodes[(kind, code)]

    first = links[links["level"] == "mission_focus_area"]
    second = links[links["level"] == "focus_area_revier"]
    # create the nodes column by column so each column keeps the order of the links
    for r in first.itertuples():
        node("mission", r.source, r.source_label)
    for r in second.itertuples():
        node("focus", r.source, r.source_label)
    for r in first.itertuples():
        node("focus", r.target, r.target_label)
    src, tgt, val, link_colours = [], [], [], []
    for r in first.itertuples():
        src.append(node("mission", r.source, r.source_label))
        tgt.append(node("focus", r.target, r.target_label))
        val.append(r.value)
        link_colours.append(_rgba(focus_colours.get(r.target, NEUTRAL), 0.35))
    for r in second.itertuples():
        src.append(node("focus", r.source, r.source_label))
        tgt.append(node("revier", r.target, r.target_label))
        val.append(r.value)
        link_colours.append(_rgba(focus_colours.get(r.source, NEUTRAL), 0.35))
    xs, ys = _positions(nodes, src, tgt, val)
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": labels, "color": colours, "pad": 14, "thickness": 18, "x": xs, "y": ys,
              "line": {"width": 0},
              "hovertemplate": f"%{{label}}: {value_hover}<extra></extra>"},
        link={"source": src, "target": tgt, "value": val, "color": link_colours,
              "hovertemplate": f"%{{source.label}} → %{{target.label}}: {value_hover}<extra></extra>"},
        textfont={"size": round(13 * scale)},
    ))
    return apply_layout(fig, scale=scale, height=height)
