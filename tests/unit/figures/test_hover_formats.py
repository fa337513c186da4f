"""Issue 23.6: the numbers a chart shows under the mouse are written as the text beside it
writes them (1.234 · 12,3 % · 01.12.2026). Every trace of every view's figure in German: its
hover text is ours (a template, or none), every number in it has a d3 format (plotly's own
default writes "2500000" or an English date), no "%" sticks to its number ("12,3%", what
plotly's ".1%" gives), and text prepared for the hover has no such "%" or ungrouped number."""

from __future__ import annotations

import re
from datetime import date, datetime

import numpy as np
import pytest

from dashboard.domain.filters import Filters
from dashboard.i18n import using
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views, build
from tests.conftest import DEMO_AS_OF

TOKEN = re.compile(r"%\{([^}:|]+)([:|][^}]*)?\}")
STRINGS = ("text", "hovertext", "label", "source.label", "target.label")
# a "%" glued to its number, or a number of five and more digits without grouping
BAD_TEXT = re.compile(r"\d%|(?<![\d.,])\d{5,}(?![\d,])")


@pytest.fixture(scope="module")
def figures(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db, using("de"):
        taxonomy = read_taxonomy(db)
        views = {key: build(key, db, Filters(), taxonomy, today=DEMO_AS_OF)
                 for key in all_views()}
        yield {k: v.figure for k, v in views.items() if v.figure is not None}


def _flat(values) -> list:
    if values is None:
        return []
    if isinstance(values, (str, bytes)) or np.isscalar(values) or isinstance(values, (date,)):
        return [values]
    return [v for item in values for v in _flat(item)]


def _values(part, name: str) -> list:
    """The data a template variable reads: a trace attribute or a column of customdata."""
    column = re.fullmatch(r"customdata\[(\d+)\]", name)
    if column:
        return [row[int(column[1])] for row in part["customdata"]]
    if "." in name or name not in part:
        return []
    return _flat(part[name])


def _kind(values: list) -> str:
    present = [v for v in values if v is not None and not (isinstance(v, float) and np.isnan(v))]
    if present and all(isinstance(v, (date, datetime, np.datetime64)) for v in present):
        return "date"
    if present and all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool)
                       for v in present):
        return "number"
    return "text"


def _template_problems(part, template: str) -> list[str]:
    out = []
    for match in TOKEN.finditer(template):
        name, fmt = match[1], match[2] or ""
        values = _values(part, name)
        kind = "number" if name == "value" else _kind(values)
        if kind == "number":
            top = max((abs(float(v)) for v in values if not np.isnan(float(v))), default=0.0)
            if not fmt.startswith(":"):
                out.append(f"{match[0]}: Zahl ohne Format")
            elif fmt.endswith("%"):
                out.append(f"{match[0]}: Prozent ohne Leerzeichen")
            elif top >= 10_000 and "," not in fmt:
                out.append(f"{match[0]}: große Zahl ohne Tausenderpunkt")
        elif kind == "date" and not fmt.startswith("|"):
            out.append(f"{match[0]}: Datum ohne Format")
        elif name in STRINGS or name.startswith("customdata"):
            bad = sorted({str(v) for v in values if BAD_TEXT.search(str(v))})
            if bad:
                out.append(f"{match[0]}: {bad[:3]}")
    # a literal "%" right after a number's placeholder: "%{x:.0f}%"
    out += [f"»{m[0]}«: Prozent ohne Leerzeichen" for m in re.finditer(r"\}%", template)]
    return out


def _parts(trace):
    """The pieces of a trace that have their own hover: the trace, or a sankey's nodes and links."""
    return [trace.node, trace.link] if trace.type == "sankey" else [trace]


def _problems(figure) -> list[str]:
    out = []
    for trace in figure.data:
        for part in _parts(trace):
            if part["hoverinfo"] in ("skip", "none"):
                continue
            templates = _flat(part["hovertemplate"])
            if not templates or not any(templates):
                out.append(f"{trace.type} {trace.name or ''}: Plotlys eigener Hovertext")
                continue
            for template in sorted(set(templates)):
                out += [f"{trace.type} {trace.name or ''}: {p}"
                        for p in _template_problems(part, template)]
    return sorted(set(out))


def test_hover_numbers_are_german(figures):
    assert {key: p for key, fig in figures.items() if (p := _problems(fig))} == {}


def test_every_figure_has_german_separators(figures):
    assert {key: fig.layout.separators for key, fig in figures.items()
            if fig.layout.separators != ",."} == {}


def test_the_check_finds_plotlys_formats():
    """The check itself: plotly's percent, a bare number, plotly's default hover are found."""
    import plotly.graph_objects as go

    fig = go.Figure([go.Bar(x=[0.25], y=["A"], hovertemplate="%{y}: %{x:.1%}"),
                     go.Bar(x=[12_000], y=["B"], hovertemplate="%{y}: %{x}"),
                     go.Bar(x=[12_000], y=["C"], hovertemplate="%{x:.0f}"),
                     go.Bar(x=[1], y=["D"], customdata=["25%"], hovertemplate="%{customdata}"),
                     go.Bar(x=[1], y=["E"])])
    found = "\n".join(_problems(fig))
    for expected in ("Prozent ohne Leerzeichen", "Zahl ohne Format", "ohne Tausenderpunkt",
                     "'25%'", "Plotlys eigener Hovertext"):
        assert expected in found
