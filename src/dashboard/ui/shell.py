"""What every page shares: the database check, the filter bar, navigation, error boundary."""

from __future__ import annotations

import streamlit as st

from dashboard import config
from dashboard.store.gateway import DatabaseError
from dashboard.ui import resources
from dashboard.ui.auth import login_gate
from dashboard.ui.filters import filter_bar
from dashboard.ui.texts import t


def run(pages: dict) -> None:
    """Show the navigation and run the chosen page; no traceback ever reaches a user."""
    login_gate()
    navigation = st.navigation(pages)
    _dismiss_false_page_not_found(pages)
    try:
        resources.database()
    except DatabaseError as exc:
        path = config.db_path()
        message = t("app.no_db", path=path) if not path.exists() else t("app.db_error", message=exc)
        st.error(message, icon=":material/error:")
        st.stop()
    st.session_state["filters"] = filter_bar(resources.taxonomy())
    try:
        navigation.run()
    except DatabaseError as exc:
        st.error(t("app.db_error", message=exc), icon=":material/error:")
    except Exception as exc:
        if type(exc).__module__.startswith("streamlit"):
            raise  # st.stop / rerun / page switch signals
        import logging

        logging.getLogger("dashboard").exception("Seite fehlgeschlagen")
        st.error(t("app.unexpected", kind=type(exc).__name__), icon=":material/error:")


_DISMISS_SCRIPT = """
<script>
(() => {
  const known = new Set(%s);
  const path = window.location.pathname.split("/").filter(Boolean).pop() || "";
  if (!known.has(path)) return;  // a really unknown address keeps Streamlit's message
  const close = () => document.querySelectorAll("[role='dialog']").forEach((d) => {
    const title = d.querySelector("h2");
    if (title && title.textContent.trim() === "Page not found") d.querySelector("button")?.click();
  });
  const observer = new MutationObserver(close);
  observer.observe(document.body, {childList: true, subtree: true});
  close();
  setTimeout(() => observer.disconnect(), 15000);
})();
</script>
"""


def _dismiss_false_page_not_found(pages: dict) -> None:
    """Streamlit 1.67 (headless) shows "Page not found" on the first load of a deep link even
    though it then runs the right page (upstream issues 8860/9992). On the first run of a
    session, close that message when the address is one of our pages."""
    if st.session_state.get("_deep_link_checked"):
        return
    st.session_state["_deep_link_checked"] = True
    import json

    paths = [page.url_path for section in pages.values() for page in section if page.url_path]
    with st.container(key="deep_link_fix", height=1, border=False):
        st.html(_DISMISS_SCRIPT % json.dumps(paths), unsafe_allow_javascript=True)


def current_filters():
    """The filter selection of this run (set by the shell before the page runs)."""
    from dashboard.domain.filters import Filters

    return st.session_state.get("filters") or Filters()
