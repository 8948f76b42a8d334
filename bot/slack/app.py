"""The one Bolt app factory: the same App serves Socket Mode and HTTP (`/slack/events`).

`create_app(settings, conversation)` builds a WebClient on `settings.slack_api_url` (tests and
proxies point it elsewhere) with slack-sdk's retry handlers (connection errors; HTTP 429 waits
the Retry-After), verifies Slack's request signatures (HTTP mode; Socket Mode needs none),
drops repeated deliveries (bot/slack/dedupe.py, remembered in the state database) and registers the listeners. Bolt calls `auth.test`
once here. Logs carry ids and outcomes, never tokens or message text.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.slack import listeners
from bot.slack.dedupe import SeenEvents, dedupe_middleware
from bot.settings import Settings
from bot.state.db import state_for

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def slack_client(settings: Settings) -> WebClient:
    """The bot's Web API client: retried on dropped connections and on 429 after Retry-After."""
    return WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=30,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=2), RateLimitErrorRetryHandler(max_retry_count=3)],
    )


def create_app(
    settings: Settings,
    conversation: Any,
    *,
    client: WebClient | None = None,
    runtime: Any | None = None,
    service: Any | None = None,
    seen: SeenEvents | None = None,
) -> App:
    """Build the Bolt app. With a digests `runtime`, its DM PDF listener is registered first."""
    app = App(
        client=client or slack_client(settings),
        signing_secret=settings.slack_signing_secret or "",  # "" never reads os.environ; Socket Mode skips it
        logger=logging.getLogger("kkrbot.bolt"),
    )
    app.use(dedupe_middleware(seen or SeenEvents(state_for(settings))))
    if runtime is not None:
        from bot.slack.listeners import files as digest_listeners

        digest_listeners.register(app, runtime, service)
    listeners.register(app, conversation)

    @app.error
    def on_error(error: Exception, body: dict) -> None:
        kind = body.get("type") if isinstance(body, dict) else None
        log.error("unhandled %s in a %s request", type(error).__name__, kind, exc_info=error)

    return app
