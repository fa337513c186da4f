"""The reader's shortcuts give exactly what the full parsers give."""

from __future__ import annotations

import random

import pytest

from dashboard.ingest.parse import text_column as _text_column
from dashboard.ingest.values import amount_value, parse_amount, parse_text

AMOUNTS = [0.0, -0.0, 1e9, "1.250.000,00 €", "85,5", " 7.000,10 EUR ", "12 Euro",
           "1.250 €"]
# more than two decimal places (a notice names the rounding) or, in T€/Mio. €, "1.250" (an
# error names both readings): always the full parser's (issue 19)
FULL_PARSER = [0.005, 1.005, 2.675, 123456.785, "0,015", "1.234.567,895"]


@pytest.mark.parametrize("scale", [1.0, 1000.0, 1e6])
def test_amount_shortcut_matches_parse_amount(scale):
    rng = random.Random(7)
    cells = AMOUNTS + [rng.randrange(5 * 10**8) / 100 for _ in range(300)] + [
        f"{rng.randrange(10**7):,}".replace(",", ".") + f",{rng.randrange(100):02d} €" for _ in range(300)]
    decided = 0
    for raw in cells:
        value = amount_value(raw, scale)
        if value is not None:
            decided += 1
            assert value == parse_amount(raw, scale).value, raw
    assert decided == len(cells)  # all of these are common cells
    for raw in (-1.0, float("nan"), "-5", "1,25 Mio. €", "85 T€", "abc", True, 3, *FULL_PARSER,
                rng.uniform(0, 5e6)):
        assert amount_value(raw, scale) is None  # the full parser decides
    for raw in FULL_PARSER:  # in T€ or Mio. € three decimals are whole euros
        assert (parse_amount(raw, scale).notice is not None) is (scale == 1.0), raw
    # a float's binary tail is no decimal place: 0.30000000000000004 is 0,3 as Excel shows it
    assert parse_amount(0.1 * 3, scale) == parse_amount(0.3, scale)
    ambiguous = parse_amount("1.250", scale)
    assert (ambiguous.error is None) is (scale == 1.0)
    assert amount_value("1.250", scale) == (1250.0 if scale == 1.0 else None)


def test_text_shortcut_only_when_every_cell_is_plain():
    long = ["  Wärmenetz Weißwasser ", "Vorhaben 12345"]
    assert _text_column(long) == [parse_text(v).value for v in long]
    assert _text_column([*long, "k. A."]) is None       # an empty mark: the parser decides
    assert _text_column([*long, "#WERT! xyz"]) is None  # an Excel error: the parser decides
