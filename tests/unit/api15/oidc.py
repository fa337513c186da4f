"""Access tokens from a real oidc-provider-mock, without a browser: the authorization form is
posted like the login page does, the code exchanged at the token endpoint (as st.login does)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from datetime import timedelta

import pytest
from oidc_provider_mock import User, run_server_in_thread

CALLBACK = "http://127.0.0.1:9/oauth2callback"


@contextmanager
def provider(users: dict[str, list[str]], *, token_age: timedelta = timedelta(hours=1)):
    """A provider on a free port with these users (e-mail -> groups); yields its base URL."""
    claims = [User(sub=email, claims={"email": email, "groups": groups})
              for email, groups in users.items()]
    with run_server_in_thread(port=0, user_claims=claims,
                              access_token_max_age=token_age) as server:
        yield f"http://127.0.0.1:{server.server_port}"


# the API's key figures (German field names) by the names of the Übersicht tiles
KPI = {"projects": "projekte", "in_review": "in_pruefung", "granted": "bewilligt",
       "exited": "ausgestiegen", "requested_eur": "beantragt_eur", "granted_eur": "bewilligt_eur"}


def idp_fixture(users: dict[str, list[str]]):
    """A module-scoped fixture: a provider with these users for the whole test module."""
    @pytest.fixture(scope="module")
    def idp():
        with provider(users) as base:
            yield base
    return idp


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def access_token(base: str, sub: str, scope: str = "openid email profile") -> str:
    """Log `sub` in at the provider and return the access token of the code exchange."""
    query = urllib.parse.urlencode({"client_id": "strukturwandel-monitor", "response_type": "code",
                                    "redirect_uri": CALLBACK, "scope": scope, "state": "s"})
    form = urllib.parse.urlencode({"sub": sub}).encode()
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(urllib.request.Request(f"{base}/oauth2/authorize?{query}", data=form))
        raise AssertionError("no redirect with a code")
    except urllib.error.HTTPError as redirect:
        location = redirect.headers["Location"]
    code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query)["code"][0]
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code,
                                   "redirect_uri": CALLBACK, "client_id": "strukturwandel-monitor",
                                   "client_secret": "e2e-secret"}).encode()
    with urllib.request.urlopen(urllib.request.Request(f"{base}/oauth2/token", data=body)) as r:
        return json.loads(r.read())["access_token"]


def revoke(base: str, sub: str) -> None:
    """The provider forgets every token of `sub` (its test endpoint)."""
    urllib.request.urlopen(urllib.request.Request(
        f"{base}/users/{urllib.parse.quote(sub)}/revoke-tokens", data=b"", method="POST"))
