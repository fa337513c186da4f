"""Login with Streamlit's OIDC support (st.login), active when the secrets have [auth].

With [auth] every page needs a login (project data in review is not public) and the import
records the user's e-mail. Without it (local demo, a laptop in a workshop) everybody may read
and imports are recorded as LOCAL_USER."""

from __future__ import annotations

import streamlit as st

from dashboard.ui.texts import t

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


def login_gate() -> None:
    """Stop the run with a login screen when login is configured and nobody is logged in;
    otherwise show who is logged in, with a logout button, in the sidebar."""
    if not auth_configured():
        return
    if not st.user.is_logged_in:
        with st.container(key="login_screen"):
            st.title(t("app.title"))
            st.write(t("auth.please_login"))
            st.button(t("auth.login"), key="login_button", on_click=st.login, type="primary")
        st.stop()
    with st.sidebar:
        st.caption(t("auth.logged_in_as", user=current_user()))
        st.button(t("auth.logout"), key="logout_button", on_click=st.logout)
