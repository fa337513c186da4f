"""Number, money and date formats of the active language (dashboard.i18n), for every output.

German (default): 1.234.567,89 € · 1,23 Mrd. € · 12,3 % · 31.12.2025 · 31.12.2025, 14:05 Uhr
English: €1,234,567.89 · €1.23 bn · 12.3% · 31 Dec 2025 · 31 Dec 2025, 14:05
English dates spell the month ("1 Dec 2026"): neither day-first nor month-first readers can
misread them, unlike 01/12/2026.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from dashboard.i18n import language

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _grouped(value: float, decimals: int) -> str:
    """`value` with thousands grouped and `decimals` places, in the language's separators."""
    text = f"{value:,.{decimals}f}"
    return text if language() == "en" else _swap(text)


def _swap(text: str) -> str:
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _euro(amount: str) -> str:
    """'1.234 €' (German) or '€1,234' (English, the sign before the symbol: '-€5')."""
    if language() != "en":
        return amount + " €"
    sign, digits = ("-", amount[1:]) if amount.startswith("-") else ("", amount)
    return f"{sign}€{digits}"


def fmt_int(value: float | None) -> str:
    """1234567 -> '1.234.567' ('1,234,567'); missing -> '–'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{round(value):,}"
    return text if language() == "en" else _swap(text)


def fmt_number(value: float | None, decimals: int = 1) -> str:
    if value is None or math.isnan(value):
        return "–"
    return _grouped(value, decimals)


def fmt_eur(value: float | None, decimals: int = 2) -> str:
    """1234567.891 -> '1.234.567,89 €' ('€1,234,567.89')."""
    if _missing(value):
        return "–"
    return _euro(_grouped(value, decimals))


def fmt_eur_short(value: float | None) -> str:
    """Large sums for tiles: '1,23 Mrd. €', '456,7 Mio. €', '12.300 €' ('€1.23 bn', '€456.7 m',
    '€12,300')."""
    if _missing(value):
        return "–"
    english = language() == "en"
    if abs(value) >= 1e9:
        amount = _grouped(value / 1e9, 2)
        return _euro(amount) + " bn" if english else amount + " Mrd. €"
    if abs(value) >= 1e6:
        amount = _grouped(value / 1e6, 1)
        return _euro(amount) + " m" if english else amount + " Mio. €"
    return fmt_eur(value, 0)


def fmt_eur_tick(value: float) -> str:
    """An axis tick in the words of the tiles, without trailing zeros: '0 €', '500 Mio. €',
    '1,5 Mrd. €' ('€0', '€500 m', '€1.5 bn')."""
    english = language() == "en"
    for unit, de, en in ((1e9, " Mrd. €", " bn"), (1e6, " Mio. €", " m")):
        if abs(value) >= unit:
            amount = _grouped(value / unit, _decimals(value / unit))
            return _euro(amount) + en if english else amount + de
    return fmt_eur(value, _decimals(value))


def _decimals(value: float) -> int:
    """The fewest places (at most 2) that write `value` exactly."""
    return next((d for d in (0, 1) if abs(round(value, d) - value) < 1e-9), 2)


def fmt_pct(share: float | None, decimals: int = 1) -> str:
    """0.1234 -> '12,3 %' ('12.3%')."""
    if _missing(share):
        return "–"
    return _grouped(share * 100, decimals) + ("%" if language() == "en" else " %")


def fmt_bytes(size: int) -> str:
    """A file's size: '812 Bytes', '5,5 KB', '12,3 MB' ('5.5 KB'); 1 KB = 1024 bytes, as the
    upload limit counts."""
    if size < 1024:
        return f"{fmt_int(size)} Bytes"
    kb = size / 1024
    return f"{_grouped(kb, 1)} KB" if kb < 1024 else f"{_grouped(kb / 1024, 1)} MB"


def fmt_date(value: date | datetime | None) -> str:
    """31.12.2025 ('31 Dec 2025')."""
    if value is None:
        return "–"
    if language() == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return value.strftime("%d.%m.%Y")


def fmt_day_month(value: date | datetime) -> str:
    """A day without the year: 31.12. ('31 Dec')."""
    if language() == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]}"
    return value.strftime("%d.%m.")


def fmt_datetime(value: datetime | None) -> str:
    """31.12.2025, 14:05 Uhr ('31 Dec 2025, 14:05')."""
    if value is None:
        return "–"
    if language() == "en":
        return f"{fmt_date(value)}, {value:%H:%M}"
    return value.strftime("%d.%m.%Y, %H:%M Uhr")
