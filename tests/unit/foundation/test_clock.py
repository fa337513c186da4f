"""One clock (issue 18): no module but dashboard.clock reads the wall clock for a date, and
everything the product records or counts from follows that clock."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from dashboard import clock
from dashboard.audit.log import record
from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.store.gateway import Database

ROOT = Path(__file__).resolve().parents[3]
# a read of the calendar (durations use time.monotonic / perf_counter and are fine)
WALL_CLOCK = re.compile(
    r"\bdate\.today\(|\bdatetime\.(now|today|utcnow)\(|\btime\.time\(\)|\btime\.localtime\("
    r"|\bpd\.Timestamp\.(now|today|utcnow)\(|\bTimestamp\.(now|today)\(|\bnp\.datetime64\(['\"]now"
    r"|\bcurrent_timestamp\b|\bcurrent_date\b|\bnow\(\)|\bget_current_timestamp\(|\btoday\(\)",
    re.IGNORECASE)
ALLOWED_SQL = re.compile(r"^src/dashboard/store/sql/migrations/00\d_")  # history, altered by 010


def _sources() -> list[Path]:
    files = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("src").rglob("*.sql"),
             *ROOT.joinpath("app_pages").rglob("*.py"), ROOT / "app.py", ROOT / "serve.py"]
    return sorted(files)


def _offences(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).as_posix()
    if rel == "src/dashboard/clock.py" or ALLOWED_SQL.match(rel):
        return []
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("--")[0] if path.suffix == ".sql" else line.split("#")[0]
        for m in WALL_CLOCK.finditer(code):
            if m.group(0).lower() == "today()" and re.search(r"clock\.today\(\)", code):
                continue
            found.append(f"{rel}:{number}: {line.strip()}")
    return found


def test_no_wall_clock_outside_the_clock_module():
    offences = [o for path in _sources() for o in _offences(path)]
    assert not offences, "Wanduhr gelesen außerhalb von dashboard.clock:\n" + "\n".join(offences)


def test_the_scan_finds_every_form_it_forbids(tmp_path):
    """The check above can fail: each forbidden form in a probe file is found."""
    probes = ["x = date.today()", "x = datetime.now()", "x = datetime.now(UTC)",
              "t = time.time()", "x = pd.Timestamp.now()", "x = datetime.utcnow()",
              "SELECT current_timestamp", "SELECT now()", "SELECT current_date"]
    for probe in probes:
        assert WALL_CLOCK.search(probe), probe
    for fine in ("start = time.monotonic()", "x = clock.today()", "t0 = time.perf_counter()"):
        assert not [m for m in WALL_CLOCK.finditer(fine)
                    if not re.search(r"clock\.today\(\)", fine)], fine


def test_fixed_day_from_the_environment(monkeypatch):
    monkeypatch.setenv(clock.ENV, "2038-12-31")
    assert clock.today() == date(2038, 12, 31)
    assert clock.now().tzinfo is clock.TZ and clock.now().date() == date(2038, 12, 31)
    assert clock.now_local().tzinfo is None and clock.now_local().date() == date(2038, 12, 31)
    with clock.fixed(date(2039, 1, 2)):
        assert clock.today() == date(2039, 1, 2)
    assert clock.today() == date(2038, 12, 31)
    monkeypatch.setenv(clock.ENV, "31.12.2038")
    with pytest.raises(ValueError, match="JJJJ-MM-TT"):
        clock.today()


def test_the_day_is_berlin_not_utc(monkeypatch):
    """At 23:30 UTC on 31 December it is already 1 January in Berlin."""
    monkeypatch.delenv(clock.ENV, raising=False)

    class Late(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 12, 31, 23, 30, tzinfo=UTC).astimezone(tz)

    monkeypatch.setattr(clock, "datetime", Late)
    assert clock.today() == date(2027, 1, 1)
    assert clock.now_utc() == datetime(2026, 12, 31, 23, 30)


@pytest.mark.parametrize("hour", [0, 12, 23])
def test_recorded_times_follow_the_clock(tmp_path, monkeypatch, hour):
    """Times the database records (import batch, audit) are the clock's, stored in UTC and read
    as Berlin days (at 00:30 in Berlin it is still the day before in UTC: this test failed on
    a clean clone run after midnight), and no column of the schema defaults to the database's
    own wall clock."""
    from dashboard.analytics.changes import data_age
    from dashboard.ingest.service import run_import
    from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

    class AtHour(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 12, 8, hour, 30, tzinfo=clock.TZ).astimezone(tz)

    monkeypatch.setattr(clock, "datetime", AtHour)
    path = tmp_path / "clock.duckdb"
    with clock.fixed(date(2031, 5, 5)):
        init_database(path, reference_dir(), demo=True, size=30, seed=3, as_of=date(2031, 5, 1))
        with Database.open_existing(path) as db:
            record(db, "test", "setting", {"probe": 1}, "cli")
            assert run_import(db, xlsx_bytes([good_record(project_id="UHR-1")]), "uhr.xlsx",
                              user="test").committed
            age = data_age(db, date(2031, 5, 5))
    berlin = "((x AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin')::DATE"
    with Database.open_existing(path, read_only=True) as db:
        created = db.scalar(f"SELECT min({berlin.replace('x', 'created_at')}) FROM import_batch")
        audited = db.scalar(f"SELECT max({berlin.replace('x', 'recorded_at')}) FROM audit_log")
        defaults = db.query("SELECT table_name, column_name, column_default "
                            "FROM information_schema.columns "
                            "WHERE lower(column_default) LIKE '%current_timestamp%' "
                            "OR lower(column_default) LIKE '%now()%'").df
    assert pd.Timestamp(created).date() == pd.Timestamp(audited).date() == date(2031, 5, 5)
    assert defaults.empty, defaults.to_string()
    assert age.last_import == date(2031, 5, 5), age
