"""The layout check itself (tests/e2e/layout.py), on probe figures drawn by plotly.js in the
browser: it must find text over text, labels that run together, text outside the figure, a
cut KPI tile and a unit torn from its number, and must pass a clean figure."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs

from tests.e2e.layout import layout_problems

pytestmark = pytest.mark.e2e


def _show(page, figures: list[go.Figure], extra_html: str = "") -> None:
    """The figures as Streamlit shows them (one stPlotlyChart each), drawn by plotly.js."""
    charts = "".join(f"<div data-testid='stPlotlyChart'>{f.to_html(include_plotlyjs=False, full_html=False)}</div>"
                     for f in figures)
    page.set_content(f"<html><head><script>{get_plotlyjs()}</script></head>"
                     f"<body style='font-family: sans-serif'>{charts}{extra_html}</body></html>")
    page.wait_for_function("""n => document.querySelectorAll('.main-svg').length >= n""",
                           arg=len(figures))


def _bars(categories: list[str], width: int = 420) -> go.Figure:
    fig = go.Figure(go.Bar(x=categories, y=list(range(1, len(categories) + 1))))
    fig.update_layout(width=width, height=300, margin={"l": 40, "r": 10, "t": 30, "b": 40},
                      xaxis={"tickangle": 0})
    return fig


def test_clean_figure_passes(page):
    _show(page, [_bars(["A", "B", "C"])],
          "<div data-testid='stMetric' style='width:200px'><div data-testid='stMetricValue'>"
          "<div>12,3 %</div></div></div><h1 style='width:60px'>Regionen 10\u00a0%</h1>")
    assert layout_problems(page) == []


def test_overlapping_probe_fails(page):
    crowded = _bars(["Fachgruppe Regionalentwicklung", "Fachgruppe Förderung", "Empfehlung"],
                    width=420)
    covered = _bars(["A", "B", "C"])
    covered.add_annotation(text="Über dem Tick", x="B", y=0, yref="paper", yanchor="top",
                           showarrow=False, yshift=-4, font={"size": 14})
    outside = _bars(["A", "B", "C"])
    outside.add_annotation(text="weit draußen rechts", xref="paper", x=1.0, xanchor="left",
                           y=0.5, yref="paper", showarrow=False)
    tile = ("<div data-testid='stMetric' style='width:90px'><div data-testid='stMetricValue' "
            "style='overflow:hidden;white-space:nowrap;text-overflow:ellipsis'>"
            "1,03 Mrd. € gebunden</div></div>")
    heading = "<h1 style='width:60px'>Regionen 10 %</h1>"  # "%" alone on the last line
    _show(page, [crowded, covered, outside], tile + heading)
    problems = "\n".join(layout_problems(page))
    assert "Diagramm 1: »Fachgruppe Regionalentwicklung« [xtick] " in problems
    assert "»Fachgruppe Förderung«" in problems
    assert "Diagramm 2: »B« [xtick] überdeckt »Über dem Tick«" in problems, problems
    assert "Diagramm 3: »weit draußen rechts« ragt aus der Abbildung" in problems
    assert "Kachel passt nicht: 1,03 Mrd. € gebunden" in problems
    assert "Einheit allein am Zeilenanfang: Regionen 10 %" in problems
