"""Role views of the API on a real `streamlit run serve.py` with [auth] against a real local
OIDC provider (oidc-provider-mock): a plain HTTP client with each role's access token gets the
numbers of that role's pages and contact fields only where access allows; bad tokens get a
401, never the public data; schemathesis stays green with and without a token; and the
Übersicht a logged-in manager sees in chromium shows the figures of the API with its token."""

from __future__ import annotations

import json
import shutil
import urllib.error
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from dashboard.access import Actor, Role
from dashboard.access.personal import redact
from dashboard.analytics.overview import kpis
from dashboard.analytics.projects import project_page
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.ingest.service import export_frames
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import migrate
from tests.e2e.conftest import StreamlitServer, assert_no_exception, auth_secrets, wait_for_app
from tests.e2e.server import ROOT, free_port
from tests.unit.api15.oidc import KPI, access_token, idp_fixture, revoke

pytestmark = pytest.mark.e2e
USERS = {"lr-en@sas.example": ["fn-LR-EN"], "admin@smr.example": ["sw-admin"],
         "leitung@smr.example": ["sw-leitung"], "niemand@sas.example": ["andere"],
         "weg@sas.example": ["sw-admin"]}
ACTORS = {"lr-en": Actor("lr-en@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}),
                         "oidc"),
          "admin": Actor("admin@smr.example", Role.ADMINISTRATION, "*", "oidc"),
          "leitung": Actor("leitung@smr.example", Role.LEITUNG, "*", "oidc")}
SELECTIONS = {"": Filters(), "revier=LR": Filters(reviere=("LR",)),
              "revier=MR&schwerpunkt=F4": Filters(reviere=("MR",), focus_areas=("F4",))}
idp = idp_fixture(USERS)


@pytest.fixture(scope="module")
def pages(demo_db_path, tmp_path_factory):
    """A copy of the fixture database with a contact of its own per project, and what each
    role's pages show on it (Projekte count, Übersicht tiles, the export's contacts)."""
    path = tmp_path_factory.mktemp("apiroles") / "roles.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path) as db:
        migrate(db)
        with db.transaction() as cur:
            cur.execute("UPDATE project SET contact = 'Kontakt ' || project_id || ', "
                        "k-' || project_id || '@example.org'")
        taxonomy = read_taxonomy(db)
        seen = {}
        for query, filters in SELECTIONS.items():
            frame = export_frames(db, filters)[0]
            for who, actor in ACTORS.items():
                shown = redact(frame, actor, taxonomy)
                seen[who, query] = {
                    "count": project_page(db, filters)[1],
                    "tiles": {KPI[k]: v for k, v in kpis(db, filters).items()},
                    "contacts": {p: (c if isinstance(c, str) else None) for p, c in
                                 zip(shown["project_id"], shown["contact"], strict=True)}}
        everyone = sorted(export_frames(db, Filters())[0]["contact"].dropna())
    return path, seen, everyone


@pytest.fixture(scope="module")
def server(idp, pages, tmp_path_factory):
    port = free_port()
    secrets = auth_secrets(tmp_path_factory.mktemp("apiroles-secrets") / "secrets.toml",
                           port=port, oidc_url=idp, extra=(
                               "[access]\n"
                               'contact = "Referat 23"\n'
                               "[access.groups]\n"
                               '"sw-admin" = "administration"\n'
                               '"sw-leitung" = "leitung"\n'))
    app = StreamlitServer(pages[0], {"DASHBOARD_API_RATE": "100000"}, script=ROOT / "serve.py",
                          port=port, extra_args=["--secrets.files", str(secrets)])
    yield app
    app.stop()


@pytest.fixture(scope="module")
def tokens(idp):
    return {email.split("@")[0]: access_token(idp, email) for email in USERS}


