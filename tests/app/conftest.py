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
