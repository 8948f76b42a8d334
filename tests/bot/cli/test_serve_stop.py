"""Issue 14 item 2, the stop: a real `kkrbot serve --http` told SIGTERM stops taking requests,
answers the question in hand (or keeps it as undelivered when Slack cannot be reached), and exits
within 10 seconds. Subprocesses against the fake Slack Web API on 127.0.0.1."""

from __future__ import annotations

import socket
import sqlite3
import time

import pytest

from tests.support.fakeslack import BOT_TOKEN
from tests.support.processes import Kkrbot, free_port
from tests.support.slackapp import SECRET, SOSU, SlackAppUnderTest

STOP_WITHIN = 10.0


@pytest.fixture
def serving(fake_slack, sample_index, tmp_path):
    port = free_port()
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake_slack.api_url,
           "KKRBOT_STATE_DB": str(tmp_path / "state.sqlite"), "KKRBOT_FETCH_SCHEDULE": "off"}  # fmt: skip
    bot = Kkrbot(["serve", "--http", "--host", "127.0.0.1", "--port", str(port), "--index", str(sample_index.index_dir)],
                 env, tmp_path)  # fmt: skip
    try:
        bot.wait_healthy(port)
        yield bot, SlackAppUnderTest(fake_slack, port, None), tmp_path / "state.sqlite"
    finally:
        bot.kill()


def stop_and_time(bot: Kkrbot) -> float:
    start = time.monotonic()
    code = bot.stop(timeout=30)
    took = time.monotonic() - start
    assert code == 0, bot.output
    return took


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_sigterm_with_an_answer_in_hand_delivers_it_then_exits(serving, fake_slack):
    bot, app, _ = serving
    fake_slack.rate_limit_once("response_url", retry_after=1)  # the answer is still on its way at SIGTERM
    assert app.send_command(SOSU, key="inhand").status == 200
    fake_slack.wait_for(lambda: fake_slack.responses())  # the first try, answered 429
    took = stop_and_time(bot)
    assert took < STOP_WITHIN, bot.output
    first, answer = fake_slack.responses()
    assert answer == first and answer["response_key"] == "inhand" and "punkt 3.4" in answer["text"]
    assert "stopping: no new connections" in bot.output and "kkrbot stopped" in bot.output
    assert refused(app.port)
    assert BOT_TOKEN not in bot.output and SECRET not in bot.output


def test_sigterm_while_slack_cannot_be_reached_keeps_the_answer_and_exits_in_time(serving, fake_slack):
    bot, app, state = serving
    fake_slack.down()  # the ack is our HTTP response; the answer then cannot be delivered
    sent = app.send_command(SOSU, key="lost")
    assert sent.status == 200
    bot.wait_for_line("response_url: not sent: ConnectionRefusedError; sending again")
    took = stop_and_time(bot)
    fake_slack.up()
    assert took < STOP_WITHIN, bot.output
    assert "could not be delivered by response_url" in bot.output
    with sqlite3.connect(state) as db:
        [(kind, method, channel, text)] = db.execute("select kind, method, channel, text from undelivered").fetchall()
    assert (kind, method, channel) == ("answer", "response_url", "C-GENERAL") and "punkt 3.4" in text
