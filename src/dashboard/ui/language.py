"""The language switch: German by default, English with ?lang=en in the address, a choice in the
sidebar. Like the filters (ui/filters.py), the session remembers the choice and puts it back
into the URL on every page, so a shared link opens in the same language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard import i18n
from dashboard.texts import t

URL_KEY = "lang"
STATE = "lang"  # the session's language (survives pages where the switch is not drawn)
WIDGET = "lang_switch"
# each language named in itself: a reader who cannot read the other one still finds theirs
NAMES = {"de": "Deutsch", "en": "English"}


def _session_language() -> str | None:
    """The session's language for code that runs before apply() in a run (widget callbacks);
    None outside a script run (a download built by the server, the CLI)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    if get_script_run_ctx(suppress_warning=True) is None:
        return None
    return st.session_state.get(STATE)


def apply() -> str:
    """Set the language of this run (call first in every run and fragment): the session's
    choice; on the session's first run the URL's (?lang=en; anything else is German)."""
    i18n.set_fallback(_session_language)  # for widget callbacks, which run before this
    if STATE not in st.session_state:
        st.session_state[STATE] = i18n.normalise(st.query_params.get(URL_KEY))
    return i18n.set_language(st.session_state[STATE])


def _chosen() -> None:
    choice = st.session_state.get(WIDGET)
    if choice in NAMES:  # clicking the active segment again deselects it: keep the language
        st.session_state[STATE] = choice


def switch() -> None:
    """The switch in the sidebar; the URL follows (?lang=en; no parameter for German)."""
    current = st.session_state.get(STATE, i18n.DEFAULT)
    st.session_state[WIDGET] = current
    st.sidebar.segmented_control(t("lang.label"), options=list(NAMES), format_func=NAMES.get,
                                 key=WIDGET, on_change=_chosen, help=t("lang.help"))
    if current == i18n.DEFAULT:
        if URL_KEY in st.query_params:
            del st.query_params[URL_KEY]
    elif st.query_params.get(URL_KEY) != current:
        st.query_params[URL_KEY] = current


def keeping_language(func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """`func(*args)` for later (a download built on click, maybe in another thread), in the
    language of this run."""
    code = i18n.language()

    def call() -> Any:
        with i18n.using(code):
            return func(*args)

    return call


def project_link(project_id: object) -> str:
    """The relative address of a project on the Projekte page, in this run's language (a link
    opened in a new tab starts a new session, which reads the language from the address)."""
    from urllib.parse import quote

    suffix = "" if i18n.language() == i18n.DEFAULT else f"&{URL_KEY}={i18n.language()}"
    return f"projekte?projekt={quote(str(project_id))}{suffix}"


# the project ID shown for a project_link (LinkColumn display_text)
PROJECT_ID_IN_LINK = r"projekt=([^&]*)"


def date_format() -> str:
    """Date columns of tables as fmt_date writes dates (31.12.2025 / 31 Dec 2025)."""
    return "DD.MM.YYYY" if i18n.language() == i18n.DEFAULT else "D MMM YYYY"


# An empty date field shows its format as letters. Streamlit 1.67 draws the field in "en-US"
# whatever the page's language, with no parameter for them ("dd.mm.yyyy"); each empty part's
# letters are replaced by ours (date.placeholder: "TT.MM.JJJJ"); a typed figure shows as is.
_PLACEHOLDER_PART = ('[data-testid="stDateInputField"] [role="spinbutton"][data-placeholder="true"]'
                     '[data-type="%s"]')


def date_placeholder_style() -> str:
    """<style> that writes the empty date fields' letters in the page's language."""
    order = ("year", "month", "day") if date_input_format().startswith("Y") \
        else ("day", "month", "year")
    parts = dict(zip(order, t("date.placeholder").replace("-", ".").split("."), strict=True))
    rules = [f"{_PLACEHOLDER_PART % kind} {{font-size: 0 !important;}}\n"
             f"{_PLACEHOLDER_PART % kind}::after {{content: \"{letters}\"; font-size: 0.875rem;}}"
             for kind, letters in parts.items()]
    return "<style>\n" + "\n".join(rules) + "\n</style>"


def date_input_format() -> str:
    """Date fields: st.date_input offers no month names, so English dates there are ISO
    (2025-12-31), which nobody misreads."""
    return "DD.MM.YYYY" if i18n.language() == i18n.DEFAULT else "YYYY-MM-DD"
