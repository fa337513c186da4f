"""Tiny and wrong selections as a user makes them: one project, a link with codes that do not
exist, a period that ends before it starts. Every page and tab speaks correct German for one
project, names what it ignored and why nothing is shown, and says which filters are active."""

from __future__ import annotations

import re

import pytest

from dashboard.store.gateway import Database
from dashboard.ui.navigation import PAGES
from tests.app.conftest import open_tab, shown
from tests.figure_rules.core import _PLURAL_AFTER_ONE

# the pages that show project figures (not Import, Protokoll, Administration)
PAGE_FILES = [f"app_pages/{spec.file}" for spec in PAGES if spec.action == "read"]
TABS = {  # page file -> the tab labels of its lazy_tabs (the open tab is a query parameter)
    "overview.py": ("overview.tab.stages", "overview.tab.waiting", "overview.tab.freshness"),
    "pipeline.py": ("pipeline.tab.funnel", "pipeline.tab.revier", "pipeline.tab.focus",
                    "pipeline.tab.durations", "pipeline.tab.stalled", "pipeline.tab.quarterly"),
    "missions.py": ("missions.tab.matrix", "missions.tab.unmapped", "missions.tab.sankey",
                    "missions.tab.gaps"),
    "themes.py": ("themes.tab.focus_area", "themes.tab.revier", "themes.tab.stage",
                  "themes.tab.funding", "themes.tab.networks"),
}


@pytest.fixture(scope="module")
def one_project(demo_db_path) -> dict[str, str]:
    """URL parameters that select exactly one project of the fixture database."""
    with Database.open_existing(demo_db_path, read_only=True) as db:
        row = db.query("SELECT district_code, programme_code FROM project "
                       "WHERE programme_code IS NOT NULL GROUP BY ALL HAVING count(*) = 1 "
                       "ORDER BY 1, 2 LIMIT 1").first()
    return {"kreis": row["district_code"], "programm": row["programme_code"]}


def _texts(at) -> list[str]:
    kinds = ("markdown", "caption", "subheader", "title", "header", "info", "warning",
             "success")
    out = [el.value for kind in kinds for el in at.get(kind)]
    out += [m.label for m in at.metric] + [m.value for m in at.metric]
    return [shown(str(x)) for x in out]


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.split("/")[-1])
def test_one_project_reads_right_on_every_page_and_tab(make_app, writable_db_path,
                                                        one_project, page):
    from dashboard.texts import t

    at = make_app(writable_db_path, page=page, query=one_project)
    assert not at.exception
    texts = _texts(at)
    for label in TABS.get(page.split("/")[-1], ()):
        open_tab(at, t(label))
        assert not at.exception, label
        texts += _texts(at)
    bad = [m.group(0) for text in texts for m in _PLURAL_AFTER_ONE.finditer(text)]
    bad += [text for text in texts if re.search(r"\b1 Projekten\b|\bder 1 Projekte\b", text)]
    assert not bad
    if page.endswith("presentation.py"):  # the projector shows the filters as chips
        assert at.session_state["pres_chips"], "the presentation shows its filters"
    else:
        assert any(text.startswith("Aktive Filter:") for text in _texts(at)), \
            "the page says which filters are active"


def test_unknown_codes_in_a_link_are_named_not_dropped_silently(make_app, writable_db_path):
    at = make_app(writable_db_path, query={"schwerpunkt": "F4,F99", "revier": "XX",
                                           "von": "kein-datum"})
    assert not at.exception
    warning = shown(" ".join(w.value for w in at.warning))
    for value in ("F99", "XX", "kein-datum"):
        assert value in warning
    assert "Entwicklungsschwerpunkt" in warning
    assert at.multiselect(key="filter_focus_areas").value == ["F4"]


def test_a_period_ending_before_it_starts_is_explained(make_app, writable_db_path):
    at = make_app(writable_db_path, query={"von": "2025-06-01", "bis": "2024-01-01"})
    assert not at.exception
    warning = shown(" ".join(w.value for w in at.warning))
    assert "01.06.2025" in warning and "01.01.2024" in warning and "tauschen" in warning
