"""The open-data API routes bound to this process's database and reference data: the same
cached connection the pages use (ui/resources.py), so the API is no second DuckDB process.
Bearer tokens are checked against the provider of [auth] in the secrets (the one st.login
uses) and resolved to an actor the way ui/auth.py resolves a login."""

from __future__ import annotations

import threading

from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from dashboard import config
from dashboard.api.access import NOBODY, Authenticator
from dashboard.api.http import routes as api_routes
from dashboard.api.tokens import TokenVerifier, metadata_urls


# ui.resources is imported on the first request, after st.App has started the runtime: its
# st.cache_data functions then find the runtime's cache (imported at launcher scope they would
# be checked against a temporary one and log "No runtime found")
def _database():
    from dashboard.ui.resources import database

    return database()


def _taxonomy():
    from dashboard.ui.resources import taxonomy

    return taxonomy()


def _resolve(claims):
    """Claims -> Actor with the app's [access] mapping, aliases and user table (ui/auth.py)."""
    from dashboard.access.resolve import network_aliases, resolve
    from dashboard.access.users import lookup
    from dashboard.ui.auth import access_config

    return resolve(claims, access_config(), network_aliases(_taxonomy().networks),
                   lambda identity: lookup(_database(), identity))


class _Lazy:
    """The Authenticator, built on the first request (the secrets are read then) and kept."""

    def __init__(self):
        self._built: Authenticator | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Authenticator:
        with self._lock:
            if self._built is None:
                self._built = self._build()
            return self._built

    @staticmethod
    def _build() -> Authenticator:
        import streamlit as st

        from dashboard.ui.auth import access_config, auth_configured

        if not auth_configured():
            return NOBODY
        urls = metadata_urls(dict(st.secrets["auth"]))
        return Authenticator([TokenVerifier(url) for url in urls], _resolve,
                             access_config().contact)


def routes() -> list[Route]:
    """The /api/v1/ routes for st.App (serve.py), and the page redirects."""
    return [*api_routes(_database, _taxonomy, rate_per_minute=config.api_rate_per_minute(),
                        authenticator=_Lazy()), *page_redirects()]


def page_redirects() -> list[Route]:
    """/uebersicht (the Übersicht's name, as a person types it or an old link has it) leads to
    the root, where Streamlit serves the default page; without this Streamlit answered with its
    English "Page not found". Relative, so it works behind a proxy's path prefix too."""
    def to_root(request: Request) -> RedirectResponse:
        query = request.url.query
        return RedirectResponse("./" + (f"?{query}" if query else ""), status_code=307)

    return [Route("/uebersicht", to_root)]
