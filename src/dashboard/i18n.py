"""The active language (German or English) of the current run, without Streamlit.

Texts (ui/texts), number and date formats (formatting.py), sentences (facts.py) and chart
separators (charts/style.py) all ask `language()`. The app sets it at the start of every page
run and of every fragment run (ui/language.py); everything else – the CLI, the briefing, tests –
gets German unless it says otherwise (`using("en")`).

Thread-local on purpose: Streamlit runs every session's script in its own thread, so two
browsers in two languages never see each other's setting; a thread that never set it (a
renderer thread, a CLI command) is German.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

LANGUAGES = ("de", "en")
DEFAULT = "de"

_local = threading.local()


def normalise(language: object) -> str:
    """A known language code for `language` (case-insensitive), else German."""
    code = str(language or "").strip().lower()
    return code if code in LANGUAGES else DEFAULT


def language() -> str:
    """The language of this thread's run: 'de' (default) or 'en'."""
    return getattr(_local, "language", DEFAULT)


def set_language(language: object) -> str:
    """Make `language` (unknown -> German) the language of this thread; returns the code."""
    _local.language = normalise(language)
    return _local.language


@contextmanager
def using(code: object) -> Iterator[str]:
    """`with using("en"):` – English inside the block, the previous language after it."""
    before = language()
    try:
        yield set_language(code)
    finally:
        set_language(before)
