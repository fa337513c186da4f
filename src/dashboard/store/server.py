"""Hands work from other processes (the CLI) to the process that owns the database file.

DuckDB allows one read-write process per file. While the app runs it owns the file, so
`python -m dashboard import` sends its request over a Unix socket and the app runs it through
its own gateway: same code, same transaction lock, and open pages see the new data_version.

Only the owner's OS user may talk to it, and the CLI talks only to its own user's server:
- the socket lives in a directory only that user can enter ($XDG_RUNTIME_DIR when it is ours,
  else <tmp>/strukturwandel-<uid>, created 0700; one owned by someone else or open to others
  is refused, never used);
- the server checks each peer's uid (SO_PEERCRED), the client checks the socket file's owner
  and the server's uid before it sends anything;
- requests carry data, never paths: the CLI sends the file's bytes and writes exports itself;
- a connection that sends nothing is dropped after READ_TIMEOUT; the backlog is large and the
  client retries a full backlog, so many parallel CLI calls all get through.
"""

from __future__ import annotations

import asyncio
import atexit
import hashlib
import json
import os
import signal
import socket
import socketserver
import stat
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dashboard.store.gateway import Database

Handler = Callable[[Database, dict[str, Any]], dict[str, Any]]
MAX_REQUEST = 96 << 20      # a 64 MB upload (ingest.safety.MAX_FILE_BYTES) as base64 fits
READ_TIMEOUT = 30.0         # seconds a client may take to send its request
BACKLOG = 256
CONNECT_RETRY_S = 30.0      # how long a client keeps trying while the backlog is full


class GatewayUnavailable(RuntimeError):
    """No process serves this database file."""


class RemoteError(RuntimeError):
    """The owning process answered with an error (message in German)."""


class UnsafeSocket(RuntimeError):
    """The socket or its folder is not this user's own (German message)."""


def _own_private_dir(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and stat.S_IMODE(info.st_mode) & 0o077 == 0)


def socket_dir() -> Path:
    """The owner-only folder of this user's sockets (created 0700 when missing)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _own_private_dir(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"strukturwandel-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    if not _own_private_dir(folder):
        raise UnsafeSocket(f"Der Ordner {folder} gehört nicht diesem Benutzer oder ist für andere "
                           "zugänglich; die Verbindung zur laufenden App wird nicht benutzt. "
                           "Bitte den Ordner löschen.")
    return folder


def socket_path(db_path: Path) -> Path:
    """Short, deterministic socket path for a database file (AF_UNIX paths are limited)."""
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
    return socket_dir() / f"strukturwandel-{digest}.sock"


def peer_uid(sock: socket.socket) -> int:
    """The uid of the process at the other end of a Unix socket (Linux SO_PEERCRED)."""
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def peer_gone(sock: socket.socket) -> bool:
    """True when the client closed its end (e.g. Ctrl-C on the CLI)."""
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


class _RequestHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        if peer_uid(self.request) != os.getuid():
            return  # another user: not a word
        self.request.settimeout(READ_TIMEOUT)
        try:
            line = self.rfile.readline(MAX_REQUEST)
        except (TimeoutError, OSError):
            return
        self.request.settimeout(None)
        try:
            request = json.loads(line)
            handler = server.handlers[request["op"]]
            args = dict(request.get("args", {}))
            args["_cancelled"] = lambda: peer_gone(self.request)
            reply = {"ok": True, "result": handler(server.db, args)}
        except KeyError as exc:
            reply = {"ok": False, "error": f"Unbekannte Anfrage: {exc}"}
        except Exception as exc:  # noqa: BLE001 - every failure goes back as a sentence
            reply = {"ok": False, "error": str(exc), "kind": type(exc).__name__}
        try:
            self.wfile.write(json.dumps(reply, ensure_ascii=False, default=str).encode() + b"\n")
        except OSError:
            pass  # the client went away


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    request_queue_size = BACKLOG

    def __init__(self, path: Path, db: Database, handlers: dict[str, Handler]):
        self.db = db
        self.handlers = handlers
        super().__init__(str(path), _RequestHandler)


def serve(db: Database, handlers: dict[str, Handler]) -> Callable[[], None]:
    """Start serving in a daemon thread; returns a function that stops the server (also run at
    interpreter exit, so a terminated app leaves no socket file behind)."""
    path = socket_path(db.path)
    if os.path.lexists(path):
        try:
            call(db.path, "ping", {}, timeout=1)
        except (GatewayUnavailable, UnsafeSocket, RemoteError):
            path.unlink(missing_ok=True)  # left over from a process that died
        else:
            raise RuntimeError(f"Ein anderer Prozess bedient bereits {db.path}")
    old_umask = os.umask(0o177)
    try:
        server = _Server(path, db, {"ping": lambda _db, _args: {"pong": True}, **handlers})
    finally:
        os.umask(old_umask)
    threading.Thread(target=server.serve_forever, name="gateway-server", daemon=True).start()
    stopped = threading.Event()

    def stop() -> None:
        if stopped.is_set():
            return
        stopped.set()
        server.shutdown()
        server.server_close()
        path.unlink(missing_ok=True)

    atexit.register(stop)
    return stop


def exit_on_sigterm() -> None:
    """Make SIGTERM a normal exit, so atexit removes the socket. Uvicorn (st.App) restores the
    handler it found and raises SIGTERM again after its graceful shutdown: with the default
    handler the process dies there and leaves the socket file. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        return
    signal.signal(signal.SIGTERM, _on_sigterm)


