"""Bearer token -> claims -> actor against a real oidc-provider-mock started in the test:
valid, unknown, expired and revoked tokens, the per-token cache (one provider call per burst,
bounded, renewed after its time), the timeout, and no [auth]."""

from __future__ import annotations

import socket
import threading
import time
from datetime import timedelta

import pytest

from dashboard.access import ALL, Role
from dashboard.access.resolve import AccessConfig, network_aliases, resolve
from dashboard.api.access import NOBODY, Authenticator, Refused, actor_from_request
from dashboard.api.tokens import InvalidToken, ProviderUnavailable, TokenVerifier, metadata_urls
from dashboard.store.reference import read_taxonomy
from tests.unit.api15.oidc import access_token, provider, revoke

USERS = {"lr-en@sas.example": ["fn-LR-EN"], "admin@smr.example": ["sw-admin"],
         "leitung@smr.example": ["sw-leitung"], "niemand@sas.example": ["andere"]}
ACCESS = AccessConfig.from_mapping({"groups": {"sw-admin": "administration",
                                               "sw-leitung": "leitung"}})


@pytest.fixture(scope="module")
def idp():
    with provider(USERS) as base:
        yield base


def _verifier(base: str, **kwargs) -> TokenVerifier:
    return TokenVerifier(f"{base}/.well-known/openid-configuration", **kwargs)


def test_a_valid_token_gives_the_claims_and_a_burst_asks_the_provider_once(idp):
    token = access_token(idp, "lr-en@sas.example")
    verifier = _verifier(idp)
    results = []
    threads = [threading.Thread(target=lambda: results.append(verifier.claims(token)))
               for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert [r["groups"] for r in results] == [["fn-LR-EN"]] * 8
    assert results[0]["sub"] == results[0]["email"] == "lr-en@sas.example"
    assert verifier.provider_calls == 1


def test_the_cache_ends_after_its_time_and_keeps_no_more_than_its_bound(idp):
    now = [1000.0]
    verifier = _verifier(idp, ttl=60, max_entries=2, clock=lambda: now[0])
    tokens = [access_token(idp, "lr-en@sas.example") for _ in range(3)]
    for token in tokens:
        verifier.claims(token)
    assert verifier.provider_calls == 3 and len(verifier._cache) == 2
    verifier.claims(tokens[2])
    assert verifier.provider_calls == 3           # still fresh
    now[0] += 61
    verifier.claims(tokens[2])
    assert verifier.provider_calls == 4           # asked again after 60 s
    verifier.claims(tokens[0])                    # evicted earlier: asked again
    assert verifier.provider_calls == 5


def test_unknown_and_revoked_tokens_are_refused(idp):
    verifier = _verifier(idp)
    with pytest.raises(InvalidToken):
        verifier.claims("kein-gueltiges-token")
    with pytest.raises(InvalidToken):             # the refusal is cached too
        verifier.claims("kein-gueltiges-token")
    assert verifier.provider_calls == 1
    token = access_token(idp, "leitung@smr.example")
    cached = _verifier(idp)
    assert cached.claims(token)["groups"] == ["sw-leitung"]
    revoke(idp, "leitung@smr.example")
    with pytest.raises(InvalidToken):
        _verifier(idp).claims(token)
    # documented limit: a verifier that checked the token before keeps it for its ttl
    assert cached.claims(token)["sub"] == "leitung@smr.example"


def test_an_expired_token_is_refused():
    with provider(USERS, token_age=timedelta(seconds=1)) as base:
        token = access_token(base, "admin@smr.example")
        assert _verifier(base).claims(token)["groups"] == ["sw-admin"]
        time.sleep(1.5)
        with pytest.raises(InvalidToken):
            _verifier(base).claims(token)


def test_a_provider_that_does_not_answer_times_out():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)  # accepts connections, never answers
    try:
        verifier = TokenVerifier(f"http://127.0.0.1:{silent.getsockname()[1]}/.well-known/x",
                                 timeout=0.5)
        started = time.monotonic()
        with pytest.raises(ProviderUnavailable):
            verifier.claims("irgendein-token")
        assert time.monotonic() - started < 3
    finally:
        silent.close()


def test_metadata_urls_of_the_auth_section():
    assert metadata_urls(None) == [] and metadata_urls({}) == []
    assert metadata_urls({"server_metadata_url": "https://a/.well-known/openid-configuration",
                          "client_id": "x"}) == ["https://a/.well-known/openid-configuration"]
    assert metadata_urls({"cookie_secret": "s", "google": {"server_metadata_url": "https://g"},
                          "intern": {"server_metadata_url": "https://i"}}) == ["https://g",
                                                                               "https://i"]


def _authenticator(base: str, demo_db) -> Authenticator:
    aliases = network_aliases(read_taxonomy(demo_db).networks)
    return Authenticator([_verifier(base)],
                         lambda claims: resolve(claims, ACCESS, aliases, lambda i: None),
                         "Referat 23")


def test_the_token_becomes_the_actor_the_app_would_resolve(idp, demo_db):
    auth = _authenticator(idp, demo_db)
    manager = actor_from_request({"authorization": f"Bearer {access_token(idp, 'lr-en@sas.example')}"},
                                 auth)
    assert (manager.role, manager.networks, manager.source) == (
        Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")
    admin = actor_from_request({"authorization": f"bearer {access_token(idp, 'admin@smr.example')}"},
                               auth)
    assert (admin.role, admin.networks) == (Role.ADMINISTRATION, ALL)
    assert actor_from_request({}, auth) is None   # no header: public


@pytest.mark.parametrize("header, status, words", [
    ("Bearer kein-token", 401, "ungültig, abgelaufen oder widerrufen"),
    ("Basic YTpi", 401, "Bearer <Token>"),
    ("Bearer ", 401, "Bearer <Token>"),
    ("Bearer a b", 401, "Bearer <Token>"),
    ("Bearer t\u00f6ken", 401, "Bearer <Token>"),
    ("Bearer abc\x7f", 401, "Bearer <Token>"),
])
def test_refused_credentials_are_never_the_public_view(idp, demo_db, header, status, words):
    with pytest.raises(Refused) as refused:
        actor_from_request({"authorization": header}, _authenticator(idp, demo_db))
    assert refused.value.status == status and words in refused.value.message
    assert refused.value.headers["WWW-Authenticate"].startswith("Bearer error=")


def test_a_valid_token_without_a_role_is_forbidden(idp, demo_db):
    token = access_token(idp, "niemand@sas.example")
    with pytest.raises(Refused) as refused:
        actor_from_request({"authorization": f"Bearer {token}"}, _authenticator(idp, demo_db))
    assert refused.value.status == 403 and "Referat 23" in refused.value.message


def test_without_auth_a_token_is_refused_not_local_admin(idp):
    token = access_token(idp, "admin@smr.example")
    with pytest.raises(Refused) as refused:
        actor_from_request({"authorization": f"Bearer {token}"}, NOBODY)
    assert refused.value.status == 401
    assert refused.value.message.startswith("Anmeldung ist nicht eingerichtet")
    assert actor_from_request({}, NOBODY) is None
