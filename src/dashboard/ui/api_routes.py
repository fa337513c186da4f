"""The open-data API routes bound to this process's database and reference data: the same
cached connection the pages use (ui/resources.py), so the API is no second DuckDB process."""

from __future__ import annotations

from starlette.routing import Route

from dashboard import config
from dashboard.api.http import routes as api_routes


# ui.resources is imported on the first request, after st.App has started the runtime: its
# st.cache_data functions then find the runtime's cache (imported at launcher scope they would
# be checked against a temporary one and log "No runtime found")
def _database():
    from dashboard.ui.resources import database

    return database()


def _taxonomy():
    from dashboard.ui.resources import taxonomy

    return taxonomy()


def routes() -> list[Route]:
    """The /api/v1/ routes for st.App (serve.py)."""
    return api_routes(_database, _taxonomy, rate_per_minute=config.api_rate_per_minute())
