"""HTTP mode: Slack's requests served by waitress, handed to Bolt through its WSGI adapter.

Why waitress: it is a well-kept pure-Python WSGI server (Pylons) that runs inside our process, so
`kkrbot serve --http` stays one process with its scheduler and answer pool, and SIGTERM is ours
to handle (gunicorn forks workers that would each run a scheduler and an engine; uvicorn serves
ASGI, i.e. Bolt's async app, another stack). Its I/O loop reads every request whole before one
of its few threads sees it, so a client that sends slowly, or announces more body than it sends,
holds no thread and is cut off after `timeout` seconds of silence; bodies over `max_body` get
413 and a Content-Length that is not a number 400, from waitress itself; it listens with a
backlog of 1024, so a burst of connections waits in the kernel's queue instead of being reset.

In front of Bolt, `SlackGate` answers every request with a status and a short body:
GET /healthz (200 while the process serves), GET /readyz (200 when the index answers, 503 when
it does not or the bot is stopping), 404/405 for other paths and methods, 401 for a request
without a valid signature (a timestamp that is not a number, or older than 5 minutes, included),
400 for a body that is not UTF-8, JSON that is not an object, or a form without its fields; then
Bolt (which checks the signature again) and 500 with a short body if it raises.
Put TLS in front (a reverse proxy or a tunnel).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.request.internals import parse_body

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1 << 20  # bytes; Slack's payloads are far smaller
TIMEOUT = 10  # seconds a connection may stay silent (mid-request, or idle between requests)
THREADS = 32  # waitress's request threads: an ack is ~1 ms of work but waits ~10 ms in Bolt (it polls for the ack)
BACKLOG = 1024  # connections waiting to be accepted (the kernel may cap it: net.core.somaxconn)
CONNECTIONS = 1000  # open connections at once; beyond, new ones wait in the backlog
MAX_SKEW = 5 * 60  # Slack's signatures are valid for five minutes

Check = Callable[[], str]  # readiness: a short line when ready; raises when not


@dataclass(frozen=True)
class Refusal(Exception):
    status: str
    body: str


def signed_by_slack(secret: str, body: bytes, timestamp: str | None, signature: str | None, now: float) -> bool:
    """Slack's v0 request signature over the raw body, within five minutes of `now`."""
    if not secret or not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs(now - int(timestamp)) > MAX_SKEW:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def body_shape_problem(text: str, content_type: str) -> str | None:
    """Why Bolt could not read this body as a Slack payload (an object), or None."""
    try:
        parsed = parse_body(text, content_type.split(";")[0].strip() or None)
    except ValueError:  # json.JSONDecodeError is one
        return "the body is not valid JSON"
    if not isinstance(parsed, dict):
        return "the body is not a JSON object"
    if not parsed:
        return "the body has no fields"
    return None


class SlackGate:
    """The WSGI app `kkrbot serve --http` runs: health, readiness, the checks above, then Bolt."""

    def __init__(self, app: App, signing_secret: str, *, ready: Check | None = None, path: str = EVENTS_PATH,
                 clock: Callable[[], float] = time.time) -> None:  # fmt: skip
        self.bolt = SlackRequestHandler(app, path)
        self.secret, self.ready, self.path, self.clock = signing_secret, ready, path, clock
        self.stopping = False

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            return self._route(environ, start_response)
        except Refusal as r:
            return _reply(start_response, r.status, r.body)
        except Exception:  # noqa: BLE001 - a response and a trace, never a dropped connection
            log.exception("a request to %s failed", environ.get("PATH_INFO"))
            return _reply(start_response, "500 Internal Server Error", "internal error")

    def _route(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method, path = environ.get("REQUEST_METHOD", ""), environ.get("PATH_INFO", "")
        if path == "/healthz":
            return _reply(start_response, "200 OK", "ok")
        if path == "/readyz":
            return self._readiness(start_response)
        if path != self.path:
            raise Refusal("404 Not Found", "not found")
        if method != "POST":
            raise Refusal("405 Method Not Allowed", "only POST")
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {k: environ.get(f"HTTP_{k}") for k in ("X_SLACK_REQUEST_TIMESTAMP", "X_SLACK_SIGNATURE")}
        if not signed_by_slack(self.secret, body, headers["X_SLACK_REQUEST_TIMESTAMP"], headers["X_SLACK_SIGNATURE"], self.clock()):
            raise Refusal("401 Unauthorized", "invalid signature")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refusal("400 Bad Request", "the body is not UTF-8") from None
        if problem := body_shape_problem(text, environ.get("CONTENT_TYPE", "")):
            raise Refusal("400 Bad Request", problem)
        environ["wsgi.input"], environ["CONTENT_LENGTH"] = io.BytesIO(body), str(len(body))
        return self.bolt(environ, start_response)

    def _readiness(self, start_response: Callable) -> Iterable[bytes]:
        if self.stopping:
            return _reply(start_response, "503 Service Unavailable", "stopping")
        if self.ready is None:
            return _reply(start_response, "200 OK", "ready")
        try:
            line = self.ready()
        except Exception as e:  # noqa: BLE001 - not ready; the log has why
            log.warning("not ready: %s: %s", type(e).__name__, e)
            return _reply(start_response, "503 Service Unavailable", "not ready: the index cannot be read")
        return _reply(start_response, "200 OK", line or "ready")


def _reply(start_response: Callable, status: str, text: str) -> list[bytes]:
    data = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))])
    return [data]


class HttpServer:
    """waitress serving a `SlackGate` on host:port (port 0: a free one). `run()` blocks until
    `close()`; `stop_accepting()` refuses new connections while the open ones are served."""

    def __init__(self, gate: SlackGate, host: str = "0.0.0.0", port: int = 3000, *, timeout: int = TIMEOUT,
                 threads: int = THREADS, max_body: int = MAX_BODY) -> None:  # fmt: skip
        from waitress.server import create_server

        self.gate = gate
        self._server: Any = create_server(
            gate, host=host, port=port, threads=threads, backlog=BACKLOG, connection_limit=CONNECTIONS,
            channel_timeout=timeout, cleanup_interval=max(1, min(timeout, 30) // 2), max_request_body_size=max_body,
            max_request_header_size=64 * 1024, asyncore_use_poll=True, ident="kkrbot", clear_untrusted_proxy_headers=True,
        )  # fmt: skip
        self.host, self.port = host, int(self._server.effective_port)

    def run(self) -> None:
        self._server.run()

    def stop_accepting(self) -> None:
        """Close the listening socket (new connections are refused at once); open ones go on."""
        from waitress import wasyncore

        self.gate.stopping = True
        self._server.trigger.pull_trigger(lambda: wasyncore.dispatcher.close(self._server))

    def close(self) -> None:
        """Close every connection and end `run()`; waitress's threads finish their request."""
        server = self._server

        closing = threading.Event()

        def close_all() -> None:
            closing.set()  # first: closing the listening channel closes the trigger too (waitress)
            for channel in list(server._map.values()):
                if channel is not server.trigger:
                    channel.close()
            server.trigger.close()

        try:
            server.trigger.pull_trigger(close_all)
        except OSError:
            # The loop, woken by an earlier pull, ran close_all between this pull's queueing and its
            # write to the trigger: that work closed the trigger; nothing is left to wake.
            if not closing.is_set():
                raise
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=2)
