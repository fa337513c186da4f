"""AppTest helpers: run app.py against a given database file, with fresh Streamlit caches."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_app(monkeypatch):
    """make_app(db_path, page=None, query=None) -> AppTest that has run once."""
    def _make(db_path: Path, page: str | None = None, query: dict | None = None,
              timeout: float = 30) -> AppTest:
        monkeypatch.setenv("DASHBOARD_DB", str(db_path))
        st.cache_resource.clear()
        st.cache_data.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
        for key, value in (query or {}).items():
            at.query_params[key] = value
        at.run()
        if page:
            at.switch_page(page)
            at.run()
        return at

    yield _make
    st.cache_resource.clear()
    st.cache_data.clear()


def decode_typed_arrays(node):
    """Plotly 7 ships arrays as {'dtype', 'bdata'[, 'shape']}; turn them back into lists."""
    import base64

    import numpy as np

    if isinstance(node, dict):
        if "bdata" in node and "dtype" in node:
            arr = np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"])
            if "shape" in node:
                shape = node["shape"]
                shape = [int(x) for x in shape.split(",")] if isinstance(shape, str) else shape
                arr = arr.reshape(shape)
            return arr.tolist()
        return {k: decode_typed_arrays(v) for k, v in node.items()}
    if isinstance(node, list):
        return [decode_typed_arrays(v) for v in node]
    return node


def chart_specs(at: AppTest) -> list[dict]:
    """The plotly figure specs (as plain dicts with lists) an AppTest run drew."""
    import json

    return [decode_typed_arrays(json.loads(el.proto.spec)) for el in at.get("plotly_chart")]


def open_tab(at: AppTest, label: str) -> AppTest:
    """Open a tab of ui.components.lazy_tabs (bound to ?ansicht=) and rerun: only the open
    tab's content runs."""
    at.session_state["ansicht"] = label
    at.run()
    return at


def shown(markdown: str) -> str:
    """The text a reader sees for a Markdown source the app wrote: user text is escaped with
    backslashes (ui.safe.md), an invisible word joiner keeps addresses from becoming links, and
    no-break spaces keep figures with their units."""
    import re

    return re.sub(r"\\(.)", r"\1", markdown).replace("\u00a0", " ").replace("\u2060", "")


# roles in the running app: [auth] secrets and a logged-in st.user (no provider is called)
AUTH = {"redirect_uri": "http://127.0.0.1:1/oauth2callback", "cookie_secret": "x" * 32,
        "client_id": "c", "client_secret": "s",
        "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration"}
ACCESS = {"groups_claim": "groups", "contact": "Referat 23 (admin@smr.example)",
          "groups": {"sw-admin": "administration", "sw-leitung": "leitung"}}


@pytest.fixture
def as_user(make_app, writable_db_path, monkeypatch):
    def _open(groups, email="person@sas.example", page=None):
        import streamlit as st
        from streamlit.testing.v1 import AppTest

        monkeypatch.setenv("DASHBOARD_DB", str(writable_db_path))
        st.cache_resource.clear()
        st.cache_data.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        at.secrets["auth"] = AUTH
        at.secrets["access"] = ACCESS
        at.user = {"is_logged_in": True, "email": email, "sub": email, "groups": groups,
                   "iat": 1}
        at.run()
        if page:
            at.switch_page(page)
            at.run()
        return at
    return _open


def open_address(at, url_path: str):
    """Open a page by its address, as a direct link does (a forbidden page is registered
    under its address only; AppTest.switch_page matches files)."""
    from streamlit.util import calc_hash

    at._page_hash = calc_hash(url_path)  # st.Page's hash of its url_path
    return at.run()
