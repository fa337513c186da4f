"""German number, money and date formats (1.234.567,89 €; 31.12.2025), for every output."""

from __future__ import annotations

import math
from datetime import date, datetime


def _swap(text: str) -> str:
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_int(value: float | None) -> str:
    """1234567 -> '1.234.567'; missing -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return _swap(f"{round(value):,}")


def fmt_number(value: float | None, decimals: int = 1) -> str:
    if value is None or math.isnan(value):
        return "–"
    return _swap(f"{value:,.{decimals}f}")


def fmt_eur(value: float | None, decimals: int = 2) -> str:
    """1234567.891 -> '1.234.567,89 €'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return _swap(f"{value:,.{decimals}f}") + " €"


def fmt_eur_short(value: float | None) -> str:
    """Large sums for tiles: '1,23 Mrd. €', '456,7 Mio. €', '12.300 €'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if abs(value) >= 1e9:
        return _swap(f"{value / 1e9:,.2f}") + " Mrd. €"
    if abs(value) >= 1e6:
        return _swap(f"{value / 1e6:,.1f}") + " Mio. €"
    return fmt_eur(value, 0)


def fmt_pct(share: float | None, decimals: int = 1) -> str:
    """0.1234 -> '12,3 %'."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return _swap(f"{share * 100:,.{decimals}f}") + " %"


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return "–"
    return value.strftime("%d.%m.%Y")


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return "–"
    return value.strftime("%d.%m.%Y, %H:%M Uhr")
