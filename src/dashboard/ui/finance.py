"""The Finanzen page's pieces: tiles from the pace view (a tile equals its chart), and the
analyses in tabs."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.analytics.finance import DIMENSIONS
from dashboard.formatting import fmt_eur, fmt_pct
from dashboard.ui.components import keep_widget_state, lazy_tabs, tile, tile_row, view_block
from dashboard.ui.resources import load_view
from dashboard.ui.safe import md
from dashboard.ui.texts import t

DIMENSION_KEY = "finanzen_dimension"


def pace_tiles(view) -> None:
    """Per Revier with an InvKG envelope: the share bound today, from the same numbers as the
    line "bewilligt" of the pace chart."""
    if view.is_empty:
        return
    names = dict(zip(view.meta["table"]["revier_code"], view.meta["table"]["revier_name"],
                     strict=False))
    years = f"{view.meta['table']['year'].min()}–{max(p.period_end for p in view.meta['paces'].values())}"
    with tile_row("finanzen"):
        for code, p in view.meta["paces"].items():
            tile(t("finanzen.tile", revier=names[code]), fmt_pct(p.committed_eur / p.envelope_eur),
                 help_text=t("finanzen.tile.help", committed=fmt_eur(p.committed_eur, 0),
                             envelope=fmt_eur(p.envelope_eur, 0), years=years),
                 key=f"finanzen_{code}")


def finance_page(filters, *, today: date | None = None) -> None:
    """Tiles, then one analysis at a time: pace, envelopes per period, per year, breakdown."""
    pace = load_view("finance_pace", filters, today=today)
    pace_tiles(pace)
    if not filters.is_empty():
        st.caption(md(t("finanzen.filtered")))
    keep_widget_state(DIMENSION_KEY)
    shown, tab = lazy_tabs({"finance_pace": t("finanzen.tab.pace"),
                            "finance_envelope": t("finanzen.tab.envelope"),
                            "finance_years": t("finanzen.tab.years"),
                            "finance_breakdown": t("finanzen.tab.breakdown")})
    with tab:
        if shown == "finance_pace":
            view_block(pace)
        elif shown == "finance_breakdown":
            dimension = st.radio(t("finanzen.dimension"), DIMENSIONS, key=DIMENSION_KEY,
                                 horizontal=True,
                                 format_func=lambda d: t(f"finanzen.dimension.{d}")) or DIMENSIONS[0]
            view_block(load_view(shown, filters, today=today, dimension=dimension))
        else:
            view_block(load_view(shown, filters, today=today))
