"""What every page shares: the database check, the filter bar, navigation, error boundary."""

from __future__ import annotations

import streamlit as st

from dashboard import config, i18n
from dashboard.formatting import fmt_date
from dashboard.store.gateway import DatabaseError
from dashboard.texts import t
from dashboard.ui import a11y, language, resources
from dashboard.ui.auth import login_gate
from dashboard.ui.components import TILE_ROW_STYLE
from dashboard.ui.filters import filter_bar


def run(pages: dict) -> None:
    """Show the navigation and run the chosen page; no traceback ever reaches a user."""
    from dashboard.ui.navigation import restrict

    language.switch()  # before the login: whoever signs in reads it in their language
    actor = login_gate()
    # every page listed: collapsed, Streamlit hides all after the tenth under "View more"
    navigation = st.navigation(restrict(pages, actor), expanded=True)
    # only <style>: takes no space on the page
    st.html(TILE_ROW_STYLE + a11y.STYLE + language.date_placeholder_style())
    with st.sidebar:  # <html lang> and repairs of Streamlit's markup (ui/a11y.py)
        st.html(a11y.script(i18n.language(), t("importer.upload_button"),
                            t("importer.upload_remove", file="{file}"),
                            t("importer.upload_other")),
                unsafe_allow_javascript=True, width="content")
    try:
        db = resources.database()
    except DatabaseError as exc:
        path = config.db_path()
        missing = not config.is_shared(config.db_target()) and not path.exists()
        message = t("app.no_db", path=path) if missing else t("app.db_error", message=exc)
        st.error(message, icon=":material/error:")
        st.stop()
    if getattr(db, "connected", True) is False:   # a replica whose PostgreSQL is away
        st.warning(t("app.store_offline"), icon=":material/cloud_off:")
    st.session_state["filters"] = filters = filter_bar(resources.taxonomy())
    # the presentation shows its filters as chips; Protokoll and Administration show no projects
    if navigation.url_path not in (PRESENTATION, "protokoll", "administration"):
        filter_notes(filters)
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


PRESENTATION = "praesentation"


def filter_notes(filters) -> None:
    """On every page: which filters are active (one line), link values that were ignored, and
    a period that ends before it starts — said, not hidden."""
    from dashboard.texts.filters import LABELS, describe
    from dashboard.ui.safe import md

    dropped = st.session_state.pop("filters_dropped", None)
    if dropped:
        labels = {**LABELS, "period_from": "filter.von", "period_to": "filter.bis"}
        names = "; ".join(f"{t(labels[field])}: „{value}“" for field, value in dropped)
        st.warning(md(t("filter.dropped", values=names)), icon=":material/link_off:")
    if filters.period_reversed():
        st.warning(t("filter.reversed", von=fmt_date(filters.period_from),
                     bis=fmt_date(filters.period_to)), icon=":material/date_range:")
    with st.container(key="active_filters"):
        st.caption(md(t("filter.active", summary=describe(filters, resources.taxonomy()))
                      if not filters.is_empty() else t("filter.none")))


def page_start(texts: str, *, empty: str = "overview.empty"):
    """Title and caption of a page (text keys `<texts>.title`, `<texts>.caption`); with no
    project in the filtered selection a sentence instead of the page (the run stops there).
    Returns the filters of this run."""
    from dashboard.analytics.overview import kpis
    from dashboard.ui.components import empty_state
    from dashboard.ui.resources import load

    filters = current_filters()
    st.title(t(f"{texts}.title"))
    st.caption(t(f"{texts}.caption"))
    if load(kpis, filters)["projects"] == 0:
        empty_state(t(empty))
        st.stop()
    return filters


def current_filters():
    """The filter selection of this run (set by the shell before the page runs)."""
    from dashboard.domain.filters import Filters

    return st.session_state.get("filters") or Filters()
