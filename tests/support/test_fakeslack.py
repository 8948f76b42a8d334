"""The fake Slack Web API refuses what Slack refuses, so the end-to-end tests' "no violations" means something."""

from __future__ import annotations

import urllib.request
from types import SimpleNamespace

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import builtin_handlers
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from tests.support.fakeslack import BOT_TOKEN


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(value: str) -> dict:
    return {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "x"},
                                             "action_id": "a", "value": value}]}  # fmt: skip


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing:UserWarning")  # slack-sdk agrees
@pytest.mark.parametrize(
    "blocks, text, error, problem",
    [
        ([section("x")] * 51, "t", "invalid_blocks", "51 > 50"),
        ([section("x" * 3001)], "t", "invalid_blocks", "3001 characters > 3000"),
        ([{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}], "t", "invalid_blocks", "> 150"),
        ([{"type": "header", "text": {"type": "mrkdwn", "text": "h"}}], "t", "invalid_blocks", "must be plain_text"),
        ([button("v" * 2001)], "t", "invalid_blocks", "button value 2001"),
        ([section("")], "t", "invalid_blocks", "empty text"),
        ([section("x")], "", "no_text", "missing fallback text"),
        (None, "x" * 40_001, "msg_too_long", "40001"),
    ],
)  # fmt: skip
def test_messages_beyond_slack_limits_are_refused_and_recorded(fake_slack, blocks, text, error, problem):
    fake_slack.allow_violations = True
    client = WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel="C1", text=text, blocks=blocks)
    assert refused.value.response["error"] == error
    [(method, problems)] = fake_slack.violations
    assert method == "chat.postMessage" and problem in " ".join(problems)


def test_a_response_url_refuses_bad_blocks_with_400_and_accepts_good_ones(fake_slack):
    fake_slack.allow_violations = True
    hook = WebhookClient(fake_slack.response_url("r1"))
    assert hook.send(text="t", blocks=[section("x" * 3001)]).status_code == 400
    assert hook.send(text="t", blocks=[section("ok")]).status_code == 200
    assert [p["response_key"] for p in fake_slack.responses()] == ["r1", "r1"] and len(fake_slack.violations) == 1


def test_429_once_with_retry_after_then_ok_for_a_retrying_client(fake_slack, monkeypatch):
    """slack-sdk's own handler reads the fake's Retry-After; its sleep (1-2 s) is recorded, not slept."""
    slept: list[float] = []
    monkeypatch.setattr(builtin_handlers, "time", SimpleNamespace(sleep=slept.append))
    client = WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])
    fake_slack.rate_limit_once("chat.postMessage", retry_after=1)
    assert client.chat_postMessage(channel="C1", text="hej")["ok"] is True
    assert len(slept) == 1 and slept[0] >= 1.0 and len(fake_slack.posts()) == 2


def test_wrong_token_and_files_without_the_token_are_refused(fake_slack):
    with pytest.raises(SlackApiError) as refused:
        WebClient(token="xoxb-wrong", base_url=fake_slack.api_url).chat_postMessage(channel="C1", text="x")
    assert refused.value.response["error"] == "invalid_auth"
    fake_slack.files["F1"] = b"%PDF-1.4"
    url = f"{fake_slack.url}/files/F1"
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(url)
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": f"Bearer {BOT_TOKEN}"})) as r:
        assert r.read() == b"%PDF-1.4"


def test_users_info_gives_the_locale_when_asked_and_keeps_slacks_per_minute_limit(fake_slack):
    fake_slack.users.update({"U-EN": "en-GB", "U-DA": "da-DK"})
    fake_slack.per_minute["users.info"] = 3
    client = WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)
    assert client.users_info(user="U-EN", include_locale=True)["user"]["locale"] == "en-GB"
    assert "locale" not in client.users_info(user="U-DA")["user"]  # as Slack: only with include_locale
    with pytest.raises(SlackApiError) as unknown:
        client.users_info(user="U-NOBODY", include_locale=True)
    assert unknown.value.response["error"] == "user_not_found"
    with pytest.raises(SlackApiError) as limited:  # the fourth call within a minute
        client.users_info(user="U-EN", include_locale=True)
    assert limited.value.response.status_code == 429 and 1 <= int(limited.value.response.headers["Retry-After"]) <= 60
