"""The open-data API of a real `streamlit run serve.py` (the app and the API in one process):
every route fuzzed with schemathesis against its OpenAPI document (no 5xx, answers as
documented, no personal data in any answer), a plain HTTP client (urllib) and the browser's
Übersicht showing the same Kennzahlen as the API."""

from __future__ import annotations

import gzip
import json
import shutil
import urllib.error
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from dashboard.api import public
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate
from tests.e2e.conftest import StreamlitServer, assert_no_exception, wait_for_app
from tests.e2e.server import ROOT

pytestmark = pytest.mark.e2e

PERSONAL = ("Erika Mustermann", "erika.mustermann@example.org", "+49 351 5640",
            "Max Beispielmann", "0351 98765")


@pytest.fixture(scope="module")
def api_db(demo_db_path, tmp_path_factory):
    """A copy of the fixture database with e-mail addresses and phone numbers in the contact
    and remarks of every project, and the demo's contact names, to look for in answers."""
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path) as db:
        migrate(db)
        names = sorted(set(db.query("SELECT contact FROM project").df["contact"]))
        with db.transaction() as cur:
            cur.execute("UPDATE project SET contact = contact || ', ' || ?, remarks = ?",
                        [f"{PERSONAL[1]}, Tel. {PERSONAL[2]}",
                         f"Rückruf {PERSONAL[3]}, Tel. {PERSONAL[4]}"])
        expected = {"all": public.kennzahlen(db, Filters()),
                    "lr": public.kennzahlen(db, Filters(reviere=("LR",))),
                    "granted": len(public.projects(db, Filters()))}
    return path, names, expected


@pytest.fixture(scope="module")
def api_server(api_db):
    server = StreamlitServer(api_db[0], {"DASHBOARD_API_RATE": "100000"},
                             script=ROOT / "serve.py")
    yield server
    server.stop()


def _personal_words(names: list[str]) -> list[str]:
    return [*PERSONAL, *names]


