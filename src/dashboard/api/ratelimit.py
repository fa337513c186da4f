"""A request-rate limit per client: a token bucket per address, refilled continuously.

Kept in the object the API routes are built with (one per server process), never in a module
global. The client is an address (api.client): behind a reverse proxy listed in
$DASHBOARD_TRUSTED_PROXIES the one the proxy reports, else the connection's own (README)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """At most `per_minute` requests per client and minute, with bursts up to `per_minute`."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = 10_000):
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, at)
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """0 when the request may pass (and is counted), else the seconds until it may."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * self._rate)
            if tokens >= 1.0:
                self._remember(client, (tokens - 1.0, now))
                return 0.0
            self._remember(client, (tokens, now))
            return (1.0 - tokens) / self._rate

    def _remember(self, client: str, state: tuple[float, float]) -> None:
        if client not in self._buckets and len(self._buckets) >= self._max_clients:
            # full buckets carry no information: forget them first (bounded memory)
            now = self._clock()
            full = [c for c, (tok, at) in self._buckets.items()
                    if tok + (now - at) * self._rate >= self.per_minute]
            for c in full or list(self._buckets)[: len(self._buckets) // 2]:
                del self._buckets[c]
        self._buckets[client] = state
