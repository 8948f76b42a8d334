"""A fake Slack Web API on 127.0.0.1 that records every call and enforces Slack's message limits.

Real HTTP, real slack-sdk clients: point `WebClient(base_url=fake.api_url)` at it, give Slack
payloads `response_url=fake.response_url("x")`, serve files with `fake.files[id] = bytes`
(downloaded from `{fake.url}/files/<id>` with the bot token, as Slack serves `url_private`;
`fake.redirects[id] = url` answers 302 to `url` instead; `fake.downloads` lists every GET with
the Authorization header it carried).

Every call is kept in `calls` as `(method, params)`; posts to a response_url are recorded as
`("response_url", payload)`. A message that breaks a Slack limit gets the error Slack would give
(`invalid_blocks`, `msg_too_long`, `no_text`) and is also kept in `violations`; the `fake_slack`
and `slack` fixtures fail the test at teardown when any violation was seen (unless a test set
`fake.allow_violations`). `fake.rate_limit_once(method, retry_after)` answers the next call of
`method` with HTTP 429 and a Retry-After header; `fake.refuse_once(method, error)` refuses it;
`fake.fail_next(method, status)` answers an HTTP error (503: Slack having trouble);
`fake.hang_up_once(method)` reads the next call and closes the connection without answering
(did Slack act on it? the client cannot know); `fake.down()` closes the port (connections are
refused, as when Slack cannot be reached) and `fake.up()` opens it again.

`users.info` answers from `fake.users` (user id → locale, e.g. "en-US"; the locale only when
asked with `include_locale`, as Slack does; an unknown id is `user_not_found`). Methods with a
per-minute limit (`fake.per_minute`, Slack's tiers: users.info is Tier 4, 100+ a minute) answer
HTTP 429 with the Retry-After Slack would give once a minute's calls are spent.
"""

from __future__ import annotations

import json
import math
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import pytest

from tests.support.deadline import WAIT

BOT_TOKEN = "xoxb-test"
APP_TOKEN = "xapp-test"

MAX_BLOCKS = {"message": 50, "home": 100, "modal": 100}
MAX_TEXT = 40_000  # chat.postMessage `text`
LIMITS = {  # characters
    "section_text": 3000, "section_field": 2000, "header": 150, "context_text": 2000,
    "button_text": 75, "button_value": 2000, "button_url": 3000, "action_id": 255, "block_id": 255,
}  # fmt: skip
MESSAGE_METHODS = {"chat.postMessage", "chat.postEphemeral", "chat.update", "response_url"}
PER_MINUTE = {"users.info": 100}  # Slack's Tier 4 (methods without an entry: not limited here)


def check_text(obj: Any, where: str, limit: int, problems: list[str], *, plain_only: bool = False) -> None:
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        problems.append(f"{where}: not a text object")
        return
    if plain_only and obj["type"] != "plain_text":
        problems.append(f"{where}: must be plain_text")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        problems.append(f"{where}: empty text")
    elif len(text) > limit:
        problems.append(f"{where}: {len(text)} characters > {limit}")


def check_element(el: Any, where: str, problems: list[str], action_ids: set[str]) -> None:
    if not isinstance(el, dict):
        problems.append(f"{where}: not an object")
        return
    if "action_id" in el:
        aid = str(el["action_id"])
        if len(aid) > LIMITS["action_id"]:
            problems.append(f"{where}: action_id too long")
        if aid in action_ids:
            problems.append(f"{where}: duplicate action_id {aid!r}")
        action_ids.add(aid)
    if el.get("type") == "button":
        check_text(el.get("text"), f"{where}.text", LIMITS["button_text"], problems, plain_only=True)
        if len(str(el.get("value", ""))) > LIMITS["button_value"]:
            problems.append(f"{where}: button value {len(str(el['value']))} characters > {LIMITS['button_value']}")
        if len(str(el.get("url", ""))) > LIMITS["button_url"]:
            problems.append(f"{where}: button url too long")


