"""A light client of Streamlit's own websocket protocol (what the browser's frontend speaks on
/_stcore/stream): many sessions of a real `streamlit run` without a browser, for the
presentation bench and the live-refresh test.

It does what the frontend does for a page that nobody touches: send the first rerun request
with the page's name, keep the timers of `run_every` fragments (ForwardMsg auto_rerun) and
send their fragment reruns, and record every run and every KPI tile (st.metric) it receives.
Widgets are never sent: their values stay as the server has them."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FULL_RUN_DONE = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
FRAGMENT_RUN_DONE = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_FRAGMENT_RUN_SUCCESSFULLY")


@dataclass
class Run:
    """One script run the server made for this session (full app or a fragment)."""

    started: float
    fragment: bool
    finished: float | None = None


@dataclass
class LightSession:
    """One browser tab on `page` (its URL path, e.g. "praesentation"; "" for the main page)."""

    base_url: str
    page: str = ""
    query: str = ""
    runs: list[Run] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)  # KPI tile label -> figure shown
    changed_at: dict[str, float] = field(default_factory=dict)  # label -> when it last changed
    rerun_requests: int = 0  # sent by this client (first draw and fragment timers)
    opened_at: float = 0.0
    drawn_at: float | None = None  # the first full run has finished
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._ws = None
        self._reader: asyncio.Task | None = None
        self._timers: dict[str, tuple[float, asyncio.Task]] = {}
        self._page_hash = ""
        self._drawn = asyncio.Event()

    # -- lifecycle ----------------------------------------------------------------------------
    async def open(self) -> None:
        """Connect and ask for the page, as a browser opening its address does."""
        self.opened_at = time.perf_counter()
        url = self.base_url.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
        self._ws = await websockets.connect(url, subprotocols=["streamlit"], max_size=None,
                                            open_timeout=60, ping_interval=None)
        self._reader = asyncio.create_task(self._read())
        await self._rerun()

    async def goto(self, page: str) -> None:
        """Open another page of the app in this session, as a click in the navigation does."""
        self.page, self._page_hash = page, ""
        await self._rerun()

    async def wait_drawn(self, timeout_s: float = 120) -> float:
        """Seconds from open() until the page's first run has finished."""
        await asyncio.wait_for(self._drawn.wait(), timeout_s)
        return self.drawn_at - self.opened_at

    async def close(self) -> None:
        for _interval, task in self._timers.values():
            task.cancel()
        self._timers.clear()
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)

    # -- what the frontend sends ----------------------------------------------------------------
    async def _rerun(self, fragment_id: str = "") -> None:
        state = ClientState(
            query_string=self.query, page_script_hash=self._page_hash,
            page_name="" if self._page_hash else self.page, fragment_id=fragment_id,
            is_auto_rerun=bool(fragment_id),
            context_info=ContextInfo(timezone="Europe/Berlin", timezone_offset=-60,
                                     locale="de-DE", url=f"{self.base_url}/{self.page}",
                                     is_embedded=False, color_scheme="light"))
        self.rerun_requests += 1
        await self._ws.send(BackMsg(rerun_script=state).SerializeToString())

    async def _every(self, fragment_id: str, interval: float) -> None:
        while True:  # the frontend's setInterval
            await asyncio.sleep(interval)
            await self._rerun(fragment_id)

    # -- what the server sends ------------------------------------------------------------------
    async def _read(self) -> None:
        try:
            async for data in self._ws:
                msg = ForwardMsg()
                msg.ParseFromString(data)
                self._handle(msg, time.perf_counter())
        except websockets.ConnectionClosed:
            pass

    def _handle(self, msg: ForwardMsg, now: float) -> None:
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            fragment = bool(msg.metadata.run.fragment_ids)
            self.runs.append(Run(now, fragment))
            if msg.new_session.page_script_hash:
                self._page_hash = msg.new_session.page_script_hash
            if not fragment:  # a full run re-arms the fragments it draws (frontend: cleanupAutoReruns)
                for _interval, task in self._timers.values():
                    task.cancel()
                self._timers.clear()
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "metric":
                label, body = element.metric.label, element.metric.body
                if self.metrics.get(label) != body:
                    self.metrics[label] = body
                    self.changed_at[label] = now
            elif element.WhichOneof("type") == "exception":
                self.errors.append(element.exception.message)
        elif kind == "auto_rerun":
            fid, interval = msg.auto_rerun.fragment_id, msg.auto_rerun.interval
            if fid in self._timers and self._timers[fid][0] == interval:
                return
            if fid in self._timers:
                self._timers[fid][1].cancel()
            self._timers[fid] = (interval, asyncio.create_task(self._every(fid, interval)))
        elif kind == "stop_auto_rerun":
            for fid in msg.stop_auto_rerun.fragment_ids:
                if fid in self._timers:
                    self._timers.pop(fid)[1].cancel()
        elif kind == "page_not_found":
            self.errors.append(f"page not found: {self.page}")
        elif kind == "script_finished":
            if self.runs and self.runs[-1].finished is None:
                self.runs[-1].finished = now
            if msg.script_finished == FULL_RUN_DONE and self.drawn_at is None:
                self.drawn_at = now
                self._drawn.set()

    # -- what a test or bench reads -----------------------------------------------------------
    def runs_since(self, moment: float) -> list[Run]:
        return [r for r in self.runs if r.started >= moment]

    @property
    def fragment_timers(self) -> int:
        return len(self._timers)
