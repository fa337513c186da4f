"""SIGTERM that lands while a request's coroutine runs must still end the server (issue 23.16,
found in a clean-clone run: the server outlived SIGTERM by 30 s). Uvicorn catches what a request
raises, logs it and serves on; the exit has to leave through the event loop instead. The server
is imitated in a process of its own: a request busy in Python code, caught like uvicorn does."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import dashboard

SCRIPT = textwrap.dedent("""
    import asyncio, os, signal, threading, time
    from dashboard.store.server import exit_on_sigterm

    exit_on_sigterm()
    caught = []

    async def request():
        try:  # busy writing a response when the signal comes
            end = time.monotonic() + 1.0
            while time.monotonic() < end:
                sum(range(1000))
        except BaseException as exc:  # what the server does with a failed request
            caught.append(type(exc).__name__)

    async def main():
        threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM)).start()
        await asyncio.create_task(request())
        await asyncio.sleep(4)
        print("served on", caught, flush=True)

    try:
        asyncio.run(main())
    except SystemExit as exc:
        print("exit", exc.code, caught, flush=True)
""")


def test_sigterm_during_a_request_ends_the_server():
    src = str(Path(dashboard.__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": src})
    assert out.stdout.strip() == "exit 143 []", out.stdout + out.stderr
