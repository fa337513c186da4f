"""Who is calling the API: nobody in particular (no Authorization header: the public part), or
the actor of a bearer token of the identity provider st.login uses, resolved to role and
Fachnetzwerke exactly as the app resolves a login (dashboard.access.resolve: [access] claims
mapping and aliases, else the user table).

A request that sends credentials never silently falls back to the public data: an unknown,
expired or revoked token is a 401, a valid token without a role a 403, a provider that does
not answer a 503. Without [auth] there is no provider to ask: a bearer token is a 401 ("Anmeldung
ist nicht eingerichtet"); the local-admin rule of the UI (bound to 127.0.0.1) does not apply to
the API."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dashboard.access import Actor
from dashboard.api.tokens import InvalidToken, ProviderUnavailable, TokenVerifier
from dashboard.texts import t

_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 § 2.1: what a bearer token may be


class Refused(Exception):
    """The request's credentials are refused: status, German message, extra headers."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, dict(headers or {})


def _invalid(description: str) -> dict[str, str]:
    return {"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{description}"'}


@dataclass
class Authenticator:
    """`verifiers`: one per configured provider (none: login not configured); `resolve`:
    claims -> Actor or None (no role), the app's own resolution."""

    verifiers: Sequence[TokenVerifier] = ()
    resolve: Callable[[Mapping[str, Any]], Actor | None] = field(default=lambda claims: None)
    contact: str = ""

    def claims(self, token: str) -> Mapping[str, Any]:
        unavailable = None
        for verifier in self.verifiers:
            try:
                return verifier.claims(token)
            except InvalidToken:
                continue
            except ProviderUnavailable as exc:
                unavailable = exc
        if unavailable is not None:
            raise Refused(503, t("api.auth.unavailable"), {"Retry-After": "30"})
        raise Refused(401, t("api.auth.invalid"), _invalid("token unknown or expired"))

    def actor(self, headers: Mapping[str, str]) -> Actor | None:
        header = headers.get("authorization")
        if header is None:
            return None
        if not self.verifiers:
            raise Refused(401, t("api.auth.not_configured"), _invalid("login not configured"))
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.casefold() != "bearer" or not _B64TOKEN.fullmatch(token):
            raise Refused(401, t("api.auth.malformed"),
                          {"WWW-Authenticate": 'Bearer error="invalid_request"'})
        actor = self.resolve(self.claims(token))
        if actor is None:
            raise Refused(403, t("api.auth.no_role", contact=self.contact
                                 or t("api.auth.ask_default")))
        return actor


NOBODY = Authenticator()  # login not configured


def actor_from_request(headers: Mapping[str, str],
                       authenticator: Authenticator = NOBODY) -> Actor | None:
    """The authenticated actor of a request, or None = public (no Authorization header).
    Raises Refused for credentials that are not accepted."""
    return authenticator.actor(headers)
