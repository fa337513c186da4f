"""The controls of "gefördert, nicht im Monitor": fund, Förderperiode, minimum total cost,
grouping per beneficiary and order, starting from the large ones (foerderlisten.selection)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.foerderlisten.periods import PERIODS, period_label
from dashboard.foerderlisten.selection import (
    DEFAULT_MIN_AMOUNT,
    MIN_AMOUNTS,
    SORTS,
    OpSelection,
    Selected,
)
from dashboard.formatting import fmt_eur_short
from dashboard.texts import t

# widget key = the URL parameter it is kept in (bind="query-params"): a copied link shows the
# same selection; a value at its default leaves the URL
KEYS = {"funds": "fonds", "periods": "periode", "min": "ab", "group": "je_beguenstigtem",
        "sort": "sortierung"}


def selection_controls(funds: list[str]) -> OpSelection:
    """The person's choice (every widget has a key; the defaults show the large ones first)."""
    a, b, c = st.columns(3)
    chosen_funds = a.multiselect(t("fl.sel.funds"), sorted(funds), key=KEYS["funds"], bind="query-params")
    periods = b.multiselect(t("fl.sel.periods"), list(PERIODS), format_func=period_label,
                            key=KEYS["periods"], help=t("fl.sel.help"),
                            bind="query-params")
    amount = c.select_slider(t("fl.sel.min"), list(MIN_AMOUNTS), value=DEFAULT_MIN_AMOUNT,
                             format_func=fmt_eur_short, key=KEYS["min"],
                             bind="query-params")
    d, e = st.columns(2)
    grouped = d.toggle(t("fl.sel.group"), key=KEYS["group"], bind="query-params")
    sort = e.selectbox(t("fl.sel.sort"), list(SORTS), format_func=lambda s: t(f"fl.sel.sort.{s}"),
                       key=KEYS["sort"], bind="query-params")
    return OpSelection(tuple(chosen_funds), tuple(periods), float(amount), grouped, sort)


def groups_table(selected: Selected) -> pd.DataFrame:
    """One row per beneficiary (names of natural persons hidden before grouping)."""
    g = selected.rows
    return pd.DataFrame({t("fl.t.beneficiary"): g["beneficiary"], t("fl.t.operations"): g["operations"],
                         t("fl.t.sum"): g["amount"], t("fl.t.largest"): g["largest"],
                         t("fl.t.funds"): g["funds"], t("fl.t.lands"): g["lands"]})
