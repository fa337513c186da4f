"""The one clock: "today" and "now" for the whole product, in Europe/Berlin (where the users
live; a day begins at midnight there, not in UTC).

Every other module asks here; a test (tests/unit/foundation/test_clock.py) fails when
`date.today()`, `datetime.now()` or `time.time()` appears anywhere else in `src/`.

$DASHBOARD_TODAY=YYYY-MM-DD fixes the day for this process and every process it starts (the
test suite sets it to the fixture's day; a briefing can be made again as of a past day). The
time of day keeps running on a fixed day, so records made one after another keep their order.
Durations (timeouts, rate limits, benchmarks) are not dates: they use time.monotonic().
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Berlin")
ENV = "DASHBOARD_TODAY"


def fixed_day() -> date | None:
    """The day set by $DASHBOARD_TODAY, or None when the clock follows the calendar."""
    raw = os.environ.get("DASHBOARD_TODAY", "").strip()  # = ENV
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"{ENV}={raw!r} ist kein Datum (JJJJ-MM-TT)") from exc


def now() -> datetime:
    """This moment in Berlin (timezone-aware); on a fixed day, that day at the current time."""
    moment = datetime.now(TZ)
    day = fixed_day()
    if day is not None:
        moment = moment.replace(year=day.year, month=day.month, day=day.day)
    return moment


def today() -> date:
    """Today in Berlin (or the fixed day)."""
    return now().date()


def now_utc() -> datetime:
    """This moment as naive UTC, the form stored in the database's TIMESTAMP columns."""
    return now().astimezone(UTC).replace(tzinfo=None)


def now_local() -> datetime:
    """This moment as naive Berlin time, for what a person reads ("Stand 07.12.2026, 14:05 Uhr")."""
    return now().replace(tzinfo=None)


@contextmanager
def fixed(day: date | None) -> Iterator[None]:
    """Run a block on `day` (None: on the calendar's day); processes started inside inherit it."""
    before = os.environ.get(ENV)
    if day is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = day.isoformat()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before
