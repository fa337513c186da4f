"""Role views through the API routes (Starlette test client) on a real database file, with
tokens of a real oidc-provider-mock: the public part unchanged, each role's numbers equal the
pages' figures (Projekte count, Übersicht tiles), contact fields exactly where the Import
page's export shows them, private cache headers, rate limit, no audit rows for reads."""

from __future__ import annotations

import csv
import io

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from starlette.applications import Starlette
from starlette.testclient import TestClient

from dashboard.access import Actor, Role
from dashboard.access.personal import redact
from dashboard.access.resolve import AccessConfig, network_aliases, resolve
from dashboard.access.users import lookup, save_user
from dashboard.analytics.overview import kpis
from dashboard.analytics.projects import project_page
from dashboard.api import public
from dashboard.api.access import Authenticator
from dashboard.api.http import routes
from dashboard.api.tokens import TokenVerifier
from dashboard.domain.filters import Filters
from dashboard.ingest.service import export_frames
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import migrate
from tests.unit.api15.oidc import KPI, access_token, idp_fixture

USERS = {"lr-en@sas.example": ["fn-LR-EN"], "admin@smr.example": ["sw-admin"],
         "leitung@smr.example": ["sw-leitung"], "tabelle@sas.example": []}
ACCESS = AccessConfig.from_mapping({"groups": {"sw-admin": "administration",
                                               "sw-leitung": "leitung"}})
SELECTIONS = {"": Filters(), "revier=LR": Filters(reviere=("LR",)),
              "revier=MR&schwerpunkt=F2,F4": Filters(reviere=("MR",), focus_areas=("F2", "F4"))}
idp = idp_fixture(USERS)


@pytest.fixture(scope="module")
def tokens(idp):
    return {email.split("@")[0]: access_token(idp, email) for email in USERS}


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        migrate(db)
        with db.transaction() as cur:  # a contact of its own per project, to find where it goes
            cur.execute("UPDATE project SET contact = 'Kontakt ' || project_id || ', "
                        "k-' || project_id || '@example.org'")
        yield db


def _client(db, idp, rate: int = 1000) -> TestClient:
    taxonomy = read_taxonomy(db)
    aliases = network_aliases(taxonomy.networks)
    auth = Authenticator([TokenVerifier(f"{idp}/.well-known/openid-configuration")],
                         lambda claims: resolve(claims, ACCESS, aliases,
                                                lambda identity: lookup(db, identity)))
    return TestClient(Starlette(routes=routes(lambda: db, lambda: read_taxonomy(db),
                                              rate_per_minute=rate,
                                              authenticator=lambda: auth)))


def _get(client, path, token=None):
    return client.get(path, headers={"Authorization": f"Bearer {token}"} if token else {})


def _contacts(db, actor, filters) -> dict[str, str | None]:
    """The contacts the Import page's Excel export gives this actor (access.personal.redact)."""
    shown = redact(export_frames(db, filters)[0], actor, read_taxonomy(db))
    return {p: (c if isinstance(c, str) else None)
            for p, c in zip(shown["project_id"], shown["contact"], strict=True)}


ACTORS = {"lr-en": Actor("lr-en@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}),
                         "oidc"),
          "admin": Actor("admin@smr.example", Role.ADMINISTRATION, "*", "oidc"),
          "leitung": Actor("leitung@smr.example", Role.LEITUNG, "*", "oidc")}


@pytest.mark.parametrize("who", ["lr-en", "admin", "leitung"])
def test_a_role_sees_the_numbers_and_contacts_of_its_pages(db, idp, tokens, who):
    client = _client(db, idp)
    for query, filters in SELECTIONS.items():
        got = _get(client, f"/api/v1/projekte?{query}", tokens[who])
        assert got.status_code == 200
        body = got.json()
        # the Projekte page's count for the same selection, and its rows
        assert body["anzahl"] == project_page(db, filters)[1] == len(body["projekte"])
        assert body["sicht"]["rolle"] == ACTORS[who].role.value
        assert body["ausgenommene_fachnetzwerke"] == []
        expected = _contacts(db, ACTORS[who], filters)
        assert {p["projekt_id"]: p["kontakt"] for p in body["projekte"]} == expected
        tiles = _get(client, f"/api/v1/kennzahlen?{query}", tokens[who]).json()["kennzahlen"]
        assert tiles == {KPI[k]: v for k, v in kpis(db, filters).items()}
        assert got.headers["cache-control"] == "private, no-store"
        assert got.headers["vary"] == "Authorization"
    shown = [p for p in body["projekte"] if p["kontakt"]]
    if who == "leitung":
        assert not shown
    elif who == "admin":
        assert len(shown) == len(body["projekte"]) > 0
    else:  # the manager: its own network's contacts and no other
        everything = _get(client, "/api/v1/projekte", tokens[who]).json()["projekte"]
        mine = [p for p in everything if p["fachnetzwerk"] == "LR-EN"]
        assert mine and all(p["kontakt"] for p in mine)
        assert all(p["kontakt"] is None for p in everything if p["fachnetzwerk"] != "LR-EN")