def _get(url: str, token: str | None = None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def test_each_role_gets_the_numbers_and_contacts_of_its_pages(server, pages, tokens):
    _, seen, everyone = pages
    for query in SELECTIONS:
        status, headers, body = _get(f"{server.url}/api/v1/projekte?{query}")
        assert status == 200 and headers["cache-control"].startswith("public")
        assert not any(c in body.decode() for c in everyone[:50])
        anonymous = json.loads(body)
        for who in ACTORS:
            status, headers, body = _get(f"{server.url}/api/v1/projekte?{query}", tokens[who])
            assert status == 200, body
            assert headers["cache-control"] == "private, no-store"
            assert "Authorization" in headers["vary"]
            data = json.loads(body)
            assert data["anzahl"] == seen[who, query]["count"] >= anonymous["anzahl"]
            assert {p["projekt_id"]: p["kontakt"] for p in data["projekte"]} == \
                seen[who, query]["contacts"]
            _, _, tiles = _get(f"{server.url}/api/v1/kennzahlen?{query}", tokens[who])
            assert json.loads(tiles)["kennzahlen"] == seen[who, query]["tiles"]
    contacts = seen["lr-en", ""]["contacts"]
    assert 0 < sum(c is not None for c in contacts.values()) < len(contacts)
    assert all(c is None for c in seen["leitung", ""]["contacts"].values())
    assert all(c is not None for c in seen["admin", ""]["contacts"].values())


def test_refused_tokens_never_get_data(server, idp, tokens):
    for token, status, words in (("erfunden", 401, "ungültig"),
                                 (tokens["niemand"], 403, "Referat 23")):
        got, headers, body = _get(f"{server.url}/api/v1/projekte", token)
        assert got == status and words in json.loads(body)["fehler"]
        assert "projekte" not in json.loads(body)
    assert headers.get("cache-control") == "no-store"
    fresh = access_token(idp, "weg@sas.example")
    revoke(idp, "weg@sas.example")
    got, headers, _ = _get(f"{server.url}/api/v1/kennzahlen", fresh)
    assert got == 401 and headers["www-authenticate"].startswith('Bearer error="invalid_token"')


def _fuzz(operation, mode, token: str | None, forbidden: list[str]) -> int:
    calls = []
    headers = {"Authorization": f"Bearer {token}"} if token else None

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call_and_validate(headers=headers)
        assert response.status_code < 500
        text = response.content.decode("utf-8", errors="replace")
        found = [w for w in forbidden if w in text]
        assert not found, f"contacts not allowed in {case.path}: {found[:3]}"
        calls.append(response.status_code)

    run()
    return len(calls)


@pytest.mark.parametrize("who", [None, "lr-en"])
def test_schemathesis_with_and_without_a_token(server, pages, tokens, who):
    """Positive and negative cases of every operation; without a token no contact at all, with
    the manager's token no contact of another network."""
    from schemathesis import GenerationMode

    _, seen, everyone = pages
    allowed = {c for c in seen["lr-en", ""]["contacts"].values() if c}
    forbidden = everyone if who is None else [c for c in everyone if c not in allowed]
    schema = schemathesis.openapi.from_url(f"{server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} == {"/api/v1/projekte", "/api/v1/kennzahlen"}
    for op in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            ran = _fuzz(op, mode, tokens[who] if who else None, forbidden[:200])
            assert ran > 0 or mode == GenerationMode.NEGATIVE, op.path


def test_the_managers_overview_shows_the_figures_of_its_token(server, tokens, browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(f"{server.url}/?revier=LR")
        wait_for_app(page)
        page.locator(".st-key-login_button button").click()
        page.wait_for_selector("input[name='sub']", timeout=20_000)
        page.fill("input[name='sub']", "lr-en@sas.example")
        page.click("button[type='submit']:has-text('Authorize')")
        page.wait_for_url(f"{server.url}/**", timeout=20_000)
        page.goto(f"{server.url}/?revier=LR")
        page.wait_for_selector(".st-key-kpi_projects [data-testid='stMetricValue']",
                               timeout=30_000)
        wait_for_app(page)
        assert_no_exception(page)
        _, _, body = _get(f"{server.url}/api/v1/kennzahlen?revier=LR", tokens["lr-en"])
        tiles = json.loads(body)["kennzahlen"]
        for key, name in (("kpi_projects", "projekte"), ("kpi_granted", "bewilligt")):
            shown = page.locator(f".st-key-{key} [data-testid='stMetricValue']").inner_text()
            assert shown.strip() == fmt_int(tiles[name])
    finally:
        context.close()
