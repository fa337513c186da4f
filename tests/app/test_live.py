"""The live watcher's bookkeeping (ui/live.py) without a server: who is woken, how often, and
who is forgotten. The rerun itself is tested on a real server (tests/e2e/test_presentation_live_e2e.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dashboard.ui import live


@pytest.fixture
def woken(monkeypatch):
    """Sessions the watcher reruns; a session named "gone*" is closed (rerun fails)."""
    calls: list[str] = []

    def rerun(session_id, entry):
        calls.append(session_id)
        return not session_id.startswith("gone")

    monkeypatch.setattr(live, "_rerun", rerun)
    monkeypatch.setattr(live, "_follows", {})
    return calls


def _follow(session_id: str, db, shown, wake_at=None) -> None:
    live._follows[session_id] = live.Follow(db, shown, wake_at, page="p", query="")


def test_a_commit_wakes_each_following_session_once(woken):
    db = SimpleNamespace(data_version=1)
    _follow("a", db, shown=1)
    _follow("frozen", db, shown=None)
    _follow("gone", db, shown=1)
    assert live.check(now=0.0) == 0 and woken == []
    db.data_version = 2
    assert live.check(now=0.0) == 1
    assert sorted(woken) == ["a", "gone"]
    assert set(live.following()) == {"a", "frozen"}  # the closed session is forgotten
    assert live.check(now=0.0) == 0  # woken once: the rerun asks again for the next commit
    _follow("a", db, shown=2)
    db.data_version = 3
    assert live.check(now=0.0) == 1 and woken.count("a") == 2


def test_the_wake_up_time_wakes_without_a_commit(woken):
    db = SimpleNamespace(data_version=1)
    _follow("auto", db, shown=None, wake_at=100.0)
    assert live.check(now=99.0) == 0
    assert live.check(now=100.0) == 1 and woken == ["auto"]
    assert live.check(now=200.0) == 0


def test_nobody_to_rerun_outside_a_served_session():
    assert live.follow(SimpleNamespace(data_version=1), shown=1) is False


def test_a_session_whose_database_is_gone_is_forgotten_without_a_word(woken, caplog):
    """A follower whose database was closed (a test's app, a stopped server) made the watcher
    log "Live-Aktualisierung fehlgeschlagen" every 0,2 s into every later test's log."""
    class Closed:
        @property
        def data_version(self):
            raise RuntimeError("closed")

    _follow("old", Closed(), shown=1)
    _follow("a", SimpleNamespace(data_version=2), shown=1)
    assert live.check(now=0.0) == 1 and woken == ["a"]
    assert "old" not in live.following() and not caplog.records
