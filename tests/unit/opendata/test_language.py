"""The API in English: `?lang=en` gives the OpenAPI document's descriptions and every error
message in English (issue 15: "API field descriptions in both"); the data are the same in both
languages; without the parameter everything stays German; an unknown language is refused."""

from __future__ import annotations

from openapi_spec_validator import validate

from tests.unit.opendata.test_http import _client


def _descriptions(node) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "description" and isinstance(v, str)] + \
            [d for v in node.values() for d in _descriptions(v)]
    if isinstance(node, list):
        return [d for v in node for d in _descriptions(v)]
    return []


def test_the_openapi_document_in_english(od_db):
    client = _client(od_db)
    german = client.get("/api/v1/openapi.json").json()
    english = client.get("/api/v1/openapi.json?lang=en").json()
    validate(english)
    assert english["info"]["title"] != german["info"]["title"]
    de, en = _descriptions(german), _descriptions(english)
    assert len(de) == len(en) > 20
    same = [d for d, e in zip(de, en, strict=True) if d == e and any(c.isalpha() for c in d)]
    assert same == []  # every description has its English text
    names = {p["name"] for p in english["paths"]["/api/v1/projekte"]["get"]["parameters"]}
    assert "lang" in names


def test_errors_in_english_and_the_same_data(od_db):
    client = _client(od_db)
    refused = client.get("/api/v1/projekte?revier=XX&lang=en")
    assert refused.status_code == 400
    assert refused.json()["fehler"].startswith("The request")
    assert "Revier" not in refused.json()["ungueltig"][0]["meldung"] or \
        "invalid" in refused.json()["ungueltig"][0]["meldung"].lower()
    for route in ("projekte?revier=LR", "kennzahlen?schwerpunkt=F2"):
        assert client.get(f"/api/v1/{route}&lang=en").json() == \
            client.get(f"/api/v1/{route}").json()


def test_without_the_parameter_german_and_an_unknown_language_is_refused(od_db):
    client = _client(od_db)
    assert client.get("/api/v1/projekte?revier=XX").json()["fehler"].startswith(
        "Die Anfrage enthält ungültige Werte")
    refused = client.get("/api/v1/kennzahlen?lang=fr")
    assert refused.status_code == 400
    assert [i["parameter"] for i in refused.json()["ungueltig"]] == ["lang"]
