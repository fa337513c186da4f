"""The key figures are defined once in SQL (store/sql/kpi_figures.sql): the figures of today
(Übersicht, `stats`, API) and of a past day (Veränderungen, from events and from stays) include
that one definition and count nothing themselves."""

from __future__ import annotations

import re

import pytest

from dashboard.store.gateway import named_sql

USERS = ("kpis", "changes_kpis_at", "changes_kpis_at_stays")


@pytest.mark.parametrize("name", USERS)
def test_each_key_figure_query_includes_the_one_definition(name):
    raw = named_sql.__wrapped__("kpi_figures")  # the definition itself
    from importlib import resources

    own = resources.files("dashboard.store").joinpath("sql", f"{name}.sql").read_text("utf-8")
    assert "-- @include kpi_figures" in own
    assert not re.search(r"count\(|sum\(", own), "eigene Kennzahlen neben kpi_figures.sql"
    assert raw.strip() in named_sql(name)


def test_a_missing_query_file_fails_loudly():
    with pytest.raises(FileNotFoundError):
        named_sql.__wrapped__("kpis_probe_missing")


def test_today_and_a_past_day_equal_to_today_agree(demo_db):
    """At the fixture's day the past-day figures are today's (every stage event lies before)."""
    from dashboard import clock
    from dashboard.analytics.changes import kpis_at
    from dashboard.analytics.overview import kpis
    from dashboard.domain.filters import Filters

    now, then = kpis(demo_db, Filters()), kpis_at(demo_db, Filters(), clock.today())
    for key in ("projects", "in_review", "granted", "exited", "requested_eur"):
        assert now[key] == then[key], key
