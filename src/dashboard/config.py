"""Paths and settings, read from the environment when asked for (never at import time)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "strukturwandel.duckdb"
DEFAULT_REFERENCE_DIR = PROJECT_ROOT / "data" / "reference"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The database file: an explicit path, else $DASHBOARD_DB, else data/strukturwandel.duckdb."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("DASHBOARD_DB") or DEFAULT_DB)


def reference_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The folder of editable reference CSV files ($DASHBOARD_REFERENCE overrides)."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("DASHBOARD_REFERENCE") or DEFAULT_REFERENCE_DIR)


def archive_dir(db: Path) -> Path:
    """Uploaded originals are kept beside the database file."""
    return db.parent / f"{db.stem}_archiv"


def stale_after_days() -> int:
    """Data of a Fachnetzwerk counts as outdated after this many days ($DASHBOARD_STALE_DAYS)."""
    return int(os.environ.get("DASHBOARD_STALE_DAYS", "60"))


def api_rate_per_minute() -> int:
    """Requests per minute one client may make to the open-data API ($DASHBOARD_API_RATE)."""
    return max(1, int(os.environ.get("DASHBOARD_API_RATE", "120")))


def accessibility_contact() -> str | None:
    """Where people report accessibility barriers ($DASHBOARD_A11Y_CONTACT: e-mail or URL)."""
    return os.environ.get("DASHBOARD_A11Y_CONTACT") or None
