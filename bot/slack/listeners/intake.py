"""A PDF sent to the bot in a DM is taken in (bot/digests/intake.py), not read as a question.

`register(app, runtime)` is called by the app factory (bot/slack/app.py) when the process has a
digests runtime, before the generic DM listener: Bolt runs the first listener that matches.
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.digests.intake import handle_pdf_share, is_pdf_share
from bot.digests.runtime import Runtime

log = logging.getLogger(__name__)


def file_share_matcher(event: dict) -> bool:
    """A DM carrying at least one PDF (Bolt listener matcher)."""
    return event.get("subtype") == "file_share" and is_pdf_share(event)


def register(app: App, runtime: Runtime) -> None:
    def on_pdf(event: dict, client: WebClient) -> None:
        if event.get("bot_id"):  # Bolt already drops our own events; other bots' files are not ours to take
            return
        outcomes = handle_pdf_share(runtime, event, client)
        log.info("DM upload: %s", ", ".join(f"{o.source}: {o.status}" for o in outcomes))

    app.event({"type": "message", "subtype": "file_share"}, matchers=[file_share_matcher])(on_pdf)