def block_problems(blocks: Any, surface: str = "message") -> list[str]:
    """What Slack would reject in `blocks` (the limits that bite in practice, not all of Block Kit)."""
    if not isinstance(blocks, list):
        return ["blocks: not a list"]
    problems: list[str] = []
    if len(blocks) > MAX_BLOCKS[surface]:
        problems.append(f"blocks: {len(blocks)} > {MAX_BLOCKS[surface]}")
    block_ids: set[str] = set()
    for n, b in enumerate(blocks):
        where = f"blocks[{n}]"
        if not isinstance(b, dict) or "type" not in b:
            problems.append(f"{where}: no type")
            continue
        if "block_id" in b:
            bid = str(b["block_id"])
            if len(bid) > LIMITS["block_id"] or bid in block_ids:
                problems.append(f"{where}: bad or duplicate block_id {bid[:40]!r}")
            block_ids.add(bid)
        kind, action_ids = b["type"], set()
        if kind == "section":
            if "text" not in b and "fields" not in b:
                problems.append(f"{where}: section without text or fields")
            if "text" in b:
                check_text(b["text"], f"{where}.text", LIMITS["section_text"], problems)
            fields = b.get("fields") or []
            if len(fields) > 10:
                problems.append(f"{where}: {len(fields)} fields > 10")
            for i, f in enumerate(fields):
                check_text(f, f"{where}.fields[{i}]", LIMITS["section_field"], problems)
            if "accessory" in b:
                check_element(b["accessory"], f"{where}.accessory", problems, action_ids)
        elif kind == "header":
            check_text(b.get("text"), f"{where}.text", LIMITS["header"], problems, plain_only=True)
        elif kind == "context":
            elements = b.get("elements") or []
            if not 1 <= len(elements) <= 10:
                problems.append(f"{where}: {len(elements)} context elements (1-10)")
            for i, e in enumerate(elements):
                if isinstance(e, dict) and e.get("type") == "image":
                    continue
                check_text(e, f"{where}.elements[{i}]", LIMITS["context_text"], problems)
        elif kind == "actions":
            elements = b.get("elements") or []
            if not 1 <= len(elements) <= 25:
                problems.append(f"{where}: {len(elements)} actions elements (1-25)")
            for i, e in enumerate(elements):
                check_element(e, f"{where}.elements[{i}]", problems, action_ids)
        elif kind not in ("divider", "image", "rich_text", "input", "file", "video", "markdown"):
            problems.append(f"{where}: unknown block type {kind!r}")
    return problems


def message_problems(method: str, params: dict) -> tuple[str, list[str]] | None:
    """(Slack error code, problems) for a message Slack would refuse, else None."""
    text, blocks = params.get("text"), params.get("blocks")
    if method == "chat.postEphemeral" and not params.get("user"):
        return "user_not_in_channel", ["chat.postEphemeral without user"]
    if isinstance(text, str) and len(text) > MAX_TEXT:
        return "msg_too_long", [f"text: {len(text)} characters > {MAX_TEXT}"]
    if params.get("delete_original"):
        return None
    if not (isinstance(text, str) and text.strip()):
        return "no_text", ["missing fallback text" if blocks else "no text and no blocks"]
    if blocks is not None:
        problems = block_problems(blocks)
        if problems:
            return "invalid_blocks", problems
    return None


class _Server(ThreadingHTTPServer):
    """Slack takes a burst of connections; the stdlib server's backlog of 5 did not: at load 19, one of
    the 50 answers of a burst of slash commands found its response_url connection reset."""

    request_queue_size = 128
    daemon_threads = True


