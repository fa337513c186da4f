"""The Finanzen page's pieces: tiles from the table the pace chart draws (a tile equals its
chart), and the analyses in tabs."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import clock
from dashboard.analytics.finance import DIMENSIONS, pace_summary
from dashboard.formatting import fmt_eur, fmt_pct
from dashboard.texts import t
from dashboard.ui.components import (
    data_age_notice,
    keep_widget_state,
    lazy_tabs,
    tile,
    tile_row,
    view_block,
)
from dashboard.ui.resources import load, load_view
from dashboard.ui.safe import md

DIMENSION_KEY = "finanzen_dimension"


def pace_tiles(filters, today: date | None) -> None:
    """Per Revier with an InvKG envelope: the share bound today, from the table the line
    "bewilligt" of the pace chart is drawn from (analytics.finance.pace_summary)."""
    summary = load(pace_summary, filters, (today or clock.today()).year)
    if summary.empty:
        return
    with tile_row("finanzen"):
        for row in summary.itertuples():
            tile(t("finanzen.tile", revier=row.revier_name), fmt_pct(row.share),
                 help_text=t("finanzen.tile.help", committed=fmt_eur(row.committed_eur, 0),
                             envelope=fmt_eur(row.envelope_eur, 0),
                             years=f"{row.first_year}–{row.period_end}"),
                 key=f"finanzen_{row.revier_code}")


def finance_page(filters, *, today: date | None = None) -> None:
    """Tiles, then one analysis at a time: pace, envelopes per period, per year, breakdown."""
    today = today or clock.today()  # one day for the whole run (and part of every cache key)
    pace_tiles(filters, today)
    data_age_notice(today)
    if not filters.is_empty():
        st.caption(md(t("finanzen.filtered")))
    keep_widget_state(DIMENSION_KEY)
    shown, tab = lazy_tabs({"finance_pace": t("finanzen.tab.pace"),
                            "finance_envelope": t("finanzen.tab.envelope"),
                            "finance_years": t("finanzen.tab.years"),
                            "finance_breakdown": t("finanzen.tab.breakdown")})
    with tab:
        if shown == "finance_breakdown":
            dimension = st.radio(t("finanzen.dimension"), DIMENSIONS, key=DIMENSION_KEY,
                                 horizontal=True,
                                 format_func=lambda d: t(f"finanzen.dimension.{d}")) or DIMENSIONS[0]
            view_block(load_view(shown, filters, today=today, dimension=dimension))
        else:
            view_block(load_view(shown, filters, today=today))