def test_the_public_part_is_unchanged_beside_the_roles(db, idp, tokens):
    client = _client(db, idp)
    anonymous = client.get("/api/v1/projekte").json()
    assert "sicht" not in anonymous
    assert anonymous["anzahl"] == len(public.projects(db, Filters())) < \
        _get(client, "/api/v1/projekte", tokens["admin"]).json()["anzahl"]
    assert all("kontakt" not in p for p in anonymous["projekte"])
    assert "Kontakt " not in client.get("/api/v1/projekte?format=csv").text
    assert client.get("/api/v1/kennzahlen").headers["cache-control"].startswith("public")


def test_opted_out_networks_stay_in_the_role_view(db, idp, tokens):
    public.set_opt_out(db, "LR-EN", True, by="test")
    client = _client(db, idp)
    anonymous = client.get("/api/v1/projekte").json()
    assert anonymous["ausgenommene_fachnetzwerke"] == ["LR-EN"]
    assert "LR-EN" not in {p["fachnetzwerk"] for p in anonymous["projekte"]}
    manager = _get(client, "/api/v1/projekte", tokens["lr-en"]).json()
    assert manager["anzahl"] == project_page(db, Filters())[1]
    assert "LR-EN" in {p["fachnetzwerk"] for p in manager["projekte"]}
    tiles = _get(client, "/api/v1/kennzahlen", tokens["leitung"]).json()["kennzahlen"]
    assert tiles["projekte"] == kpis(db, Filters())["projects"] > \
        client.get("/api/v1/kennzahlen").json()["kennzahlen"]["projekte"]


def test_a_user_of_the_table_gets_the_role_of_the_table(db, idp, tokens):
    save_user(db, Actor.cli("test"), "tabelle@sas.example", "netzwerkmanagement", ["MR-EN"],
              [n.code for n in read_taxonomy(db).networks])
    body = _get(_client(db, idp), "/api/v1/projekte?revier=MR", tokens["tabelle"]).json()
    assert body["sicht"] == {"rolle": "netzwerkmanagement", "fachnetzwerke": ["MR-EN"],
                             "kontakt_fachnetzwerke": ["MR-EN"]}
    assert {p["fachnetzwerk"] for p in body["projekte"] if p["kontakt"]} == {"MR-EN"}


def test_refusals_are_german_json_with_no_data(db, idp, tokens):
    client = _client(db, idp)
    bad = _get(client, "/api/v1/projekte", "erfunden")
    assert bad.status_code == 401 and "projekte" not in bad.json()
    assert bad.json()["fehler"].startswith("Das Zugangstoken ist ungültig")
    assert bad.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    assert bad.headers["cache-control"] == "no-store"
    nobody = TestClient(Starlette(routes=routes(lambda: db, lambda: read_taxonomy(db),
                                                rate_per_minute=100)))
    refused = _get(nobody, "/api/v1/kennzahlen", tokens["admin"])
    assert refused.status_code == 401
    assert refused.json()["fehler"].startswith("Anmeldung ist nicht eingerichtet")
    assert nobody.get("/api/v1/kennzahlen").status_code == 200


def test_the_rate_limit_counts_token_callers_too(db, idp, tokens):
    client = _client(db, idp, rate=3)
    codes = [_get(client, "/api/v1/kennzahlen", tokens["admin"]).status_code for _ in range(3)]
    codes += [_get(client, "/api/v1/kennzahlen", "erfunden").status_code,
              client.get("/api/v1/kennzahlen").status_code]
    assert codes == [200, 200, 200, 429, 429]


def test_reads_write_no_audit_rows_like_the_pages(db, idp, tokens):
    before = db.scalar("SELECT count(*) FROM audit_log")
    client = _client(db, idp)
    for who in ("lr-en", "admin"):
        assert _get(client, "/api/v1/projekte?format=csv", tokens[who]).status_code == 200
    assert db.scalar("SELECT count(*) FROM audit_log") == before


def test_csv_of_a_role_carries_the_contact_formula_safe(db, idp, tokens):
    with db.transaction() as cur:
        cur.execute("UPDATE project SET contact = '=HYPERLINK(\"x\")' WHERE project_id = "
                    "(SELECT min(project_id) FROM project)")
    text = _get(_client(db, idp), "/api/v1/projekte?format=csv", tokens["admin"]).text
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert "kontakt" in rows[0]
    assert "'=HYPERLINK(\"x\")" in {r["kontakt"] for r in rows}


def test_the_document_names_the_bearer_scheme_and_role_answers_match_it(db, idp, tokens):
    client = _client(db, idp)
    spec = client.get("/api/v1/openapi.json").json()
    validate(spec)
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert {} in spec["security"]  # optional
    for path in ("/api/v1/projekte", "/api/v1/kennzahlen"):
        assert {"401", "403", "503"} <= set(spec["paths"][path]["get"]["responses"])
    assert "kontakt" in spec["components"]["schemas"]["ProjektRolle"]["properties"]
    assert "kontakt" not in spec["components"]["schemas"]["Projekt"]["properties"]
    for name, path in (("Projektliste", "/api/v1/projekte?revier=LR"),
                       ("Kennzahlen", "/api/v1/kennzahlen")):
        schema = {**spec["components"]["schemas"][name], "components": spec["components"]}
        for token in (None, tokens["lr-en"], tokens["leitung"]):
            OAS30Validator(schema).validate(_get(client, path, token).json())
