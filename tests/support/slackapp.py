"""The real kkrbot Slack app on 127.0.0.1 for end-to-end tests: create_app + bot/slack/http.py (waitress),
the sample index, the fake Slack Web API; and Slack's request signing to talk to it.

`SlackAppUnderTest.send_*` build the bodies Slack sends (form-encoded slash commands and
interactions, JSON events), sign them as Slack does and POST them over real HTTP. The app's
listeners run on a `TrackedExecutor`, so `settle()` waits until everything the app started in the
background has finished: the event to wait for before asserting that something did *not* happen.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from tests.support.deadline import WAIT
from tests.support.fakeslack import BOT_TOKEN, FakeSlack

if TYPE_CHECKING:  # the app's modules are imported where an app is built: pytest-xdist's controller runs no test
    from bot.conversation import Conversation
    from bot.digests.runtime import Runtime
    from bot.settings import Settings

SECRET = "test-signing-secret"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
SOSU = "what was decided on SOSU places in 2027"


def sign(body: str, *, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    from slack_sdk.signature import SignatureVerifier

    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {"X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)}  # fmt: skip


class TrackedExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, remembering what it ran so a test can wait for all of it to finish.
    Its threads are made on demand up to the product's bound (bot/workers.py LISTENER_THREADS), as
    the product's ListenerExecutor's are: Bolt runs a command's ack on this pool too and answers
    Slack 404 when the ack has not run within 3 s, and a pool of 10 threads would queue the acks of a
    burst behind its answers (lazy listeners waiting for the question pool), which the product's does
    not."""

    def __init__(self) -> None:
        from bot.workers import LISTENER_THREADS

        super().__init__(max_workers=LISTENER_THREADS, thread_name_prefix="kkrbot-listener")
        self._futures: list[Future] = []
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._futures.append(future)
        return future

    def wait_idle(self, timeout: float = WAIT) -> None:
        """Until every task submitted so far (and any a task submits: lazy listeners) is done."""
        end = time.monotonic() + timeout
        while True:
            with self._lock:
                pending = [f for f in self._futures if not f.done()]
            if not pending:
                return
            if time.monotonic() > end:
                raise AssertionError(f"{len(pending)} listener task(s) still running after {timeout}s")
            wait(pending, timeout=end - time.monotonic())


@dataclass
class Sent:
    status: int
    body: str
    seconds: float


@dataclass
class SlackAppUnderTest:
    fake: FakeSlack
    port: int
    runtime: Runtime | None
    executor: TrackedExecutor | None = None  # None: an app in another process (kkrbot serve)
    _n: list[int] = field(default_factory=lambda: [0])

    def settle(self) -> None:
        """Wait until the app has finished everything it started for the requests sent so far."""
        assert self.executor is not None, "only an app of this process can be waited for"
        self.executor.wait_idle()

    def next_id(self) -> int:
        self._n[0] += 1
        return self._n[0]

    def post(self, body: str, content_type: str, headers: dict[str, str] | None = None, path: str = "/slack/events") -> Sent:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)  # how fast it answered: Sent.seconds
        start = time.perf_counter()
        try:
            conn.request("POST", path, body=body.encode(), headers={"Content-Type": content_type, **(headers or {})})
            resp = conn.getresponse()
            return Sent(resp.status, resp.read().decode(), time.perf_counter() - start)
        finally:
            conn.close()

    def send_signed(self, body: str, content_type: str, extra: dict[str, str] | None = None) -> Sent:
        return self.post(body, content_type, {**sign(body), **(extra or {})})

    def command_body(self, text: str, *, user: str = "U-ANNE", channel: str = "C-GENERAL", key: str | None = None) -> str:
        key = key or f"cmd{self.next_id()}"
        return urllib.parse.urlencode({
            "token": "legacy", "team_id": "T1", "team_domain": "test", "channel_id": channel, "channel_name": "general",
            "user_id": user, "user_name": "anne", "command": "/kkr", "text": text, "api_app_id": "A1",
            "response_url": self.fake.response_url(key), "trigger_id": f"trig{key}",
        })  # fmt: skip

    def send_command(self, text: str, **kw) -> Sent:
        return self.send_signed(self.command_body(text, **kw), "application/x-www-form-urlencoded")

    def event_body(self, event: dict, *, event_id: str | None = None) -> str:
        return json.dumps({"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                           "event_id": event_id or f"Ev{self.next_id()}", "event_time": int(time.time()),
                           "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}], "event": event})  # fmt: skip

    def send_event(self, event: dict, *, event_id: str | None = None, retry: int | None = None) -> Sent:
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.send_signed(self.event_body(event, event_id=event_id), "application/json", extra)

    def send_action(self, action: dict, *, channel: str = "C-GENERAL", user: str = "U-ANNE", ephemeral: bool = True,
                    message: dict | None = None, key: str | None = None, home: bool = False) -> Sent:  # fmt: skip
        """A button press; `home=True`: in the App Home view (no channel, no response_url, as Slack sends it)."""
        key = key or f"act{self.next_id()}"
        payload = {
            "type": "block_actions", "team": {"id": "T1"}, "user": {"id": user}, "api_app_id": "A1",
            "container": {"type": "message", "message_ts": "1700000000.000001", "channel_id": channel, "is_ephemeral": ephemeral},
            "channel": {"id": channel}, "trigger_id": "t", "response_url": self.fake.response_url(key),
            "actions": [{"type": "button", "block_id": "b", "action_ts": str(time.time()), **action}],
        }  # fmt: skip
        if home:
            del payload["channel"], payload["response_url"]
            payload.update(container={"type": "view", "view_id": "V1"}, view={"id": "V1", "type": "home"})
        if message is not None:
            payload["message"] = message
        return self.send_signed(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


@contextmanager
def running_app(settings: Settings, conversation: Conversation, fake: FakeSlack, runtime: Runtime | None = None, *,
                answering=None, ready=None, timeout: int = 10):  # fmt: skip
    """create_app + the HTTP server on a free 127.0.0.1 port, stopped on exit (`answering`: the
    question pool and sender to use, else the settings' own; `ready`: the /readyz check)."""
    from bot import wiring
    from bot.slack.app import create_app
    from bot.slack.http import HttpServer, SlackGate

    executor = TrackedExecutor()
    client = runtime.client if runtime and runtime.client else wiring.slack_client(settings)
    answering = answering or wiring.answering(settings, client, conversation.clock)
    app = create_app(settings, conversation, client=client, runtime=runtime, executor=executor, answering=answering)
    server = HttpServer(SlackGate(app, settings.slack_signing_secret or "", ready=ready), "127.0.0.1", 0, timeout=timeout)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield SlackAppUnderTest(fake, server.port, runtime, executor)
    finally:
        server.close()
        thread.join(5)
        answering.close(timeout=5)
        executor.shutdown(wait=True)


def settings_for_test(sample_index, tmp_path: Path, fake: FakeSlack) -> Settings:
    return sample_index.settings_for(tmp_path, slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET,
                                     slack_api_url=fake.api_url)  # fmt: skip


@pytest.fixture
def slack_app(tmp_path: Path, fake_slack: FakeSlack, sample_index):
    """The app in HTTP mode on 127.0.0.1 over the sample index, with the digest runtime wired in."""
    from bot import wiring

    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    clock = lambda: NOW  # noqa: E731
    runtime = wiring.runtime(settings, sample_index.engine, clock, client=wiring.slack_client(settings))
    conversation = wiring.conversation(settings, sample_index.engine, clock, digests=runtime)
    with running_app(settings, conversation, fake_slack, runtime) as running:
        yield running
