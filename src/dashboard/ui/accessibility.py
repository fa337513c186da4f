"""The page Barrierefreiheit (app_pages/accessibility.py): the accessibility statement (BITV 2.0
§ 7): compliance, method, what the app does, known gaps, how to report barriers, enforcement."""

from __future__ import annotations

import streamlit as st

from dashboard import config
from dashboard.formatting import fmt_date
from dashboard.texts import t
from dashboard.texts.barrierefreiheit import STATEMENT_DAY
from dashboard.ui.safe import md

SECTIONS = ("status", "method", "done", "gaps")  # the statement's parts before the feedback


def accessibility_page() -> None:
    """The statement, with the contact for barriers from the settings (or a warning without)."""
    st.title(t("a11y.title"))
    st.caption(t("a11y.caption"))
    st.markdown(t("a11y.intro"))
    for section in SECTIONS:
        values = {"date": fmt_date(STATEMENT_DAY)} if section == "method" else {}
        st.header(t(f"a11y.{section}.header"))
        st.markdown(t(f"a11y.{section}", **values))

    st.header(t("a11y.feedback.header"))
    contact = config.accessibility_contact()
    if contact:
        st.markdown(t("a11y.feedback"))
        with st.container(key="a11y_contact"):
            st.markdown(f"**{md(contact)}**")
    else:
        st.warning(t("a11y.feedback.missing"), icon=":material/contact_support:")

    st.header(t("a11y.enforcement.header"))
    st.markdown(t("a11y.enforcement"))
    st.caption(t("a11y.date", date=fmt_date(STATEMENT_DAY)))