def _fuzz(operation, personal: list[str], mode) -> int:
    """Run hypothesis over one operation's generated cases; returns how many ran."""
    from schemathesis import GenerationMode

    calls = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call_and_validate()  # schemathesis' checks: no 5xx, as documented
        assert response.status_code < 500
        text = response.content.decode("utf-8", errors="replace")
        found = [w for w in personal if w in text]
        assert not found, f"personal data in {case.path}: {found[:3]}"
        calls.append(response.status_code)

    assert mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    run()
    return len(calls)


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_every_route_fuzzed(api_server, api_db, mode):
    """schemathesis generates valid (positive) and invalid (negative) requests for every
    operation of the document the running app serves."""
    from schemathesis import GenerationMode

    schema = schemathesis.openapi.from_url(f"{api_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    # schemathesis leaves out the operation that serves the document it loaded from; that one
    # was fetched by the loader and is checked in test_a_plain_http_client
    assert {op.path for op in operations} == {"/api/v1/projekte", "/api/v1/kennzahlen"}
    personal = _personal_words(api_db[1])
    for op in operations:
        ran = _fuzz(op, personal, GenerationMode(mode))
        assert ran > 0 or mode == "negative", op.path


def _get(url: str, headers: dict | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            data = r.read()
            if r.headers.get("content-encoding") == "gzip":
                data = gzip.decompress(data)
            return r.status, {k.lower(): v for k, v in r.headers.items()}, data
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def test_a_plain_http_client(api_server, api_db):
    _, names, expected = api_db
    status, headers, body = _get(f"{api_server.url}/api/v1/kennzahlen")
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert json.loads(body)["kennzahlen"] == expected["all"]
    status, headers, body = _get(f"{api_server.url}/api/v1/projekte",
                                 {"Accept-Encoding": "gzip"})
    data = json.loads(body)
    assert status == 200 and data["anzahl"] == len(data["projekte"]) == expected["granted"]
    assert {p["pruefstufe"] for p in data["projekte"]} <= {"BEW", "UMS", "ABG"}
    assert not any(n in body.decode() for n in names)
    status, again, _ = _get(f"{api_server.url}/api/v1/projekte",
                            {"If-None-Match": headers["etag"]})
    assert status == 304 and again["etag"] == headers["etag"]
    status, headers, body = _get(f"{api_server.url}/api/v1/projekte?format=csv&revier=LR")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    lines = body.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("projekt_id;titel;")
    status, _, body = _get(f"{api_server.url}/api/v1/openapi.json")
    assert status == 200 and not any(w in body.decode() for w in _personal_words(names))
    from openapi_spec_validator import validate

    validate(json.loads(body))
    status, _, body = _get(f"{api_server.url}/api/v1/projekte?revier=Lausitz")
    assert status == 400 and "„Lausitz“" in json.loads(body)["ungueltig"][0]["meldung"]


def test_the_overview_shows_the_kennzahlen_of_the_api(api_server, api_db, page):
    """Same server, same filters: the tiles a person sees equal the API's figures."""
    _, _, expected = api_db
    page.goto(f"{api_server.url}/?revier=LR")
    wait_for_app(page)
    assert_no_exception(page)
    tile = page.locator(".st-key-kpi_projects [data-testid='stMetricValue']")
    assert tile.inner_text().strip() == fmt_int(expected["lr"]["projekte"])
    granted = page.locator(".st-key-kpi_granted [data-testid='stMetricValue']")
    _, _, body = _get(f"{api_server.url}/api/v1/kennzahlen?revier=LR")
    assert granted.inner_text().strip() == fmt_int(json.loads(body)["kennzahlen"]["bewilligt"])


def test_an_opt_out_through_the_cli_reaches_the_running_api_at_once(api_server, api_db):
    """The CLI hands the write to the running app (socket); the next API answer leaves the
    network out, and the ETag of the earlier answer no longer matches."""
    import subprocess
    import sys

    path = api_db[0]
    url = f"{api_server.url}/api/v1/projekte?revier=MR"
    _, before_headers, before = _get(url)
    assert "MR-IT" in {p["fachnetzwerk"] for p in json.loads(before)["projekte"]}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "dashboard", "opendata", *args,
                               "--db", str(path)], capture_output=True, text=True, timeout=60,
                              check=False)

    done = cli("sperren", "MR-IT")
    assert done.returncode == 0, done.stderr
    assert "MR-IT IT: nicht veröffentlicht" in done.stdout
    status, _, after = _get(url, {"If-None-Match": before_headers["etag"]})
    body = json.loads(after)
    assert status == 200 and body["ausgenommene_fachnetzwerke"] == ["MR-IT"]
    assert "MR-IT" not in {p["fachnetzwerk"] for p in body["projekte"]}
    assert cli("freigeben", "MR-IT").returncode == 0
    assert json.loads(_get(url)[2])["anzahl"] == json.loads(before)["anzahl"]


def test_the_accessibility_page_in_the_browser(api_server, browser):
    """Reached from the navigation; axe-core finds nothing serious on it; page language de."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(api_server.url)
        wait_for_app(page)
        page.get_by_role("link", name="Barrierefreiheit").click()
        page.wait_for_url("**/barrierefreiheit", timeout=15_000)
        page.get_by_role("heading", name="Erklärung zur Barrierefreiheit").wait_for(timeout=30_000)
        wait_for_app(page)
        assert_no_exception(page)
        violations = [f"{v['id']} ({v['impact']})" for v in Axe().run(page).response["violations"]
                      if v.get("impact") in {"moderate", "serious", "critical"}]
        assert violations == []
        assert page.evaluate("document.documentElement.lang") == "de"
        assert page.get_by_text("schlichtungsstelle-bgg.de").count() >= 1
    finally:
        context.close()


def test_the_overview_by_its_name_leads_to_the_overview(api_server):
    """Issue 23.15: /uebersicht (a typed or old link) answered with Streamlit's English "Page
    not found"; it now leads to the root, where the Übersicht is, with its filters."""
    import urllib.error
    import urllib.request

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(Stay)
    try:
        opener.open(f"{api_server.url}/uebersicht?revier=LR", timeout=10)
        raise AssertionError("no redirect")
    except urllib.error.HTTPError as answer:
        assert answer.code == 307 and answer.headers["location"] == "./?revier=LR"
    with urllib.request.urlopen(f"{api_server.url}/uebersicht?revier=LR", timeout=10) as page:
        assert page.status == 200 and page.url.endswith("/?revier=LR")
