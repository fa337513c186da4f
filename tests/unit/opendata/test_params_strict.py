"""Issue 23.16: every route refuses, in the same way, an unknown parameter, a repeated one and a
value it does not know (400 with the parameter named); `/kennzahlen?format=xml` answered 200,
`lang=EN` and `lang=en&lang=de` were taken, a misspelt filter was ignored."""

from __future__ import annotations

import pytest

from tests.unit.opendata.test_http import _client

ROUTES = ("projekte", "kennzahlen", "openapi.json")


def _refused(client, query: str, route: str) -> list[dict]:
    response = client.get(f"/api/v1/{route}?{query}")
    assert response.status_code == 400, (route, query, response.status_code)
    body = response.json()
    assert body["fehler"].startswith("Die Anfrage enthält ungültige")
    return body["ungueltig"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("query, parameter, words", [
    ("reveir=LR", "reveir", "Unbekannter Parameter"),     # a misspelt filter
    ("format=xml", "format", ""),                           # unknown on kennzahlen, bad elsewhere
    ("lang=EN", "lang", "Sprache"),
    ("lang=en&lang=de", "lang", "mehrfach"),
])
def test_every_route_refuses_the_same_way(od_db, route, query, parameter, words):
    invalid = _refused(_client(od_db), query, route)
    assert [i["parameter"] for i in invalid] == [parameter], invalid
    assert words in invalid[0]["meldung"], invalid


@pytest.mark.parametrize("route", ("projekte", "kennzahlen"))
def test_a_repeated_filter_is_refused_with_the_comma_form(od_db, route):
    invalid = _refused(_client(od_db), "revier=LR&revier=MR", route)
    assert [i["parameter"] for i in invalid] == ["revier"]
    assert "mehrfach" in invalid[0]["meldung"] and "revier=LR,MR" in invalid[0]["meldung"]


def test_unknown_parameter_message_names_the_allowed_ones_in_english(od_db):
    invalid = _refused_en(_client(od_db), "/api/v1/kennzahlen?format=csv&lang=en")
    assert "format" in invalid[0]["meldung"] and "revier" in invalid[0]["meldung"]


def _refused_en(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["fehler"].startswith("The request")
    return response.json()["ungueltig"]


def test_the_document_lists_the_parameters_the_routes_accept(od_db):
    from dashboard.api.params import PARAMETERS

    spec = _client(od_db).get("/api/v1/openapi.json").json()
    for route in ROUTES:
        names = {p["name"] for p in spec["paths"][f"/api/v1/{route}"]["get"]["parameters"]}
        assert names == set(PARAMETERS[route]), route


@pytest.mark.parametrize("query", ["", "format=", "lang=", "revier=LR,MR", "format=csv&lang=en"])
def test_documented_requests_still_answer(od_db, query):
    assert _client(od_db).get(f"/api/v1/projekte?{query}").status_code == 200
