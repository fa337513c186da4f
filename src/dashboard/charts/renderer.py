"""Chart images (PNG, SVG) rendered on the server by kaleido with Debian's chromium.

Starting chromium takes seconds, so one renderer per process is started lazily and kept warm:
a background thread owns an asyncio loop with one kaleido browser; any thread may submit figures.
No browser is ever downloaded: the path is $DASHBOARD_CHROMIUM or /usr/bin/chromium.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

DEFAULT_CHROMIUM = "/usr/bin/chromium"
# slide pictures: 16:9, text of the view built with scale ~1.4 stays legible from the back
SLIDE_WIDTH_PX, SLIDE_HEIGHT_PX = 1600, 900
_log = logging.getLogger("dashboard.briefing")


class RendererUnavailable(RuntimeError):
    """Chart images cannot be made here; the message (German) says what to install."""


def chromium_path() -> Path:
    """The browser kaleido drives: $DASHBOARD_CHROMIUM, else Debian's /usr/bin/chromium."""
    return Path(os.environ.get("DASHBOARD_CHROMIUM") or DEFAULT_CHROMIUM)


def missing_message(path: Path) -> str:
    return (f"Diagrammbilder (PNG, SVG, Präsentation, PDF) können nicht erzeugt werden: "
            f"Chromium fehlt unter {path}. Bitte auf dem Server `apt-get install chromium` "
            f"ausführen (oder DASHBOARD_CHROMIUM auf den Browser setzen). Alle anderen "
            f"Funktionen bleiben nutzbar.")


def unavailable_reason(path: Path | None = None) -> str | None:
    """A German sentence when chromium is missing, else None (cheap: does not start it)."""
    path = path or chromium_path()
    if path.is_file() and os.access(path, os.X_OK):
        return None
    return missing_message(path)


class ChartRenderer:
    """One warm kaleido browser with `tabs` render tabs; thread-safe."""

    def __init__(self, browser_path: Path | None = None, *, tabs: int = 2,
                 timeout_s: float = 60.0):
        self.browser_path = Path(browser_path) if browser_path else chromium_path()
        self.tabs = tabs
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido: Any = None

    @property
    def is_running(self) -> bool:
        return self._kaleido is not None

    def start(self) -> None:
        """Start chromium unless it runs already (raises RendererUnavailable)."""
        with self._lock:
            if self._kaleido is not None:
                return
            if reason := unavailable_reason(self.browser_path):
                raise RendererUnavailable(reason)
            for attempt in (1, 2):  # a cold start on a busy machine can miss the first try
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="kaleido-renderer",
                                 daemon=True).start()
                try:
                    self._kaleido = asyncio.run_coroutine_threadsafe(
                        self._open(), loop).result(self.timeout_s)
                    break
                except Exception as exc:
                    loop.call_soon_threadsafe(loop.stop)
                    if attempt == 1 and isinstance(exc, TimeoutError):
                        _log.warning("Chromium für Diagrammbilder startet langsam; zweiter Versuch")
                        continue
                    _log.exception("Chromium für Diagrammbilder startet nicht")
                    raise RendererUnavailable(
                        f"Chromium unter {self.browser_path} ließ sich nicht starten "
                        f"({type(exc).__name__}). Bitte `apt-get install chromium` prüfen."
                    ) from exc
            self._loop = loop

    async def _open(self) -> Any:
        import kaleido

        # mathjax=False: no CDN request, works offline; plotly.js comes from the plotly package
        k = kaleido.Kaleido(path=str(self.browser_path), n=self.tabs, mathjax=False)
        await k.open()
        return k

    def render_many(self, figures: Sequence[go.Figure], fmt: str = "png", *,
                    width: int = SLIDE_WIDTH_PX, height: int = SLIDE_HEIGHT_PX,
                    scale: float = 1.0) -> list[bytes]:
        """Render figures concurrently on the warm tabs; bytes in the same order."""
        self.start()
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        futures = [asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig, opts), self._loop)
                   for fig in figures]
        try:
            return [f.result(self.timeout_s) for f in futures]
        except (FutureTimeout, Exception) as exc:
            # a crashed or hung browser: start a fresh one next time
            self.close()
            raise RendererUnavailable(
                f"Das Diagrammbild konnte nicht erzeugt werden ({type(exc).__name__}). "
                "Bitte erneut versuchen.") from exc

    def render(self, figure: go.Figure, fmt: str = "png", **size: Any) -> bytes:
        """One figure as PNG or SVG bytes."""
        return self.render_many([figure], fmt, **size)[0]

    def close(self) -> None:
        with self._lock:
            kaleido_, loop = self._kaleido, self._loop
            self._kaleido = self._loop = None
        if kaleido_ is None or loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(kaleido_.close(), loop).result(15)
        except Exception:  # noqa: BLE001 - shutting down anyway
            _log.warning("Chromium des Renderers ließ sich nicht sauber beenden")
        loop.call_soon_threadsafe(loop.stop)


_shared: ChartRenderer | None = None
_shared_lock = threading.Lock()


def shared_renderer() -> ChartRenderer:
    """The one renderer of this process (started on first use, closed at exit)."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared.browser_path != chromium_path():
            if _shared is not None:
                _shared.close()
            _shared = ChartRenderer()
            atexit.register(_shared.close)
        return _shared


def render_png(figure: go.Figure, *, width: int = SLIDE_WIDTH_PX,
               height: int = SLIDE_HEIGHT_PX, scale: float = 1.0) -> bytes:
    """PNG bytes of a figure from the shared renderer."""
    return shared_renderer().render(figure, "png", width=width, height=height, scale=scale)


def render_svg(figure: go.Figure, *, width: int = SLIDE_WIDTH_PX,
               height: int = SLIDE_HEIGHT_PX) -> bytes:
    """SVG bytes of a figure from the shared renderer."""
    return shared_renderer().render(figure, "svg", width=width, height=height)
