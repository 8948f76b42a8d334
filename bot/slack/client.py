"""The one way the bot gets a Slack Web API client (bot/wiring.py calls it)."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack.retry import SlackRetry


def slack_client(settings: Settings, *, retry: bool = True) -> WebClient:
    """The bot's client on `settings.slack_api_url` (tests and proxies point it elsewhere), every
    call retried by bot/slack/retry.py's policy: after Retry-After on 429, with backoff on
    transient failures, never resending a new message Slack may have received. `retry=False`:
    one attempt (the check at start, which should fail fast)."""
    handlers = [SlackRetry()] if retry else []
    return WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url, timeout=15, retry_handlers=handlers)
