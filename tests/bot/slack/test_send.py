"""The one sender: Retry-After honoured on the Web API and on response_url, transient faults sent
again with backoff for a bounded time, a new message never sent twice, and what could not be
delivered logged and kept in the state database. Real slack-sdk clients, a fake Slack on 127.0.0.1."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone

import pytest
from slack_sdk import WebClient

from bot.render.answers import Reply
from bot.slack.retry import SlackRetry
from bot.slack.send import Sender
from bot.state.undelivered import UndeliveredStore
from tests.support.deadline import WAIT
from tests.support.fakeslack import BOT_TOKEN

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
ANSWER = Reply("KKR Midtjylland · punkt 3.4", [{"type": "section", "text": {"type": "mrkdwn", "text": "*punkt 3.4* svar"}}])


@pytest.fixture
def undelivered(tmp_path):
    return UndeliveredStore(tmp_path / "state.sqlite", clock=lambda: NOW)


def sender_for(fake, undelivered, *, deadline: float = 30.0, sleep=None) -> Sender:
    retry = SlackRetry(deadline, first_wait=0.05, longest_wait=0.2, sleep=sleep)
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url, timeout=5, retry_handlers=[retry])
    return Sender(client, retry=retry, undelivered=undelivered)


def in_thread(call) -> dict:
    out: dict = {}
    out["thread"] = t = threading.Thread(target=lambda: out.update(result=call()), daemon=True)
    t.start()
    return out


def wait_for(predicate, timeout: float = WAIT):
    end = time.monotonic() + timeout
    while not (found := predicate()):
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)
    return found


def test_a_post_is_delivered_and_its_answer_returned(fake_slack, undelivered):
    sent = sender_for(fake_slack, undelivered).post(ANSWER, channel="D-ANNE", thread_ts="1.1", user="U-ANNE")
    assert sent.ok and sent.data["channel"] == "D-ANNE"
    [post] = fake_slack.posts()
    assert post["blocks"] == ANSWER.blocks and post["thread_ts"] == "1.1" and post["unfurl_links"] is False


def test_429_on_the_web_api_is_waited_for_then_sent_once_more(fake_slack, undelivered):
    """What is waited for is recorded, not waited out: the Slack app's test (tests/bot/slack/test_http.py)
    waits the real second."""
    waited: list[float] = []
    fake_slack.rate_limit_once("chat.postMessage", retry_after=1)
    assert sender_for(fake_slack, undelivered, sleep=waited.append).post(ANSWER, channel="D-ANNE").ok
    first, second = fake_slack.posts()
    assert first == second and second["blocks"] == ANSWER.blocks  # the same message, blocks and all
    assert waited == [1.0]  # Retry-After's second, before the one resend


def test_429_on_a_response_url_is_waited_for_not_resent_at_once_as_text(fake_slack, undelivered):
    waited: list[float] = []
    fake_slack.rate_limit_once("response_url", retry_after=1)
    sent = sender_for(fake_slack, undelivered, sleep=waited.append).respond(fake_slack.response_url("r1"), ANSWER, response_type="ephemeral")
    assert sent.ok
    first, second = fake_slack.responses()
    assert second["blocks"] == ANSWER.blocks and second["response_type"] == "ephemeral" and first == second
    assert waited == [1.0]  # Retry-After's second, not the backoff's 0.05 s
    assert undelivered.count() == 0


def test_slack_down_then_up_the_answer_is_delivered_once(fake_slack, undelivered, caplog):
    caplog.set_level(logging.INFO)
    fake_slack.down()
    pending = in_thread(lambda: sender_for(fake_slack, undelivered).post(ANSWER, channel="D-ANNE", user="U-ANNE"))
    wait_for(lambda: caplog.text.count("chat.postMessage: not sent: ConnectionRefusedError; sending again") >= 2)
    fake_slack.up()
    pending["thread"].join(15)
    assert pending["result"].ok
    assert len(fake_slack.posts()) == 1 and undelivered.count() == 0


def test_slack_down_for_longer_than_the_deadline_the_answer_is_logged_and_kept(fake_slack, undelivered, caplog):
    caplog.set_level(logging.INFO)
    fake_slack.down()
    sent = sender_for(fake_slack, undelivered, deadline=0.5).post(ANSWER, channel="D-ANNE", thread_ts="1.1", user="U-ANNE")
    fake_slack.up()
    assert not sent.ok and sent.error == "not sent: ConnectionRefusedError"
    [kept] = undelivered.recent()
    assert (kept.kind, kept.method, kept.channel, kept.thread_ts, kept.user) == ("answer", "chat.postMessage", "D-ANNE", "1.1", "U-ANNE")
    assert kept.text == ANSWER.text and list(kept.blocks) == ANSWER.blocks and kept.at == NOW  # the clock passed in
    assert "answer for U-ANNE in D-ANNE could not be delivered by chat.postMessage: not sent: ConnectionRefusedError; kept as undelivered #1" in caplog.text
    assert "punkt 3.4" not in caplog.text and BOT_TOKEN not in caplog.text  # logs carry no text, no token
    assert fake_slack.posts() == []


def test_a_server_error_is_sent_again_with_backoff(fake_slack, undelivered):
    fake_slack.fail_next("chat.postMessage", 503, times=2)
    assert sender_for(fake_slack, undelivered).post(ANSWER, channel="D-ANNE").ok
    assert len(fake_slack.posts()) == 3 and undelivered.count() == 0


def test_a_new_message_whose_answer_never_came_is_not_sent_again(fake_slack, undelivered):
    """Slack may have posted it: sending again could show it twice, so it is kept instead."""
    fake_slack.hang_up_once("chat.postMessage")
    sent = sender_for(fake_slack, undelivered).post(ANSWER, channel="D-ANNE")
    assert not sent.ok and sent.error == "RemoteDisconnected"
    assert len(fake_slack.posts()) == 1 and undelivered.count() == 1


def test_an_update_whose_answer_never_came_is_sent_again_repeating_it_is_harmless(fake_slack, undelivered):
    fake_slack.hang_up_once("chat.update")
    assert sender_for(fake_slack, undelivered).update(ANSWER, channel="D-ANNE", ts="1.1").ok
    assert len(fake_slack.of("chat.update")) == 2


def test_refused_blocks_go_again_as_text_and_a_refusal_slack_means_is_kept(fake_slack, undelivered):
    sender = sender_for(fake_slack, undelivered)
    fake_slack.refuse_once("chat.postMessage", "invalid_blocks")
    assert sender.post(ANSWER, channel="D-ANNE").ok
    first, second = fake_slack.posts()
    assert first["blocks"] and "blocks" not in second and second["text"] == ANSWER.text
    fake_slack.not_joined.add("C-PRIVATE")
    refused = sender.post(ANSWER, channel="C-PRIVATE", expected=frozenset({"not_in_channel"}))
    assert not refused.ok and refused.error == "not_in_channel" and undelivered.count() == 0  # the caller handles it
    fake_slack.failing.add("C-BROKEN")
    assert sender.post(ANSWER, channel="C-BROKEN", kind="apology").error == "fatal_error"
    [kept] = undelivered.recent()
    assert kept.kind == "apology" and kept.error == "fatal_error"


def test_a_response_url_that_refuses_for_good_is_kept(fake_slack, undelivered):
    fake_slack.fail_next("response_url", 404)
    sent = sender_for(fake_slack, undelivered).respond(fake_slack.response_url("gone"), ANSWER, user="U-ANNE", channel="C-1")
    assert not sent.ok and sent.error.startswith("HTTP 404")
    [kept] = undelivered.recent()
    assert kept.method == "response_url" and kept.channel == "C-1" and "response" not in kept.error


def test_stopping_ends_the_waits_at_once_and_keeps_what_is_unsent(fake_slack, undelivered, caplog):
    caplog.set_level(logging.INFO)
    fake_slack.down()
    retry = SlackRetry(600, first_wait=30, longest_wait=30)  # once it failed, it waits 30 s before sending again
    client = WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url, timeout=5, retry_handlers=[retry])
    sender = Sender(client, retry=retry, undelivered=undelivered)
    pending = in_thread(lambda: sender.post(ANSWER, channel="D-ANNE"))
    wait_for(lambda: "sending again in" in caplog.text)  # it failed and is waiting
    start = time.monotonic()
    sender.stop()
    pending["thread"].join(10)
    assert time.monotonic() - start < 2
    assert not pending["result"].ok and undelivered.count() == 1
    fake_slack.up()
