"""The API's Kennzahlen equal the Übersicht tiles a person sees, for the same filters given as
the same URL parameters, answered on the app's own database connection."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from dashboard.formatting import fmt_eur_short, fmt_int
from dashboard.ui.api_routes import routes

QUERIES = [{}, {"revier": "LR"}, {"schwerpunkt": "F6", "land": "SN"},
           {"mission": "ohne", "programm": "RL_INVKG"}, {"kreis": "14626,14625"},
           {"von": "2025-01-01", "bis": "2026-06-30"}]
TILES = {"Projekte": ("projekte", fmt_int), "In Prüfung": ("in_pruefung", fmt_int),
         "Bewilligt": ("bewilligt", fmt_int), "Beantragt": ("beantragt_eur", fmt_eur_short),
         "Bewilligt (€)": ("bewilligt_eur", fmt_eur_short)}


@pytest.mark.parametrize("query", QUERIES)
def test_kennzahlen_equal_the_tiles(make_app, writable_db_path, query):
    at = make_app(writable_db_path, query=query)
    assert not at.exception
    shown = {m.label: m.value for m in at.metric}
    client = TestClient(Starlette(routes=routes()))  # the app's cached connection
    response = client.get("/api/v1/kennzahlen", params=query)
    assert response.status_code == 200
    figures = response.json()["kennzahlen"]
    for label, (name, fmt) in TILES.items():
        assert shown[label] == fmt(figures[name]), label
