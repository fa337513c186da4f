"""Calendar traps (issue 18): every view and every statement about it holds on the first and
last day of a quarter and of a year, long after the data end, after the funding period, and
in 2039. The fixture's data end on DEMO_AS_OF (2026-11-01); "today" is never before them."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.domain.filters import Filters
from dashboard.views import all_views
from tests.figure_rules import Context, check_view

DAYS = [date(2026, 12, 31),   # last day of a year
        date(2027, 1, 1),     # first day of a new year, no change in it yet
        date(2027, 4, 1),     # first day of a quarter
        date(2027, 12, 6),    # 400 days after the fixture
        date(2038, 12, 31),   # the last day of the InvKG funding period
        date(2039, 3, 1)]     # after it


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_view_and_its_statements_hold_on_the_day(demo_db, taxonomy, day):
    ctx = Context(demo_db, Filters(), taxonomy, day)
    problems = []
    for key in all_views():
        problems += check_view(key, ctx)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("day", [date(2027, 1, 1), date(2027, 12, 6)], ids=str)
def test_the_quarter_chart_reaches_todays_quarter(demo_db, taxonomy, day):
    """Quarters without any event up to today's are shown as 0 (they were left out: the chart
    ended with the data's last quarter and nobody saw that nothing happened since)."""
    view = all_views()["quarterly_activity"][1](demo_db, Filters(), taxonomy, today=day)
    current = pd.Timestamp(day).to_period("Q")
    assert view.data["Quartal"].iloc[-1].startswith(f"Q{current.quarter}/{current.year}")
    assert bool(view.data["laufend"].iloc[-1])
    after = pd.Timestamp(date(2026, 11, 2)).to_period("Q")
    quarters = len(pd.period_range(after, current, freq="Q"))
    tail = view.data.tail(quarters - 1)  # the quarters entirely after the data's end
    assert (tail[["neue Projekte", "Stufenwechsel", "Ausstiege"]] == 0).all().all()
