"""The active language (German or English) of the current run, without Streamlit.

Texts (texts), number and date formats (formatting.py), sentences (facts.py) and chart
separators (charts/style.py) all ask `language()`. The app sets it at the start of every page
run and of every fragment run (ui/language.py); everything else – the CLI, the briefing, tests –
gets German unless it says otherwise (`using("en")`).

Thread-local on purpose: Streamlit runs every session's script in its own thread, so two
browsers in two languages never see each other's setting; a thread that never set it (a
renderer thread, a CLI command) is German.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LANGUAGES = ("de", "en")
DEFAULT = "de"

_local = threading.local()
_fallback: Callable[[], str | None] | None = None


def normalise(language: object) -> str:
    """A known language code for `language` (case-insensitive), else German."""
    code = str(language or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT


def language() -> str:
    """The language of this thread's run: 'de' (default) or 'en'. A thread that set none asks
    the fallback (the app's: the session's choice, for widget callbacks that run before the
    page sets it), else it is German."""
    code = getattr(_local, "language", None)
    if code is None:
        code = _fallback() if _fallback is not None else None
    return code or DEFAULT


def set_fallback(resolver: Callable[[], str | None] | None) -> None:
    """Where a thread without a language of its own gets one (None: German)."""
    global _fallback
    _fallback = resolver


def set_language(language: object) -> str:
    """Make `language` (unknown -> German) the language of this thread; returns the code."""
    _local.language = normalise(language)
    return _local.language


@contextmanager
def using(code: object) -> Iterator[str]:
    """`with using("en"):` – English inside the block, the previous language after it."""
    before = getattr(_local, "language", None)
    try:
        yield set_language(code)
    finally:
        if before is None:
            del _local.language
        else:
            _local.language = before
