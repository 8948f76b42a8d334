"""Slack listeners by area; `register` adds them all to a Bolt app (order matters: Bolt runs the
first listener that matches, so specific message listeners come before the catch-all)."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.slack.answering import Answering
from bot.slack.languages import UserLanguages
from bot.slack.listeners import actions, commands, home, lifecycle, messages


def register(app: App, conversation: Conversation, answering: Answering, languages: UserLanguages) -> None:
    commands.register(app, conversation, answering)
    messages.register(app, conversation, answering)
    actions.register(app, conversation, answering)
    home.register(app, conversation, answering, languages)
    lifecycle.register(app)
