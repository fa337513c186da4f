"""Hands work from other processes (the CLI) to the process that owns the database file.

DuckDB allows one read-write process per file. While the app runs it owns the file, so
`python -m dashboard import` sends its request over a Unix socket (owner-only permissions) and
the app runs it through its own gateway: same code, same transaction lock, and open pages see
the new data_version at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import socketserver
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dashboard.store.gateway import Database

Handler = Callable[[Database, dict[str, Any]], dict[str, Any]]
MAX_REQUEST = 1 << 20


class GatewayUnavailable(RuntimeError):
    """No process serves this database file."""


class RemoteError(RuntimeError):
    """The owning process answered with an error (message in German)."""


def socket_path(db_path: Path) -> Path:
    """Short, deterministic socket path for a database file (AF_UNIX paths are limited)."""
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"strukturwandel-{digest}.sock"


class _RequestHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        try:
            request = json.loads(self.rfile.readline(MAX_REQUEST))
            handler = server.handlers[request["op"]]
            reply = {"ok": True, "result": handler(server.db, request.get("args", {}))}
        except KeyError as exc:
            reply = {"ok": False, "error": f"Unbekannte Anfrage: {exc}"}
        except Exception as exc:  # noqa: BLE001 - every failure goes back as a sentence
            reply = {"ok": False, "error": str(exc), "kind": type(exc).__name__}
        self.wfile.write(json.dumps(reply, ensure_ascii=False, default=str).encode() + b"\n")


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True

    def __init__(self, path: Path, db: Database, handlers: dict[str, Handler]):
        self.db = db
        self.handlers = handlers
        super().__init__(str(path), _RequestHandler)


def serve(db: Database, handlers: dict[str, Handler]) -> Callable[[], None]:
    """Start serving in a daemon thread; returns a function that stops the server."""
    path = socket_path(db.path)
    if path.exists():
        try:
            call(db.path, "ping", {}, timeout=1)
        except GatewayUnavailable:
            path.unlink(missing_ok=True)  # left over from a process that died
        else:
            raise RuntimeError(f"Ein anderer Prozess bedient bereits {db.path}")
    old_umask = os.umask(0o177)
    try:
        server = _Server(path, db, {"ping": lambda _db, _args: {"pong": True}, **handlers})
    finally:
        os.umask(old_umask)
    threading.Thread(target=server.serve_forever, name="gateway-server", daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        path.unlink(missing_ok=True)

    return stop


def call(db_path: Path, op: str, args: dict[str, Any], *, timeout: float = 600) -> dict[str, Any]:
    """Ask the process owning `db_path` to run `op`; raises GatewayUnavailable or RemoteError."""
    path = socket_path(db_path)
    if not path.exists():
        raise GatewayUnavailable(str(path))
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(json.dumps({"op": op, "args": args}).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except (ConnectionRefusedError, FileNotFoundError) as exc:
        raise GatewayUnavailable(str(path)) from exc
    reply = json.loads(data)
    if not reply.get("ok"):
        raise RemoteError(reply.get("error", "unbekannter Fehler"))
    return reply["result"]
