"""HTTP mode: a small threaded server that hands `POST /slack/events` to the Bolt app.

Bolt's own development server binds 0.0.0.0 and serves one request at a time; this one takes
a host (tests use 127.0.0.1) and a thread per request, so one slow client never delays another
ack. `GET /healthz` answers 200 for load balancers. Put TLS in front (a reverse proxy or tunnel).
"""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_bolt import App, BoltRequest

from bot.slack.app import EVENTS_PATH

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # Slack's payloads are far smaller


def make_server(app: App, host: str = "0.0.0.0", port: int = 3000, path: str = EVENTS_PATH) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # the access log would carry nothing we need
            pass

        def _send(self, status: int, body: str | dict, headers: dict | None = None) -> None:
            data = (body if isinstance(body, str) else json.dumps(body)).encode()
            self.send_response(status)
            for k, vs in (headers or {}).items():
                for v in vs if isinstance(vs, (list, tuple)) else [vs]:
                    if k.lower() != "content-length":
                        self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._send(200, "ok") if self.path == "/healthz" else self._send(404, "")

        def do_POST(self) -> None:
            request_path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            if request_path != path or length > MAX_BODY:
                self.rfile.read(min(length, MAX_BODY))
                return self._send(404 if request_path != path else 413, "")
            body = self.rfile.read(length).decode("utf-8")
            resp = app.dispatch(BoltRequest(body=body, query=query, headers=dict(self.headers.items())))
            self._send(resp.status, resp.body, resp.headers)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
