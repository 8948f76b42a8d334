"""The one way the bot gets a Slack Web API client (bot/wiring.py calls it)."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.settings import Settings


def slack_client(settings: Settings) -> WebClient:
    """The bot's client on `settings.slack_api_url` (tests and proxies point it elsewhere):
    retried on dropped connections, and on HTTP 429 after the Retry-After Slack sends."""
    return WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=30,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=2), RateLimitErrorRetryHandler(max_retry_count=3)],
    )
