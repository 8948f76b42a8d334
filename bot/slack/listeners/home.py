"""App Home: published when a user opens the Home tab (the Messages tab is the DM)."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation import Conversation

log = logging.getLogger(__name__)


def register(app: App, conversation: Conversation) -> None:
    def on_home_opened(event: dict, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = event["user"]
        try:
            client.views_publish(user_id=user, view=conversation.home(user))
            log.info("home published for %s", user)
        except Exception:  # noqa: BLE001 - nobody to apologise to in an empty tab; the log has it
            log.exception("home for %s could not be published", user)

    app.event("app_home_opened")(on_home_opened)
