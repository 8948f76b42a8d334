"""App Home: published when a user opens the Home tab (the Messages tab is the DM), in the user's
language (Slack's locale for them, bot/slack/languages.py; else Danish). The view is built in the
question pool (it reads every meeting), published with the client (retried as every call)."""

from __future__ import annotations

import logging
from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.slack.answering import Answering
from bot.slack.languages import UserLanguages
from bot.workers import Busy, TooSlow

log = logging.getLogger(__name__)


def register(app: App, conversation: Conversation, answering: Answering, languages: UserLanguages) -> None:
    def on_home_opened(event: dict, client: WebClient) -> None:
        user = event.get("user")
        if event.get("tab", "home") != "home" or not isinstance(user, str) or not user:
            return
        try:
            language = languages.of(user)
            view = answering.pool.run(lambda: conversation.home(user, language))
            client.views_publish(user_id=user, view=view)
            log.info("home published for %s (%s)", user, language)
        except (Busy, TooSlow) as e:  # the tab keeps its last view; the next opening tries again
            log.warning("home for %s not built: %s", user, e)
        except Exception:  # noqa: BLE001 - nobody to apologise to in an empty tab; the log has it
            log.exception("home for %s could not be published", user)

    app.event("app_home_opened")(on_home_opened)
