"""`kkrbot serve`: refuses to start without its tokens (one line naming the variable and where Slack
shows it); with them it serves Slack over HTTP and stops cleanly on SIGTERM. The HTTP test runs the
real command in a subprocess against the fake Slack Web API."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.slack.run import WHERE
from tests.support.deadline import WAIT
from tests.support.fakeslack import APP_TOKEN, BOT_TOKEN
from tests.support.fakesocket import FakeSocketSlack
from tests.support.slackapp import SECRET, SOSU, SlackAppUnderTest

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")


@pytest.fixture
def no_slack_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no .env here
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KKRBOT_STATE_DB", str(tmp_path / "state.sqlite"))
    return tmp_path


@pytest.mark.parametrize(
    "env, args, missing, where",
    [
        ({}, ["serve"], "SLACK_BOT_TOKEN", "OAuth & Permissions → Bot User OAuth Token"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, ["serve"], "SLACK_APP_TOKEN", "Basic Information → App-Level Tokens"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, ["serve", "--http"], "SLACK_SIGNING_SECRET",
         "Basic Information → App Credentials"),
    ],
)  # fmt: skip
def test_serve_without_a_token_exits_1_naming_it_and_where_slack_shows_it(no_slack_env, env, args, missing, where):
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {missing} is not set") and where in line
    assert not (no_slack_env / "state.sqlite").exists()  # nothing was started


def test_serve_with_a_refused_token_or_no_slack_exits_1_with_one_line(no_slack_env, fake_slack, sample_index):
    env = {"SLACK_BOT_TOKEN": "xoxb-revoked", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": fake_slack.api_url,
           "KKRBOT_INDEX": str(sample_index.index_dir)}  # fmt: skip
    result = CliRunner().invoke(main, ["serve"], env=env)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: Slack refused SLACK_BOT_TOKEN (invalid_auth): {WHERE['SLACK_BOT_TOKEN']}"
    nowhere = f"http://127.0.0.1:{free_port()}/api/"
    result = CliRunner().invoke(main, ["serve"], env={**env, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": nowhere})
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert f"cannot reach Slack's Web API at {nowhere}" in result.output and "Connection refused" in result.output
    assert "xoxb" not in result.output and not (no_slack_env / "state.sqlite").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_http_answers_a_signed_slash_command_and_stops_on_sigterm(fake_slack, sample_index, tmp_path):
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake_slack.api_url,
           "KKRBOT_STATE_DB": str(tmp_path / "state.sqlite")}  # fmt: skip
    env.pop("SLACK_APP_TOKEN", None)
    cmd = [sys.executable, "-m", "bot.cli", "serve", "--http", "--host", "127.0.0.1", "--port", str(port),
           "--index", str(sample_index.index_dir)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        end = time.monotonic() + WAIT
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    assert r.read() == b"ok"
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < end, "serve did not come up"
                time.sleep(0.02)
        app = SlackAppUnderTest(fake_slack, port, None)
        sent = app.send_command(SOSU, key="served")
        assert sent.status == 200 and sent.body == "Searching …"
        [answer] = fake_slack.wait_for(lambda: fake_slack.responses())
        assert "punkt 3.4" in answer["text"] and "KKR Godkendte indstillingerne." in json.dumps(answer["blocks"], ensure_ascii=False)
        app.send_command("digest weekly mon 08:00", key="digest")  # issue 5's subcommand, into the running scheduler
        fake_slack.wait_for(lambda: len(fake_slack.responses()) == 2)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, out
    assert "kkrbot stopped" in out
    assert BOT_TOKEN not in out and SECRET not in out and "SOSU places" not in out
    with sqlite3.connect(tmp_path / "state.sqlite") as db:  # the job outlives the process, for the next start
        jobs = sorted(db.execute("select id from apscheduler_jobs").fetchall())
        assert jobs == [("digest:C-GENERAL",), ("fetch:kl",), ("outbox:announce",)]  # and the fetch from KL's pages
        # (docs/sources.md), and the outbox of arrivals left to announce (docs/digests.md)


def test_serve_in_socket_mode_connects_answers_and_stops_on_sigterm(fake_slack, sample_index, tmp_path):
    socket = FakeSocketSlack()
    fake_slack.socket_url = socket.url
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": fake_slack.api_url,
           "KKRBOT_STATE_DB": str(tmp_path / "state.sqlite")}  # fmt: skip
    env.pop("SLACK_SIGNING_SECRET", None)
    cmd = [sys.executable, "-m", "bot.cli", "serve", "--index", str(sample_index.index_dir)]
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert socket.connected.wait(WAIT), "serve never opened the Socket Mode connection"
        payload = {"team_id": "T1", "channel_id": "C-GENERAL", "user_id": "U-ANNE", "command": "/kkr", "text": SOSU,
                   "api_app_id": "A1", "response_url": fake_slack.response_url("sock"), "trigger_id": "t"}  # fmt: skip
        socket.send({"envelope_id": "e1", "type": "slash_commands", "accepts_response_payload": True, "payload": payload})
        assert socket.reply_to("e1", timeout=WAIT)["payload"] == {"text": "Searching …"}
        [answer] = fake_slack.wait_for(lambda: fake_slack.responses())
        assert "punkt 3.4" in answer["text"]
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        socket.stop()
    assert proc.returncode == 0, out
    assert "Socket Mode" in out and "kkrbot stopped" in out
    assert BOT_TOKEN not in out and APP_TOKEN not in out
