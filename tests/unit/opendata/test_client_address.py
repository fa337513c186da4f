"""The rate limit counts the real sender: X-Forwarded-For only from configured proxies
($DASHBOARD_TRUSTED_PROXIES), the right-most untrusted address of the chain. Over HTTP the API
runs in uvicorn as under `streamlit run` (which by default applies the header from 127.0.0.1
itself): rotating the header from an untrusted peer does not escape the limit."""

from __future__ import annotations

import logging
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest
import uvicorn
from starlette.applications import Starlette

from dashboard.api.client import UNCHECKED, Proxies, client_address, client_key
from dashboard.api.http import PREFIX, routes
from dashboard.store.reference import read_taxonomy

NONE = Proxies()
PROXY = Proxies.parse(["10.0.0.5"])
LOOPBACK = Proxies.parse(["127.0.0.1", "::1"])  # what uvicorn trusts when nothing is set


@pytest.mark.parametrize(("peer", "forwarded", "trusted", "expected"), [
    ("198.51.100.9", ["1.2.3.4"], NONE, "198.51.100.9"),            # no proxy configured
    ("127.0.0.1", ["1.2.3.4"], NONE, "127.0.0.1"),                  # local, untrusted
    ("198.51.100.9", ["1.2.3.4"], PROXY, "198.51.100.9"),           # not the proxy
    ("10.0.0.5", ["203.0.113.7"], PROXY, "203.0.113.7"),            # the proxy's client
    ("10.0.0.5", ["9.9.9.9, 203.0.113.7"], PROXY, "203.0.113.7"),   # a forged left part
    ("10.0.0.5", ["9.9.9.9", "203.0.113.7"], PROXY, "203.0.113.7"),  # two header lines
    ("10.0.0.5", ["9.9.9.9, 203.0.113.7, 10.0.0.5"], PROXY, "203.0.113.7"),  # proxy chain
    ("10.0.0.7", ["203.0.113.7:5123"], Proxies.parse(["10.0.0.0/24"]), "203.0.113.7"),
    ("::1", ["[2001:db8::7]:443"], LOOPBACK, "2001:db8::7"),
    ("10.0.0.5", ["10.0.0.5"], PROXY, "10.0.0.5"),                  # all trusted: the first
    ("10.0.0.5", [], PROXY, "10.0.0.5"),                            # no header
    (None, [], NONE, "unbekannt"),
])
def test_the_address_rule(peer, forwarded, trusted, expected):
    assert client_address(peer, forwarded, trusted) == expected


def test_a_setting_that_is_no_address_is_left_out_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="dashboard"):
        proxies = Proxies.parse(["10.0.0.5", "proxy.example", " 10.1.0.0/16 "])
    assert "proxy.example" in caplog.text
    assert "10.1.2.3" in proxies and "10.0.0.5" in proxies and "10.0.0.6" not in proxies


def test_a_peer_the_server_may_have_replaced_shares_one_bucket():
    # uvicorn trusts 127.0.0.1 and already put the header's address in the peer's place
    assert client_key("1.2.3.4", ["1.2.3.4"], NONE, LOOPBACK) == UNCHECKED
    assert client_key("5.6.7.8", ["1.2.3.4"], NONE, LOOPBACK) == "5.6.7.8"
    # the server trusts no more than we do: its replacement is the rule's own answer
    assert client_key("203.0.113.7", ["9.9.9.9, 203.0.113.7"], LOOPBACK, LOOPBACK) == "203.0.113.7"
    assert LOOPBACK.covers(NONE) and not NONE.covers(LOOPBACK)
    assert not LOOPBACK.covers(Proxies(everything=True))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve(demo_db, monkeypatch):
    """Start the API in a real uvicorn on 127.0.0.1 with Streamlit's settings (proxy headers
    on, uvicorn's default trust unless the environment says otherwise)."""
    started = []

    def _start(env: dict[str, str | None], rate: int = 3) -> str:
        for key, value in env.items():
            if value is None:
                monkeypatch.delenv(key, raising=False)
            else:
                monkeypatch.setenv(key, value)
        app = Starlette(routes=routes(lambda: demo_db, lambda: read_taxonomy(demo_db),
                                      rate_per_minute=rate))
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning", access_log=False))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "uvicorn did not start"
        started.append((server, thread))
        return f"http://127.0.0.1:{port}{PREFIX}/openapi.json"

    yield _start
    for server, thread in started:
        server.should_exit = True
        thread.join(timeout=10)


def _status(url: str, forwarded: str | None) -> int:
    request = urllib.request.Request(url, headers={"X-Forwarded-For": forwarded}
                                     if forwarded else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as refused:
        return refused.code


@pytest.mark.parametrize("server_trust", [None, ""], ids=["uvicorn-default", "make-run"])
def test_rotating_the_header_from_an_untrusted_peer_does_not_escape(serve, server_trust):
    url = serve({"FORWARDED_ALLOW_IPS": server_trust, "DASHBOARD_TRUSTED_PROXIES": None})
    codes = [_status(url, f"203.0.113.{i}") for i in range(1, 7)]
    assert codes[:3] == [200, 200, 200]
    assert codes[3:] == [429, 429, 429], codes


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(serve):
    url = serve({"FORWARDED_ALLOW_IPS": "127.0.0.1", "DASHBOARD_TRUSTED_PROXIES": "127.0.0.1"})
    first = [_status(url, "203.0.113.1") for _ in range(3)]
    forged = _status(url, "9.9.9.9, 203.0.113.1")  # the left part is the client's own writing
    other = _status(url, "203.0.113.2")
    assert (first, forged, other) == ([200, 200, 200], 429, 200)
