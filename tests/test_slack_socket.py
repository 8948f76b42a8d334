"""Socket Mode on loopback: the same app from create_app, slack-sdk's built-in Socket Mode client,
a local `websockets` server playing Slack's side, the fake Web API answering apps.connections.open
with its ws://127.0.0.1 URL (the built-in client uses a plain socket when the port is not 443).
"""

from __future__ import annotations

import asyncio
import json
import queue
import threading
import time
import urllib.parse

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from websockets.asyncio.server import serve

from bot.app import create_app, slack_client
from bot.digests import Runtime
from bot.serve_cli import build_conversation
from bot.subscriptions import SubscriptionStore
from tests.digest_fixtures import sample_index  # noqa: F401 - fixture
from tests.fakeslack import APP_TOKEN, BOT_TOKEN
from tests.slackapp import NOW, SOSU


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
            async with serve(handler, "127.0.0.1", 0) as server:
                self.port = server.sockets[0].getsockname()[1]
                ready.set()
                await self._stopped

        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(main(),), daemon=True)
        self.thread.start()
        ready.wait(5)
        self.url = f"ws://127.0.0.1:{self.port}/link/?ticket=test"

    def send(self, envelope: dict) -> None:
        asyncio.run_coroutine_threadsafe(self._ws.send(json.dumps(envelope)), self.loop).result(5)

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


@pytest.fixture
def socket_app(tmp_path, fake_slack, sample_index):
    socket = FakeSocketSlack()
    fake_slack.socket_url = socket.url
    settings = sample_index.settings_for(tmp_path, slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN,
                                         slack_api_url=fake_slack.api_url)  # no signing secret: Socket Mode needs none
    runtime = Runtime(settings, sample_index.engine, SubscriptionStore(settings.state_path), slack_client(settings), lambda: NOW)
    app = create_app(settings, build_conversation(settings, sample_index.engine, runtime, None), client=runtime.client, runtime=runtime)
    handler = SocketModeHandler(app, settings.slack_app_token)
    handler.connect()
    assert socket.connected.wait(10), "the Socket Mode client never connected"
    yield socket, fake_slack
    handler.close()
    socket.stop()


def test_a_slash_command_over_socket_mode_is_acked_in_its_envelope_and_answered(socket_app):
    socket, fake = socket_app
    [opened] = fake.of("apps.connections.open")
    assert fake.headers[[m for m, _ in fake.calls].index("apps.connections.open")]["Authorization"] == f"Bearer {APP_TOKEN}"
    payload = {"token": "legacy", "team_id": "T1", "channel_id": "C-GENERAL", "user_id": "U-ANNE", "command": "/kkr",
               "text": SOSU, "api_app_id": "A1", "response_url": fake.response_url("socket"), "trigger_id": "t"}  # fmt: skip
    socket.send({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True, "payload": payload})
    ack = socket.reply_to("env-1")
    assert ack["payload"] == {"text": "Søger …"}
    [answer] = fake.wait_for(lambda: fake.responses())
    assert answer["response_key"] == "socket" and answer["response_type"] == "ephemeral"
    assert "punkt 3.4" in answer["text"] and "KKR Godkendte indstillingerne." in json.dumps(answer["blocks"], ensure_ascii=False)


def test_a_dm_over_socket_mode_is_answered_once_despite_a_retried_envelope(socket_app):
    socket, fake = socket_app
    event = {"type": "message", "channel_type": "im", "channel": "D-ANNE", "user": "U-ANNE", "text": SOSU,
             "ts": "1700002000.000100", "event_ts": "1700002000.000100"}  # fmt: skip
    body = {"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": "EvSOCK", "event_time": 1, "event": event}
    socket.send({"envelope_id": "env-2", "type": "events_api", "accepts_response_payload": False, "payload": body,
                 "retry_attempt": 0, "retry_reason": ""})  # fmt: skip
    assert "payload" not in socket.reply_to("env-2")
    [post] = fake.wait_for(lambda: fake.posts())
    assert post["channel"] == "D-ANNE" and "punkt 3.4" in post["text"]
    socket.send({"envelope_id": "env-3", "type": "events_api", "accepts_response_payload": False, "payload": body,
                 "retry_attempt": 1, "retry_reason": "timeout"})  # fmt: skip
    socket.reply_to("env-3")
    time.sleep(0.5)
    assert len(fake.posts()) == 1
