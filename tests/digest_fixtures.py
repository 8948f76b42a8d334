"""Fixtures for the digest and intake tests: the sample corpus in a real index, built once."""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pytest

from bot.settings import Settings
from index.engine import AnswerEngine
from index.reader import read_document


def sample_files() -> list[Path]:
    folder = resources.files("index") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


@dataclass
class SampleIndex:
    index_dir: Path
    engine: AnswerEngine

    def settings_for(self, tmp_path: Path, **more) -> Settings:
        return Settings(index_dir=self.index_dir, state_db=tmp_path / "kkrbot.sqlite", **more)


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> SampleIndex:
    """The five bundled samples, read and stored the way `kkrbot ingest --sample` does. Read-only."""
    index_dir = tmp_path_factory.mktemp("digest-samples") / "index"
    engine = AnswerEngine(index_dir)
    for path in sample_files():
        engine.ingest(read_document(path, source=path.name))
    return SampleIndex(index_dir, engine)


class MiniSlack:
    """A minimal fake Slack Web API on 127.0.0.1, used only until SLACK's tests/fakeslack.py is in.

    Records every call as (method, params); answers auth.test, chat.postMessage (with a ts),
    conversations.open (a DM id "D" + user), files.info; serves `files[id]` at /files/<id> to
    requests carrying the bot token, as Slack serves `url_private`.
    """

    def __init__(self, token: str = "xoxb-test"):
        self.calls: list[tuple[str, dict]] = []
        self.files: dict[str, bytes] = {}
        self.failing: set[str] = set()  # channels whose chat.postMessage answers ok: false
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                data = fake.files.get(self.path.rsplit("/", 1)[-1]) if self.path.startswith("/files/") else None
                if data is None or self.headers.get("Authorization") != f"Bearer {token}":
                    return self._send(404, b"not found", "text/plain")
                self._send(200, data, "application/pdf")

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in self.headers.get("Content-Type", ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                if isinstance(params.get("blocks"), str):
                    params["blocks"] = json.loads(params["blocks"])
                method = self.path.rsplit("/", 1)[-1]
                fake.calls.append((method, params))
                body: dict = {"ok": True}
                if method == "chat.postMessage" and params.get("channel") in fake.failing:
                    body = {"ok": False, "error": "fatal_error"}
                elif method == "auth.test":
                    body.update(user_id="UBOT", bot_id="BBOT", team_id="T1")
                elif method == "chat.postMessage":
                    body.update(channel=params.get("channel"), ts=f"1.{len(fake.calls)}")
                elif method == "conversations.open":
                    body.update(channel={"id": "D" + params.get("users", "")})
                elif method == "files.info":
                    fid = params["file"]
                    body.update(file={"id": fid, "name": f"{fid}.pdf", "url_private": f"{fake.url}/files/{fid}"})
                self._send(200, json.dumps(body).encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.api_url = self.url + "/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def posts(self) -> list[dict]:
        return [p for m, p in self.calls if m == "chat.postMessage"]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slack(tmp_path):
    """A fake Slack Web API on 127.0.0.1 and a WebClient pointed at it."""
    from slack_sdk import WebClient

    fake = MiniSlack()
    client = WebClient(token="xoxb-test", base_url=fake.api_url)
    yield client, fake
    fake.stop()
