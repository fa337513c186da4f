"""The API routes through Starlette's test client on a real database file: status codes,
formula-safe CSV, cache headers, the rate limit, German error messages, and every answer valid
against the OpenAPI document (itself validated)."""

from __future__ import annotations

import csv
import io

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from starlette.applications import Starlette
from starlette.testclient import TestClient

from dashboard.api import public
from dashboard.api.http import routes
from dashboard.domain.filters import Filters
from dashboard.export.tables import FORMULA_STARTS
from dashboard.store.reference import read_taxonomy
from tests.unit.opendata.conftest import FORMULAS


def _client(db, rate: int = 1000) -> TestClient:
    app = Starlette(routes=routes(lambda: db, lambda: read_taxonomy(db), rate_per_minute=rate))
    return TestClient(app)


def _valid(spec: dict, schema_name: str, body: object) -> None:
    schema = {**spec["components"]["schemas"][schema_name],
              "components": spec["components"]}
    OAS30Validator(schema).validate(body)


def test_the_openapi_document_is_valid_and_answers_match_it(od_db):
    client = _client(od_db)
    spec = client.get("/api/v1/openapi.json").json()
    validate(spec)  # raises on an invalid OpenAPI document
    assert set(spec["paths"]) == {"/api/v1/projekte", "/api/v1/kennzahlen", "/api/v1/openapi.json"}
    names = {p["name"] for p in spec["paths"]["/api/v1/projekte"]["get"]["parameters"]}
    assert names == {"revier", "land", "kreis", "schwerpunkt", "mission", "programm", "von",
                     "bis", "format", "lang"}
    _valid(spec, "Projektliste", client.get("/api/v1/projekte").json())
    _valid(spec, "Kennzahlen", client.get("/api/v1/kennzahlen?revier=LR").json())
    _valid(spec, "Fehler", client.get("/api/v1/kennzahlen?revier=XX").json())


def test_json_answer_with_the_filters_of_the_app_urls(od_db):
    body = _client(od_db).get("/api/v1/projekte?revier=MR&schwerpunkt=F2,F4").json()
    expected = public.projects(od_db, Filters(reviere=("MR",), focus_areas=("F2", "F4")))
    assert body["anzahl"] == len(expected) == len(body["projekte"])
    assert body["filter"] == {"revier": "MR", "schwerpunkt": "F2,F4"}
    assert {p["schwerpunkt"] for p in body["projekte"]} <= {"F2", "F4"}


def test_repeated_parameters_are_refused_and_the_comma_list_answers(od_db):
    """Issue 23.16: a repeated parameter is refused like an unknown one (it was read as a
    list here and as the last value for lang and format); the comma list is the one form."""
    client = _client(od_db)
    assert client.get("/api/v1/kennzahlen?revier=LR&revier=MR").status_code == 400
    assert client.get("/api/v1/kennzahlen?revier=LR,MR").status_code == 200


def test_csv_is_formula_safe(od_db):
    response = _client(od_db).get("/api/v1/projekte?format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(rows) == len(public.projects(od_db, Filters()))
    planted = next(r for r in rows if r["titel"].startswith("'="))
    assert planted["titel"] == "'" + FORMULAS["title"]
    assert planted["beschreibung"] == "'" + FORMULAS["description"]
    assert planted["traeger"] == "'" + FORMULAS["sponsor"]
    assert planted["gemeinde"] == "'" + FORMULAS["municipality"]
    for row in rows:
        for value in row.values():
            assert not (value or "").startswith(FORMULA_STARTS), value


def test_etag_and_cache_control_and_not_modified(od_db):
    client = _client(od_db)
    first = client.get("/api/v1/kennzahlen?revier=LR")
    assert first.headers["cache-control"].startswith("public, max-age=")
    etag = first.headers["etag"]
    again = client.get("/api/v1/kennzahlen?revier=LR", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other = client.get("/api/v1/kennzahlen?revier=MR", headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag


def test_the_etag_changes_with_the_data(od_db):
    client = _client(od_db)
    before = client.get("/api/v1/projekte").headers["etag"]
    public.set_opt_out(od_db, "MR-IT", True, by="test")
    after = client.get("/api/v1/projekte", headers={"If-None-Match": before})
    assert after.status_code == 200 and after.json()["ausgenommene_fachnetzwerke"] == ["MR-IT"]


@pytest.mark.parametrize("query, parameter", [
    ("revier=XX", "revier"), ("von=31.12.2025", "von"), ("format=xlsx", "format"),
    ("mission=M99,M01", "mission"), ("revier=LR,", "revier"), ("revier=%20LR", "revier"),
    ("kreis=%1F", "kreis"), ("bis=20260101", "bis")])
def test_invalid_values_are_refused_in_german(od_db, query, parameter):
    response = _client(od_db).get(f"/api/v1/projekte?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["fehler"].startswith("Die Anfrage enthält ungültige Werte")
    assert [i["parameter"] for i in body["ungueltig"]] == [parameter]


def test_a_reversed_period_is_valid_and_matches_nothing(od_db):
    body = _client(od_db).get("/api/v1/projekte?von=2026-01-01&bis=2025-01-01").json()
    assert body["anzahl"] == 0 and body["projekte"] == []


def test_rate_limit_per_client_with_a_german_message(od_db):
    client = _client(od_db, rate=3)
    codes = [client.get("/api/v1/openapi.json").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = client.get("/api/v1/kennzahlen")
    assert refused.status_code == 429
    assert refused.json()["fehler"].startswith("Zu viele Anfragen: höchstens 3 je Minute")
    assert int(refused.headers["retry-after"]) >= 1


def test_a_repeated_question_is_answered_from_the_cache_until_the_data_changes(od_db):
    client = _client(od_db)
    first = client.get("/api/v1/projekte?revier=LR")
    with od_db.transaction() as cur:  # a committed write, as an import makes
        cur.execute("UPDATE project SET title = 'Neuer Titel' WHERE project_id = ?",
                    [first.json()["projekte"][0]["projekt_id"]])
    again = client.get("/api/v1/projekte?revier=LR")
    assert again.json()["projekte"][0]["titel"] == "Neuer Titel"
    assert again.headers["etag"] != first.headers["etag"]
    assert client.get("/api/v1/projekte?revier=LR").content == again.content
