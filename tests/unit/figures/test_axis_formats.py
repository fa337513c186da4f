"""Issue 23.6: chart axes speak the formats of the text beside them. Plotly's own percent
format writes "25%" (German text says "23 %"), and euro axes showed raw amounts
("2.500.000.000") where tiles and sentences say "2,41 Mrd. €". Every view's figure, German and
English."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.domain.filters import Filters
from dashboard.i18n import using
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views, build
from tests.conftest import DEMO_AS_OF


def _axes(figure) -> dict[str, dict]:
    layout = json.loads(figure.to_json())["layout"]
    return {k: v for k, v in layout.items() if re.fullmatch(r"[xy]axis\d*", k)}


@pytest.fixture(scope="module", params=["de", "en"])
def figures(request, demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db, using(request.param):
        taxonomy = read_taxonomy(db)
        out = {key: build(key, db, Filters(), taxonomy, today=DEMO_AS_OF)
               for key in all_views()}
        yield request.param, {k: v.figure for k, v in out.items() if v.figure is not None}


def test_no_axis_uses_plotlys_percent_format(figures):
    _, figs = figures
    found = {f"{key}.{name}": axis["tickformat"] for key, fig in figs.items()
             for name, axis in _axes(fig).items() if "%" in str(axis.get("tickformat", ""))}
    assert found == {}


def test_percent_ticks_follow_the_language(figures):
    language, figs = figures
    texts = [text for fig in figs.values() for axis in _axes(fig).values()
             for text in axis.get("ticktext") or [] if "%" in str(text)]
    assert texts, "some chart has a percent axis"
    if language == "de":
        assert all(re.fullmatch(r"-?[\d.]+(,\d+)? %", t) for t in texts), texts
    else:
        assert all(re.fullmatch(r"-?[\d,]+(\.\d+)?%", t) for t in texts), texts


def test_euro_axes_say_mio_and_mrd(figures):
    language, figs = figures
    euro_axes = {f"{key}.{name}": axis for key, fig in figs.items()
                 for name, axis in _axes(fig).items()
                 if re.search(r"Euro|€", str((axis.get("title") or {}).get("text", "")))}
    assert {k.split(".")[0] for k in euro_axes} >= {"finance_envelope", "finance_years",
                                                    "finance_pace", "finance_breakdown"}
    unit = r"(Mio\. €|Mrd\. €| €)$" if language == "de" else r"^-?€"
    for name, axis in euro_axes.items():
        ticks = axis.get("ticktext")
        assert ticks, f"{name}: raw amounts ({axis.get('tickformat')})"
        assert all(re.search(unit, t) for t in ticks), (name, ticks)
        assert not any(re.search(r"\d{4}", t.replace(".", "").replace(",", "")) and
                       len(re.sub(r"\D", "", t)) > 4 for t in ticks), (name, ticks)