class FakeSlack:
    """The fake Web API server; see the module docstring."""

    def __init__(self, token: str = BOT_TOKEN, *, app_token: str = APP_TOKEN):
        self.token, self.app_token = token, app_token
        self.calls: list[tuple[str, dict]] = []
        self.headers: list[dict[str, str]] = []  # request headers, parallel to `calls`
        self.times: list[float] = []  # time.perf_counter() at arrival, parallel to `calls`
        self.violations: list[tuple[str, list[str]]] = []
        self.allow_violations = False
        self.files: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}  # file id → where GET /files/<id> redirects (302)
        self.downloads: list[tuple[str, str | None]] = []  # (path, Authorization header) of every GET
        self.failing: set[str] = set()  # channels whose chat.postMessage answers ok: false (fatal_error)
        self.not_joined: set[str] = set()  # private channels the bot is not in: chat.postMessage → not_in_channel
        self.socket_url: str | None = None  # what apps.connections.open answers
        self.users: dict[str, str] = {}  # users.info: user id → Slack locale ("en-US", "da-DK")
        self.per_minute = dict(PER_MINUTE)  # method → calls allowed in any 60 s
        self._counted: dict[str, list[float]] = {}  # method → arrival times of its calls in the last minute
        self._rate_limited: dict[str, int] = {}
        self._refused: dict[str, str] = {}
        self._failing: dict[str, list[int]] = {}
        self._hang_up: set[str] = set()
        self._lock = threading.Lock()
        self._ts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _send(self, status: int, body: bytes, kind: str = "application/json", headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                with fake._lock:
                    fake.downloads.append((self.path, self.headers.get("Authorization")))
                if self.path.startswith("/files/") and (target := fake.redirects.get(self.path.rsplit("/", 1)[-1])):
                    return self._send(302, b"", "text/plain", {"Location": target})
                data = fake.files.get(self.path.rsplit("/", 1)[-1]) if self.path.startswith("/files/") else None
                if data is None or self.headers.get("Authorization") != f"Bearer {fake.token}":
                    return self._send(404, b"not found", "text/plain")
                self._send(200, data, "application/pdf")

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                status, body, kind, headers = fake.handle(self.path, self.headers.get("Content-Type", ""), raw,
                                                          dict(self.headers.items()))  # fmt: skip
                if status == 0:  # hang up: read, never answered
                    self.close_connection = True
                    return
                self._send(status, body, kind, headers)

        self._handler = Handler
        self._serve(0)
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_url = self.url + "/api/"

    def _serve(self, port: int) -> None:
        self.server = _Server(("127.0.0.1", port), self._handler)
        self.port = self.server.server_port
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    # --- what tests use ---------------------------------------------------------------------------

    def response_url(self, key: str) -> str:
        return f"{self.url}/response/{key}"

    def rate_limit_once(self, method: str, retry_after: int = 1) -> None:
        self._rate_limited[method] = retry_after

    def fail_next(self, method: str, status: int = 503, times: int = 1) -> None:
        """The next `times` calls of `method` get HTTP `status` (Slack having trouble)."""
        self._failing.setdefault(method, []).extend([status] * times)

    def hang_up_once(self, method: str) -> None:
        """The next call of `method` is read (and recorded) and the connection closed unanswered."""
        self._hang_up.add(method)

    def down(self) -> None:
        """Slack cannot be reached: the port is closed, connections are refused."""
        self.server.shutdown()
        self.server.server_close()

    def up(self) -> None:
        """Slack is back, on the same port."""
        self._serve(self.port)

    def refuse_once(self, method: str, error: str = "invalid_blocks") -> None:
        """The next call of `method` fails with `error` (ok: false; 400 for a response_url) as if Slack refused it."""
        self._refused[method] = error

    def of(self, method: str) -> list[dict]:
        return [p for m, p in list(self.calls) if m == method]

    def posts(self) -> list[dict]:
        return self.of("chat.postMessage")

    def responses(self) -> list[dict]:
        return self.of("response_url")

    def wait_for(self, predicate: Callable[[], Any], timeout: float = WAIT) -> Any:
        """Poll until `predicate()` is truthy (the bot answers in background threads); return it."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if result := predicate():
                return result
            time.sleep(0.02)
        raise AssertionError(f"timed out after {timeout}s; calls: {[m for m, _ in self.calls]}")

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- the API -----------------------------------------------------------------------------------

    def handle(self, path: str, content_type: str, raw: str, headers: dict) -> tuple[int, bytes, str, dict]:
        if "json" in content_type:
            params = json.loads(raw or "{}")
        else:
            params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
        for key in ("blocks", "view"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        if path.startswith("/response/"):
            params["response_key"] = path.rsplit("/", 1)[-1]
            method = "response_url"
        else:
            method = path.rsplit("/", 1)[-1]
        with self._lock:
            self.calls.append((method, params))
            self.headers.append(headers)
            self.times.append(time.perf_counter())
            retry_after = self._rate_limited.pop(method, None)
            if retry_after is None:
                retry_after = self._over_the_limit(method)
            refused = self._refused.pop(method, None)
            failing = self._failing.get(method) and self._failing[method].pop(0)
            hang_up = method in self._hang_up
            self._hang_up.discard(method)
            self._ts += 1
            ts = f"1700000000.{self._ts:06d}"
        if hang_up:
            return 0, b"", "", {}
        if failing:
            return failing, b"Service Unavailable", "text/plain", {}
        if retry_after is not None:
            err = json.dumps({"ok": False, "error": "ratelimited"}).encode()
            return 429, err, "application/json", {"Retry-After": str(retry_after)}
        if refused is not None:
            if method == "response_url":
                return 400, refused.encode(), "text/plain", {}
            return 200, json.dumps({"ok": False, "error": refused}).encode(), "application/json", {}
        if method == "response_url":
            refused = self._refuse(method, params)
            return (400, refused.encode(), "text/plain", {}) if refused else (200, b"ok", "text/plain", {})
        body = self.answer(method, params, ts, headers)
        return 200, json.dumps(body).encode(), "application/json", {}

    def _refuse(self, method: str, params: dict) -> str | None:
        found = message_problems(method, params) if method in MESSAGE_METHODS else None
        if method == "views.publish":
            view = params.get("view") or {}
            problems = block_problems(view.get("blocks"), view.get("type", "home"))
            found = ("invalid_blocks", problems) if problems or view.get("type") != "home" else None
        if found is None:
            return None
        self.violations.append((method, found[1]))
        return found[0]

    def _over_the_limit(self, method: str) -> int | None:
        """Retry-After (seconds) when this call is over the method's per-minute limit, else None.
        Calls refused with 429 do not count (with the lock held; this call is in `calls` already)."""
        limit = self.per_minute.get(method)
        if limit is None:
            return None
        now = time.perf_counter()
        counted = self._counted.setdefault(method, [])
        counted[:] = [t for t in counted if now - t < 60.0]
        if len(counted) >= limit:
            return max(1, math.ceil(60.0 - (now - counted[0])))
        counted.append(now)
        return None

    def answer(self, method: str, params: dict, ts: str, headers: dict) -> dict:
        auth = headers.get("Authorization") or headers.get("authorization") or ""
        if method == "apps.connections.open":
            if auth != f"Bearer {self.app_token}":
                return {"ok": False, "error": "invalid_auth"}
            return {"ok": True, "url": self.socket_url}
        if auth != f"Bearer {self.token}":
            return {"ok": False, "error": "invalid_auth"}
        if refused := self._refuse(method, params):
            return {"ok": False, "error": refused}
        if method == "chat.postMessage" and params.get("channel") in self.failing:
            return {"ok": False, "error": "fatal_error"}
        if method == "chat.postMessage" and params.get("channel") in self.not_joined:
            return {"ok": False, "error": "not_in_channel"}
        ok: dict = {"ok": True}
        if method == "auth.test":
            ok.update(user_id="UBOT", bot_id="BBOT", team_id="T1", user="kkrbot", team="Test", url="https://test.slack.com/")
        elif method in ("chat.postMessage", "chat.update"):
            ok.update(channel=params.get("channel"), ts=params.get("ts") or ts,
                      message={"text": params.get("text"), "blocks": params.get("blocks")})  # fmt: skip
        elif method == "chat.postEphemeral":
            ok.update(message_ts=ts)
        elif method == "conversations.open":
            ok.update(channel={"id": "D" + str(params.get("users", ""))})
        elif method == "files.info":
            fid = params["file"]
            ok.update(file={"id": fid, "name": f"{fid}.pdf", "filetype": "pdf", "url_private": f"{self.url}/files/{fid}"})
        elif method == "views.publish":
            ok.update(view={"id": "V1", **(params.get("view") or {})})
        elif method == "users.info":
            user = params.get("user")
            if user not in self.users:
                return {"ok": False, "error": "user_not_found"}
            ok.update(user={"id": user, "name": str(user).lower(), "is_bot": False})
            if str(params.get("include_locale", "")).lower() in ("1", "true"):
                ok["user"]["locale"] = self.users[user]
        return ok


def _finish(fake: FakeSlack) -> None:
    fake.stop()
    if not fake.allow_violations:
        assert fake.violations == [], f"Slack limits exceeded: {fake.violations}"


@pytest.fixture
def fake_slack():
    """A running FakeSlack; the test fails at teardown if a message broke a Slack limit."""
    fake = FakeSlack()
    yield fake
    _finish(fake)


@pytest.fixture
def slack():
    """`(WebClient pointed at a FakeSlack, the fake)`, for code that takes a client."""
    from slack_sdk import WebClient

    fake = FakeSlack()
    yield WebClient(token=BOT_TOKEN, base_url=fake.api_url), fake
    _finish(fake)
