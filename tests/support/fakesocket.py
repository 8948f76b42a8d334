"""Slack's Socket Mode end on 127.0.0.1: a `websockets` server that says hello, sends envelopes and
collects what the app sends back. Point FakeSlack.socket_url at `.url` (apps.connections.open).

It pings the client every PING_INTERVAL seconds, as Slack does but more often: slack-sdk's built-in
client reads its socket under a lock with a 3 s timeout, and closing waits for that lock, so without
frames arriving every close (a test's teardown, `kkrbot serve`'s SIGTERM) took up to 3 s."""

from __future__ import annotations

import asyncio
import json
import queue
import threading
import time

from websockets.asyncio.server import serve

from tests.support.deadline import WAIT

PING_INTERVAL = 0.05  # seconds; no pong deadline (ping_timeout=None): a busy client is not cut off


class FakeSocketSlack:
    """Slack's Socket Mode end: says hello, sends envelopes, collects what the app sends back."""

    def __init__(self) -> None:
        self.received: queue.Queue[dict] = queue.Queue()
        self.connected = threading.Event()
        self.connections = 0
        self._ws = None
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def handler(ws) -> None:
            self.connections += 1
            self._ws = ws
            await ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"},
                                      "debug_info": {"host": "loopback"}}))  # fmt: skip
            self.connected.set()
            async for message in ws:
                self.received.put(json.loads(message))

        async def main() -> None:
            self._stopped = asyncio.get_running_loop().create_future()
            async with serve(handler, "127.0.0.1", 0, ping_interval=PING_INTERVAL, ping_timeout=None) as server:
                self.port = server.sockets[0].getsockname()[1]
                ready.set()
                await self._stopped

        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(main(),), daemon=True)
        self.thread.start()
        assert ready.wait(WAIT), "the fake Socket Mode server did not start"
        self.url = f"ws://127.0.0.1:{self.port}/link/?ticket=test"

    def send(self, envelope: dict) -> None:
        asyncio.run_coroutine_threadsafe(self._ws.send(json.dumps(envelope)), self.loop).result(WAIT)

    def reply_to(self, envelope_id: str, timeout: float = 5.0) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                msg = self.received.get(timeout=0.1)
            except queue.Empty:
                continue
            if msg.get("envelope_id") == envelope_id:
                return msg
        raise AssertionError(f"no reply to envelope {envelope_id}")

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self._stopped.set_result, None)
        self.thread.join(5)
        self.loop.close()
