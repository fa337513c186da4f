"""Freed memory handed back to the operating system between the import's steps: glibc keeps
freed heap pages for reuse, and the next step's objects rarely fit the holes the last one
left, so a 200.000-row dry run's peak was ~150 MB of freed memory (issue 19)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


@functools.cache
def _trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to trim
        return None


def trim() -> None:
    """Return the free pages of every heap arena (malloc_trim; a few ms, no collection)."""
    release = _trim()
    if release is not None:
        release(0)
