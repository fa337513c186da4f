"""Chart images people take away (PNG/SVG buttons, `python -m dashboard bild`): one size, and the
finding and the selection printed on the picture, so a chart pasted into a mail still says what
it shows and for which filters. The page and the CLI call the same function, so the pictures
are the same (tests/e2e compare them)."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.charts.style import FONT, TEXT_COLOUR

IMAGE_WIDTH, IMAGE_HEIGHT = 1280, 720
PNG_SCALE = 2  # sharp on a projector and in a printed page
MUTED = "#52606D"


TITLE_CHARS = 100  # a line of the title at 18 px fits 1280 px with room to spare


def lines(text: str, width: int) -> str:
    """Plotly text (pseudo-HTML escaped) broken into lines of at most `width` characters."""
    from dashboard.charts.style import escaped_text

    words, out, line = escaped_text(text).split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "<br>".join(out)


def titled(figure: go.Figure, title: str, caption: str) -> go.Figure:
    """A copy of `figure` with `title` (the finding) and `caption` (selection, date) on top,
    wrapped to the picture's width (user text in them escaped)."""
    fig = go.Figure(figure)
    size = (fig.layout.font.size or 14)
    text = lines(title, TITLE_CHARS)
    # plotly lifts a title of n lines by n - 1 line heights (and its padding) above its anchor:
    # lower it as much (measured in tests/e2e: every text inside the picture)
    drop = text.count("<br>") * (round(size * 1.3) * 1.3 + 12) / IMAGE_HEIGHT
    fig.update_layout(title={
        "text": text, "x": 0.01, "xanchor": "left", "yref": "container",
        "y": 1 - drop, "yanchor": "top", "pad": {"t": 12}, "automargin": True,
        "font": {"family": FONT, "size": round(size * 1.3), "color": TEXT_COLOUR},
        "subtitle": {"text": lines(caption, round(TITLE_CHARS * 1.25)), "font": {"family": FONT, "size": size, "color": MUTED}}},
        height=None, width=None)
    if any(trace.type == "sankey" for trace in fig.data):
        _fixed_top(fig, text.count("<br>") + 1, fig.layout.title.subtitle.text.count("<br>") + 1,
                   size)
    return fig


def _fixed_top(fig: go.Figure, title_lines: int, caption_lines: int, size: int) -> None:
    """A Sankey moves to its place in a 500 ms transition whenever the margins change; the
    title's automargin changes them after the first draw, and the renderer would photograph the
    flows half-way, over the caption. So the top margin is set once, from the text's lines."""
    height = 12 + title_lines * round(size * 1.3) * 1.3 + 10 + caption_lines * size * 1.3 + 24
    fig.update_layout(title_automargin=False,
                      margin_t=max(round(height), fig.layout.margin.t or 0))


def image_bytes(figure: go.Figure, fmt: str, *, title: str, caption: str) -> bytes:
    """PNG or SVG of a view's figure as a download (IMAGE_WIDTH x IMAGE_HEIGHT)."""
    from dashboard.charts.renderer import render_png, render_svg

    fig = titled(figure, title, caption)
    if fmt == "png":
        return render_png(fig, width=IMAGE_WIDTH, height=IMAGE_HEIGHT, scale=PNG_SCALE)
    if fmt == "svg":
        return render_svg(fig, width=IMAGE_WIDTH, height=IMAGE_HEIGHT)
    raise ValueError(f"unbekanntes Bildformat {fmt!r}")
