"""The app in English: ?lang=en shows the Übersicht with English headings and English number
formats (checked against the analytics figures formatted independently here), the switch in
the sidebar goes back to German, and the language survives a page change."""

from __future__ import annotations

import re

from dashboard.analytics.overview import kpis
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from tests.app.conftest import chart_specs


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _kpis(db_path) -> dict:
    with Database.open_existing(db_path, read_only=True) as db:
        return kpis(db, Filters())


def _english_eur(value: float) -> str:
    """English short money, written out here rather than taken from formatting.py."""
    if abs(value) >= 1e9:
        return f"€{value / 1e9:,.2f} bn"
    if abs(value) >= 1e6:
        return f"€{value / 1e6:,.1f} m"
    return f"€{value:,.0f}"


def _html_script(at) -> str:
    return next(el.proto.body for el in at.get("html") if "<script>" in el.proto.body)


def test_lang_en_shows_the_overview_in_english_with_english_numbers(make_app, writable_db_path):
    expected = _kpis(writable_db_path)
    at = make_app(writable_db_path, query={"lang": "en"})
    assert not at.exception
    assert [x.value for x in at.title] == ["Overview"]
    assert [tab.label for tab in at.tabs] == ["Review stages", "Longest wait", "Data as of"]
    assert _metric(at, "Projects") == f"{expected['projects']:,}"
    assert _metric(at, "In review") == f"{expected['in_review']:,}"
    assert _metric(at, "Granted") == f"{expected['granted']:,}"
    assert _metric(at, "Requested") == _english_eur(expected["requested_eur"])
    assert _metric(at, "Granted (€)") == _english_eur(expected["granted_eur"])
    # the stage chart: English heading, and its number in the heading is the "In review" tile
    heading = next(h.value for h in at.main.header if "in review" in h.value)
    assert heading.startswith(f"{expected['in_review']:,} projects in review")
    spec = chart_specs(at)[0]
    assert spec["layout"]["separators"] == ".,"
    # the page language for screen readers and the address to share
    assert 'host.__monitorLang = "en"' in _html_script(at)
    assert at.query_params["lang"] in ("en", ["en"])
    assert at.segmented_control(key="lang_switch").value == "en"


def test_the_switch_goes_back_to_german_and_german_needs_no_parameter(make_app,
                                                                      writable_db_path):
    expected = _kpis(writable_db_path)
    at = make_app(writable_db_path, query={"lang": "en"})
    english_requested = _english_eur(expected["requested_eur"])
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert not at.exception
    assert [x.value for x in at.title] == ["Übersicht"]
    assert _metric(at, "Projekte") == f"{expected['projects']:,}".replace(",", ".")
    requested = _metric(at, "Beantragt")
    assert requested != english_requested and requested.endswith(("Mrd. €", "Mio. €", " €"))
    assert chart_specs(at)[0]["layout"]["separators"] == ",."
    assert 'host.__monitorLang = "de"' in _html_script(at)
    assert "lang" not in at.query_params
    # and once more to English: the URL says so again
    at.segmented_control(key="lang_switch").set_value("en").run()
    assert [x.value for x in at.title] == ["Overview"]
    assert at.query_params["lang"] in ("en", ["en"])


def test_switching_the_language_keeps_the_filters(make_app, writable_db_path):
    at = make_app(writable_db_path, query={"lang": "en", "revier": "LR", "von": "2024-01-01"})
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert not at.exception
    assert at.multiselect(key="filter_reviere").value == ["LR"]
    assert str(at.date_input(key="filter_period_from").value) == "2024-01-01"
    assert at.query_params["revier"] in ("LR", ["LR"])
    assert [x.value for x in at.title] == ["Übersicht"]


def test_english_survives_a_page_change_even_when_the_address_lost_it(make_app,
                                                                     writable_db_path):
    at = make_app(writable_db_path, query={"lang": "en", "revier": "LR"})
    at.switch_page("app_pages/pipeline.py")
    del at.query_params["lang"]  # a page change in the browser drops the query parameters
    at.run()
    assert not at.exception
    assert [x.value for x in at.title] == ["Pipeline"]
    assert any(c.value.startswith("How many projects reach each review stage")
               for c in at.caption)
    assert at.query_params["lang"] in ("en", ["en"])
    assert at.multiselect(key="filter_reviere").value == ["LR"]
    assert at.multiselect(key="filter_reviere").label == "Revier (coal region)"
    # the funnel's numbers as a table: the view's German column names under English headers
    headers = [str(c) for table in at.table for c in table.value.columns]
    assert "Review stage" in headers and "Share of the stage before" in headers
    assert "Prüfstufe" not in headers


