"""Data age (issue 18): five weeks after the newest change, the pages say how old the data
are, and the Veränderungen page starts from a day that shows the last changes there were
instead of an empty page. The fixture's data end on DEMO_AS_OF (2026-11-01); the clock is
set 36 days later."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard import clock
from dashboard.analytics.changes import change_events, data_age, default_since, resolve_since
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_date
from dashboard.store.gateway import Database
from tests.conftest import DEMO_AS_OF

LATER = DEMO_AS_OF + timedelta(days=36)  # 07.12.2026
NOTICE = "Letzte Änderung der Daten am 01.11.2026 – 36 Tage her"


def _infos(at) -> list[str]:
    return [i.value for i in at.info]


def test_data_age_of_the_fixture(demo_db):
    age = data_age(demo_db, LATER)
    assert age.newest_change == DEMO_AS_OF
    assert age.days == 36 and age.is_old()
    assert not data_age(demo_db, DEMO_AS_OF + timedelta(days=30)).is_old()
    # the default period: the 30 days up to the newest change, and it is not empty
    since = resolve_since(demo_db, LATER)
    assert since == default_since(LATER, age) == DEMO_AS_OF - timedelta(days=30)
    assert len(change_events(demo_db, Filters(), since, LATER)) > 0
    # the old default (30 days before today) shows nothing: the reason for all this
    assert change_events(demo_db, Filters(), LATER - timedelta(days=30), LATER).empty
    assert age.starting_days() == {"newest": DEMO_AS_OF}  # no meeting saved, no import yet


def test_starting_days_leave_out_repeats_and_the_future():
    from dashboard.analytics.changes import DataAge

    age = DataAge(date(2026, 12, 7), newest_change=date(2026, 11, 1),
                  last_import=date(2026, 11, 1), last_meeting=date(2026, 12, 24))
    assert age.starting_days() == {"import": date(2026, 11, 1)}
    assert DataAge(date(2026, 12, 7), None, None, None).days is None
    assert not DataAge(date(2026, 12, 7), None, None, None).is_old()


@pytest.mark.parametrize("page", ["app_pages/changes.py", "app_pages/overview.py",
                                  "app_pages/pipeline.py", "app_pages/finance.py",
                                  "app_pages/impact.py"])
def test_pages_say_how_old_the_data_are(make_app, writable_db_path, page):
    with clock.fixed(LATER):
        at = make_app(writable_db_path, page=page)
    assert not at.exception
    assert any(NOTICE in text for text in _infos(at)), _infos(at)


def test_pages_say_nothing_while_the_data_are_fresh(make_app, writable_db_path):
    with clock.fixed(DEMO_AS_OF + timedelta(days=3)):
        at = make_app(writable_db_path, page="app_pages/changes.py")
    assert not at.exception
    assert not [i for i in _infos(at) if "Letzte Änderung der Daten" in i]


def test_changes_page_with_old_data_is_not_empty(make_app, demo_db_path, writable_db_path):
    with clock.fixed(LATER):
        at = make_app(writable_db_path, page="app_pages/changes.py")
        assert not at.exception
        since = DEMO_AS_OF - timedelta(days=30)
        assert at.date_input(key="changes_since").value == since
        assert any(f"beginnt deshalb am {fmt_date(since)}" in i for i in _infos(at))
        new = next(m for m in at.metric if m.label.startswith("Neue Projekte"))
        # counted on the identical original: the app holds its copy read-write
        with Database.open_existing(demo_db_path, read_only=True) as db:
            events = change_events(db, Filters(), since, LATER)
        assert int(new.value.replace(".", "")) == int((events["kind"] == "neu").sum()) > 0
        # the newest change is offered as a starting day, and choosing it shows that day
        at.button(key="changes_use_newest").click().run()
        assert at.date_input(key="changes_since").value == DEMO_AS_OF
        assert not at.exception


def test_stalled_and_waiting_say_their_day(demo_db):
    from dashboard.store.reference import read_taxonomy
    from dashboard.views import build

    taxonomy = read_taxonomy(demo_db)
    for key in ("stalled_projects", "longest_waiting"):
        view = build(key, demo_db, Filters(), taxonomy, today=LATER)
        assert "07.12.2026" in view.explanation, (key, view.explanation)


def test_briefing_stand_says_the_age(demo_db):
    from dashboard.briefing.content import stand_line

    assert stand_line(demo_db, LATER) == f"Stand: 07.12.2026 · {NOTICE}."
    assert stand_line(demo_db, DEMO_AS_OF) == "Stand: 01.11.2026"
