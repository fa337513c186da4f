"""Paths and settings, read from the environment when asked for (never at import time)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "strukturwandel.duckdb"
DEFAULT_REFERENCE_DIR = PROJECT_ROOT / "data" / "reference"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The database file (db_target); for a PostgreSQL store its local stand-in."""
    target = db_target(explicit)
    return local_stand_in(target) if is_shared(target) else Path(target)


def db_target(explicit: str | os.PathLike | None = None) -> str:
    """Where the data live: a file path (the embedded DuckDB, the default) or a PostgreSQL
    address `postgresql://…` (several replicas share it): an explicit value, else $DASHBOARD_DB,
    else `url` in the [database] section of the secrets, else data/strukturwandel.duckdb."""
    if explicit:
        return str(explicit)
    if os.environ.get("DASHBOARD_DB"):
        return os.environ["DASHBOARD_DB"]
    import tomllib

    for path in secrets_files():
        try:
            url = tomllib.loads(path.read_text(encoding="utf-8")).get("database", {}).get("url")
        except (OSError, ValueError):
            continue
        if url:
            return str(url)
    return str(DEFAULT_DB)


def is_shared(target: str) -> bool:
    """True when the target is a PostgreSQL address rather than a file."""
    return target.startswith(("postgresql://", "postgres://"))


def local_stand_in(target: str) -> Path:
    """For a PostgreSQL store: the local name beside which this replica keeps its archive of
    uploads and its noted audit heads ($DASHBOARD_DATA_DIR, else data/), `<database>.postgres`."""
    from urllib.parse import urlsplit

    name = (urlsplit(target).path.strip("/") or "postgres").replace("/", "_")
    folder = Path(os.environ.get("DASHBOARD_DATA_DIR") or PROJECT_ROOT / "data")
    return folder / f"{name}.postgres"


def reference_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The folder of editable reference CSV files ($DASHBOARD_REFERENCE overrides)."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("DASHBOARD_REFERENCE") or DEFAULT_REFERENCE_DIR)


def archive_dir(db: Path) -> Path:
    """Uploaded originals are kept beside the database file."""
    return db.parent / f"{db.stem}_archiv"


def audit_heads_file(db: Path) -> Path:
    """The audit chain's heads are noted beside the database file, one JSON line per commit."""
    return db.parent / f"{db.stem}_kopf.jsonl"


def stale_after_days() -> int:
    """Data of a Fachnetzwerk counts as outdated after this many days ($DASHBOARD_STALE_DAYS)."""
    return int(os.environ.get("DASHBOARD_STALE_DAYS", "60"))


def allow_remote_without_login() -> bool:
    """$DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN=1: serve other addresses although no [auth] login
    is configured (everybody who reaches the port then has full rights)."""
    return os.environ.get("DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN", "").strip().lower() in (
        "1", "true", "ja", "yes")


def secrets_files() -> list[Path]:
    """Where Streamlit looks for secrets (the project's file and the user's)."""
    return [PROJECT_ROOT / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"]


def login_configured(files: list[Path] | None = None) -> bool:
    """True when a secrets file has an [auth] section (Streamlit's OIDC login)."""
    import tomllib

    for path in files if files is not None else secrets_files():
        try:
            if "auth" in tomllib.loads(path.read_text(encoding="utf-8")):
                return True
        except (OSError, ValueError):
            continue
    return False


def serve_address(files: list[Path] | None = None) -> str:
    """The address `make run` binds: all interfaces with login (or the explicit setting),
    else 127.0.0.1 only."""
    if login_configured(files) or allow_remote_without_login():
        return "0.0.0.0"  # login is configured, or the operator asked for it
    return "127.0.0.1"


def api_rate_per_minute() -> int:
    """Requests per minute one client may make to the open-data API ($DASHBOARD_API_RATE)."""
    return max(1, int(os.environ.get("DASHBOARD_API_RATE", "120")))


def trusted_proxies() -> list[str]:
    """Proxy addresses whose X-Forwarded-For the API's rate limit believes
    ($DASHBOARD_TRUSTED_PROXIES: IPs or CIDRs, comma-separated; default none)."""
    return [p for p in os.environ.get("DASHBOARD_TRUSTED_PROXIES", "").split(",") if p.strip()]


def server_forwarded_trust() -> list[str]:
    """Whose X-Forwarded-For the web server under `streamlit run` (uvicorn) itself applies
    ($FORWARDED_ALLOW_IPS, uvicorn's own setting; unset it means 127.0.0.1 and ::1)."""
    return os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",")


def accessibility_contact() -> str | None:
    """Where people report accessibility barriers ($DASHBOARD_A11Y_CONTACT: e-mail or URL)."""
    return os.environ.get("DASHBOARD_A11Y_CONTACT") or None
