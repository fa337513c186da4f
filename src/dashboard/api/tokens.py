"""Bearer tokens of API callers, checked against the identity provider that st.login uses
([auth] in the secrets): its discovery document (server_metadata_url) names the userinfo
endpoint, which answers a valid access token with the caller's claims and refuses any other.

Answers are kept per token for `ttl` seconds (bounded; only a hash of the token is kept), so a
burst of requests asks the provider once; a revoked token therefore works for at most `ttl`
seconds more. Every call to the provider has a timeout of a few seconds."""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.error
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any


class InvalidToken(Exception):
    """The provider does not know the token (unknown, expired, revoked, malformed)."""


class ProviderUnavailable(Exception):
    """The provider could not be asked (timeout, no answer, unexpected answer)."""


def metadata_urls(auth: Mapping[str, Any] | None) -> list[str]:
    """The server_metadata_url of Streamlit's [auth] section and of its named providers
    ([auth.<name>]), default first; empty when login is not configured."""
    if not auth:
        return []
    found = [str(auth["server_metadata_url"])] if auth.get("server_metadata_url") else []
    for value in auth.values():
        if isinstance(value, Mapping) and value.get("server_metadata_url"):
            found.append(str(value["server_metadata_url"]))
    return list(dict.fromkeys(found))


def _get_json(url: str, timeout: float, token: str | None = None) -> tuple[int, Any]:
    """(status, parsed JSON or None) of a GET; raises ProviderUnavailable when no answer."""
    if not url.startswith(("https://", "http://")):
        raise ProviderUnavailable(f"keine http(s)-Adresse: {url!r}")
    headers = {"Accept": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, body = response.status, response.read(1_000_000)
    except urllib.error.HTTPError as error:
        return error.code, None
    except (OSError, ValueError) as error:  # URLError, timeout, connection refused
        raise ProviderUnavailable(str(error)) from error
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


class TokenVerifier:
    """Claims of a bearer token from one provider's userinfo endpoint, cached per token."""

    def __init__(self, metadata_url: str, *, ttl: float = 60.0, timeout: float = 3.0,
                 max_entries: int = 1024, metadata_ttl: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic):
        self.metadata_url = metadata_url
        self.ttl, self.timeout, self.max_entries = ttl, timeout, max_entries
        self.metadata_ttl = metadata_ttl
        self.clock = clock
        self.provider_calls = 0  # userinfo requests sent (for tests and the bench)
        self._userinfo: tuple[float, str] | None = None
        self._cache: OrderedDict[str, tuple[float, dict | None]] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[str, threading.Lock] = {}

    def userinfo_endpoint(self) -> str:
        now = self.clock()
        if self._userinfo is not None and now < self._userinfo[0]:
            return self._userinfo[1]
        status, doc = _get_json(self.metadata_url, self.timeout)
        if status != 200 or not isinstance(doc, dict) or not doc.get("userinfo_endpoint"):
            raise ProviderUnavailable(f"Discovery-Dokument ohne userinfo_endpoint ({status})")
        self._userinfo = (now + self.metadata_ttl, str(doc["userinfo_endpoint"]))
        return self._userinfo[1]

    def claims(self, token: str) -> dict:
        """The caller's claims; InvalidToken or ProviderUnavailable otherwise."""
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        with self._lock:
            pending = self._pending.setdefault(key, threading.Lock())
        with pending:  # one question to the provider per token, however many wait for it
            found = self._cached(key)
            if found is None:
                found = self._ask(token)
                self._store(key, found)
        with self._lock:
            self._pending.pop(key, None)
        if found[1] is None:
            raise InvalidToken
        return dict(found[1])

    def _cached(self, key: str) -> tuple[float, dict | None] | None:
        with self._lock:
            found = self._cache.get(key)
            if found is None or self.clock() >= found[0]:
                self._cache.pop(key, None)
                return None
            return found

    def _store(self, key: str, found: tuple[float, dict | None]) -> None:
        with self._lock:
            self._cache[key] = found
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)

    def _ask(self, token: str) -> tuple[float, dict | None]:
        self.provider_calls += 1
        status, claims = _get_json(self.userinfo_endpoint(), self.timeout, token)
        until = self.clock() + self.ttl
        if status in (400, 401, 403):
            return until, None
        if status != 200 or not isinstance(claims, dict) or not claims.get("sub"):
            raise ProviderUnavailable(f"userinfo antwortet {status}")
        return until, claims
