"""The token bucket: a burst up to the limit, refill over time, clients counted apart."""

from __future__ import annotations

from dashboard.api.params import parse_filters, parse_format
from dashboard.api.ratelimit import RateLimiter


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_refill_per_client():
    clock = Clock()
    limiter = RateLimiter(60, clock=clock)
    assert [limiter.check("a") for _ in range(60)] == [0.0] * 60
    wait = limiter.check("a")
    assert 0.9 < wait <= 1.0  # one request per second comes back
    assert limiter.check("b") == 0.0  # another client is not affected
    clock.now += 1.0
    assert limiter.check("a") == 0.0
    assert limiter.check("a") > 0


def test_memory_stays_bounded():
    clock = Clock()
    limiter = RateLimiter(10, clock=clock, max_clients=100)
    for i in range(1000):
        limiter.check(f"10.0.{i // 256}.{i % 256}")
    assert len(limiter._buckets) <= 100


def test_filters_parse_like_the_app_urls(demo_db):
    from dashboard.store.reference import read_taxonomy

    tax = read_taxonomy(demo_db)
    params = {"revier": ["LR", "MR"], "kreis": ["14626"], "von": ["2024-01-01"]}
    filters, invalid = parse_filters(lambda k: params.get(k, []), tax)
    assert invalid == []
    assert filters.reviere == ("LR", "MR") and filters.districts == ("14626",)
    assert filters.to_query_params() == {"revier": "LR,MR", "kreis": "14626", "von": "2024-01-01"}
    assert parse_format(["csv"]) == ("csv", [])
    assert parse_format(["CSV"])[1], "spelt as documented, like lang (issue 23.16)"
    assert parse_format([])[0] == "json"


def test_the_api_accepts_exactly_the_codes_the_filter_bar_offers(demo_db):
    from dashboard.analytics.filtering import allowed_codes
    from dashboard.store.reference import read_taxonomy
    from dashboard.texts.filters import options

    tax = read_taxonomy(demo_db)
    assert {k: set(v) for k, v in options(tax).items()} == allowed_codes(tax)


def test_the_answer_cache_is_bounded_and_keeps_the_most_recent():
    from dashboard.api.cache import AnswerCache, answer

    cache = AnswerCache(max_bytes=100)
    a, b, c = (answer(bytes([i]) * 40, "application/json") for i in range(3))
    cache.put(("a",), a)
    cache.put(("b",), b)
    assert cache.get(("a",)) is a  # a is now the most recent
    cache.put(("c",), c)  # 120 bytes > 100: the least recent (b) leaves
    assert cache.get(("b",)) is None and cache.get(("a",)) is a and cache.get(("c",)) is c
    big = answer(b"x" * 101, "text/csv")
    assert cache.put(("big",), big) is big and cache.get(("big",)) is None
    assert a.etag != b.etag and a.etag == answer(bytes([0]) * 40, "x").etag


def test_the_api_runs_without_streamlit():
    """Services below ui/: the API (and its CLI) import no Streamlit."""
    import subprocess
    import sys

    code = ("import sys, dashboard.api.http, dashboard.api.commands, dashboard.api.public; "
            "print('streamlit' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
