"""Results shared between the views of one page: computed once per (open database, data
version, key) and kept for a few keys per database (the oldest set is dropped when full)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from dashboard.i18n import language
from dashboard.store.gateway import Database


class PerDatabase:
    """A memo per open database; an import (new data version) makes old entries unreachable."""

    def __init__(self, kept: int):
        self._memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._kept = kept

    def get(self, db: Database, key: tuple, compute: Callable[[], Any]) -> Any:
        memo = self._memo.setdefault(db, {})
        # results may hold sentences: a session in English must not get the German ones
        key = (db.data_version, language(), *key)
        if key not in memo:
            if len(memo) >= self._kept:
                memo.clear()
            memo[key] = compute()
        return memo[key]

    def clear(self) -> None:
        self._memo.clear()
