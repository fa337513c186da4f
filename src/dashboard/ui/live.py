"""Live refresh without polling: one watcher thread per process notices a new data version (or
a wake-up time) and reruns only the sessions that asked for it. An idle page costs nothing.

Streamlit has no server push. The rerun goes the way Streamlit's own run-on-save goes: the
session's AppSession.request_rerun with the page and address of its last run, from a thread
outside the event loop, and no widget values (the server keeps them). A `run_every` fragment
cost 6–8 % of a core per open page instead (a script run and gc.collect(2) every 2 s)."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from typing import Any

log = logging.getLogger("dashboard")
CHECK_EVERY_S = 0.2  # reading an int: a commit reaches the sessions within this plus one run
PRUNE_EVERY = 150    # checks (30 s): forget sessions that were closed while nothing was due


@dataclass(frozen=True)
class Follow:
    """What one session waits for, and how to rerun it."""

    db: Any                   # store.gateway.Database: its data_version is read, nothing else
    shown: int | None         # the data version on screen; None: no rerun for new data
    wake_at: float | None     # time.monotonic() of a rerun regardless of data (auto-advance)
    page: str                 # page script hash of the run that asked
    query: str                # its query string (filters, language)
    context: Any = None       # its ContextInfo (time zone, locale, URL) or None


def due(follow: Follow, version: int, now: float) -> bool:
    """A newer commit than the one on screen, or the wake-up time has come."""
    return (follow.shown is not None and version != follow.shown) or (
        follow.wake_at is not None and now >= follow.wake_at)


_lock = threading.Lock()
_follows: dict[str, Follow] = {}  # session id -> what it waits for
_watcher: threading.Thread | None = None


def follow(db: Any, shown: int | None, wake_at: float | None = None) -> bool:
    """Rerun this session on this page once `db` has a data version other than `shown` (None:
    never for data) or at monotonic `wake_at`; each run of the page asks again. False outside
    a served session (AppTest, bare mode): there is nobody to rerun."""
    from streamlit import runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None or not runtime.exists():
        return False
    entry = Follow(db, shown, wake_at, ctx.page_script_hash, ctx.query_string, ctx.context_info)
    with _lock:
        _follows[ctx.session_id] = entry
        _start()
    return True


def following() -> dict[str, Follow]:
    """A copy of who waits for what (tests, the bench)."""
    with _lock:
        return dict(_follows)


def _start() -> None:
    global _watcher
    if _watcher is None or not _watcher.is_alive():
        _watcher = threading.Thread(target=_watch, name="dashboard-live", daemon=True)
        _watcher.start()


def _watch() -> None:
    """Runs while anybody is followed; the next follow() starts it again."""
    global _watcher
    checks = 0
    while True:
        time.sleep(CHECK_EVERY_S)
        checks += 1
        try:
            check(time.monotonic())
            if checks % PRUNE_EVERY == 0:
                prune()
        except Exception:  # the watcher must outlive one bad session
            log.exception("Live-Aktualisierung fehlgeschlagen")
        with _lock:
            if not _follows:  # nobody waits (e.g. every session closed): end quietly
                _watcher = None
                return


def prune() -> None:
    """Forget sessions that are closed or disconnected (a reconnect reruns and asks again)."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        with _lock:
            _follows.clear()
        return
    runtime = Runtime.instance()
    with _lock:
        for session_id in [s for s in _follows if not runtime.is_active_session(s)]:
            del _follows[session_id]


def check(now: float) -> int:
    """Rerun every session whose data or time has come; returns how many were rerun."""
    with _lock:
        waiting = list(_follows.items())
    woken = 0
    for session_id, entry in waiting:
        try:
            version = entry.db.data_version
        except Exception:  # noqa: BLE001 - its database is closed (server or test ended): forget it
            with _lock:
                _follows.pop(session_id, None)
            continue
        if not due(entry, version, now):
            continue
        with _lock:  # woken once: the rerun asks again; a newer request stays as it is
            if _follows.get(session_id) is entry:
                _follows[session_id] = replace(entry, shown=None, wake_at=None)
        if _rerun(session_id, entry):
            woken += 1
        else:
            with _lock:
                _follows.pop(session_id, None)
    return woken


def _rerun(session_id: str, entry: Follow) -> bool:
    """Rerun the session on the page it asked from; False if it is gone or elsewhere now."""
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.runtime import Runtime

    session = Runtime.instance().get_app_session(session_id)
    if session is None or session.page_script_hash != entry.page:
        return False
    state = ClientState(query_string=entry.query, page_script_hash=entry.page)
    if entry.context is not None:
        state.context_info.CopyFrom(entry.context)
    session.request_rerun(state)
    return True
