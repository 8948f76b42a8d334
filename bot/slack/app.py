"""The one Bolt app factory: the same App serves Socket Mode and HTTP (`/slack/events`).

`create_app(settings, conversation, client=…)` takes the client of bot/slack/client.py (every call
retried by bot/slack/retry.py's policy), answers through `Answering` (the question pool and the one
sender, bot/slack/answering.py; Bolt's listeners on its daemon threads unless an `executor` is
given), verifies Slack's request signatures (HTTP mode; Socket Mode needs none), drops repeated deliveries
(bot/slack/dedupe.py, remembered in the state database) and registers the listeners; App Home is
shown in each user's language (bot/slack/languages.py, looked up with a one-attempt client so a
rate limit never holds the tab up). Bolt calls `auth.test` once here. Logs carry ids and outcomes, never tokens or message text.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.digests.runtime import Runtime
from bot.settings import Settings
from bot.slack import listeners
from bot.slack.answering import Answering
from bot.slack.client import slack_client
from bot.slack.dedupe import SeenEvents, dedupe_middleware
from bot.slack.languages import UserLanguages
from bot.state.db import state_for

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def create_app(
    settings: Settings,
    conversation: Conversation,
    *,
    client: WebClient,
    runtime: Runtime | None = None,
    seen: SeenEvents | None = None,
    executor: Executor | None = None,
    answering: Answering | None = None,
    languages: UserLanguages | None = None,
) -> App:
    """Build the Bolt app. With a digests `runtime`, its DM PDF listener is registered first.
    `answering`: the pool and sender (else the settings' own); `executor` runs the listeners
    (else the answering's daemon threads); `languages`: each user's language for App Home (else
    looked up with a one-attempt client of the settings)."""
    answering = answering or Answering.of(settings, client, conversation.clock)
    app = App(
        name="kkrbot.bolt",  # given, Bolt would name the app after its caller's file through inspect.stack(), ~0.1 s
        client=client,
        signing_secret=settings.slack_signing_secret or "",  # "" never reads os.environ; Socket Mode skips it
        logger=logging.getLogger("kkrbot.bolt"),
        listener_executor=executor or answering.listeners,
    )
    app.use(dedupe_middleware(seen or SeenEvents(state_for(settings))))
    if runtime is not None:
        from bot.slack.listeners import intake

        intake.register(app, runtime)
    listeners.register(app, conversation, answering, languages or UserLanguages(slack_client(settings, retry=False)))

    @app.error
    def on_error(error: Exception, body: dict) -> None:
        kind = body.get("type") if isinstance(body, dict) else None
        log.error("unhandled %s in a %s request", type(error).__name__, kind, exc_info=error)

    return app