def test_an_unknown_language_in_the_link_is_german_and_leaves_the_address(make_app,
                                                                         writable_db_path):
    at = make_app(writable_db_path, query={"lang": "fr"})
    assert not at.exception
    assert [x.value for x in at.title] == ["Übersicht"]
    assert "lang" not in at.query_params
    assert at.segmented_control(key="lang_switch").value == "de"


def test_navigation_titles_and_sections_follow_the_language(monkeypatch):
    from dashboard.i18n import using
    from dashboard.ui import navigation

    def page(path, *, title, **_kwargs):
        return title

    monkeypatch.setattr(navigation.st, "Page", page)
    german = navigation.build()
    with using("en"):
        english = navigation.build()
    assert list(german) == ["Auswertungen", "Daten", "Verwaltung", "Informationen"]
    assert list(english) == ["Dashboards", "Data", "Management", "Information"]
    assert english["Dashboards"][:3] == ["Overview", "Pipeline", "Missions & focus areas"]
    assert english["Data"] == ["Import", "Funding lists reconciliation"]
    assert english["Management"] == ["Audit log", "Administration"]
    assert english["Information"] == ["Accessibility"]
    assert german["Auswertungen"][0] == "Übersicht"
    assert len(german["Auswertungen"]) == len(english["Dashboards"])


def test_a_german_tab_in_the_link_opens_the_same_tab_in_english_and_after_the_switch(
        monkeypatch, writable_db_path):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import ROOT

    monkeypatch.setenv("DASHBOARD_DB", str(writable_db_path))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page("app_pages/pipeline.py")  # the link opens the Pipeline page directly
    at.query_params["lang"] = "en"
    at.query_params["ansicht"] = "Verweildauer"
    at.run()
    assert not at.exception
    assert at.session_state["ansicht"] == "Time in stage"
    assert any("median" in h.value for h in at.main.header), [h.value for h in at.main.header]
    at.segmented_control(key="lang_switch").set_value("de").run()
    assert not at.exception
    assert at.session_state["ansicht"] == "Verweildauer"
    assert any("Median" in h.value for h in at.main.header), [h.value for h in at.main.header]
    st.cache_resource.clear()
    st.cache_data.clear()


GERMAN_WORDS = re.compile(r"\b(Projekte|Projekten|Tage|Tagen|seit|laufend|offene|Anzahl|Mio|Mrd|"
                          r"bewilligt|beantragt|von|und|der|die|das|mit|keine|ohne|Seite|alle|"
                          r"Filter|Stand|Datei|Zeilen|Uhr|Übersicht|Auswahl)\b")


def _shown_texts(at) -> list[tuple[str, str]]:
    out = []
    for kind in ("title", "header", "subheader", "caption", "info", "warning", "success",
                 "error"):
        out += [(kind, str(e.value)) for e in getattr(at, kind)]
    out += [("metric", m.label) for m in at.metric] + [("tab", x.label) for x in at.tabs]
    out += [("expander", x.label) for x in at.expander]
    for kind in ("button", "selectbox", "multiselect", "toggle", "checkbox", "radio",
                 "number_input", "text_input", "date_input"):
        out += [(kind, str(e.label)) for e in getattr(at, kind)]
    return out


def test_every_page_runs_in_english_without_our_german_words(make_app, writable_db_path):
    """Headings, captions, messages, tiles, tabs and widget labels of every page; names from
    the reference data (German by design) are taken out first."""
    from dashboard.i18n import using
    from dashboard.store.reference import read_taxonomy
    from dashboard.ui.navigation import PAGES

    with Database.open_existing(writable_db_path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
    names = sorted({item.name for group in (
        taxonomy.stages, taxonomy.focus_areas, taxonomy.missions, taxonomy.reviere,
        taxonomy.exit_reasons, taxonomy.programmes, taxonomy.bundeslaender, taxonomy.networks,
        taxonomy.districts, taxonomy.themes) for item in group}, key=len, reverse=True)
    problems = []
    with using("en"):  # AppTest calls widgets' format_func in the test's thread
        at = make_app(writable_db_path, query={"lang": "en"})
        for spec in PAGES:
            at.switch_page(f"app_pages/{spec.file}")
            at.run()
            problems += [f"{spec.file}: {e.value}" for e in at.exception]
            for kind, text in _shown_texts(at):
                stripped = re.sub(r"\\(.)", r"\1", text)
                for name in names:
                    stripped = stripped.replace(name, "")
                if found := GERMAN_WORDS.search(stripped):
                    problems.append(f"{spec.file} {kind}: {found.group(0)!r} in {text[:100]!r}")
    assert problems == []
