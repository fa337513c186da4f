"""Small-multiple grids as plain layout dicts: much faster than plotly's make_subplots, which
validates every axis update one by one (about 50 ms for six panels)."""

from __future__ import annotations


def axis_name(i: int, letter: str) -> str:
    """Layout key of the i-th axis (0-based): xaxis, xaxis2, ..."""
    return f"{letter}axis{'' if i == 0 else i + 1}"


def axis_ref(i: int, letter: str) -> str:
    """Trace reference of the i-th axis: x, x2, ..."""
    return f"{letter}{'' if i == 0 else i + 1}"


def grid_layout(n: int, cols: int, titles: list[str] | None = None, *, widths: list[float] | None = None,
                hspace: float = 0.03, vspace: float = 0.12, title_size: int = 13,
                x_labels_below_only: bool = False) -> dict:
    """Axes (x_i, y_i) for n panels in a grid, row by row; y axes share the first panel's
    categories and show labels only in the first column; panel titles as annotations.
    `x_labels_below_only`: x tick labels only under the lowest panel of each column (panels
    with one x scale), so a lower panel's title never sits on the tick labels above it."""
    rows = -(-n // cols)
    widths = widths or [1.0 / cols] * cols
    usable_w = 1.0 - hspace * (cols - 1)
    usable_h = 1.0 - (vspace * (rows - 1) if rows > 1 else 0.0)
    height = usable_h / rows
    layout: dict = {"annotations": []}
    left = 0.0
    x_domains = []
    for w in widths:
        x_domains.append([round(left, 6), min(1.0, round(left + w * usable_w, 6))])
        left += w * usable_w + hspace
    for i in range(n):
        r, c = divmod(i, cols)
        top = 1.0 - r * (height + vspace)
        layout[axis_name(i, "x")] = {"domain": x_domains[c], "anchor": axis_ref(i, "y")}
        if x_labels_below_only and i + cols < n:
            layout[axis_name(i, "x")]["showticklabels"] = False
        bottom = max(0.0, round(top - height, 6))  # float noise must not leave [0, 1]
        layout[axis_name(i, "y")] = {"domain": [bottom, min(1.0, round(top, 6))],
                                     "anchor": axis_ref(i, "x"),
                                     "showticklabels": c == 0,
                                     **({"matches": "y"} if i else {})}
        if titles:
            layout["annotations"].append({
                "text": wrap_label(titles[i]) if cols > 1 else titles[i], "showarrow": False, "xref": "paper", "yref": "paper",
                "x": sum(x_domains[c]) / 2, "y": top, "xanchor": "center", "yanchor": "bottom",
                "font": {"size": title_size}})
    return layout


def count_axis(maximum: float) -> dict:
    """Axis settings for counts: German thousands, and whole-number steps for small maxima
    (otherwise plotly places ticks at 0,5 and the integer format repeats labels)."""
    axis: dict = {"tickformat": ",d", "rangemode": "tozero"}
    if maximum <= 8:
        axis.update(tick0=0, dtick=1)
    return axis


def wrap_label(text: str, width: int = 22) -> str:
    """A panel title on two lines (joined by <br>) when it is longer than `width` characters,
    split at the space nearest the middle: titles of narrow panels must not run past them."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}<br>{text[cut + 1:]}"
