"""Login (Streamlit's OIDC support, st.login, active when the secrets have [auth]) and the
actor of this session: role and Fachnetzwerke from the token's claims ([access] in the
secrets, see dashboard.access.resolve), else from the user table. A logged-in identity with no
mapping sees one sentence naming whom to ask, and nothing else. Without [auth]: single-user
local mode with full rights and a banner (the server then listens on 127.0.0.1 only)."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard.access import Actor
from dashboard.access.model import LOCAL_IDENTITY
from dashboard.access.resolve import AccessConfig, network_aliases, resolve
from dashboard.texts import t

LOCAL_USER = LOCAL_IDENTITY
_ACTOR = "_access_actor"  # session cache: (identity, data version) -> Actor | None


def auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


@st.cache_resource(show_spinner=False)
def _config(section: tuple) -> AccessConfig:
    return AccessConfig.from_mapping(dict(section))


def access_config() -> AccessConfig:
    try:
        section = st.secrets.get("access") or {}
    except Exception:  # noqa: BLE001 - no secrets file
        section = {}
    return _config(tuple(sorted((k, _frozen(v)) for k, v in dict(section).items())))


def _frozen(value):
    if hasattr(value, "items"):
        return tuple(sorted((k, _frozen(v)) for k, v in dict(value).items()))
    return value


def current_actor() -> Actor | None:
    """Who acts in this session; None when logged in without a role (or not logged in)."""
    if not auth_configured():
        return Actor.local()
    if not st.user.is_logged_in:
        return None
    from dashboard.access.users import lookup
    from dashboard.ui import resources

    claims = st.user.to_dict()
    key = (claims.get("sub"), claims.get("email"), resources.data_version())
    cached = st.session_state.get(_ACTOR)
    if cached is not None and cached[0] == key:
        return cached[1]
    actor = resolve(claims, access_config(),
                    _aliases(resources.taxonomy(), resources.data_version()),
                    lambda identity: lookup(resources.database(), identity))
    st.session_state[_ACTOR] = (key, actor)
    return actor


@st.cache_resource(show_spinner=False, max_entries=4)
def _aliases(_taxonomy, version: int = 0) -> dict[str, str]:
    return network_aliases(_taxonomy.networks)


def current_user() -> str | None:
    """The acting identity (e-mail, `lokal (ohne Anmeldung)`); None without a role."""
    actor = current_actor()
    return actor.identity if actor is not None else None


def where(page: str) -> str:
    """The audit log's "from where" of a page."""
    return f"page:{page}"


def _audit_session(kind: str, actor: Actor, **extra) -> None:
    from dashboard.audit import record
    from dashboard.ui import resources

    try:
        record(resources.database(), actor, kind,
               {"role": actor.role.value, "source": actor.source,
                "networks": actor.to_json()["networks"], **extra}, where("anmeldung"))
    except Exception:  # a failed log line must not lock anybody out
        logging.getLogger("dashboard").exception("Anmeldung nicht protokolliert")


def _logout() -> None:
    actor = current_actor()
    if actor is not None:
        _audit_session("logout", actor)
    st.logout()


def login_gate() -> Actor:
    """Stop the run with a login screen (login configured, nobody logged in) or with the
    no-role sentence; otherwise return the actor and show who it is in the sidebar."""
    if not auth_configured():
        _local_only()
        # a banner of its own (not st.warning: alerts on the page are findings about the data)
        with st.sidebar, st.container(key="local_banner"):
            st.markdown(f":orange-background[:material/lock_open: {t('auth.local_banner')}]")
        return Actor.local()
    if not st.user.is_logged_in:
        with st.container(key="login_screen"):
            st.title(t("app.title"))
            st.write(t("auth.please_login"))
            st.button(t("auth.login"), key="login_button", on_click=st.login, type="primary")
        st.stop()
    actor = current_actor()
    if actor is None:
        contact = access_config().contact or t("auth.ask_default")
        with st.container(key="no_role"):
            st.write(t("auth.no_role", user=st.user.get("email") or st.user.get("sub") or "",
                       contact=contact))
            st.button(t("auth.logout"), key="logout_button", on_click=st.logout)
        st.stop()
    marker = (actor.identity, st.user.get("iat"))
    if st.session_state.get("_access_login") != marker:  # once per login, not per rerun
        st.session_state["_access_login"] = marker
        if not _seen_login(actor, marker[1]):
            _audit_session("login", actor, iat=None if marker[1] is None else str(marker[1]))
    with st.sidebar:
        st.caption(t("auth.logged_in_as_role", user=actor.identity, role=actor.role.label,
                     scope=actor.scope_label))
        st.button(t("auth.logout"), key="logout_button", on_click=_logout)
    return actor


def _local_only() -> None:
    """Without login only this machine may use the app (also when the server was started on
    another address by hand), unless DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN says otherwise."""
    from dashboard import config

    ip = st.context.ip_address
    if ip is None or ip in ("127.0.0.1", "::1") or ip.startswith("127.") or \
            config.allow_remote_without_login():
        return
    st.error(t("auth.remote_refused"), icon=":material/block:")
    st.stop()


def _seen_login(actor: Actor, issued_at) -> bool:
    """A new browser tab of the same login is not a new login (same token issue time)."""
    from dashboard.ui import resources

    if issued_at is None:
        return False
    return bool(resources.database().scalar("audit_login_seen", [actor.identity,
                                                                 str(issued_at)]))
