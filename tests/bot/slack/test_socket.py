"""Socket Mode on loopback: the same app from create_app, slack-sdk's built-in Socket Mode client,
a local `websockets` server playing Slack's side, the fake Web API answering apps.connections.open
with its ws://127.0.0.1 URL (the built-in client uses a plain socket when the port is not 443).
"""

from __future__ import annotations

import json

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot import wiring
from bot.slack.app import create_app
from bot.slack.serving import close_socket_mode
from tests.support.deadline import WAIT
from tests.support.fakeslack import APP_TOKEN, BOT_TOKEN
from tests.support.fakesocket import FakeSocketSlack
from tests.support.slackapp import NOW, SOSU, TrackedExecutor


@pytest.fixture
def socket_app(tmp_path, fake_slack, sample_index):
    socket = FakeSocketSlack()
    fake_slack.socket_url = socket.url
    settings = sample_index.settings_for(tmp_path, slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN,
                                         slack_api_url=fake_slack.api_url)  # no signing secret: Socket Mode needs none
    clock = lambda: NOW  # noqa: E731
    runtime = wiring.runtime(settings, sample_index.engine, clock, client=wiring.slack_client(settings))
    executor = TrackedExecutor()
    conversation = wiring.conversation(settings, sample_index.engine, clock, digests=runtime)
    app = create_app(settings, conversation, client=runtime.client, runtime=runtime, executor=executor)
    handler = SocketModeHandler(app, settings.slack_app_token)
    handler.connect()
    assert socket.connected.wait(WAIT), "the Socket Mode client never connected"
    yield socket, fake_slack, executor
    close_socket_mode(handler)
    socket.stop()
    executor.shutdown(wait=True)


def test_a_slash_command_over_socket_mode_is_acked_in_its_envelope_and_answered(socket_app):
    socket, fake, _ = socket_app
    [opened] = fake.of("apps.connections.open")
    assert fake.headers[[m for m, _ in fake.calls].index("apps.connections.open")]["Authorization"] == f"Bearer {APP_TOKEN}"
    payload = {"token": "legacy", "team_id": "T1", "channel_id": "C-GENERAL", "user_id": "U-ANNE", "command": "/kkr",
               "text": SOSU, "api_app_id": "A1", "response_url": fake.response_url("socket"), "trigger_id": "t"}  # fmt: skip
    socket.send({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True, "payload": payload})
    ack = socket.reply_to("env-1")
    assert ack["payload"] == {"text": "Searching …"}
    [answer] = fake.wait_for(lambda: fake.responses())
    assert answer["response_key"] == "socket" and answer["response_type"] == "ephemeral"
    assert "punkt 3.4" in answer["text"] and "KKR Godkendte indstillingerne." in json.dumps(answer["blocks"], ensure_ascii=False)


def test_a_dm_over_socket_mode_is_answered_once_despite_a_retried_envelope(socket_app):
    socket, fake, listeners = socket_app
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
    listeners.wait_idle()  # whatever the retry started has finished
    assert len(fake.posts()) == 1
