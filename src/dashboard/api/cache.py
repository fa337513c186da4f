"""Finished API answers per (route, parameters, data version), bounded by size: the same
question between two imports is answered without asking the database again (at 100k public
projects an answer is ~90 MB of JSON and costs ~1 s to build; sending it costs ~0.2 s).
The data version grows with every committed write of this process (all writes go through it),
so an import or an opt-out makes every older answer unreachable; the oldest leave first."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import NamedTuple


class Answer(NamedTuple):
    body: bytes
    media_type: str
    etag: str
    headers: tuple[tuple[str, str], ...] = ()


def answer(body: bytes, media_type: str, **headers: str) -> Answer:
    """An answer with the ETag of its content."""
    return Answer(body, media_type, f'"{hashlib.sha256(body).hexdigest()[:32]}"',
                  tuple(headers.items()))


class AnswerCache:
    """Least recently used answers up to `max_bytes` in total (one answer larger than that is
    not kept)."""

    def __init__(self, max_bytes: int = 128 * 2**20):
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple, Answer] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Answer | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple, value: Answer) -> Answer:
        if len(value.body) > self.max_bytes:
            return value
        with self._lock:
            old = self._items.pop(key, None)
            self._size -= len(old.body) if old else 0
            self._items[key] = value
            self._size += len(value.body)
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped.body)
        return value
