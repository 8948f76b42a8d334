"""Issue 14 item 1: the HTTP server answers every request, however malformed, with a status and a
short body (never a dropped connection); a client that stops mid-body is cut off after the
timeout without holding a thread; a burst of connections is taken, not reset; /healthz and /readyz.
Real waitress on 127.0.0.1, raw sockets where the request must be exactly wrong."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bot import wiring
from bot.render.labels import label
from tests.support.deadline import WAIT
from tests.support.slackapp import NOW, SECRET, SOSU, running_app, settings_for_test


def raw(port: int, request: bytes, *, read_timeout: float = 10.0) -> tuple[int, str]:
    """Send `request` as is; (status, body) of the answer (status 0: the connection closed unanswered)."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        s.sendall(request)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
            if b"\r\n\r\n" in data:
                head, _, body = data.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0)
                if len(body) >= length:
                    break
    if not data:
        return 0, ""
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


def post(path: str, body: bytes, headers: dict[str, str], content_type: str = "application/json") -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Type: {content_type}", "Connection: close",
             *(f"{k}: {v}" for k, v in headers.items())]  # fmt: skip
    if not any(k.lower() == "content-length" for k in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def signed(body: bytes, timestamp: str | None = None) -> dict[str, str]:
    import hashlib
    import hmac

    ts = timestamp or str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def test_malformed_requests_get_400_401_404_405_or_413_with_a_short_body(slack_app):
    port = slack_app.port
    cases = [
        (post("/slack/events", b"[1, 2]", signed(b"[1, 2]")), 400, "the body is not a JSON object"),
        (post("/slack/events", b'"text"', signed(b'"text"')), 400, "the body is not a JSON object"),
        (post("/slack/events", b"{not json", signed(b"{not json")), 400, "the body is not valid JSON"),
        (post("/slack/events", b"\xff\xfe{}", signed(b"\xff\xfe{}")), 400, "the body is not UTF-8"),
        (post("/slack/events", b"", signed(b"")), 400, "the body has no fields"),
        (post("/slack/events", b"payload=%7Bbroken", signed(b"payload=%7Bbroken"), "application/x-www-form-urlencoded"), 400,
         "the body is not valid JSON"),
        (post("/slack/events", b"\xff\xfe{}", {}), 401, "invalid signature"),
        (post("/slack/events", b"{}", signed(b"{}", timestamp="abc")), 401, "invalid signature"),
        (post("/slack/events", b"{}", {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=00"}), 401, "invalid signature"),
        (post("/slack/events", b"{}", {"Content-Length": "abc"}), 400, "Content-Length"),
        (post("/slack/events", b"{}", {"Content-Length": "-5"}), 400, ""),
        (post("/slack/events", b"", {"Content-Length": str(2 << 20)}), 413, ""),
        (post("/elsewhere", b"{}", signed(b"{}")), 404, "not found"),
        (b"GET /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405, "only POST"),
        (b"GARBAGE\r\n\r\n", 400, ""),
    ]  # fmt: skip
    for request, status, words in cases:
        got, body = raw(port, request)
        assert (got, words in body) == (status, True), (request[:80], got, body)
        assert len(body) < 300
    assert slack_app.fake.calls[1:] == []  # nothing reached a listener


def test_a_signed_event_without_a_channel_is_acked_and_left(slack_app, caplog):
    caplog.set_level(logging.INFO)
    event = {"type": "app_mention", "user": "U-ANNE", "text": f"<@UBOT> {SOSU}", "ts": "1.1"}
    assert slack_app.send_event(event).status == 200
    dm = {"type": "message", "channel_type": "im", "user": "U-ANNE", "text": SOSU, "ts": "1.2"}
    assert slack_app.send_event(dm).status == 200
    slack_app.fake.wait_for(lambda: caplog.text.count("event without channel: not answered") == 2)
    assert slack_app.fake.posts() == []
    assert "KeyError" not in caplog.text


def server_threads() -> int:
    """Threads of the HTTP server and the pool (the listeners' pool grows on demand: not counted)."""
    return sum(1 for t in threading.enumerate() if not t.name.startswith("kkrbot-listener"))


SILENCE = 1  # seconds (KKRBOT_HTTP_TIMEOUT's least): waitress cuts a silent client off 1-2 s after its last byte


def test_a_client_that_stops_mid_body_is_cut_off_after_the_timeout_and_holds_no_thread(tmp_path, fake_slack, sample_index):
    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    with running_app(settings, conversation_for(settings, sample_index, runtime_for(settings, sample_index)),
                     fake_slack, timeout=SILENCE) as app:  # fmt: skip
        threads_before = server_threads()
        slow, opened = [], time.monotonic()
        for _ in range(20):  # more than the server's 8 threads: were each to hold one, nothing else would be served
            s = socket.create_connection(("127.0.0.1", app.port), timeout=15)
            s.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"type\"")
            slow.append(s)
        start = time.monotonic()
        sent = app.send_command(SOSU, key="meanwhile")  # served while the slow clients hang
        assert sent.status == 200 and time.monotonic() - start < 1.5
        assert server_threads() <= threads_before  # no thread was made for them either
        for s in slow:
            assert s.recv(100) == b""  # closed by the server after the timeout
            s.close()
        assert SILENCE <= time.monotonic() - opened < 10
        fake_slack.wait_for(lambda: fake_slack.responses())


def test_a_burst_of_50_slash_commands_is_acked_50_times_without_resets(slack_app):
    def one(i: int) -> int:
        return slack_app.send_command(SOSU, key=f"burst{i}").status

    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(one, range(50)))
    assert statuses == [200] * 50
    fake = slack_app.fake
    answers = fake.wait_for(lambda: len(fake.responses()) == 50 and fake.responses(), timeout=60)
    assert all("punkt 3.4" in a["text"] for a in answers)


def test_healthz_and_readyz(tmp_path, fake_slack, sample_index):
    import urllib.request

    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    state = {"index": True}

    def ready() -> str:
        if not state["index"]:
            raise OSError("the index folder is gone")
        return f"ready: {sample_index.engine.item_count()} items"

    conversation = conversation_for(settings, sample_index, runtime_for(settings, sample_index))
    with running_app(settings, conversation, fake_slack, ready=ready) as app:
        url = f"http://127.0.0.1:{app.port}"
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as r:
            assert (r.status, r.read()) == (200, b"ok")
        with urllib.request.urlopen(f"{url}/readyz", timeout=5) as r:
            assert r.status == 200 and r.read().startswith(b"ready: ")
        state["index"] = False
        status, body = raw(app.port, b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert (status, body) == (503, "not ready: the index cannot be read")


# --- answering under load: the question pool behind the listeners ----------------------------------


def runtime_for(settings, sample_index):
    return wiring.runtime(settings, sample_index.engine, lambda: NOW, client=wiring.slack_client(settings))


def conversation_for(settings, sample_index, runtime):
    return wiring.conversation(settings, sample_index.engine, lambda: NOW, digests=runtime)


def dm(text: str, ts: str) -> dict:
    return {"type": "message", "channel_type": "im", "channel": "D-ANNE", "user": "U-ANNE", "text": text, "ts": ts}


def test_a_question_over_its_time_budget_gets_the_too_slow_sentence(tmp_path, fake_slack, sample_index):
    from bot.workers import QuestionPool

    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    runtime = runtime_for(settings, sample_index)
    answering = wiring.answering(settings, runtime.client, runtime.clock)
    release = threading.Event()

    class SlowPool(QuestionPool):
        """Each question's work waits until the test has seen the asker told it was too slow."""

        def run(self, work):
            return super().run(lambda: (release.wait(30), work())[1])

    answering.pool = SlowPool(2, budget=0.05, patience=10)
    with running_app(settings, conversation_for(settings, sample_index, runtime), fake_slack, runtime,
                     answering=answering) as app:  # fmt: skip
        app.send_event(dm(SOSU, "1.1"))
        app.send_command("hvad blev besluttet om lærepladser", key="slow")
        [post] = fake_slack.wait_for(lambda: fake_slack.posts())
        [response] = fake_slack.wait_for(lambda: fake_slack.responses())
        release.set()
    assert post["text"] == label("too_slow", "en") and post["channel"] == "D-ANNE"
    assert response["text"] == label("too_slow", "da") and response["response_type"] == "ephemeral"


def test_when_every_worker_is_taken_and_the_queue_full_the_asker_hears_busy_at_once(tmp_path, fake_slack, sample_index):
    from bot.workers import Busy, QuestionPool

    settings = settings_for_test(sample_index, tmp_path, fake_slack)
    runtime = runtime_for(settings, sample_index)
    answering = wiring.answering(settings, runtime.client, runtime.clock)
    answering.pool = QuestionPool(1, queue_size=1, budget=30)
    entered, hold = threading.Event(), threading.Event()
    working = threading.Thread(target=answering.pool.run, args=(lambda: entered.set() or hold.wait(30),), daemon=True)
    working.start()  # other work holds the one worker …
    assert entered.wait(WAIT)

    def queued() -> None:  # when the app closes before the worker takes it, it hears that the bot is stopping
        with contextlib.suppress(Busy):
            answering.pool.run(lambda: hold.wait(30))

    threading.Thread(target=queued, daemon=True).start()
    while answering.pool._queue.qsize() < 1:  # … and the one place in the queue
        time.sleep(0.005)
    with running_app(settings, conversation_for(settings, sample_index, runtime), fake_slack, runtime,
                     answering=answering) as app:  # fmt: skip
        start = time.monotonic()
        app.send_event(dm(SOSU, "2.1"))
        [post] = fake_slack.wait_for(lambda: fake_slack.posts())
        assert time.monotonic() - start < 5
        hold.set()
    assert post["text"] == label("busy", "en")


def test_a_900000_character_question_is_acked_and_answered_on_its_first_1000_beside_another(slack_app):
    long = " ".join(["what was decided on SOSU places in 2027 and the municipalities"] * 15_000)[:900_000]
    with ThreadPoolExecutor(2) as pool:
        asked = pool.submit(slack_app.send_command, long, key="long")
        other = pool.submit(slack_app.send_command, "hvad blev besluttet om lærepladser", key="other")
        assert asked.result(30).status == 200 and other.result(30).status == 200
    fake = slack_app.fake
    by_key = fake.wait_for(lambda: len(fake.responses()) == 2 and {r["response_key"]: r for r in fake.responses()})
    assert "over 1,000 characters; I answered its first 1,000" in json.dumps(by_key["long"]["blocks"])
    assert "punkt 3.4" in by_key["long"]["text"] and "punkt" in by_key["other"]["text"]


def test_closing_while_the_loop_is_awake_ends_the_server_without_an_error():
    """`close()` queues its work on waitress's trigger, then writes the trigger's wake-up byte. When
    the loop, woken by an earlier pull, runs that work first, the work closes the trigger before the
    write: `close()` must not fail on the closed trigger (a race seen once in a test's teardown)."""
    from slack_bolt import App

    from bot.slack.http import HttpServer, SlackGate

    app = App(token="xoxb-test", signing_secret=SECRET, token_verification_enabled=False)
    server = HttpServer(SlackGate(app, SECRET), "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    trigger = server._server.trigger
    write = trigger._physical_pull

    def woken_before_this_write() -> None:
        write()  # an earlier wake-up: the loop runs the queued work now and closes the trigger
        deadline = time.monotonic() + 5
        while not trigger._closed and time.monotonic() < deadline:
            time.sleep(0.01)
        assert trigger._closed
        write()  # this pull's own write, to the closed trigger

    trigger._physical_pull = woken_before_this_write
    server.close()
    thread.join(5)
    assert not thread.is_alive()
