"""Login with Streamlit's OIDC support (st.login), when .streamlit/secrets.toml has [auth].

Without [auth] (local demo, tests of pages) everybody may read; writing pages show who the
change is recorded for (`lokal`)."""

from __future__ import annotations

import streamlit as st

LOCAL_USER = "lokal (ohne Anmeldung)"


def auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


def current_user() -> str | None:
    """E-mail (or name) of the logged-in user; LOCAL_USER when login is not configured."""
    if not auth_configured():
        return LOCAL_USER
    if not st.user.is_logged_in:
        return None
    return st.user.get("email") or st.user.get("name") or st.user.get("sub")