def _on_sigterm(signum: int, _frame) -> None:
    """Leave through the event loop when one runs: raised where the signal happens to land, the
    exit would end inside a request's coroutine, and the server's handler for a failed request
    catches it and logs it, and serves on (seen once: the process outlived SIGTERM by 30 s)."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        sys.exit(128 + signum)
    loop.call_soon_threadsafe(_exit, 128 + signum)


def _exit(code: int) -> None:
    # a callback of the loop itself: asyncio lets SystemExit out of run_forever
    raise SystemExit(code)


def _checked_connect(path: Path, timeout: float) -> socket.socket:
    """Connect to our own user's server only; retry while its backlog is full."""
    try:
        info = os.lstat(path)
    except FileNotFoundError as exc:
        raise GatewayUnavailable(str(path)) from exc
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        raise UnsafeSocket(f"{path} ist keine Verbindung dieses Benutzers und wird nicht benutzt.")
    deadline = time.monotonic() + CONNECT_RETRY_S
    delay = 0.01
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
        except (BlockingIOError, InterruptedError):  # backlog full: wait and try again
            sock.close()
            if time.monotonic() > deadline:
                raise GatewayUnavailable(str(path)) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
            continue
        except (ConnectionRefusedError, FileNotFoundError) as exc:
            sock.close()
            raise GatewayUnavailable(str(path)) from exc
        if peer_uid(sock) != os.getuid():
            sock.close()
            raise UnsafeSocket(f"{path} wird von einem anderen Benutzer bedient und nicht benutzt.")
        return sock


def call(db_path: Path, op: str, args: dict[str, Any], *, timeout: float = 600) -> dict[str, Any]:
    """Ask the process owning `db_path` to run `op`; raises GatewayUnavailable, UnsafeSocket or
    RemoteError."""
    path = socket_path(db_path)
    with _checked_connect(path, timeout) as sock:
        sock.sendall(json.dumps({"op": op, "args": args}).encode() + b"\n")
        chunks: list[bytes] = []
        while True:
            chunk = sock.recv(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            if chunk.endswith(b"\n"):
                break
    data = b"".join(chunks)
    if not data:
        raise RemoteError("Die laufende App hat die Anfrage ohne Antwort beendet.")
    reply = json.loads(data)
    if not reply.get("ok"):
        raise RemoteError(reply.get("error", "unbekannter Fehler"))
    return reply["result"]
