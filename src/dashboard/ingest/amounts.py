"""Sums of money as people type them (a helper of step 3, ingest.parse): numbers in the
column's unit (a header "in T€" or "(Mio. €)"), "1.250.000,00 €", "1,5 Mio. €", "2 Mrd. €",
"85 T€". "1.250" in thousands, millions or billions is ambiguous: an error names both readings
(as the official-lists reader does for "3,000"), none is chosen. More than two decimal places
are rounded to cents with a notice naming the rounded amount: amounts Excel computed (a
funding rate times the cost) carry them, and refusing those would send people to edit
formulas for less than a cent; the notice keeps the change visible."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from dashboard import i18n
from dashboard.ingest.cells import NOTHING, Typed, is_blank, number_text
from dashboard.ingest.messages import as_shown, say
from dashboard.texts import sayable

MAX_AMOUNT = 1e16          # DECIMAL(18,2) holds less than 10^16
# a unit after the number: "Mio. €", "Mrd", "T€", "Tsd.€", "TEUR", "Millionen Euro", "€"
_AMOUNT_UNIT = re.compile(
    r"(?:(?P<mult>mrd|milliarden?|mio|mill|millionen?|tsd|tausend|t|k)\.?\s*)?"
    r"(?P<cur>€|eur|euro)?\s*$", re.IGNORECASE)
_FACTORS = {"mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mio": 1e6, "mill": 1e6,
            "million": 1e6, "millionen": 1e6, "tsd": 1e3, "tausend": 1e3, "t": 1e3, "k": 1e3}
_CURRENCY_FIRST = re.compile(r"^(€|eur|euro)\s*", re.IGNORECASE)
# "1.250" or "1,250" in thousands, millions or billions: 1,25 or 1.250 of them? (ask, never pick)
_ONE_GROUP = re.compile(r"^(\d{1,3})[.,](\d{3})$")
_CENT = Decimal("0.01")
_GERMAN_EUR = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?\s*(€|EUR|Euro)?\s*$")


_MAX_AMOUNT_TEXT = {"de": "9.999.999.999.999.999,99 €", "en": "€9,999,999,999,999,999.99"}


@sayable
def _max_amount_text() -> str:
    return _MAX_AMOUNT_TEXT[i18n.language()]


def _split_unit(text: str, scale: float) -> tuple[str, float]:
    """'1,5 Mio. €' -> ('1,5', 1e6); a cell without its own unit gets the column's scale."""
    text = _CURRENCY_FIRST.sub("", text.strip())
    m = _AMOUNT_UNIT.search(text)
    mult, cur = (m["mult"], m["cur"]) if m else (None, None)
    if not (mult or cur) or (mult and mult.casefold() in ("t", "k") and not cur):
        return text.strip(), scale  # "85 t" is no sum of money; "85 T€" is
    return text[: m.start()].strip(), _FACTORS[mult.casefold()] if mult else 1.0


def parse_amount(raw: Any, scale: float = 1.0) -> Typed:
    """Euro amounts: numeric cells (times the column's unit scale), '1.250.000,00 €',
    '1,25 Mio. €', '2 Mrd. €', '85 T€', '1250000'. Negative amounts are errors; '1.250' in
    thousands, millions or billions is ambiguous (an error naming both readings); more than
    two decimal places are rounded to cents with a notice."""
    if is_blank(raw):
        return NOTHING
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        return Typed(error=say("cell.not_amount", value=as_shown(raw)))
    if isinstance(raw, (int, float)):
        value, factor = float(raw), scale
        # the number as Excel shows it at most (15 digits), not the binary float's tail
        exact = _exact(f"{raw:.15g}")
    else:
        m = _GERMAN_EUR.match(raw)  # the common case, "1.250.000,00 €", without the slow path
        if m:
            text, factor = m[1] + ("," + m[2] if m[2] is not None else ""), 1.0 if m[3] else scale
            plain: str | None = m[1].replace(".", "") + "." + (m[2] or "0")
        else:
            text, factor = _split_unit(raw, scale)
            plain = number_text(text)
            if plain is None:
                return Typed(error=say("cell.not_amount_text", value=raw.strip()))
        if factor != 1.0 and (one := _ONE_GROUP.match(text.lstrip("+"))):
            return _ambiguous(raw, one, factor)
        value, exact = float(plain), _exact(plain)
    if value < 0:
        return Typed(error=say("cell.negative_amount", value=as_shown(raw)))
    value *= factor
    if not value < MAX_AMOUNT:  # also nan/inf
        return Typed(error=say("cell.huge_amount", value=as_shown(raw), limit=_max_amount_text()),
                      suggestion=say("cell.huge_amount_hint"))
    rounded = round(value, 2)
    if exact is not None and (exact * Decimal(int(factor))) % _CENT:
        from dashboard.formatting import fmt_eur

        return Typed(rounded, notice=say("cell.rounded", value=as_shown(raw),
                                         rounded=fmt_eur(rounded, 2)))
    return Typed(rounded)


def _exact(plain: str) -> Decimal | None:
    try:
        exact = Decimal(plain)
    except InvalidOperation:
        return None
    return exact if exact.is_finite() else None


_UNIT_KEYS = {1e3: "unit.thousand", 1e6: "unit.million", 1e9: "unit.billion"}


def _ambiguous(raw: str, one: re.Match, factor: float) -> Typed:
    """'1.250' in millions: 1,25 or 1.250 million? Both readings named, none chosen."""
    from dashboard.formatting import fmt_eur, fmt_number

    small = int(one[1]) + int(one[2]) / 1000
    big = int(one[1] + one[2])
    unit = say(_UNIT_KEYS.get(factor, "unit.thousand"))
    decimals = len(one[2].rstrip("0")) or 1
    return Typed(error=say("cell.ambiguous_amount", value=raw.strip(), unit=unit,
                           small=fmt_number(small, decimals), small_eur=fmt_eur(small * factor, 2),
                           big=fmt_number(big, 0), big_eur=fmt_eur(big * factor, 2)),
                 suggestion=say("cell.ambiguous_amount_hint", unit=unit,
                                small=fmt_number(small, decimals), big=fmt_number(big, 1)))


def amount_value(raw: Any, scale: float) -> float | None:
    """parse_amount's value for the common cells (a number >= 0 in whole cents, '1.250.000,00
    €') without the Typed wrapper; None when the full parser must decide (same arithmetic,
    same result): notices, errors and ambiguities are always the full parser's."""
    if raw.__class__ is float:
        value = raw * scale
        # the float nearest to a number in whole cents rounds to itself, and so does it times a
        # whole scale (1, 1000, ...): no notice to give
        return round(value, 2) if 0 <= value < MAX_AMOUNT and round(raw, 2) == raw else None
    if raw.__class__ is str and (m := _GERMAN_EUR.match(raw)):
        factor = 1.0 if m[3] else scale
        if m[2] is not None and len(m[2]) > 2 or factor != 1.0 and _ONE_GROUP.match(
                m[1] + ("," + m[2] if m[2] is not None else "")):
            return None
        value = float(m[1].replace(".", "") + "." + (m[2] or "0")) * factor
        return round(value, 2) if value < MAX_AMOUNT else None
    return None


